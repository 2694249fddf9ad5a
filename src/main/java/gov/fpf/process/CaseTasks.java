package gov.fpf.process;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;

/** Reads a case's open tasks from the engine (the case number is the business key of its processes). */
@Service
public class CaseTasks {

    private final TaskService taskService;

    public CaseTasks(TaskService taskService) {
        this.taskService = taskService;
    }

    public List<OpenTask> openTasks(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).active()
                .orderByTaskCreateTime().asc().list().stream()
                .map(t -> new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant()))
                .toList();
    }
}
