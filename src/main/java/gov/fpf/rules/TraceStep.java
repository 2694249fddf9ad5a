package gov.fpf.rules;

/** A line of a computation trace before it is stored: what was computed, its value, the rule and its citation. */
public record TraceStep(String step, String value, String rule, String citation, String parameterRef) {
}
