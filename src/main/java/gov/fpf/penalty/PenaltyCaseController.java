package gov.fpf.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import gov.fpf.casefile.CaseView;
import gov.fpf.foreignior.ForeignIorRules;
import gov.fpf.foreignior.ForeignIorViolation;
import gov.fpf.rules.penalties.BrokerConduct;
import gov.fpf.rules.penalties.Culpability;

@RestController
@RequestMapping("/api/v1/penalty-cases")
public class PenaltyCaseController {

    private final PenaltyCaseService penaltyCases;

    PenaltyCaseController(PenaltyCaseService penaltyCases) {
        this.penaltyCases = penaltyCases;
    }

    /** POST /api/v1/penalty-cases as API.md states it, plus the notice facts (merchandise, entries, material facts). */
    public record NewPenaltyCase(
            @NotNull @Positive Long partyId,
            @NotBlank @Pattern(regexp = "1592|1641|1526f|1595a", message = "must be one of 1592, 1641, 1526f, 1595a") String statute,
            Culpability culpability,
            @NotNull @PastOrPresent LocalDate violationDate,
            @NotNull @PastOrPresent LocalDate discoveryDate,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal dutiableValue,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal domesticValue,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal lossOfRevenue,
            @NotNull Boolean commercial,
            Boolean priorDisclosure,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal priorDisclosureInterest,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal msrpValue,
            @PositiveOrZero Integer priorCounterfeitSeizures,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal articleValue,
            @PositiveOrZero Integer brokerViolations,
            @PositiveOrZero Integer unlicensedTransactions,
            Boolean licensedBroker,
            @Size(max = 1000) String merchandiseDescription,
            @Size(max = MAX_ENTRIES, message = "at most " + MAX_ENTRIES + " entry numbers in one case")
            List<@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{3,20}", message = "must be an entry number such as ABC-1234567-8") String> entryNumbers,
            @Size(max = 4000) String materialFacts,
            @Pattern(regexp = "[A-Z0-9]{2,16}", message = "must be an office code such as LALB") String officeCode,
            @PastOrPresent LocalDate disclosureDate,
            @PastOrPresent LocalDate lorCalculationNoticeDate,
            @PastOrPresent LocalDate tenderDate,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal tenderAmount,
            @Size(max = 2000) String priorCounterfeitSeizuresReason,
            BrokerConduct brokerConduct,
            @Positive Long brokerPartyId,
            // issue 15 (foreignior): the foreign-IOR entry violation charged under 1592 and its CTPAT facts
            ForeignIorViolation eoViolation, Boolean ctpatValidatedIor, Boolean filingBrokerCtpatValidated,
            @Positive Long filingBrokerPartyId) {

        /** The request without foreign-IOR facts (the demo, the benchmark and the other intakes). */
        public NewPenaltyCase(Long partyId, String statute, Culpability culpability, LocalDate violationDate,
                              LocalDate discoveryDate, BigDecimal dutiableValue, BigDecimal domesticValue,
                              BigDecimal lossOfRevenue, Boolean commercial, Boolean priorDisclosure,
                              BigDecimal priorDisclosureInterest, BigDecimal msrpValue, Integer priorCounterfeitSeizures,
                              BigDecimal articleValue, Integer brokerViolations, Integer unlicensedTransactions,
                              Boolean licensedBroker, String merchandiseDescription, List<String> entryNumbers,
                              String materialFacts, String officeCode, LocalDate disclosureDate,
                              LocalDate lorCalculationNoticeDate, LocalDate tenderDate, BigDecimal tenderAmount,
                              String priorCounterfeitSeizuresReason, BrokerConduct brokerConduct,
                              Long brokerPartyId) {
            this(partyId, statute, culpability, violationDate, discoveryDate, dutiableValue, domesticValue, lossOfRevenue,
                    commercial, priorDisclosure, priorDisclosureInterest, msrpValue, priorCounterfeitSeizures,
                    articleValue, brokerViolations, unlicensedTransactions, licensedBroker, merchandiseDescription,
                    entryNumbers, materialFacts, officeCode, disclosureDate, lorCalculationNoticeDate, tenderDate,
                    tenderAmount, priorCounterfeitSeizuresReason, brokerConduct, brokerPartyId, null, null, null, null);
        }

        /** The foreign-IOR facts (EO 14411 Sec. 2(b), 2(c)(i)(2)) as {@link ForeignIorRules} checks them. */
        ForeignIorRules.Facts foreignIor() {
            return new ForeignIorRules.Facts(eoViolation, ctpatValidatedIor, filingBrokerCtpatValidated,
                    filingBrokerPartyId);
        }

        /** A 1592 case can span hundreds of entries; this bound only keeps one request reasonable. */
        static final int MAX_ENTRIES = 10_000;

        /** The request without the broker facts (issue 15: brokerConduct, brokerPartyId). */
        public NewPenaltyCase(Long partyId, String statute, Culpability culpability, LocalDate violationDate,
                              LocalDate discoveryDate, BigDecimal dutiableValue, BigDecimal domesticValue,
                              BigDecimal lossOfRevenue, Boolean commercial, Boolean priorDisclosure,
                              BigDecimal priorDisclosureInterest, BigDecimal msrpValue, Integer priorCounterfeitSeizures,
                              BigDecimal articleValue, Integer brokerViolations, Integer unlicensedTransactions,
                              Boolean licensedBroker, String merchandiseDescription, List<String> entryNumbers,
                              String materialFacts, String officeCode, LocalDate disclosureDate,
                              LocalDate lorCalculationNoticeDate, LocalDate tenderDate, BigDecimal tenderAmount,
                              String priorCounterfeitSeizuresReason) {
            this(partyId, statute, culpability, violationDate, discoveryDate, dutiableValue, domesticValue, lossOfRevenue,
                    commercial, priorDisclosure, priorDisclosureInterest, msrpValue, priorCounterfeitSeizures,
                    articleValue, brokerViolations, unlicensedTransactions, licensedBroker, merchandiseDescription,
                    entryNumbers, materialFacts, officeCode, disclosureDate, lorCalculationNoticeDate, tenderDate,
                    tenderAmount, priorCounterfeitSeizuresReason, null, null);
        }
    }

    /** The case's penalty facts, entries and the two debts of 1592 (penalty and 1592(d) loss of revenue). */
    @GetMapping("/{caseNumber}")
    PenaltyCaseService.PenaltyCaseView get(@PathVariable String caseNumber) {
        return penaltyCases.view(caseNumber);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CaseView open(@Valid @RequestBody NewPenaltyCase body) {
        return penaltyCases.open(body);
    }
}
