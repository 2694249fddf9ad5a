package gov.fpf.casefile;

import java.math.BigDecimal;

import gov.fpf.system.Problems;

/** Dollar amounts as a task form or API caller sends them (number or text): exact cents, or a 400 that says why. */
public final class Money {

    private Money() {
    }

    public static BigDecimal dollars(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            throw new Problems.InvalidInput(field + ": enter an amount in dollars.");
        }
        try {
            BigDecimal amount = value instanceof BigDecimal b ? b : new BigDecimal(value.toString().trim());
            if (amount.stripTrailingZeros().scale() > 2) {
                throw new Problems.InvalidInput(field + ": dollars with at most two decimals, not " + value + ".");
            }
            return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            throw new Problems.InvalidInput(field + ": '" + value + "' is not an amount in dollars.");
        }
    }
}
