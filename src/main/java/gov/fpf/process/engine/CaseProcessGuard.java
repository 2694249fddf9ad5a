package gov.fpf.process.engine;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;

import gov.fpf.system.Problems;

/**
 * Rules every deployed model gets from the engine, whatever door starts or works it:
 * <ul>
 * <li><b>A process instance belongs to one case.</b> An instance that is not called by another starts only for an
 * existing case file (business key = case number), in the case's office (tenant), and only if the case has no
 * process yet (the intake starts the family's main process in the transaction that opens the case, so no other
 * process can come first). The domain's intake is the one that does this; an administrator who
 * starts one through the engine is held to the same.</li>
 * <li><b>A task is assigned only to a member of a group it is offered to</b> (claim, reassignment by a supervisor,
 * delegation), in the task's office.</li>
 * </ul>
 */
public class CaseProcessGuard extends AbstractBpmnParseListener {

    private final ExecutionListener caseBinding;
    private final TaskListener assigneeInGroup = CaseProcessGuard::checkAssignee;

    public CaseProcessGuard(Supplier<CaseOffices> caseFiles) {
        this(caseFiles, java.util.List::of);
    }

    /**
     * @param models the models, so that one that runs per party ({@link CaseModel#partyKeyPrefix()}) is bound to its
     *               party instead of a case
     */
    public CaseProcessGuard(Supplier<CaseOffices> caseFiles, Supplier<java.util.Collection<CaseModel>> models) {
        this.caseBinding = execution -> bindToCase(execution, caseFiles.get(), models.get());
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, caseBinding);
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
            behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigneeInGroup);
        }
    }

    private static void bindToCase(DelegateExecution execution, CaseOffices caseFiles,
                                   java.util.Collection<CaseModel> models) {
        if (execution.getSuperExecution() != null || !execution.getId().equals(execution.getProcessInstanceId())) {
            return; // called by a case's process: it inherits the case (business key) and office (tenant)
        }
        String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
        Optional<String> partyPrefix = models.stream().filter(m -> processKey.equals(m.processKey()))
                .map(CaseModel::partyKeyPrefix).flatMap(Optional::stream).findFirst();
        if (partyPrefix.isPresent()) {
            bindToParty(execution, processKey, partyPrefix.get());
            return;
        }
        String caseNumber = execution.getProcessBusinessKey();
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new Problems.Forbidden("Process " + processKey + " starts only for a case, through the case's intake "
                    + "(POST /api/v1/...-cases); this start names no case.");
        }
        Optional<String> found = caseFiles.officeOf(caseNumber);
        if (found.isEmpty()) {
            throw new Problems.Forbidden("No case " + caseNumber + ": process " + processKey
                    + " starts only through the case's intake.");
        }
        String officeCode = found.get();
        if (!officeCode.equals(execution.getTenantId())) {
            throw new Problems.Forbidden("Case " + caseNumber + " belongs to office " + officeCode
                    + "; its process cannot run in office " + execution.getTenantId() + ".");
        }
        long existing = withoutChecks(() -> execution.getProcessEngineServices().getHistoryService()
                .createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).rootProcessInstances()
                .count());
        if (existing > 0) {
            throw new Problems.Conflict("Case " + caseNumber + " already has its process; a case has one.");
        }
    }

    /**
     * A per-party process (recurrent vetting): business key = prefix + party id, in an office (tenant), and at most one
     * running instance per party, whoever starts it.
     */
    private static void bindToParty(DelegateExecution execution, String processKey, String prefix) {
        String key = execution.getProcessBusinessKey();
        if (key == null || !key.matches(java.util.regex.Pattern.quote(prefix) + "[1-9][0-9]{0,18}")) {
            throw new Problems.Forbidden("Process " + processKey + " runs per party, with business key " + prefix
                    + "<party id>; this start names " + key + ".");
        }
        if (execution.getTenantId() == null) {
            throw new Problems.Forbidden("Process " + processKey + " for " + key + " must run in an office (officeCode).");
        }
        long running = withoutChecks(() -> execution.getProcessEngineServices().getRuntimeService()
                .createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(key).count());
        if (running > 0) {
            throw new Problems.Conflict(key + " already has a running " + processKey + "; a party has one.");
        }
    }

    private static void checkAssignee(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null) {
            return;
        }
        Set<String> offeredTo = task.getCandidates().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(l -> l.getGroupId() != null ? "group:" + l.getGroupId() : "user:" + l.getUserId())
                .collect(Collectors.toSet());
        if (offeredTo.isEmpty() || offeredTo.contains("user:" + assignee)) {
            return;
        }
        var identity = task.getProcessEngineServices().getIdentityService();
        boolean inGroup = withoutChecks(() -> identity.createGroupQuery().groupMember(assignee).list().stream()
                .anyMatch(g -> offeredTo.contains("group:" + g.getId())));
        boolean inOffice = task.getTenantId() == null || withoutChecks(() -> identity.createTenantQuery()
                .userMember(assignee).includingGroupsOfUser(true).tenantId(task.getTenantId()).count() > 0);
        if (!inGroup || !inOffice) {
            throw new Problems.Forbidden("Task '" + task.getName() + "' is offered to " + offeredTo.stream()
                    .map(s -> s.substring(s.indexOf(':') + 1)).sorted().toList() + " in office " + task.getTenantId()
                    + "; " + assignee + " is not one of them and cannot be assigned it.");
        }
    }

    /** Lookups a rule needs whatever the current person may read: inside the engine command, checks off. */
    private static <T> T withoutChecks(Supplier<T> lookup) {
        CommandContext context = Context.getCommandContext();
        boolean authorization = context.isAuthorizationCheckEnabled();
        boolean tenant = context.isTenantCheckEnabled();
        context.disableAuthorizationCheck();
        context.disableTenantCheck();
        try {
            return lookup.get();
        } finally {
            if (authorization) {
                context.enableAuthorizationCheck();
            }
            if (tenant) {
                context.enableTenantCheck();
            }
        }
    }
}
