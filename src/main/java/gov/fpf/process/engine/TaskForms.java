package gov.fpf.process.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;

import gov.fpf.system.Problems;

/**
 * The engine side of working a task on the case page: the Camunda Form its user task names ({@code camunda:formRef}),
 * resolved by the engine exactly as for Tasklist (the form definition of the binding, {@code deployment} for ours,
 * read from the deployment's resources), and the variables the task sees, to prefill the form.
 */
@Service
public class TaskForms {

    private final FormService formService;
    private final TaskService taskService;

    public TaskForms(FormService formService, TaskService taskService) {
        this.formService = formService;
        this.taskService = taskService;
    }

    /**
     * A task's form.
     *
     * @param formKey  the form's id ({@code camunda:formRef}); null when the task has no Camunda Form
     * @param formJson the deployed {@code .form} file; null when the task has no Camunda Form
     */
    public record TaskForm(String taskId, String taskName, String taskDefinitionKey, String formKey, String formJson,
                           Map<String, Object> variables) {
    }

    /** The form and variables of an open task; 404 when there is no such open task. */
    public TaskForm form(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).active().singleResult();
        if (task == null) {
            throw new Problems.NotFound("No open task " + taskId + ".");
        }
        TaskFormData data = formService.getTaskFormData(taskId);
        CamundaFormRef ref = data == null ? null : data.getCamundaFormRef();
        String json = null;
        if (ref != null) {
            try (InputStream in = formService.getDeployedTaskForm(taskId)) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TaskForm(task.getId(), task.getName(), task.getTaskDefinitionKey(), ref == null ? null : ref.getKey(),
                json, variables(taskId));
    }

    /**
     * The variables the task sees (its own and its process instance's), as plain values. Serialized Java objects are
     * left out rather than deserialized: no form field of ours shows one.
     */
    private Map<String, Object> variables(String taskId) {
        VariableMap typed = taskService.getVariablesTyped(taskId, false);
        Map<String, Object> plain = new LinkedHashMap<>();
        for (String name : typed.keySet()) {
            TypedValue value = typed.getValueTyped(name);
            if (value instanceof ObjectValue) {
                continue;
            }
            plain.put(name, value == null ? null : value.getValue());
        }
        return Collections.unmodifiableMap(plain);
    }
}
