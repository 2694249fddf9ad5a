package gov.fpf.process.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * What supervisors look at across their offices' work: the approvals waiting for them (national-security exceptions
 * and 1612 summary sales) and the tasks that are overdue or due soon. Read-only; completing still goes through
 * {@link CaseWork#complete} (via the worklist service) so the rules run with the user's identity.
 */
@Service
public class SupervisorTasks {


    private final TaskService taskService;
    private final RuntimeService runtimeService;
    /** The approval steps a supervisor decides (every model's), each with the variable naming its petition or null. */
    private final Map<String, String> approvals = new LinkedHashMap<>();

    public SupervisorTasks(TaskService taskService, RuntimeService runtimeService, List<CaseModel> models) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        models.forEach(m -> m.supervisorApprovals().forEach(a -> approvals.put(a.taskKey(), a.petitionIdVariable())));
    }

    /**
     * An open task with its case.
     *
     * @param petitionId for a national-security exception, the petition it is about (from the review's variables)
     * @param candidateGroups the groups it is offered to (empty when not asked for)
     */
    public record SupervisedTask(String id, String taskDefinitionKey, String name, String caseNumber, String officeCode,
                                 String assignee, Instant created, Instant due, Long petitionId,
                                 Set<String> candidateGroups) {
    }

    /** Open approval tasks in the offices, oldest first (at most {@code max}). */
    public List<SupervisedTask> openApprovals(Collection<String> offices, int max) {
        if (offices.isEmpty()) {
            return List.of();
        }
        List<Task> tasks = taskService.createTaskQuery()
                .tenantIdIn(offices.toArray(String[]::new))
                .taskDefinitionKeyIn(approvals.keySet().toArray(String[]::new))
                .active().orderByTaskCreateTime().asc().listPage(0, max);
        return toSupervised(tasks, true);
    }

    /** One open approval task, if it is one and still open. */
    public java.util.Optional<SupervisedTask> openApproval(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId)
                .taskDefinitionKeyIn(approvals.keySet().toArray(String[]::new)).active().singleResult();
        return task == null ? java.util.Optional.empty() : java.util.Optional.of(toSupervised(List.of(task), true).get(0));
    }

    /** Open tasks of the offices with a due date before {@code before}, earliest first (at most {@code max}). */
    public List<SupervisedTask> dueBefore(Collection<String> offices, Instant before, int max) {
        if (offices.isEmpty()) {
            return List.of();
        }
        List<Task> tasks = taskService.createTaskQuery()
                .tenantIdIn(offices.toArray(String[]::new))
                .dueBefore(Date.from(before))
                .active().orderByDueDate().asc().listPage(0, max);
        return toSupervised(tasks, false);
    }

    private List<SupervisedTask> toSupervised(List<Task> tasks, boolean withDetails) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, ProcessInstance> instances = instanceIds.isEmpty() ? Map.of()
                : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        return tasks.stream().map(t -> {
            ProcessInstance pi = instances.get(t.getProcessInstanceId());
            Long petitionId = null;
            Set<String> groups = Set.of();
            if (withDetails) {
                String petitionVariable = approvals.get(t.getTaskDefinitionKey());
                if (petitionVariable != null) {
                    Object id = runtimeService.getVariable(t.getProcessInstanceId(), petitionVariable);
                    petitionId = id == null ? null : Long.valueOf(id.toString());
                }
                groups = taskService.getIdentityLinksForTask(t.getId()).stream()
                        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                        .map(IdentityLink::getGroupId)
                        .collect(Collectors.toSet());
            }
            return new SupervisedTask(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                    pi == null ? null : pi.getBusinessKey(), t.getTenantId(), t.getAssignee(),
                    t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                    t.getDueDate() == null ? null : t.getDueDate().toInstant(), petitionId, groups);
        }).toList();
    }
}
