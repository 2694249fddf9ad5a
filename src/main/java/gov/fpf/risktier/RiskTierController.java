package gov.fpf.risktier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.party.RiskTier;
import gov.fpf.rules.EoRule;

/**
 * EO 14411 Sec. 2(e) through the API: a party's risk score with every input ({@code GET /api/v1/parties/{id}/risk}),
 * its audit results ({@code GET/POST /api/v1/parties/{id}/audit-results}) and the inactive importers of record listed
 * for removal ({@code GET /api/v1/parties/inactive}, also as CSV with {@code Accept: text/csv}).
 */
@RestController
@RequestMapping("/api/v1/parties")
class RiskTierController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final RiskTierService tiers;
    private final PartyService parties;
    private final InactiveImporters inactive;

    RiskTierController(RiskTierService tiers, PartyService parties, InactiveImporters inactive) {
        this.tiers = tiers;
        this.parties = parties;
        this.inactive = inactive;
    }

    record NewAuditResult(@NotNull LocalDate auditDate, @NotNull IorAuditKind kind, @NotNull IorAuditOutcome result,
                          @NotBlank @Size(max = 60) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not hold control characters")
                          String reference,
                          @Size(max = 1000) String note) {
    }

    record AuditResultView(long id, long partyId, LocalDate auditDate, IorAuditKind kind, IorAuditOutcome result,
                           String reference, String note, Instant recordedAt, String recordedBy) {
        static AuditResultView of(IorAuditResult a) {
            return new AuditResultView(a.getId(), a.getPartyId(), a.getAuditDate(), a.getKind(), a.getResult(),
                    a.getReference(), a.getNote(), a.getRecordedAt(), a.getRecordedBy());
        }
    }

    /**
     * @param riskTier   the tier kept on the party (what the worklist and the release bond read)
     * @param inForce    whether RISK_TIERS is in force today; before, there is no score and no tier
     * @param score      today's score with every input, or null
     */
    record RiskView(long partyId, String name, RiskTier riskTier, LocalDate on, boolean inForce, String citation,
                    RiskScoring.Score score, List<AuditResultView> auditResults) {
    }

    /** case numbers of offices the reader does not work for are not shown in the records */
    @org.springframework.beans.factory.annotation.Autowired
    private gov.fpf.office.CaseNumberMask caseNumberMask;

    @GetMapping("/{id}/risk")
    RiskView risk(@PathVariable long id) {
        Party party = parties.get(id);
        java.util.Optional<RiskScoring.Score> score = tiers.score(id).map(s -> s.withRecords(caseNumberMask::mask));
        return new RiskView(id, party.getName(), party.getRiskTier(), tiers.today(), score.isPresent(),
                score.map(RiskScoring.Score::citation).orElse(EoRule.RISK_TIERS.citation()), score.orElse(null),
                tiers.audits(id).stream().map(AuditResultView::of).toList());
    }

    @GetMapping("/{id}/audit-results")
    List<AuditResultView> audits(@PathVariable long id) {
        return tiers.audits(id).stream().map(AuditResultView::of).toList();
    }

    @PostMapping("/{id}/audit-results")
    @ResponseStatus(HttpStatus.CREATED)
    AuditResultView recordAudit(@PathVariable long id, @Valid @RequestBody NewAuditResult body) {
        return AuditResultView.of(tiers.recordAudit(id, body.auditDate(), body.kind(), body.result(), body.reference(),
                body.note()));
    }

    @GetMapping("/inactive")
    ResponseEntity<?> inactive(@org.springframework.web.bind.annotation.RequestHeader(value = HttpHeaders.ACCEPT,
            required = false) String accept) {
        InactiveImporters.Listing listing = inactive.list();
        if (accept != null && accept.contains("text/csv")) {
            return ResponseEntity.ok().contentType(TEXT_CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inactive-importers-" + listing.on() + ".csv\"")
                    .body(InactiveImporters.csv(listing));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(listing);
    }
}
