package gov.fpf.rules;

import java.time.LocalDate;
import java.util.Optional;

/** Where rule code reads legal parameters from: the effective-dated table in the app, a fixed map in unit tests. */
@FunctionalInterface
public interface ParameterSource {

    /**
     * The value in force on the date; refuses (422) with {@link ParameterNotInForce} when none is, or with a
     * RuleViolation when the row in force has no known value yet.
     */
    ParameterValue valueOn(String name, LocalDate on);

    /**
     * For a rule that does not apply before its parameter takes effect (the EO 14411 floor from its effective date):
     * empty when no row is in force yet. A row in force without a known value still refuses, since the rule applies
     * and cannot be computed.
     */
    default Optional<ParameterValue> inForce(String name, LocalDate on) {
        try {
            return Optional.of(valueOn(name, on));
        } catch (ParameterNotInForce notYet) {
            return Optional.empty();
        }
    }
}
