package gov.fpf.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

import gov.fpf.system.Problems;

/** The small arithmetic and wording every rule class shares: cents, trace steps, and refusals of missing facts. */
public final class RuleMath {

    private RuleMath() {
    }

    public static TraceStep step(String step, BigDecimal value, String rule, String citation, String parameterRef) {
        return new TraceStep(step, cents(value).toPlainString(), rule, citation, parameterRef);
    }

    /** Dollars and cents, HALF_UP (the house rule for money unless the law says otherwise). */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static String money(BigDecimal amount) {
        return "$" + String.format("%,.2f", amount);
    }

    public static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    public static String percent(BigDecimal share) {
        return plain(share.movePointRight(2)) + "%";
    }

    public static BigDecimal required(BigDecimal amount, String field, String purpose) {
        if (amount == null) {
            throw new Problems.InvalidInput(field + ": needed for " + purpose + ".");
        }
        return nonNegative(amount, field);
    }

    public static BigDecimal nonNegative(BigDecimal amount, String field) {
        if (amount == null || amount.signum() < 0) {
            throw new Problems.InvalidInput(field + ": must be an amount of 0 or more, in dollars.");
        }
        return amount;
    }

    public static int atLeastOne(int count, String field, String purpose) {
        if (count < 1) {
            throw new Problems.InvalidInput(field + ": " + purpose + " needs at least one.");
        }
        return count;
    }
}
