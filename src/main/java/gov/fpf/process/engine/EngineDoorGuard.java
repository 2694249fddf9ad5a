package gov.fpf.process.engine;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;

import gov.fpf.audit.AuditLog;
import gov.fpf.forms.FormDefinition;
import gov.fpf.system.Problems;
import gov.fpf.system.Roles;

/**
 * The engine's front door: every command a person sends (our API, our pages, Tasklist, Cockpit, {@code /engine-rest})
 * passes here before the engine runs it, so one rule holds in every door. Commands the engine runs for itself (job
 * executor, start-up) and commands nested inside another carry no person and pass.
 * <ul>
 * <li><b>A task completion writes only its form's fields.</b> The variables a completion carries must be the editable
 * fields of the task's Camunda Form; a field the form only shows (case number, amounts, dates the timers wait on) may
 * be sent back unchanged, as Tasklist does, never changed. Anything else is refused (400 for a field that is not on the
 * form, 403 for a shown value changed) and nothing is stored.</li>
 * <li><b>Process variables are not written directly</b> by anyone but an administrator: they belong to the case and
 * change through its own steps.</li>
 * <li><b>Who a task is offered to is the model's</b>: candidate users and groups are changed by administrators only
 * (supervisors reassign, {@link CaseProcessGuard} checks the assignee).</li>
 * <li><b>A deployment with cases is not deleted</b> by anyone but an administrator, and an administrator's deletion of
 * one is audited.</li>
 * </ul>
 * The engine's commands keep their inputs in protected fields; the few read here are named in {@link #FIELDS} and a
 * test reads each of them, so an engine upgrade that renames one fails the build rather than opening the door.
 */
public class EngineDoorGuard extends CommandInterceptor {

    /** Command inputs read by this guard: class, field. */
    static final List<Map.Entry<Class<?>, String>> FIELDS = List.of(
            Map.entry(CompleteTaskCmd.class, "taskId"), Map.entry(CompleteTaskCmd.class, "variables"),
            Map.entry(SubmitTaskFormCmd.class, "taskId"), Map.entry(SubmitTaskFormCmd.class, "properties"),
            Map.entry(DeleteDeploymentCmd.class, "deploymentId"), Map.entry(DeleteDeploymentCmd.class, "cascade"),
            Map.entry(AbstractAddIdentityLinkCmd.class, "type"), Map.entry(DeleteIdentityLinkCmd.class, "type"));

    private final ProcessEngineConfigurationImpl engine;
    private final Supplier<AuditLog> auditLog;
    /** per process definition and task: the form's editable and shown-only fields (a deployed form never changes) */
    private final Map<String, FormFields> forms = new ConcurrentHashMap<>();

    record FormFields(Set<String> editable, Set<String> shown) {
    }

    public EngineDoorGuard(ProcessEngineConfigurationImpl engine, Supplier<AuditLog> auditLog) {
        this.engine = engine;
        this.auditLog = auditLog;
    }

