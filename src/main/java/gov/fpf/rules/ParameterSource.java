package gov.fpf.rules;

import java.time.LocalDate;

/** Where rule code reads legal parameters from: the effective-dated table in the app, a fixed map in unit tests. */
@FunctionalInterface
public interface ParameterSource {

    /** The value in force on the date; refuses (422) when none is, or when its value is not known yet. */
    ParameterValue valueOn(String name, LocalDate on);
}
