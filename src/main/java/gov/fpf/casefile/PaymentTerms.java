package gov.fpf.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A family's rule for what a payment must reach to settle the case, where it is not simply the decided amount or,
 * before a decision, the assessed amount (the liquidated-damages Option 1 sum within its 60 days).
 */
public interface PaymentTerms {

    CaseFamily family();

    BigDecimal amountDue(CaseFile caseFile, LocalDate paidDate);

    /** who paid, when the request does not say */
    default String defaultPayer() {
        return "PARTY";
    }

    /**
     * How a payment of this amount is applied, in the order recorded: one portion per debt it pays (each becomes one
     * payment row naming what it covers). By default the whole amount, not named.
     */
    default List<Portion> apply(CaseFile caseFile, BigDecimal amount) {
        return List.of(new Portion(null, amount));
    }

    /** What is owed, paid and still open for each debt of the case (empty when the family keeps one debt). */
    default List<Balance> balances(CaseFile caseFile) {
        return List.of();
    }

    /** A part of a payment and the debt it pays (null: the case's only debt). */
    record Portion(String appliedTo, BigDecimal amount) {
    }

    /** One debt of a case: what is due, what was paid against it and what remains, with the law that demands it. */
    record Balance(String debt, BigDecimal due, BigDecimal paid, BigDecimal outstanding, String citation) {
    }
}
