package gov.fpf.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.process.engine.CaseMessages;
import gov.fpf.process.engine.CaseWork;

/**
 * Money received on a case, for the API ({@code POST /api/v1/cases/{n}/payments}) and the case page alike. Money
 * received is always recorded. When the total reaches the amount due (the decided amount once there is a decision,
 * otherwise the assessed penalty; for a family with its own terms, what they say, e.g. a 1592 penalty plus the loss
 * of revenue of 1592(d)), the case's process is told it is paid in full. Where a family keeps more than one debt, the
 * payment is recorded in portions, each naming the debt it pays, in the order its terms apply.
 */
@Service
public class PaymentService {

    /** What a payment did: the total paid so far, what is due, and the portions and balances of a family's debts. */
    public record PaymentReceipt(String caseNumber, BigDecimal amount, BigDecimal totalPaid, BigDecimal amountDue,
                                 boolean paidInFull, List<PaymentTerms.Portion> appliedTo,
                                 List<PaymentTerms.Balance> balances) {
    }

    private final CaseFileService caseFiles;
    private final CaseWork caseWork;
    private final ObjectProvider<PaymentTerms> terms;

    PaymentService(CaseFileService caseFiles, CaseWork caseWork, ObjectProvider<PaymentTerms> terms) {
        this.caseFiles = caseFiles;
        this.caseWork = caseWork;
        this.terms = terms;
    }

    /** paidBy: PARTY (or null: the family's default payer), PRINCIPAL or SURETY. */
    @Transactional
    public PaymentReceipt record(String caseNumber, BigDecimal amount, LocalDate paidDate, String paidBy) {
        CaseFile caseFile = caseFiles.visibleCase(caseNumber);
        Optional<PaymentTerms> familyTerms = terms.orderedStream()
                .filter(t -> t.family() == caseFile.getFamily()).findFirst();
        String payer = paidBy == null || "PARTY".equals(paidBy)
                ? familyTerms.map(PaymentTerms::defaultPayer).orElse("PARTY") : paidBy;
        List<PaymentTerms.Portion> portions = familyTerms.map(t -> t.apply(caseFile, amount))
                .orElse(List.of(new PaymentTerms.Portion(null, amount)));
        BigDecimal total = BigDecimal.ZERO;
        for (PaymentTerms.Portion portion : portions) {
            total = caseFiles.recordPayment(caseFile, portion.amount(), paidDate, payer, portion.appliedTo());
        }
        BigDecimal due = familyTerms.map(t -> t.amountDue(caseFile, paidDate))
                .orElse(caseFile.getDecidedAmount() != null ? caseFile.getDecidedAmount() : caseFile.getAssessedAmount());
        boolean paidInFull = due != null && total.compareTo(due) >= 0;
        if (paidInFull) {
            caseWork.deliver(CaseMessages.PAYMENT_RECEIVED, caseNumber, Map.of(CaseMessages.VAR_PAID_IN_FULL, true));
        }
        return new PaymentReceipt(caseNumber, amount, total, due, paidInFull, portions,
                familyTerms.map(t -> t.balances(caseFile)).orElse(List.of()));
    }
}
