package gov.fpf.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;

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
}
