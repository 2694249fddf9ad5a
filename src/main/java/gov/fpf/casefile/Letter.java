package gov.fpf.casefile;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A notice before it is rendered: the template under {@code templates/notices/} and what it states, the case's facts
 * with the deadlines and parameter rows the case was decided with. Values may be null ("not stated" in the letter).
 */
public final class Letter {

    private final String template;
    private final Map<String, Object> variables = new HashMap<>();
    private String addressee;

    private Letter(String template) {
        this.template = template;
    }

    /** A letter of the case: its number and demo mark head every notice. */
    public static Letter of(String template, CaseFile caseFile) {
        return new Letter(template).with("caseNumber", caseFile.getCaseNumber()).with("demo", caseFile.isDemo());
    }

    public Letter with(String name, Object value) {
        variables.put(name, value);
        return this;
    }

    /**
     * The letter goes to someone other than the case's party (a surety): its name; the letter then says that no
     * address is on file for them, since only parties carry one.
     */
    public Letter addressedTo(String name) {
        this.addressee = name;
        return this;
    }

    /** The addressee named by {@link #addressedTo}, or null for the case's party. */
    public String addressee() {
        return addressee;
    }

    /** "penalty/penalty-notice": the path under {@code templates/notices/} without ".html" */
    public String template() {
        return template;
    }

    public Map<String, Object> variables() {
        return Collections.unmodifiableMap(variables);
    }
}
