package gov.fpf.seizure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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

@RestController
@RequestMapping("/api/v1/seizure-cases")
public class SeizureCaseController {

    private final SeizureCaseService seizures;
    private final SeizureElection election;
    private final SeizureCustody custody;
    private final SeizureDisposition disposition;
    private final SeizureProceeds proceeds;

    SeizureCaseController(SeizureCaseService seizures, SeizureElection election, SeizureCustody custody,
                          SeizureDisposition disposition, SeizureProceeds proceeds) {
        this.seizures = seizures;
        this.election = election;
        this.custody = custody;
        this.disposition = disposition;
        this.proceeds = proceeds;
    }

    public record Item(@NotBlank @Size(max = 500) String description, @NotNull @Positive Integer quantity,
                @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal appraisedValue,
                Boolean perishable, Boolean prohibited, Boolean counterfeit) {
    }

    /** POST /api/v1/seizure-cases as API.md states it, plus the receipt facts (place, cause, possessor). */
    public record NewSeizureRequest(
            @NotNull @Positive Long partyId,
            @NotNull @PastOrPresent LocalDate seizureDate,
            @NotBlank @Size(max = 40) String statute,
            @NotEmpty(message = "a seizure has at least one item") @Size(max = 500) List<@Valid @NotNull Item> items,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal projectedStorageCost,
            @Size(max = 200) String placeOfSeizure,
            @Size(max = 2000) String cause,
            @Size(max = 200) String possessorName,
            Boolean drugConveyance,
            Boolean monetaryInstrument,
            @Pattern(regexp = "[A-Z0-9]{2,16}", message = "must be an office code such as LALB") String officeCode,
            @NotNull(message = "the date the offense was discovered is required: the 19 U.S.C. 1621 limitation runs from it")
            @PastOrPresent LocalDate discoveryDate,
            @PastOrPresent LocalDate involvementDiscoveryDate,
            @PositiveOrZero Integer tolledDays,
            @Size(max = 500) String tollingReason,
            @Size(max = 100) List<@Valid @NotNull NewInterestedPartyRequest> interestedParties,
            // EO 14411 Sec. 4(b): forced labor (19 U.S.C. 1307) and transshipment are seizure grounds too
            gov.fpf.casefile.EnforcementPriority priority) {

        public SeizureCaseService.NewSeizureCase toCase() {
            return new SeizureCaseService.NewSeizureCase(partyId, seizureDate, statute, items.stream()
                    .map(i -> new SeizureCaseService.NewItem(i.description(), i.quantity(), i.appraisedValue(),
                            i.perishable(), i.prohibited(), i.counterfeit())).toList(),
                    projectedStorageCost, placeOfSeizure, cause, possessorName, drugConveyance, monetaryInstrument,
                    officeCode, discoveryDate, involvementDiscoveryDate, tolledDays, tollingReason,
                    interestedParties == null ? null : interestedParties.stream()
                            .map(NewInterestedPartyRequest::toParty).toList(), priority);
        }
    }

    /** A party who appears to have an interest in the property (19 U.S.C. 1607(a)). */
    public record NewInterestedPartyRequest(@NotBlank @Size(max = 200) String name, @NotNull InterestedParty.Role role,
                                     @PastOrPresent LocalDate noticeSentDate) {

        SeizureCaseService.NewInterestedParty toParty() {
            return new SeizureCaseService.NewInterestedParty(name.strip(), role, noticeSentDate);
        }
    }

    /** The actual first publication on the forfeiture website, and the customhouse posting (19 CFR 162.45). */
    record Publication(@NotNull @PastOrPresent LocalDate firstPublicationDate,
                       @PastOrPresent LocalDate customhousePostingDate) {
    }

    /** interestedPartyId: the recorded interested party who abandons; absent for the party seized from. */
    record Abandonment(@NotNull @PastOrPresent LocalDate signedDate, @NotBlank @Size(max = 200) String signedBy,
                       @Positive Long interestedPartyId) {
    }

    /** bondAmount: required under 19 U.S.C. 1608; a CAFRA claim has none (18 U.S.C. 983(a)(2)(E)). */
    record ClaimAndBond(@NotNull @PastOrPresent LocalDate filedDate, @NotBlank @Size(max = 200) String claimant,
                        @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal bondAmount) {
    }

    record PaymentOfValue(@NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
                          @NotNull @PastOrPresent LocalDate paidDate, @Size(max = 16) String paidBy) {
    }

    record TrademarkOwnerConsent(@NotNull @PastOrPresent LocalDate consentDate,
                                 @NotBlank @Size(max = 200) String reference) {
    }

    record Penalty1592(gov.fpf.rules.penalties.Culpability culpability,
                       @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal dutiableValue,
                       @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal lossOfRevenue,
                       @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal finalPenalty,
                       @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal costs) {
    }

