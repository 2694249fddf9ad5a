package gov.fpf.rules;

import java.time.LocalDate;

import gov.fpf.system.Problems;

/** No value of the parameter takes effect on or before the date: the rule it belongs to did not apply yet. */
public class ParameterNotInForce extends Problems.RuleViolation {

    public ParameterNotInForce(String name, LocalDate on) {
        super("The legal parameter '" + name + "' has no value in force on " + on
                + ". An administrator must add one before this decision can be made.", null);
    }

    /** an EO 14411 rule's parameter on a date no implementing instrument puts the rule in force */
    public ParameterNotInForce(String name, LocalDate on, EoRule rule) {
        super("The legal parameter '" + name + "' is not in force on " + on + ": " + rule.label() + " ("
                + rule.citation() + ") applies only from the effective date of an implementing instrument that puts "
                + rule.name() + " in force, and none does on that date.", rule.citation());
    }
}
