package gov.fpf.liquidateddamages;

import java.math.BigDecimal;
import java.math.RoundingMode;

import gov.fpf.casefile.CaseFileService.TraceStep;
import gov.fpf.system.Problems;

/** Trace steps and money formatting shared by the LD rules, written like the penalty rules' helpers. */
final class LdTrace {

    private LdTrace() {
    }

    static TraceStep step(String step, BigDecimal value, String rule, String citation, String parameterRef) {
        return new TraceStep(step, cents(value).toPlainString(), rule, citation, parameterRef);
    }

    /** Dollars and cents, HALF_UP (the house rule for money unless the law says otherwise). */
    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static String money(BigDecimal amount) {
        return "$" + String.format("%,.2f", amount);
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal share) {
        return plain(share.movePointRight(2)) + "%";
    }

    static BigDecimal required(BigDecimal amount, String field, String purpose) {
        if (amount == null) {
            throw new Problems.InvalidInput(field + ": needed for " + purpose + ".");
        }
        return nonNegative(amount, field);
    }

    static BigDecimal nonNegative(BigDecimal amount, String field) {
        if (amount == null || amount.signum() < 0) {
            throw new Problems.InvalidInput(field + ": must be an amount of 0 or more, in dollars.");
        }
        return amount;
    }

    static int atLeastOne(int count, String field, String purpose) {
        if (count < 1) {
            throw new Problems.InvalidInput(field + ": " + purpose + " needs at least one.");
        }
        return count;
    }
}
