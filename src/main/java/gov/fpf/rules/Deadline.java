package gov.fpf.rules;

import java.time.LocalDate;

/**
 * A due date with what it was counted from, the law that sets it and the parameter row that gave the period, so a
 * notice can state it and a timer can wait on it.
 *
 * @param rule   how the date was counted ("2026-03-02 + 30 calendar days"); empty when the deadline was set by hand
 * @param period the parameter row the date was counted with, so a letter states the period the case used; null when
 *               the deadline was set by hand or combines several periods
 */
public record Deadline(String name, LocalDate trigger, LocalDate due, String citation, String parameterRef, String rule,
                       ParameterValue period) {

    public Deadline(String name, LocalDate trigger, LocalDate due, String citation, String parameterRef, String rule) {
        this(name, trigger, due, citation, parameterRef, rule, null);
    }

    public Deadline(String name, LocalDate trigger, LocalDate due, String citation, String parameterRef) {
        this(name, trigger, due, citation, parameterRef, "", null);
    }

    /** The same deadline explained by another rule text (the period and dates stay). */
    public Deadline withRule(String otherRule) {
        return new Deadline(name, trigger, due, citation, parameterRef, otherRule, period);
    }

    /** The deadline as one line of a computation trace. */
    public TraceStep trace() {
        return new TraceStep(name, due.toString(), rule, citation, parameterRef);
    }
}
