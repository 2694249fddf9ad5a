package gov.fpf.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import gov.fpf.office.MailingAddress;
import gov.fpf.rules.Statutes;
import gov.fpf.system.Problems;

@RestController
@RequestMapping("/api/v1/parties")
public class PartyController {

    private final PartyService partyService;
    private final PartyStandings standings;

    PartyController(PartyService partyService, PartyStandings standings) {
        this.partyService = partyService;
        this.standings = standings;
    }

    /** POST /api/v1/parties. Individuals state citizenship; entities state the Sec. 10 facts, all of them. */
    public record NewParty(
            @NotBlank @Size(max = 200) String name,
            @NotNull PartyKind kind,
            @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166 country code such as US or CN")
            String countryOfOrganization,
            Boolean usCitizenOrLpr,
            Boolean principalPlaceOfBusinessUs,
            Boolean significantUsPresence,
            Boolean sufficientUsAssets,
            Boolean controllingOwnersUsPersons,
            Boolean ownsSignificantUsRealProperty,
            @Valid MailingAddress mailingAddress,
            @Size(max = 4, message = "at most the four roles") java.util.Set<@NotNull PartyRole> roles) {

        /** the roles asked for, or importer of record when none are named (every party before roles were kept) */
        public java.util.Set<PartyRole> rolesOrDefault() {
            return roles == null || roles.isEmpty() ? java.util.Set.of(PartyRole.IMPORTER_OF_RECORD) : roles;
        }

        @AssertTrue(message = "an individual needs usCitizenOrLpr (true or false) and none of the entity facts")
        boolean isIndividualComplete() {
            return kind != PartyKind.INDIVIDUAL || usCitizenOrLpr != null && countryOfOrganization == null
                    && principalPlaceOfBusinessUs == null && significantUsPresence == null && sufficientUsAssets == null
                    && controllingOwnersUsPersons == null && ownsSignificantUsRealProperty == null;
        }

        @AssertTrue(message = "an entity needs countryOfOrganization, principalPlaceOfBusinessUs, significantUsPresence,"
                + " sufficientUsAssets, controllingOwnersUsPersons and ownsSignificantUsRealProperty, and no usCitizenOrLpr")
        boolean isEntityComplete() {
            return kind != PartyKind.ENTITY || usCitizenOrLpr == null && countryOfOrganization != null
                    && principalPlaceOfBusinessUs != null && significantUsPresence != null && sufficientUsAssets != null
                    && controllingOwnersUsPersons != null && ownsSignificantUsRealProperty != null;
        }

        public IorFacts facts() {
            return new IorFacts(kind, usCitizenOrLpr, countryOfOrganization, principalPlaceOfBusinessUs,
                    significantUsPresence, sufficientUsAssets, controllingOwnersUsPersons, ownsSignificantUsRealProperty);
        }
    }

    record NewViolation(
            @NotBlank @Pattern(regexp = "[0-9A-Za-z().]{2,16}", message = "must be a statute such as 1592, 1641, 1526f or 1595a")
            String statute,
            @NotNull LocalDate findingDate,
            @Pattern(regexp = "\\d{4}-[A-Z]{3}-\\d{6}", message = "must be a case number such as 2026-PEN-000123")
            String caseNumber,
            @Size(max = 1000) String description,
            IllicitImport illicitImport) {
    }

    record AddressChange(@NotNull @Valid MailingAddress mailingAddress, @NotNull @PositiveOrZero Long version) {
    }

    /** PUT /api/v1/parties/{id}/standing: a supervisor's override, until a date or (no until) until cleared */
    record StandingChange(@NotNull Boolean goodStanding, @NotBlank @Size(max = 1000) String reason, LocalDate until,
                          @NotNull @PositiveOrZero Long version) {
    }

    /** POST /api/v1/parties/{id}/standing/clear */
    record OverrideClear(@NotBlank @Size(max = 1000) String reason, @NotNull @PositiveOrZero Long version) {
    }

    /** POST /api/v1/parties/{id}/affiliates: "affiliatePartyId is this party's relation" since a date (today) */
    record NewAffiliate(@NotNull @Positive Long affiliatePartyId, @NotNull AffiliateRelation relation,
                        @PastOrPresent LocalDate since, @Size(max = 1000) String note) {
    }

    /** POST /api/v1/parties/{id}/affiliates/{affiliationId}/end */
    record AffiliationEnd(@NotBlank @Size(max = 1000) String reason) {
    }

    record ViolationView(long id, String statute, LocalDate findingDate, String caseNumber, FindingKind kind,
                         boolean finding, String description, IllicitImport illicitImport) {
        static ViolationView of(ViolationRecord v) {
            return new ViolationView(v.getId(), v.getStatute(), v.getFindingDate(), v.getCaseNumber(), v.getKind(),
                    v.getKind().isFinding(), v.getDescription(), v.getIllicitImport());
        }
    }

    /** an affiliate seen from the party: the relation reads "the affiliate is this party's ..." */
    record AffiliateView(long affiliationId, long partyId, String name, AffiliateRelation relation, LocalDate since,
                         String note, LocalDate endedOn, String endReason, boolean live) {
        static AffiliateView of(PartyStandings.Affiliate a) {
            return new AffiliateView(a.affiliationId(), a.partyId(), a.name(), a.relation(), a.since(), a.note(),
                    a.endedOn(), a.endReason(), a.live());
        }
    }

