package gov.fpf.process.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Shared by the penalty and petition delegates: reads the variables a step needs and sets the values a step
 * returns, refusing with a sentence that names the variable, the step and the activity, so a model/domain mismatch
 * fails the transaction (the task stays where it was) instead of leaving a timer or gateway without its value.
 */
public final class StepResults {

    private StepResults() {
    }

    /** Sets every returned value on the execution, after checking the keys the model needs next are there. */
    public static void apply(DelegateExecution execution, String step, Map<String, Object> result, String... requiredKeys) {
        Map<String, Object> values = result == null ? Map.of() : result;
        for (String key : requiredKeys) {
            if (!values.containsKey(key) || values.get(key) == null) {
                throw new IllegalStateException(step + " returned no '" + key + "', which activity "
                        + execution.getCurrentActivityId() + " needs next (process instance "
                        + execution.getProcessInstanceId() + ")");
            }
        }
        values.forEach(execution::setVariable);
    }

    /**
     * A step's result as variables, from name/value pairs with the descriptor's names. A null value is left out, so a
     * value the step does not give leaves the variable as it was (it is not set to null).
     */
    public static Map<String, Object> values(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("values takes name/value pairs, got " + namesAndValues.length + " arguments");
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                values.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return values;
    }

    /** A variable as text for a step's command, as it was set (not trimmed); null stays null. */
    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A value the model sets from a fixed set (an enum whose names are the BPMN values), refused when unknown. */
    public static <E extends Enum<E>> E valueOf(Class<E> type, String value, String variableName, String where) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Process variable '" + variableName + "' is '" + value + "' on " + where
                    + ", which is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * Sets one value of a step's result record, refusing a missing value the model needs next (the step and the
     * variable are named, so a model/domain mismatch reads as one).
     */
    public static void set(DelegateExecution execution, String step, String variable, Object value) {
        if (value == null) {
            throw new IllegalStateException(step + " returned no '" + variable + "', which activity "
                    + execution.getCurrentActivityId() + " needs next (process instance "
                    + execution.getProcessInstanceId() + ")");
        }
        execution.setVariable(variable, value);
    }

    /** A form value that may be empty, as text; null when not set. */
    public static String optionalString(VariableScope scope, String variableName) {
        return text(scope.getVariable(variableName));
    }

    /**
     * A value of one of the descriptor's value sets: the enum whose name() is the text the model or form set. A value
     * outside the set is the person's input to correct (the task stays open).
     */
    public static <E extends Enum<E>> E requiredEnum(VariableScope scope, String variableName, Class<E> type,
                                                     String where) {
        String text = requiredString(scope, variableName, where).strip();
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        throw new gov.fpf.system.Problems.InvalidInput(variableName + ": '" + text + "' is not one of "
                + java.util.Arrays.toString(type.getEnumConstants()) + ".");
    }

    /**
     * The case a step works on: its process instance's business key, set by the case's intake and carried into the
     * processes it calls. Never a variable, which a person could have written. A {@code caseNumber} variable that
     * names another case means the instance was tampered with: the step refuses and the transaction rolls back.
     */
    public static String caseNumber(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
                    + " has no case (business key) at " + where(execution));
        }
        Object variable = execution.getVariable(ProcessVariables.CASE_NUMBER);
        if (variable != null && !caseNumber.equals(variable.toString())) {
            throw new gov.fpf.system.Problems.Forbidden("Process instance " + execution.getProcessInstanceId()
                    + " belongs to case " + caseNumber + ", not " + variable + ".");
        }
        return caseNumber;
    }

    public static String caseNumber(DelegateTask task) {
        return caseNumber(task.getExecution());
    }

    public static String requiredString(VariableScope scope, String variableName, String where) {
        Object value = scope.getVariable(variableName);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("Process variable '" + variableName + "' is required on " + where);
        }
        return value.toString();
    }

    public static boolean requiredBoolean(VariableScope scope, String variableName, String where) {
        Object value = scope.getVariable(variableName);
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value != null && ("true".equals(value.toString()) || "false".equals(value.toString()))) {
            return Boolean.parseBoolean(value.toString());
        }
        throw new IllegalStateException("Process variable '" + variableName + "' must be true or false on " + where
                + ", was " + value);
    }

    /**
     * Tasklist's date field submits {@code yyyy-MM-dd} text while Java callers pass a {@link Date} or a
     * {@link LocalDate}; all read as a calendar date. Null stays null.
     */
    public static LocalDate calendarDate(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        String text = value.toString();
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    public static String where(DelegateExecution execution) {
        return "activity " + execution.getCurrentActivityId() + " (process instance "
                + execution.getProcessInstanceId() + ")";
    }

    /**
     * Re-reads the due date of each timer of these activities the execution's process waits at, after the step has
     * set the variables the timers' date expressions name.
     */
    public static void recalculateTimers(DelegateExecution execution, Collection<String> timerActivityIds) {
        ManagementService management = execution.getProcessEngineServices().getManagementService();
        for (String timer : timerActivityIds) {
            for (Job job : management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                    .activityId(timer).timers().list()) {
                management.recalculateJobDuedate(job.getId(), false);
            }
        }
    }

    /** The signed-in user completing the task (Tasklist and our API both authenticate), else its assignee. */
    public static String completedBy(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee();
    }

    /** The signed-in user whose command runs this step (the completion before it), or "system" for a timer's step. */
    public static String actingUser(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? gov.fpf.system.CurrentUser.SYSTEM
                : authentication.getUserId();
    }
}
