package gov.fpf.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.PaymentRepository;
import gov.fpf.casefile.PaymentTerms;
import gov.fpf.rules.penalties.PenaltyMaximums;

/**
 * What a penalty case owes and how money received is applied (19 U.S.C. 1592(d)): the penalty and, for a 1592 case,
 * the loss of revenue to restore, which is owed whether or not a penalty is assessed.
 */
@Component
public class PenaltyPaymentTerms implements PaymentTerms {

    /** What a payment on a penalty case pays (payment.applied_to). */
    public static final String APPLIED_TO_LOSS_OF_REVENUE = "LOSS_OF_REVENUE";
    public static final String APPLIED_TO_PENALTY = "PENALTY";

    static final String C_1592_D = "19 U.S.C. 1592(d)";

    private final PenaltyCaseRepository penaltyCases;
    private final PenaltyMaximums maximums;
    private final PaymentRepository payments;

    PenaltyPaymentTerms(PenaltyCaseRepository penaltyCases, PenaltyMaximums maximums, PaymentRepository payments) {
        this.penaltyCases = penaltyCases;
        this.maximums = maximums;
        this.payments = payments;
    }

    @Override
    public CaseFamily family() {
        return CaseFamily.PENALTY;
    }

    /**
     * 1592(d): what of the loss of revenue the case collects (the loss less any prior-disclosure tender); 0 for the
     * other statutes.
     */
    BigDecimal lossOfRevenueToRestore(PenaltyCase p) {
        return maximums.lossOfRevenueToRestore(p.facts());
    }

    /** What of the loss of revenue is still unpaid on the case. */
    BigDecimal lossOfRevenueOutstanding(CaseFile c, PenaltyCase p) {
        BigDecimal paid = payments.totalPaidFor(c.getId(), APPLIED_TO_LOSS_OF_REVENUE);
        return lossOfRevenueToRestore(p).subtract(paid).max(BigDecimal.ZERO);
    }

    /**
     * The penalty (the decided amount once there is a decision, else the assessed penalty) plus the loss of revenue
     * to restore (1592(d)): the case is paid in full only when both are. Null before a penalty is assessed.
     */
    @Override
    public BigDecimal amountDue(CaseFile caseFile, LocalDate paidDate) {
        BigDecimal penalty = caseFile.getDecidedAmount() != null ? caseFile.getDecidedAmount() : caseFile.getAssessedAmount();
        if (penalty == null) {
            return null;
        }
        return penalty.add(lossOfRevenueToRestore(penaltyCases.require(caseFile)));
    }

    /**
     * Money received restores the loss of revenue first, then pays the penalty. The loss is owed whether or not a
     * penalty is assessed (1592(d)) and every mitigation is conditioned on its payment (App. B (F)(1)), so applying
     * money to the penalty while the loss is open would leave the party with a mitigated decision it cannot keep.
     */
    @Override
    public List<Portion> apply(CaseFile caseFile, BigDecimal amount) {
        BigDecimal lorOpen = lossOfRevenueOutstanding(caseFile, penaltyCases.require(caseFile));
        BigDecimal toLor = amount.min(lorOpen);
        List<Portion> portions = new ArrayList<>();
        if (toLor.signum() > 0) {
            portions.add(new Portion(APPLIED_TO_LOSS_OF_REVENUE, toLor));
        }
        if (amount.compareTo(toLor) > 0) {
            portions.add(new Portion(APPLIED_TO_PENALTY, amount.subtract(toLor)));
        }
        return portions;
    }

    @Override
    public List<Balance> balances(CaseFile caseFile) {
        PenaltyCase p = penaltyCases.require(caseFile);
        List<Balance> balances = new ArrayList<>();
        BigDecimal lor = lossOfRevenueToRestore(p);
        BigDecimal total = payments.totalPaid(caseFile.getId());
        BigDecimal lorPaid = payments.totalPaidFor(caseFile.getId(), APPLIED_TO_LOSS_OF_REVENUE);
        if (lor.signum() > 0) {
            balances.add(new Balance(APPLIED_TO_LOSS_OF_REVENUE, lor, lorPaid, lor.subtract(lorPaid).max(BigDecimal.ZERO),
                    C_1592_D));
        }
        BigDecimal penalty = caseFile.getDecidedAmount() != null ? caseFile.getDecidedAmount() : caseFile.getAssessedAmount();
        BigDecimal penaltyPaid = total.subtract(lorPaid);
        balances.add(new Balance(APPLIED_TO_PENALTY, penalty, penaltyPaid,
                penalty == null ? null : penalty.subtract(penaltyPaid).max(BigDecimal.ZERO), p.getStatute().citation()));
        return balances;
    }
}