    record OverrideView(boolean goodStanding, String reason, LocalDate until, boolean inForce, String recordedBy,
                        Instant recordedAt) {
    }

    record PartyView(long id, String name, PartyKind kind, String countryOfOrganization, Boolean usCitizenOrLpr,
                     Boolean principalPlaceOfBusinessUs, Boolean significantUsPresence, Boolean sufficientUsAssets,
                     Boolean controllingOwnersUsPersons, Boolean ownsSignificantUsRealProperty, IorClass iorClass,
                     List<String> iorClassReasons, String iorClassCitation, boolean goodStanding,
                     boolean standingRuleInForce, LocalDate standingAssessedOn,
                     List<StandingAssessor.Reason> standingReasons, OverrideView standingOverride,
                     List<AffiliateView> affiliates, List<AffiliateView> endedAffiliates,
                     MailingAddress mailingAddress, List<String> mailingAddressLines,
                     Instant createdAt, long version, List<ViolationView> violations,
                     java.util.Set<PartyRole> roles, RiskTier riskTier) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PartyView create(@Valid @RequestBody NewParty body) {
        Party party = partyService.create(body.name(), body.facts(), body.mailingAddress(), body.rolesOrDefault());
        return view(party);
    }

    @GetMapping("/{id}")
    PartyView get(@PathVariable long id) {
        return view(partyService.get(id));
    }

    @PostMapping("/{id}/violations")
    @ResponseStatus(HttpStatus.CREATED)
    ViolationView recordViolation(@PathVariable long id, @Valid @RequestBody NewViolation body) {
        String statute = Statutes.violation(body.statute()).orElseThrow(() -> new Problems.InvalidInput("statute: '"
                + body.statute() + "' names no statute of a case file; use one of "
                + String.join(", ", Statutes.violationStatutes()) + "."));
        return ViolationView.of(partyService.recordViolation(id, statute, body.findingDate(), body.caseNumber(),
                body.description(), body.illicitImport()));
    }

    /** PUT /api/v1/parties/{id}/address: records or corrects where the party's notices are mailed. */
    @PutMapping("/{id}/address")
    PartyView changeAddress(@PathVariable long id, @Valid @RequestBody AddressChange body) {
        return view(partyService.changeAddress(id, body.version(), body.mailingAddress()));
    }

    /** PUT /api/v1/parties/{id}/standing (supervisors): records the override; 409 when the version is stale. */
    @PutMapping("/{id}/standing")
    PartyView changeStanding(@PathVariable long id, @Valid @RequestBody StandingChange body) {
        standings.override(id, body.version(), body.goodStanding(), body.reason(), body.until());
        return view(partyService.get(id));
    }

    /** POST /api/v1/parties/{id}/standing/clear (supervisors): the derivation alone decides again. */
    @PostMapping("/{id}/standing/clear")
    PartyView clearStanding(@PathVariable long id, @Valid @RequestBody OverrideClear body) {
        standings.clearOverride(id, body.version(), body.reason());
        return view(partyService.get(id));
    }

    @PostMapping("/{id}/affiliates")
    @ResponseStatus(HttpStatus.CREATED)
    AffiliateView addAffiliate(@PathVariable long id, @Valid @RequestBody NewAffiliate body) {
        return AffiliateView.of(standings.addAffiliate(id, body.affiliatePartyId(), body.relation(), body.since(),
                body.note()));
    }

    @PostMapping("/{id}/affiliates/{affiliationId}/end")
    AffiliateView endAffiliation(@PathVariable long id, @PathVariable long affiliationId,
                                 @Valid @RequestBody AffiliationEnd body) {
        return AffiliateView.of(standings.endAffiliation(id, affiliationId, body.reason()));
    }

    private PartyView view(Party p) {
        IorFacts f = p.facts();
        PartyStandings.StandingView standing = standings.view(p);
        Party.StandingOverride o = p.getOverride();
        List<PartyStandings.Affiliate> all = standings.affiliates(p.getId(), true);
        return new PartyView(p.getId(), p.getName(), p.getKind(), f.countryOfOrganization(), f.usCitizenOrLpr(),
                f.principalPlaceOfBusinessUs(), f.significantUsPresence(), f.sufficientUsAssets(),
                f.controllingOwnersUsPersons(), f.ownsSignificantUsRealProperty(), p.getIorClass(), p.getIorClassReasons(),
                IorClassifier.CITATION, standing.goodStanding(), standing.ruleInForce(), standing.assessedOn(),
                standing.reasons(), o == null ? null : new OverrideView(o.goodStanding(), o.reason(), o.until(),
                        p.overrideOn(standings.today()).isPresent(), o.by(), o.at()),
                all.stream().filter(PartyStandings.Affiliate::live).map(AffiliateView::of).toList(),
                all.stream().filter(a -> !a.live()).map(AffiliateView::of).toList(), p.getAddress(),
                p.getAddress() == null ? List.of() : p.getAddress().lines(), p.getCreatedAt(), p.getVersion(),
                partyService.violations(p.getId()).stream().map(ViolationView::of).toList(),
                new java.util.TreeSet<>(p.getRoles()), p.getRiskTier());
    }
}
