package gov.fpf.liquidateddamages;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import gov.fpf.casefile.CaseView;

@RestController
public class LdCaseController {

    private final LdCaseService ldCases;

    LdCaseController(LdCaseService ldCases) {
        this.ldCases = ldCases;
    }

    /** POST /api/v1/liquidated-damages-cases as API.md states it, plus the facts the other breaches need. */
    public record NewLdCaseRequest(
            @NotNull @Positive Long bondId,
            @NotBlank @Size(max = 40) String breach,
            @NotNull @PastOrPresent LocalDate breachDate,
            @Pattern(regexp = "[A-Za-z0-9-]{3,32}", message = "must be an entry number such as ABC-1234567-8") String entryNumber,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal merchandiseValue,
            Boolean restricted,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal withheldDuty,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal unpaidDuties,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal estimatedDuties,
            @PositiveOrZero Integer daysLate,
            @Positive Integer defaults,
            Boolean firstViolation,
            @Pattern(regexp = "[A-Z0-9]{2,16}", message = "must be an office code such as LALB") String officeCode,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal estimatedFees,
            @Pattern(regexp = "[0-9]{4}\\.?[0-9]{2}\\.?[0-9]{2}(\\.?[0-9]{2})?", message = "must be an HTSUS subheading such as 9813.00.50") String tibSubheading,
            // EO 14411 Sec. 4(b), e.g. a bond breach on merchandise of an EAPA evasion case
            gov.fpf.casefile.EnforcementPriority priority) {

        public LdCaseService.NewLdCase toCase() {
            return new LdCaseService.NewLdCase(bondId, breach, breachDate, entryNumber, merchandiseValue, restricted,
                    withheldDuty, unpaidDuties, estimatedDuties, daysLate, defaults, firstViolation, officeCode,
                    estimatedFees, tibSubheading, priority);
        }
    }

    record NewExtensionRequest(
            @Pattern(regexp = "PRINCIPAL|SURETY", message = "must be PRINCIPAL or SURETY") String requestedBy,
            @NotNull @PastOrPresent LocalDate requestDate,
            @NotNull LocalDate requestedUntil,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record ExtensionView(long id, String caseNumber, String requestedBy, LocalDate requestDate, LocalDate requestedUntil,
                         String status) {
    }

    @PostMapping("/api/v1/liquidated-damages-cases")
    @ResponseStatus(HttpStatus.CREATED)
    CaseView open(@Valid @RequestBody NewLdCaseRequest body) {
        return ldCases.open(body.toCase());
    }

    /** The bond, breach, claim, guideline and surety dates of a liquidated-damages case. */
    @GetMapping("/api/v1/liquidated-damages-cases/{caseNumber}/claim")
    LdCaseService.ClaimView claim(@PathVariable String caseNumber) {
        return ldCases.claimView(caseNumber);
    }

    @PostMapping("/api/v1/liquidated-damages-cases/{caseNumber}/extension-requests")
    @ResponseStatus(HttpStatus.CREATED)
    ExtensionView requestExtension(@PathVariable String caseNumber, @Valid @RequestBody NewExtensionRequest body) {
        LdExtensionRequest r = ldCases.requestExtension(caseNumber, body.requestedBy(), body.requestDate(),
                body.requestedUntil(), body.reason());
        return new ExtensionView(r.getId(), caseNumber, r.getRequestedBy(), r.getRequestDate(), r.getRequestedUntil(),
                r.getStatus().name());
    }

    /** A bond's limit of liability, the open charges of its claims and what remains. */
    @GetMapping("/api/v1/bonds/{bondId}/coverage")
    LdCaseService.Coverage coverage(@PathVariable long bondId) {
        return ldCases.coverage(bondId);
    }
}
