package gov.fpf.process.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import gov.fpf.system.Problems;

/**
 * The engine side of case work: starting a case's process, delivering events (petition, payment, ...) to it, and the
 * task list, claim and completion. Feature services call this; none of them touches the engine API.
 */
@Service
public class CaseWork {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final HistoryService historyService;

    public CaseWork(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
                    HistoryService historyService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.historyService = historyService;
    }

    /** A task as the worklist shows it. */
    public record WorkItem(String id, String taskDefinitionKey, String name, String caseNumber, String officeCode,
                           Instant dueDate, String assignee, Instant created) {
    }

    public String startCase(String processKey, String caseNumber, String officeCode, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put(ProcessVariables.CASE_NUMBER, caseNumber);
        all.put(ProcessVariables.OFFICE_CODE, officeCode);
        return refusalsUnwrapped(() -> runtimeService.startProcessInstanceByKey(processKey, caseNumber, all).getId());
    }

    /** Delivers an event to the case's process; false when the case is not waiting for it. */
    public boolean deliver(String messageName, String caseNumber, Map<String, Object> variables) {
        boolean waiting = runtimeService.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .messageEventSubscriptionName(messageName).count() > 0;
        if (!waiting) {
            return false;
        }
        refusalsUnwrapped(() -> runtimeService.createMessageCorrelation(messageName).processInstanceBusinessKey(caseNumber)
                .setVariables(variables).correlateWithResult());
        return true;
    }

    /**
     * Brings a late petition the officer accepted into the case's process (171.2): whatever the case's main process is
     * doing since its period closed (a referral for no response, the steps after a 1609 declaration) is cancelled and
     * the process continues at its "record petition" step with the petition, as if it had arrived in time. Returns
     * false when the case has no running process of that key.
     */
    public boolean returnToPetition(String caseNumber, String processKey, String recordPetitionActivityId,
                                    Map<String, Object> variables) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(processKey).active().singleResult();
        if (instance == null) {
            return false;
        }
        runtimeService.setVariables(instance.getId(), variables);
        org.camunda.bpm.engine.runtime.ActivityInstance tree = runtimeService.getActivityInstance(instance.getId());
        org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder modification = runtimeService.createProcessInstanceModification(instance.getId())
                .startBeforeActivity(recordPetitionActivityId);
        for (org.camunda.bpm.engine.runtime.ActivityInstance child : tree.getChildActivityInstances()) {
            modification = modification.cancelActivityInstance(child.getId());
        }
        for (org.camunda.bpm.engine.runtime.TransitionInstance child : tree.getChildTransitionInstances()) {
            modification = modification.cancelTransitionInstance(child.getId());
        }
        var ready = modification;
        refusalsUnwrapped(() -> {
            ready.execute();
            return null;
        });
        return true;
    }

    /** The open tasks of a case and of the processes it called (they carry its number as business key). */
    public List<OpenTask> openTasks(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).active()
                .orderByTaskCreateTime().asc().list().stream()
                .map(t -> new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant()))
                .toList();
    }

    /** Open tasks the user may work: assigned to them, or offered to one of their groups, in one of their offices. */
    public List<WorkItem> worklist(String userId, Collection<String> groups, Collection<String> offices) {
        if (offices.isEmpty()) {
            return List.of();
        }
        List<Task> tasks = taskService.createTaskQuery()
                .tenantIdIn(offices.toArray(String[]::new))
                .or().taskAssignee(userId).taskCandidateGroupIn(List.copyOf(groups)).endOr()
                .active().orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(0, 1000);
        return toWorkItems(tasks);
    }

    public WorkItem task(String taskId, Set<String> offices) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getTenantId() == null || !offices.contains(task.getTenantId())) {
            // a task completed in one of the caller's offices is a conflict; another office's, done or open, is
            // answered exactly like an id that never existed
            if (!offices.isEmpty() && historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                    .tenantIdIn(offices.toArray(String[]::new)).count() > 0) {
                throw new Problems.Conflict("Task " + taskId + " has already been completed by someone else.");
            }
            throw new Problems.NotFound("No open task " + taskId + " in your offices.");
        }
        return toWorkItems(List.of(task)).get(0);
    }

    /**
     * The groups a task is offered to. A task completed (on this node or another) between the caller's read of it and
     * this one is a 409, as for the completion itself, not an engine error.
     */
    public Set<String> candidateGroups(String taskId) {
        List<IdentityLink> links;
        try {
            links = taskService.getIdentityLinksForTask(taskId);
        } catch (org.camunda.bpm.engine.exception.NullValueException e) {
            throw new Problems.Conflict("Task " + taskId + " was completed by someone else at the same moment.");
        }
        return links.stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
    }

    /**
     * Claims the task as the user, with the engine knowing who claims: its per-task authorizations and the assignee
     * rule ({@link CaseProcessGuard}) hold here as they do in Tasklist and /engine-rest.
     */
    public void claim(String taskId, String userId, Collection<String> groups, Collection<String> offices) {
        identityService.setAuthentication(userId, List.copyOf(groups), List.copyOf(offices));
        try {
            refusalsUnwrapped(() -> {
                taskService.claim(taskId, userId);
                return null;
            });
        } catch (TaskAlreadyClaimedException e) {
            throw new Problems.Conflict("Task " + taskId + " is already claimed by " + e.getTaskAssignee() + ".");
        } catch (OptimisticLockingException e) {
            throw new Problems.Conflict("Someone else claimed or completed task " + taskId + " at the same moment.");
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * Completes the task with the decision's variables. Rule refusals raised inside the process (task listeners,
     * delegates) come back as themselves; a task completed or changed by someone else at the same time is a 409.
     */
    public void complete(String taskId, Map<String, Object> variables, String userId, Collection<String> groups,
                         Collection<String> offices) {
        // the engine knows who completes, for its history and for the rules that check it (four eyes)
        identityService.setAuthentication(userId, List.copyOf(groups), List.copyOf(offices));
        ProcessEngineException failure;
        try {
            taskService.complete(taskId, variables);
            return;
        } catch (OptimisticLockingException e) {
            throw new Problems.Conflict("Task " + taskId + " was completed or changed by someone else at the same moment.");
        } catch (ProcessEngineException e) {
            failure = e;
        } finally {
            identityService.clearAuthentication();
        }
        Problems.Refusal refusal = refusalIn(failure);
        if (refusal != null) {
            throw refusal;
        }
        if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
            throw new Problems.Conflict("Task " + taskId + " was completed by someone else at the same moment.");
        }
        throw failure;
    }

    /** Runs an engine call; a refusal raised by a delegate or listener inside it comes out as itself. */
    private static <T> T refusalsUnwrapped(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessEngineException e) {
            Problems.Refusal refusal = refusalIn(e);
            if (refusal != null) {
                throw refusal;
            }
            throw e;
        }
    }

    /** The refusal a listener or delegate raised, wherever the engine wrapped it. */
    public static Problems.Refusal refusalIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Problems.Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    private List<WorkItem> toWorkItems(List<Task> tasks) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, ProcessInstance> instances = instanceIds.isEmpty() ? Map.of()
                : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        return tasks.stream().map(t -> {
            ProcessInstance pi = instances.get(t.getProcessInstanceId());
            return new WorkItem(t.getId(), t.getTaskDefinitionKey(), t.getName(), pi == null ? null : pi.getBusinessKey(),
                    t.getTenantId(), t.getDueDate() == null ? null : t.getDueDate().toInstant(), t.getAssignee(),
                    t.getCreateTime() == null ? null : t.getCreateTime().toInstant());
        }).toList();
    }
}
