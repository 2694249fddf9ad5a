package gov.fpf.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;


/** What the party sends on a penalty case besides petitions and payments: representations and offers in compromise. */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}")
class PenaltyEventsController {

    private final PenaltyReceipts receipts;

    PenaltyEventsController(PenaltyReceipts receipts) {
        this.receipts = receipts;
    }

    record Representations(@NotNull @PastOrPresent LocalDate receivedDate, @NotBlank @Size(max = 4000) String summary,
                           Boolean oral) {
    }

    record Offer(@NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
                 @NotNull @PastOrPresent LocalDate offeredDate, @NotBlank @Size(max = 4000) String terms) {
    }

    /** Oral or written representations in answer to a pre-penalty notice (19 U.S.C. 1592(b)(1)(A)(vii)). */
    @PostMapping("/representations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void representations(@PathVariable String caseNumber, @Valid @RequestBody Representations body) {
        receipts.representations(caseNumber, body.receivedDate(), body.summary(), Boolean.TRUE.equals(body.oral()));
    }

    /** An offer in compromise under 19 U.S.C. 1617, for counsel to review. */
    @PostMapping("/offers")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void offer(@PathVariable String caseNumber, @Valid @RequestBody Offer body) {
        receipts.offer(caseNumber, body.amount(), body.offeredDate(), body.terms());
    }
}
