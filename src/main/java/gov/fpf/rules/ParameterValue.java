package gov.fpf.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The value of a legal parameter in force on a date, with what a computation trace needs to name it:
 * {@link #reference()} identifies the exact row, so a stored decision can always say which rule it applied.
 */
public record ParameterValue(long rowId, String name, BigDecimal value, LegalParameter.Unit unit, LocalDate effectiveFrom,
                             String citation, String confidence) {

    public String reference() {
        return name + " = " + value.stripTrailingZeros().toPlainString() + " " + unit + " (in force from " + effectiveFrom
                + ", row " + rowId + ", " + confidence + ")";
    }

    public int asInt() {
        return value.intValueExact();
    }
}