    record NewCustodyEvent(@NotNull @PastOrPresent LocalDate eventDate, @NotNull CustodyEvent.Kind kind,
                           @Size(max = 200) String location,
                           @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal dailyStorageRate,
                           @Size(max = 2000) String note) {
    }

    record CustodyEventView(long id, String caseNumber, LocalDate eventDate, String kind, String location) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SeizureCaseService.OpenedSeizure open(@Valid @RequestBody NewSeizureRequest body) {
        return seizures.open(body.toCase());
    }

    /** Items, custody, storage accrued and the 1612 date, path, notice dates, forfeiture, disposition, proceeds. */
    @GetMapping("/{caseNumber}/property")
    SeizureCaseService.PropertyView property(@PathVariable String caseNumber) {
        return seizures.property(caseNumber);
    }

    /**
     * Voluntary abandonment on CBP Form 4607: forfeited by assent when no other party who appears to have an interest
     * keeps its rights; otherwise it binds the abandoning party only (19 U.S.C. 1607(a), 1608).
     */
    @PostMapping("/{caseNumber}/abandonment")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void abandon(@PathVariable String caseNumber, @Valid @RequestBody Abandonment body) {
        election.abandon(caseNumber, body.signedDate(), body.signedBy().strip(), body.interestedPartyId());
    }

    /** The actual first publication (and customhouse posting): the 1608 claim period and the 1609 date run from it. */
    @PostMapping("/{caseNumber}/publication")
    SeizureCaseService.PropertyView publication(@PathVariable String caseNumber, @Valid @RequestBody Publication body) {
        return election.recordPublication(caseNumber, body.firstPublicationDate(), body.customhousePostingDate());
    }

    @PostMapping("/{caseNumber}/interested-parties")
    @ResponseStatus(HttpStatus.CREATED)
    SeizureCaseService.InterestedPartyView addInterestedParty(@PathVariable String caseNumber,
                                                              @Valid @RequestBody NewInterestedPartyRequest body) {
        return seizures.addInterestedParty(caseNumber, body.toParty());
    }

    @GetMapping("/{caseNumber}/interested-parties")
    List<SeizureCaseService.InterestedPartyView> interestedParties(@PathVariable String caseNumber) {
        return seizures.interestedParties(caseNumber);
    }

    /** The dates the seizure's periods run from and to: limitation (1621), publication, election, CAFRA. */
    @GetMapping("/{caseNumber}/timeline")
    SeizureCaseService.TimelineView timeline(@PathVariable String caseNumber) {
        return seizures.timeline(caseNumber);
    }

    /** A claim with cost bond (19 U.S.C. 1608): referral to the U.S. Attorney. */
    @PostMapping("/{caseNumber}/claims")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void claim(@PathVariable String caseNumber, @Valid @RequestBody ClaimAndBond body) {
        election.claim(caseNumber, body.filedDate(), body.claimant().strip(), body.bondAmount());
    }

    /** Release on payment of the appraised value (19 U.S.C. 1614). */
    @PostMapping("/{caseNumber}/release-on-payment")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void releaseOnPayment(@PathVariable String caseNumber, @Valid @RequestBody PaymentOfValue body) {
        disposition.releaseOnPayment(caseNumber, body.amount(), body.paidDate(), body.paidBy());
    }

    /** The trademark owner's written consent (19 U.S.C. 1526(e)). */
    @PostMapping("/{caseNumber}/trademark-owner-consent")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void trademarkOwnerConsent(@PathVariable String caseNumber, @Valid @RequestBody TrademarkOwnerConsent body) {
        custody.recordTrademarkOwnerConsent(caseNumber, body.consentDate(), body.reference().strip());
    }

    /** A 1592 seizure's penalty facts: the 1592(c) maximum (caps the (c)(14) security) and the final penalty (1613(b)). */
    @PostMapping("/{caseNumber}/penalty-1592")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void penalty1592(@PathVariable String caseNumber, @Valid @RequestBody Penalty1592 body) {
        proceeds.record1592Penalty(caseNumber, body.culpability(), body.dutiableValue(), body.lossOfRevenue(),
                body.finalPenalty(), body.costs());
    }

    /** The custodian's log: a move, an inspection, photographs, a new storage rate (recomputes the 1612 date). */
    @PostMapping("/{caseNumber}/custody-events")
    @ResponseStatus(HttpStatus.CREATED)
    CustodyEventView custodyEvent(@PathVariable String caseNumber, @Valid @RequestBody NewCustodyEvent body) {
        CustodyEvent e = custody.custodyEvent(caseNumber, body.eventDate(), body.kind(), body.location(),
                body.dailyStorageRate(), body.note());
        return new CustodyEventView(e.getId(), caseNumber, e.getEventDate(), e.getKind(), e.getLocation());
    }
}
