package gov.fpf.rules;

import gov.fpf.system.Problems;

/**
 * A row is in force on the date but its value is not known yet (a placeholder such as the EO 14411 liquidated-damages
 * floor): the rule applies and cannot be computed until an administrator adds a row with the value.
 */
public class ParameterValueUnknown extends Problems.RuleViolation {

    private final String name;

    public ParameterValueUnknown(String name, java.time.LocalDate on, String note, String citation) {
        super("The legal parameter '" + name + "' in force on " + on + " has no known value yet (" + note
                + "). An administrator must set it with an effective date.", citation);
        this.name = name;
    }

    public String parameterName() {
        return name;
    }
}
