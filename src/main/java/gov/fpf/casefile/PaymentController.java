package gov.fpf.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import gov.fpf.process.engine.CaseMessages;
import gov.fpf.process.engine.CaseWork;

@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/payments")
class PaymentController {

    private final CaseFileService caseFiles;
    private final CaseWork caseWork;
    private final org.springframework.beans.factory.ObjectProvider<PaymentTerms> terms;

    PaymentController(CaseFileService caseFiles, CaseWork caseWork,
                      org.springframework.beans.factory.ObjectProvider<PaymentTerms> terms) {
        this.caseFiles = caseFiles;
        this.caseWork = caseWork;
        this.terms = terms;
    }

    record NewPayment(
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01 dollars")
            @Digits(integer = 13, fraction = 2, message = "must be dollars with at most two decimals") BigDecimal amount,
            @NotNull @PastOrPresent LocalDate paidDate,
            @Pattern(regexp = "PARTY|PRINCIPAL|SURETY", message = "must be PARTY, PRINCIPAL or SURETY") String paidBy) {
    }

    record PaymentReceipt(String caseNumber, BigDecimal amount, BigDecimal totalPaid, BigDecimal amountDue,
                          boolean paidInFull, java.util.List<PaymentTerms.Portion> appliedTo,
                          java.util.List<PaymentTerms.Balance> balances) {
    }

    /**
     * Money received is always recorded. When the total reaches the amount due (the decided amount once there is a
     * decision, otherwise the assessed penalty; for a family with its own terms, what they say, e.g. a 1592 penalty
     * plus the loss of revenue of 1592(d)), the case's process is told it is paid in full. Where a family keeps more
     * than one debt, the payment is recorded in portions, each naming the debt it pays, in the order its terms apply.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    PaymentReceipt record(@PathVariable String caseNumber, @Valid @RequestBody NewPayment body) {
        CaseFile caseFile = caseFiles.visibleCase(caseNumber);
        java.util.Optional<PaymentTerms> familyTerms = terms.orderedStream()
                .filter(t -> t.family() == caseFile.getFamily()).findFirst();
        String paidBy = body.paidBy() == null || "PARTY".equals(body.paidBy())
                ? familyTerms.map(PaymentTerms::defaultPayer).orElse("PARTY") : body.paidBy();
        java.util.List<PaymentTerms.Portion> portions = familyTerms.map(t -> t.apply(caseFile, body.amount()))
                .orElse(java.util.List.of(new PaymentTerms.Portion(null, body.amount())));
        BigDecimal total = BigDecimal.ZERO;
        for (PaymentTerms.Portion portion : portions) {
            total = caseFiles.recordPayment(caseFile, portion.amount(), body.paidDate(), paidBy, portion.appliedTo());
        }
        BigDecimal due = familyTerms.map(t -> t.amountDue(caseFile, body.paidDate()))
                .orElse(caseFile.getDecidedAmount() != null ? caseFile.getDecidedAmount() : caseFile.getAssessedAmount());
        boolean paidInFull = due != null && total.compareTo(due) >= 0;
        if (paidInFull) {
            caseWork.deliver(CaseMessages.PAYMENT_RECEIVED, caseNumber,
                    java.util.Map.of(CaseMessages.VAR_PAID_IN_FULL, true));
        }
        return new PaymentReceipt(caseNumber, body.amount(), total, due, paidInFull, portions,
                familyTerms.map(t -> t.balances(caseFile)).orElse(java.util.List.of()));
    }
}
