package gov.fpf.process.modeling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionsBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.audit.AuditLog;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * Moves running cases from one version of a process to another, as a designer decides: a plan (equal activities
 * mapped by id, renamed ones mapped explicitly), a dry run that says per case whether it can move and why not, and
 * the migration itself, audited per case.
 *
 * <p>Timers keep their due dates unless the designer asks for them to be re-evaluated from the new version
 * ({@code updateEventTriggers}). A call activity moves with its case, but the process it called (a petition review,
 * a referral follow-up) is a separate definition whose instance stays on its own version.
 *
 * <p>The engine has no dry run for process instances, so the dry run migrates each case on its own inside one
 * transaction that is always rolled back: what it reports is what the migration would do, and nothing changes.
 * Everything runs as the designer (Camunda checks MIGRATE_INSTANCE), over every office's cases.
 */
@Service
public class ProcessMigrations {

    /** A process key the refusal offers as an example (the penalty model's). */
    private static final String EXAMPLE_KEY = "PenaltyCaseProcess";


    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final AuditLog auditLog;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate transaction;
    private final int synchronousLimit;

    public ProcessMigrations(RuntimeService runtimeService, RepositoryService repositoryService,
                             IdentityService identityService, AuditLog auditLog,
                             PlatformTransactionManager transactionManager,
                             @Value("${fpf.designer.migration.synchronous-limit:50}") int synchronousLimit) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.auditLog = auditLog;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction = new TransactionTemplate(transactionManager);
        this.synchronousLimit = synchronousLimit;
    }

    /**
     * What the designer asks for. Versions default to the latest (target) and the one before it (source).
     *
     * @param renamedActivities  source activity id to target activity id, for activities the new version renamed
     * @param updateEventTriggers re-evaluate timers (and message names) from the new version instead of keeping them
     * @param processInstanceIds  for {@link #execute}: only these cases (default: every case that can move)
     * @param asBatch             for {@link #execute}: run as a Camunda batch on the job executor even for few cases
     */
    public record Request(String processDefinitionKey, Integer sourceVersion, Integer targetVersion,
                          Map<String, String> renamedActivities, boolean updateEventTriggers,
                          List<String> processInstanceIds, boolean asBatch) {
    }

    public record Version(String id, int version, String versionTag) {
    }

    public record Instruction(String sourceActivityId, String targetActivityId, boolean renamed,
                              boolean updateEventTrigger) {
    }

    public record Unmapped(String activityId, String reason) {
    }

    public record Plan(String processDefinitionKey, Version source, Version target, List<Instruction> instructions,
                       List<Unmapped> unmappedSourceActivities, List<Unmapped> newTargetActivities,
                       boolean updateEventTriggers, List<String> notes) {
    }

    public record CaseCheck(String processInstanceId, String caseNumber, String officeCode, List<String> waitingAt,
                            boolean canMigrate, List<String> reasons, List<String> notes) {
    }

    public record DryRun(Plan plan, int total, int canMigrate, int cannotMigrate, List<CaseCheck> cases) {
    }

    public record Outcome(Plan plan, String mode, String batchId, int migrated, int scheduled,
                          List<String> migratedCaseNumbers, List<CaseCheck> notMigrated) {
    }

    public Plan plan(Request request) {
        return asDesigner(() -> describe(request, build(request)));
    }

    public DryRun dryRun(Request request) {
        return asDesigner(() -> {
            Built built = build(request);
            Plan plan = describe(request, built);
            List<CaseCheck> cases = check(built, runningInstances(built.source(), null));
            int movable = (int) cases.stream().filter(CaseCheck::canMigrate).count();
            return new DryRun(plan, cases.size(), movable, cases.size() - movable, cases);
        });
    }

    /**
     * Migrates the cases that can move (the chosen ones, or all), after a dry run of them; the others are reported
     * with their reasons and stay where they are. Up to the synchronous limit in this request's transaction, beyond
     * it (or when asked) as a Camunda batch.
     */
    public Outcome execute(Request request) {
        return asDesigner(() -> {
            Built built = build(request);
            Plan plan = describe(request, built);
            List<CaseCheck> checks = check(built, runningInstances(built.source(), request.processInstanceIds()));
            List<CaseCheck> movable = checks.stream().filter(CaseCheck::canMigrate).toList();
            List<CaseCheck> staying = checks.stream().filter(c -> !c.canMigrate()).toList();
            if (movable.isEmpty()) {
                return new Outcome(plan, "NONE", null, 0, 0, List.of(), staying);
            }
            List<String> ids = movable.stream().map(CaseCheck::processInstanceId).toList();
            String movement = plan.processDefinitionKey() + " version " + plan.source().version()
                    + tag(plan.source()) + " to version " + plan.target().version() + tag(plan.target());
            String timers = request.updateEventTriggers()
                    ? "timers re-evaluated from the new version at the designer's request"
                    : "timers keep their due dates";
            if (!request.asBatch() && ids.size() <= synchronousLimit) {
                migrateNow(built.plan(), plan, movable, staying, movement, timers);
                return new Outcome(plan, "SYNCHRONOUS", null, ids.size(), 0,
                        movable.stream().map(ProcessMigrations::label).toList(), staying);
            }
            String batchId = schedule(built.plan(), plan.processDefinitionKey(), movable, movement, timers);
            return new Outcome(plan, "BATCH", batchId, 0, ids.size(),
                    movable.stream().map(ProcessMigrations::label).toList(), staying);
        });
    }

    /** All in this transaction: the cases move and their audit events are written, or neither. */
    private void migrateNow(MigrationPlan migrationPlan, Plan plan, List<CaseCheck> movable, List<CaseCheck> staying,
                            String movement, String timers) {
        List<String> ids = movable.stream().map(CaseCheck::processInstanceId).toList();
        try {
            transaction.executeWithoutResult(status -> {
                runtimeService.newMigration(migrationPlan).processInstanceIds(ids).execute();
                for (CaseCheck moved : movable) {
                    audit(moved, "PROCESS_MIGRATED", "Moved from " + movement + " by " + CurrentUser.id() + "; "
                            + renames(plan, moved) + timers + ".");
                }
                String left = staying.isEmpty() ? "" : "; " + staying.size() + " could not move: "
                        + staying.stream().map(ProcessMigrations::label).collect(Collectors.joining(", "));
                auditLog.entityEvent(DeploymentAudit.PROCESS_DEFINITION, plan.processDefinitionKey(), "CASES_MIGRATED",
                        ids.size() + " case(s) moved from " + movement + "; " + timers + left + ".", null);
            });
        } catch (MigratingProcessInstanceValidationException changedMeanwhile) {
            throw new Problems.Conflict("Case " + changedMeanwhile.getValidationReport().getProcessInstanceId()
                    + " changed between the check and the move, and now cannot move: "
                    + String.join("; ", reasons(changedMeanwhile.getValidationReport()))
                    + ". Nothing was migrated; run the dry run again.");
        }
    }

    /**
     * A Camunda batch the job executor works through; each case's audit event says it was scheduled and by which
     * batch (Cockpit shows the batch's progress and failures).
     */
    private String schedule(MigrationPlan migrationPlan, String key, List<CaseCheck> movable, String movement,
                            String timers) {
        List<String> ids = movable.stream().map(CaseCheck::processInstanceId).toList();
        return transaction.execute(status -> {
            Batch batch = runtimeService.newMigration(migrationPlan).processInstanceIds(ids).executeAsync();
            for (CaseCheck scheduled : movable) {
                audit(scheduled, "PROCESS_MIGRATION_SCHEDULED", "To be moved from " + movement + " by batch "
                        + batch.getId() + ", started by " + CurrentUser.id() + "; " + timers + ".");
            }
            auditLog.entityEvent(DeploymentAudit.PROCESS_DEFINITION, key, "CASES_MIGRATION_SCHEDULED", ids.size()
                    + " case(s) to be moved from " + movement + " by batch " + batch.getId() + "; " + timers + ".",
                    null);
            return batch.getId();
        });
    }

    // ---------------------------------------------------------------- the plan

    private record Built(ProcessDefinition source, ProcessDefinition target, MigrationPlan plan) {
    }

    private Built build(Request request) {
        if (request.processDefinitionKey() == null || request.processDefinitionKey().isBlank()) {
            throw new Problems.InvalidInput("Name the process to migrate: processDefinitionKey, e.g. "
                    + EXAMPLE_KEY + ".");
        }
        String key = request.processDefinitionKey();
        ProcessDefinition target = request.targetVersion() == null
                ? repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId()
                .latestVersion().singleResult()
                : version(key, request.targetVersion());
        if (target == null) {
            throw new Problems.NotFound("No process " + key + (request.targetVersion() == null ? ""
                    : " version " + request.targetVersion()) + " is deployed.");
        }
        int sourceVersion = request.sourceVersion() == null ? target.getVersion() - 1 : request.sourceVersion();
        if (sourceVersion < 1) {
            throw new Problems.InvalidInput(key + " has only version " + target.getVersion()
                    + "; deploy the new version first, then move the running cases onto it.");
        }
        if (sourceVersion == target.getVersion()) {
            throw new Problems.InvalidInput("Source and target are both version " + sourceVersion + " of " + key
                    + "; choose two different versions.");
        }
        ProcessDefinition source = version(key, sourceVersion);
        if (source == null) {
            throw new Problems.NotFound("No process " + key + " version " + sourceVersion + " is deployed.");
        }
        MigrationPlanBuilder builder = runtimeService.createMigrationPlan(source.getId(), target.getId());
        MigrationInstructionsBuilder equal = builder.mapEqualActivities();
        if (request.updateEventTriggers()) {
            equal.updateEventTriggers();
        }
        Map<String, String> renamed = request.renamedActivities() == null ? Map.of() : request.renamedActivities();
        renamed.forEach((from, to) -> {
            var instruction = builder.mapActivities(from, to);
            if (request.updateEventTriggers()) {
                instruction.updateEventTrigger();
            }
        });
        try {
            return new Built(source, target, builder.build());
        } catch (MigrationPlanValidationException invalid) {
            throw new Problems.InvalidInput("The migration plan from version " + source.getVersion() + " to "
                    + target.getVersion() + " is not valid: " + invalid.getValidationReport().getInstructionReports()
                    .stream().filter(MigrationInstructionValidationReport::hasFailures)
                    .map(report -> report.getMigrationInstruction().getSourceActivityId() + " -> "
                            + report.getMigrationInstruction().getTargetActivityId() + ": "
                            + String.join("; ", report.getFailures()))
                    .collect(Collectors.joining(" | ")));
        }
    }

    private ProcessDefinition version(String key, int version) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId()
                .processDefinitionVersion(version).singleResult();
    }

    private Plan describe(Request request, Built built) {
        Set<String> renamedSources = request.renamedActivities() == null ? Set.of()
                : request.renamedActivities().keySet();
        List<Instruction> instructions = built.plan().getInstructions().stream()
                .map(i -> new Instruction(i.getSourceActivityId(), i.getTargetActivityId(),
                        renamedSources.contains(i.getSourceActivityId()), i.isUpdateEventTrigger()))
                .toList();
        Set<String> mappedSources = instructions.stream().map(Instruction::sourceActivityId)
                .collect(Collectors.toSet());
        Set<String> mappedTargets = instructions.stream().map(Instruction::targetActivityId)
                .collect(Collectors.toSet());
        Map<String, FlowNode> sourceNodes = flowNodes(built.source());
        Map<String, FlowNode> targetNodes = flowNodes(built.target());
        int targetVersion = built.target().getVersion();

        List<Unmapped> unmapped = new ArrayList<>();
        sourceNodes.forEach((id, node) -> {
            if (mappedSources.contains(id) || !ProcessModels.canHoldACase(node)) {
                return; // mapped, or a case never waits here, so there is nothing to move
            }
            unmapped.add(new Unmapped(id, targetNodes.containsKey(id)
                    ? "Version " + targetVersion + " has " + id + ", but Camunda does not map it by id (it moved "
                    + "into another sub-process, or changed its kind); a case waiting here cannot move unless you "
                    + "map it explicitly in renamedActivities."
                    : "Version " + targetVersion + " has no " + id + "; a case waiting here cannot move unless you "
                    + "map it to the activity that replaces it in renamedActivities, or let the case move past it "
                    + "first."));
        });
        List<Unmapped> added = new ArrayList<>();
        targetNodes.forEach((id, node) -> {
            if (!sourceNodes.containsKey(id) && !mappedTargets.contains(id)) {
                added.add(new Unmapped(id, "New in version " + targetVersion + ". Cases already past this point "
                        + "do not go back to it; cases that have not reached it yet will pass through it."));
            }
        });
        List<String> notes = new ArrayList<>();
        notes.add(request.updateEventTriggers()
                ? "Timers will be re-evaluated from version " + targetVersion + " (updateEventTriggers): a deadline "
                + "whose expression changed will get a new due date."
                : "Timers (deadlines) keep the due dates they have now; set updateEventTriggers only if the new "
                + "version changed a deadline and running cases should get it.");
        Set<String> called = new TreeSet<>();
        sourceNodes.values().stream()
                .filter(CallActivity.class::isInstance)
                .map(node -> ((CallActivity) node).getCalledElement())
                .filter(calledElement -> calledElement != null).forEach(called::add);
        if (!called.isEmpty()) {
            notes.add("Called processes (" + String.join(", ", called) + ") are separate definitions: a case waiting "
                    + "in a call activity moves, but the instance it called stays on its own version. Migrate "
                    + "those processes separately if they changed.");
        }
        return new Plan(built.source().getKey(), version(built.source()), version(built.target()), instructions,
                unmapped, added, request.updateEventTriggers(), notes);
    }

    private Map<String, FlowNode> flowNodes(ProcessDefinition definition) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        Map<String, FlowNode> nodes = new LinkedHashMap<>();
        model.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> definition.getKey().equals(ProcessModels.processOf(node)))
                .forEach(node -> nodes.put(node.getId(), node));
        return nodes;
    }

    // ---------------------------------------------------------------- the cases

    private List<ProcessInstance> runningInstances(ProcessDefinition source, Collection<String> chosen) {
        List<ProcessInstance> running = runtimeService.createProcessInstanceQuery()
                .processDefinitionId(source.getId()).orderByBusinessKey().asc().list();
        if (chosen == null || chosen.isEmpty()) {
            return running;
        }
        Set<String> runningIds = running.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        List<String> strangers = chosen.stream().filter(id -> !runningIds.contains(id)).toList();
        if (!strangers.isEmpty()) {
            throw new Problems.InvalidInput("Not running cases of " + source.getKey() + " version "
                    + source.getVersion() + ": " + String.join(", ", strangers) + ".");
        }
        return running.stream().filter(instance -> chosen.contains(instance.getId())).toList();
    }

    /** Each case migrated on its own in one transaction that is rolled back: the answer without the change. */
    private List<CaseCheck> check(Built built, List<ProcessInstance> instances) {
        Map<String, List<String>> waitingAt = new LinkedHashMap<>();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (ProcessInstance instance : instances) {
            waitingAt.put(instance.getId(), runtimeService.getActiveActivityIds(instance.getId()));
            List<String> caseNotes = new ArrayList<>();
            runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list()
                    .forEach(sub -> caseNotes.add("Its " + repositoryService.getProcessDefinition(
                            sub.getProcessDefinitionId()).getKey()
                            + " instance stays on its own version: only this case's own process moves."));
            notes.put(instance.getId(), caseNotes);
        }
        Map<String, List<String>> reasons = newTransaction.execute(status -> {
            status.setRollbackOnly();
            Map<String, List<String>> found = new LinkedHashMap<>();
            for (ProcessInstance instance : instances) {
                try {
                    runtimeService.newMigration(built.plan()).processInstanceIds(instance.getId()).execute();
                    found.put(instance.getId(), List.of());
                } catch (MigratingProcessInstanceValidationException refused) {
                    found.put(instance.getId(), reasons(refused.getValidationReport()));
                } catch (AuthorizationException e) {
                    throw e;
                } catch (RuntimeException failed) {
                    found.put(instance.getId(), List.of("The engine refused to move it: " + failed.getMessage()));
                }
            }
            return found;
        });
        List<CaseCheck> checks = new ArrayList<>();
        for (ProcessInstance instance : instances) {
            List<String> why = reasons.get(instance.getId());
            checks.add(new CaseCheck(instance.getId(), instance.getBusinessKey(), instance.getTenantId(),
                    waitingAt.get(instance.getId()), why.isEmpty(), why, notes.get(instance.getId())));
        }
        return checks;
    }

    private static List<String> reasons(MigratingProcessInstanceValidationReport report) {
        List<String> reasons = new ArrayList<>(report.getFailures());
        for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
            activity.getFailures().forEach(failure -> reasons.add(explain(activity.getSourceScopeId(), failure)));
        }
        for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
            transition.getFailures().forEach(failure -> reasons.add(explain(transition.getSourceScopeId(), failure)));
        }
        return reasons;
    }

    private static String explain(String activityId, String failure) {
        String reason = "At " + activityId + ": " + failure;
        if (failure.contains("no migration instruction")) {
            reason += " The new version has no activity for it: map " + activityId + " to the activity that "
                    + "replaces it (renamedActivities), or let the case move past it first.";
        }
        return reason;
    }

    // ---------------------------------------------------------------- audit and identity

    private void audit(CaseCheck check, String event, String detail) {
        String caseNumber = check.caseNumber();
        if (caseNumber != null && caseNumber.length() <= 20) {
            auditLog.caseEvent(caseNumber, event, detail);
        } else {
            auditLog.entityEvent("PROCESS_INSTANCE", check.processInstanceId(), event, detail, null);
        }
    }

    private static String renames(Plan plan, CaseCheck moved) {
        List<String> renamedHere = plan.instructions().stream()
                .filter(i -> i.renamed() && moved.waitingAt().contains(i.sourceActivityId()))
                .map(i -> i.sourceActivityId() + " is now " + i.targetActivityId()).toList();
        return renamedHere.isEmpty() ? "" : String.join(", ", renamedHere) + "; ";
    }

    private static String label(CaseCheck check) {
        return check.caseNumber() != null ? check.caseNumber() : check.processInstanceId();
    }

    private static Version version(ProcessDefinition definition) {
        return new Version(definition.getId(), definition.getVersion(), definition.getVersionTag());
    }

    private static String tag(Version version) {
        return version.versionTag() == null ? "" : " (" + version.versionTag() + ")";
    }

    /**
     * The designer is the engine's user for the call, so Camunda's authorizations apply (MIGRATE_INSTANCE, batch
     * creation) and its operation log names them; every office is theirs for it, since a model's cases are in all.
     */
    private <T> T asDesigner(Supplier<T> work) {
        List<String> offices = identityService.createTenantQuery().list().stream().map(Tenant::getId).toList();
        identityService.setAuthentication(CurrentUser.id(), List.copyOf(CurrentUser.groups()), offices);
        try {
            return work.get();
        } catch (AuthorizationException e) {
            throw new Problems.Forbidden("Only process designers and administrators may move running cases to "
                    + "another version of a process.");
        } finally {
            identityService.clearAuthentication();
        }
    }
}
