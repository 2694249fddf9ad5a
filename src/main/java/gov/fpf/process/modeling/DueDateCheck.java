package gov.fpf.process.modeling;

import static gov.fpf.process.modeling.ModelLinter.isBlank;
import static gov.fpf.process.modeling.ModelLinter.isExpression;
import static gov.fpf.process.modeling.ModelLinter.ownerId;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import gov.fpf.process.modeling.ModelLinter.Rule;
import gov.fpf.process.modeling.ModelLinter.Violation;

/**
 * The linter's check of timers and task due dates: each waits on a due-date variable the domain sets, named in an
 * expression, and a misspelt one is reported with the name it most likely meant.
 */
final class DueDateCheck {

    private static final Pattern EXPRESSION_BODY = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
    /** A name that is neither a property or method of something ({@code a.b}) nor a function call ({@code f()}). */
    private static final Pattern TOP_LEVEL_NAME = Pattern.compile("(?<![\\w.$])([A-Za-z_][\\w]*)(?![\\w(])(?!\\s*\\()");
    private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
            "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

    private final Set<String> dueDateVariables;

    DueDateCheck(Set<String> dueDateVariables) {
        this.dueDateVariables = Set.copyOf(dueDateVariables);
    }

    /**
     * Timers and task due dates wait on a date the domain computed (STYLE rule 6): an expression naming one of the
     * due-date variables the domain sets. A literal date or period would hard-code a deadline in the model, and a
     * misspelt variable fails the case when the timer is created, long after the deployment.
     */
    void check(BpmnModelInstance model, List<Violation> violations) {
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            String owner = ownerId(timer); // the event that holds the timer
            List<String> expressions = new ArrayList<>();
            for (ModelElementInstance definition : new ModelElementInstance[] {
                    timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle()}) {
                if (definition != null && !isBlank(definition.getTextContent())) {
                    expressions.add(definition.getTextContent().trim());
                }
            }
            if (expressions.isEmpty()) {
                violations.add(new Violation(owner, Rule.TIMER_DUE_DATE, "timer has no date, duration or cycle; "
                        + "wait on a due date the domain computes, e.g. ${" + exampleDueDate() + "}"));
            }
            expressions.forEach(expression -> checkDueDate(owner, "timer", expression, violations));
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (!isBlank(task.getCamundaDueDate())) {
                checkDueDate(task.getId(), "task due date", task.getCamundaDueDate().trim(), violations);
            }
            if (!isBlank(task.getCamundaFollowUpDate())) {
                checkDueDate(task.getId(), "task follow-up date", task.getCamundaFollowUpDate().trim(), violations);
            }
        }
    }

    private void checkDueDate(String elementId, String what, String expression, List<Violation> violations) {
        if (!isExpression(expression)) {
            violations.add(new Violation(elementId, Rule.TIMER_DUE_DATE, what + " has the fixed value '" + expression
                    + "', which hard-codes a deadline in the model; deadlines are computed by the domain from their "
                    + "trigger date and the law (STYLE rule 6): wait on a due-date variable such as ${"
                    + exampleDueDate() + "}"));
            return;
        }
        Set<String> names = variablesIn(expression);
        if (names.isEmpty()) {
            violations.add(new Violation(elementId, Rule.TIMER_DUE_DATE, what + " '" + expression + "' names no "
                    + "due-date variable; wait on a date the domain sets, e.g. ${" + exampleDueDate() + "}"));
        }
        for (String name : names) {
            if (!dueDateVariables.contains(name)) {
                String closest = closest(name, dueDateVariables);
                violations.add(new Violation(elementId, Rule.TIMER_DUE_DATE, what + " '" + expression + "' waits on '"
                        + name + "', which no domain step sets" + (closest == null ? "" : " (did you mean '" + closest
                        + "'?)") + "; use a due date listed in the process descriptors (VAR_..._DATE, _DUE, _UNTIL, "
                        + "_CYCLE), or have the domain set this one first"));
            }
        }
    }

    private String exampleDueDate() {
        return dueDateVariables.contains("petitionDueDate") ? "petitionDueDate"
                : dueDateVariables.stream().sorted().findFirst().orElse("petitionDueDate");
    }

    /** The variables an expression reads: {@code ${petitionDueDate}} reads petitionDueDate. */
    static Set<String> variablesIn(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher body = EXPRESSION_BODY.matcher(expression);
        while (body.find()) {
            Matcher name = TOP_LEVEL_NAME.matcher(STRING_LITERAL.matcher(body.group(1)).replaceAll("''"));
            while (name.find()) {
                if (!EL_WORDS.contains(name.group(1))) {
                    names.add(name.group(1));
                }
            }
        }
        return names;
    }

    /** The known name a typo most likely meant, if one is within three edits. */
    private static String closest(String name, Set<String> known) {
        String best = null;
        int bestDistance = 4;
        for (String candidate : known) {
            int distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