    @Override
    public <T> T execute(Command<T> command) {
        Authentication person = Context.getCommandContext() == null
                ? engine.getIdentityService().getCurrentAuthentication() : null;
        if (person == null || person.getUserId() == null || isAdministrator(person)) {
            return next.execute(command);
        }
        if (command instanceof CompleteTaskCmd) {
            checkCompletion(read(command, CompleteTaskCmd.class, "taskId"), read(command, CompleteTaskCmd.class, "variables"));
        } else if (command instanceof SubmitTaskFormCmd) {
            checkCompletion(read(command, SubmitTaskFormCmd.class, "taskId"),
                    read(command, SubmitTaskFormCmd.class, "properties"));
        } else if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd
                || command instanceof AbstractRemoveVariableCmd) {
            throw new Problems.Forbidden("Process variables belong to the case and change only through its steps and "
                    + "task forms; " + person.getUserId() + " may not write them directly.");
        } else if (command instanceof AbstractAddIdentityLinkCmd || command instanceof DeleteIdentityLinkCmd) {
            Class<?> type = command instanceof AbstractAddIdentityLinkCmd ? AbstractAddIdentityLinkCmd.class : DeleteIdentityLinkCmd.class;
            if (IdentityLinkType.CANDIDATE.equals(read(command, type, "type"))) {
                throw new Problems.Forbidden("Who a task is offered to is set by the process model; a supervisor "
                        + "reassigns the task to a member of its groups instead.");
            }
        } else if (command instanceof DeleteDeploymentCmd) {
            refuseDeletingCases(read(command, DeleteDeploymentCmd.class, "deploymentId"));
        }
        return next.execute(command);
    }

    private static boolean isAdministrator(Authentication person) {
        return person.getGroupIds() != null && person.getGroupIds().contains(Roles.ADMIN);
    }

    private void checkCompletion(String taskId, Map<String, Object> variables) {
        if (taskId == null || variables == null || variables.isEmpty()) {
            return;
        }
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return; // unknown, or not the caller's to see: the command itself answers that
        }
        FormFields form = forms.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                key -> formFields(taskId));
        Set<String> notOnForm = new TreeSet<>();
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, Object> entry : variables.entrySet()) {
            String name = entry.getKey();
            if (form.editable().contains(name)) {
                continue;
            }
            if (form.shown().contains(name)) {
                Object current = engine.getTaskService().getVariable(taskId, name);
                if (!sameValue(current, plain(entry.getValue()))) {
                    changed.add(name);
                }
                continue;
            }
            notOnForm.add(name);
        }
        if (!changed.isEmpty()) {
            throw new Problems.Forbidden("Task '" + task.getName() + "' shows " + String.join(", ", changed)
                    + " but does not let you change " + (changed.size() == 1 ? "it" : "them")
                    + ": the case's own values stay as they are.");
        }
        if (!notOnForm.isEmpty()) {
            List<String> shown = notOnForm.stream().map(n -> n.length() > 80 ? n.substring(0, 80) + "…" : n).toList();
            throw new Problems.InvalidInput("Task '" + task.getName() + "' takes only the fields of its form "
                    + form.editable() + "; " + String.join(", ", shown) + (shown.size() == 1 ? " is" : " are")
                    + " not a field of a task form.");
        }
    }

    private FormFields formFields(String taskId) {
        String json;
        try (var in = engine.getFormService().getDeployedTaskForm(taskId)) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (ProcessEngineException | java.io.IOException e) {
            // no Camunda Form: the task takes no values at all
            return new FormFields(Set.of(), Set.of());
        }
        FormDefinition form = FormDefinition.parse(json);
        Set<String> editable = new TreeSet<>();
        Set<String> shown = new TreeSet<>();
        for (FormDefinition.Component c : form.components()) {
            if (c.key() == null) {
                continue;
            }
            (c.isInput() ? editable : shown).add(c.key());
        }
        shown.removeAll(editable);
        return new FormFields(Set.copyOf(editable), Set.copyOf(shown));
    }

    private void refuseDeletingCases(String deploymentId) {
        if (deploymentId == null) {
            return;
        }
        List<ProcessDefinition> definitions = engine.getRepositoryService().createProcessDefinitionQuery()
                .deploymentId(deploymentId).list();
        for (ProcessDefinition definition : definitions) {
            long cases = withoutChecks(() -> engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionId(definition.getId()).count());
            if (cases > 0) {
                throw new Problems.Forbidden("Deployment " + deploymentId + " holds " + definition.getKey() + " v"
                        + definition.getVersion() + " with " + cases + " case process(es), running or finished; "
                        + "only an administrator may delete it.");
            }
        }
    }

    /**
     * Inside the command's transaction (a post-interceptor): a person's deletion of a deployment writes its audit row,
     * which commits or rolls back with the deletion itself.
     */
    public CommandInterceptor deletionAudit() {
        return new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                Authentication person = engine.getIdentityService().getCurrentAuthentication();
                if (command instanceof DeleteDeploymentCmd delete && person != null && person.getUserId() != null) {
                    String deploymentId = read(delete, DeleteDeploymentCmd.class, "deploymentId");
                    Boolean cascade = read(delete, DeleteDeploymentCmd.class, "cascade");
                    auditLog.get().entityEventBy(person.getUserId(), "DEPLOYMENT", deploymentId, "DEPLOYMENT_DELETED",
                            "Deployment " + deploymentId + " deleted" + (Boolean.TRUE.equals(cascade)
                                    ? " with its process instances and their history" : ""), null);
                }
                return next.execute(command);
            }
        };
    }

    /** The counts a rule needs, whatever the caller may read (the answer is a yes/no, never the rows). */
    private <T> T withoutChecks(Supplier<T> query) {
        var identity = engine.getIdentityService();
        Authentication person = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return query.get();
        } finally {
            identity.setAuthentication(person);
        }
    }

    static Object plain(Object value) {
        return value instanceof TypedValue typed ? typed.getValue() : value;
    }

    /** A shown value sent back as the form had it: numbers by amount, dates by calendar day, the rest as text. */
    static boolean sameValue(Object current, Object submitted) {
        if (current == null || submitted == null) {
            return current == null && (submitted == null || submitted.toString().isEmpty());
        }
        if (current instanceof Number a && (submitted instanceof Number || isNumber(submitted.toString()))) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(submitted.toString())) == 0;
        }
        if (current instanceof Date || submitted instanceof Date) {
            return day(current).equals(day(submitted));
        }
        return current.toString().equals(submitted.toString());
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String day(Object value) {
        java.time.LocalDate date = StepResults.calendarDate(value instanceof Date d ? d : value.toString());
        return date == null ? "" : date.toString();
    }

    @SuppressWarnings("unchecked")
    static <V> V read(Object command, Class<?> declaring, String field) {
        try {
            Field f = declaring.getDeclaredField(field);
            f.setAccessible(true);
            return (V) f.get(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The engine's " + declaring.getSimpleName() + " has no field " + field
                    + " (engine upgraded?): refusing rather than letting the command through unchecked", e);
        }
    }
}
