package gov.fpf.rules;

import java.time.LocalDate;


/**
 * A due date with what it was counted from, the law that sets it and the parameter row that gave the period, so a
 * notice can state it and a timer can wait on it.
 *
 * @param rule how the date was counted ("2026-03-02 + 30 calendar days"); empty when the deadline was set by hand
 */
public record Deadline(String name, LocalDate trigger, LocalDate due, String citation, String parameterRef, String rule) {

    public Deadline(String name, LocalDate trigger, LocalDate due, String citation, String parameterRef) {
        this(name, trigger, due, citation, parameterRef, "");
    }

    /** The deadline as one line of a computation trace. */
    public TraceStep trace() {
        return new TraceStep(name, due.toString(), rule, citation, parameterRef);
    }
}
