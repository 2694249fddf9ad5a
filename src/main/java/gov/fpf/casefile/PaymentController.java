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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;


@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/payments")
class PaymentController {

    private final PaymentService payments;

    PaymentController(PaymentService payments) {
        this.payments = payments;
    }

    record NewPayment(
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01 dollars")
            @Digits(integer = 13, fraction = 2, message = "must be dollars with at most two decimals") BigDecimal amount,
            @NotNull @PastOrPresent LocalDate paidDate,
            @Pattern(regexp = "PARTY|PRINCIPAL|SURETY", message = "must be PARTY, PRINCIPAL or SURETY") String paidBy) {
    }

    /**
     * Money received is always recorded. When the total reaches the amount due (the decided amount once there is a
     * decision, otherwise the assessed penalty; for a family with its own terms, what they say, e.g. a 1592 penalty
     * plus the loss of revenue of 1592(d)), the case's process is told it is paid in full. Where a family keeps more
     * than one debt, the payment is recorded in portions, each naming the debt it pays, in the order its terms apply.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PaymentService.PaymentReceipt record(@PathVariable String caseNumber, @Valid @RequestBody NewPayment body) {
        return payments.record(caseNumber, body.amount(), body.paidDate(), body.paidBy());
    }
}
