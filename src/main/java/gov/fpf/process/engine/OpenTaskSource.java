package gov.fpf.process.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Every open user task of a process, read from the engine in batches: what a read model of the tasks is (re)built
 * from when it was created after the tasks (a new installation of the worklist on an existing database).
 */
@Service
public class OpenTaskSource {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    public OpenTaskSource(TaskService taskService, RuntimeService runtimeService, ManagementService managementService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    public boolean anyOpenTask() {
        return taskService.createNativeTaskQuery()
                .sql("SELECT COUNT(*) FROM " + managementService.getTableName(Task.class) + " WHERE PROC_INST_ID_ IS NOT NULL")
                .count() > 0;
    }

    /** Hands the open tasks of processes to the consumer in batches, in task id order. */
    public void forEachBatch(int batchSize, Consumer<List<TaskReadModel.OpenTaskSnapshot>> consumer) {
        String table = managementService.getTableName(Task.class);
        String after = "";
        while (true) {
            // keyset paging: tasks created or ended meanwhile do not shift the pages
            List<Task> tasks = taskService.createNativeTaskQuery()
                    .sql("SELECT * FROM " + table + " WHERE PROC_INST_ID_ IS NOT NULL AND ID_ > #{after} ORDER BY ID_")
                    .parameter("after", after)
                    .listPage(0, batchSize);
            if (tasks.isEmpty()) {
                return;
            }
            consumer.accept(snapshots(tasks));
            after = tasks.get(tasks.size() - 1).getId();
        }
    }

    private List<TaskReadModel.OpenTaskSnapshot> snapshots(List<Task> tasks) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        for (ProcessInstance pi : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
            String key = pi.getBusinessKey();
            if (key == null) {
                Object variable = runtimeService.getVariable(pi.getId(), ProcessVariables.CASE_NUMBER);
                key = variable == null ? null : variable.toString();
            }
            businessKeys.put(pi.getId(), key);
        }
        return tasks.stream().map(t -> new TaskReadModel.OpenTaskSnapshot(t.getId(), t.getProcessInstanceId(),
                businessKeys.get(t.getProcessInstanceId()), t.getTenantId(), t.getTaskDefinitionKey(), t.getName(),
                t.getAssignee(), candidateGroups(t.getId()),
                t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                t.getCreateTime() == null ? null : t.getCreateTime().toInstant())).toList();
    }

    private Set<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
