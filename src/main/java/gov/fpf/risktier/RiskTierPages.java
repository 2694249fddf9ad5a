package gov.fpf.risktier;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gov.fpf.party.PartyService;
import gov.fpf.system.Problems;

/**
 * Pages of EO 14411 Sec. 2(e): an audit result recorded from the party page (officers, supervisors; back to
 * {@code /parties/{id}#tier-risk} with what was refused and why), and the inactive importers of record listed for
 * removal ({@code /parties/inactive}, supervisors and headquarters, with its CSV).
 */
@Controller
class RiskTierPages {

    private final RiskTierService tiers;
    private final PartyService parties;
    private final InactiveImporters inactive;

    RiskTierPages(RiskTierService tiers, PartyService parties, InactiveImporters inactive) {
        this.tiers = tiers;
        this.parties = parties;
        this.inactive = inactive;
    }

    /** what the person typed, shown again when it is refused */
    record AuditForm(String auditDate, String kind, String result, String reference, String note) {
    }

    @PostMapping("/parties/{id}/audit-results")
    String recordAudit(@PathVariable long id, @RequestParam(required = false) String auditDate,
                       @RequestParam(required = false) String kind, @RequestParam(required = false) String result,
                       @RequestParam(required = false) String reference, @RequestParam(required = false) String note,
                       RedirectAttributes redirect) {
        parties.get(id);
        AuditForm form = new AuditForm(auditDate, kind, result, reference, note);
        String error = null;
        LocalDate date = null;
        IorAuditKind k = null;
        IorAuditOutcome r = null;
        try {
            date = LocalDate.parse(auditDate == null ? "" : auditDate.strip());
        } catch (DateTimeParseException e) {
            error = "tier.audit.error.date";
        }
        try {
            k = IorAuditKind.valueOf(kind == null ? "" : kind);
            r = IorAuditOutcome.valueOf(result == null ? "" : result);
        } catch (IllegalArgumentException e) {
            error = error == null ? "tier.audit.error.choose" : error;
        }
        String ref = reference == null ? "" : reference.strip();
        if (error == null && (ref.isEmpty() || ref.length() > 60 || ref.chars().anyMatch(Character::isISOControl))) {
            error = "tier.audit.error.reference";
        }
        if (error == null && note != null && note.strip().length() > 1000) {
            error = "tier.audit.error.note";
        }
        if (error != null) {
            redirect.addFlashAttribute("tierError", error);
            redirect.addFlashAttribute("tierForm", form);
            return "redirect:/parties/" + id + "#tier-risk";
        }
        try {
            tiers.recordAudit(id, date, k, r, ref, note);
            redirect.addFlashAttribute("tierSaved", true);
        } catch (Problems.Refusal refusal) {
            redirect.addFlashAttribute("tierRefused", refusal.getMessage());
            redirect.addFlashAttribute("tierForm", form);
        }
        return "redirect:/parties/" + id + "#tier-risk";
    }

    @GetMapping("/parties/inactive")
    String inactive(Model model) {
        model.addAttribute("listing", inactive.list());
        return "risktier/inactive";
    }

    @GetMapping("/parties/inactive.csv")
    ResponseEntity<String> inactiveCsv() {
        InactiveImporters.Listing listing = inactive.list();
        return ResponseEntity.ok().contentType(RiskTierController.TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inactive-importers-" + listing.on() + ".csv\"")
                .body(InactiveImporters.csv(listing));
    }
}
