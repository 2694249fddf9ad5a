package gov.fpf.standing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gov.fpf.admin.PartyPage;
import gov.fpf.party.AffiliateRelation;
import gov.fpf.party.IllicitImport;
import gov.fpf.party.PartyService;
import gov.fpf.party.PartyStandings;
import gov.fpf.rules.Statutes;
import gov.fpf.system.Problems;

/**
 * The forms of the party page's good-standing section, through the same services as the API: the override
 * ({@code PUT /api/v1/parties/{id}/standing}, supervisors), clearing it, adding and ending an affiliate and recording a
 * finding (officers and supervisors). Each saves and goes back to the section, or shows the page again with what was
 * entered and why it was refused (400 for a field, 409 for a stale version or a duplicate, 422 for a rule).
 */
@Controller
class StandingPages {

    static final String ANCHOR = "#standing-section";

    private final PartyStandings standings;
    private final PartyService parties;
    private final PartyPage partyPage;

    StandingPages(PartyStandings standings, PartyService parties, PartyPage partyPage) {
        this.standings = standings;
        this.parties = parties;
        this.partyPage = partyPage;
    }

    @PostMapping("/parties/{id}/standing")
    String override(@PathVariable long id, @RequestParam(required = false) String goodStanding,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) String until,
                    @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        parties.get(id);
        Map<String, String> values = values("goodStanding", goodStanding, "reason", reason, "until", until);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"true".equals(goodStanding) && !"false".equals(goodStanding)) {
            errors.put("goodStanding", "standing.error.choose");
        }
        required(errors, "reason", reason);
        LocalDate untilDate = date(errors, "until", until);
        if (!errors.isEmpty()) {
            return again(id, "override", values, errors, null, 400, model, response);
        }
        try {
            standings.override(id, version == null ? -1 : version, Boolean.parseBoolean(goodStanding), reason, untilDate);
        } catch (Problems.Refusal refusal) {
            return again(id, "override", values, errors, refusal.getMessage(), refusal.status().value(), model, response);
        }
        redirect.addFlashAttribute("standingSaved", "standing.saved.override");
        return "redirect:/parties/" + id + ANCHOR;
    }

    @PostMapping("/parties/{id}/standing/clear")
    String clear(@PathVariable long id, @RequestParam(required = false) String reason,
                 @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        parties.get(id);
        Map<String, String> values = values("clearReason", reason);
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "clearReason", reason);
        if (!errors.isEmpty()) {
            return again(id, "clear", values, errors, null, 400, model, response);
        }
        try {
            standings.clearOverride(id, version == null ? -1 : version, reason);
        } catch (Problems.Refusal refusal) {
            return again(id, "clear", values, errors, refusal.getMessage(), refusal.status().value(), model, response);
        }
        redirect.addFlashAttribute("standingSaved", "standing.saved.cleared");
        return "redirect:/parties/" + id + ANCHOR;
    }

    @PostMapping("/parties/{id}/affiliates")
    String addAffiliate(@PathVariable long id, @RequestParam(required = false) String affiliatePartyId,
                        @RequestParam(required = false) String relation, @RequestParam(required = false) String since,
                        @RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        parties.get(id);
        Map<String, String> values = values("affiliatePartyId", affiliatePartyId, "relation", relation, "since", since,
                "note", note);
        Map<String, String> errors = new LinkedHashMap<>();
        Long other = null;
        if (affiliatePartyId == null || affiliatePartyId.isBlank()) {
            errors.put("affiliatePartyId", "standing.error.required");
        } else {
            try {
                other = Long.parseLong(affiliatePartyId.strip());
            } catch (NumberFormatException e) {
                errors.put("affiliatePartyId", "standing.error.partyId");
            }
        }
        AffiliateRelation rel = null;
        try {
            rel = relation == null || relation.isBlank() ? null : AffiliateRelation.valueOf(relation);
        } catch (IllegalArgumentException e) {
            // named below
        }
        if (rel == null) {
            errors.put("relation", "standing.error.choose");
        }
        LocalDate from = date(errors, "since", since);
        if (note != null && note.length() > 1000) {
            errors.put("note", "standing.error.tooLong");
        }
        if (!errors.isEmpty()) {
            return again(id, "affiliate", values, errors, null, 400, model, response);
        }
        try {
            standings.addAffiliate(id, other, rel, from, note);
        } catch (Problems.Refusal refusal) {
            return again(id, "affiliate", values, errors, refusal.getMessage(), refusal.status().value(), model, response);
        }
        redirect.addFlashAttribute("standingSaved", "standing.saved.affiliate");
        return "redirect:/parties/" + id + ANCHOR;
    }

    @PostMapping("/parties/{id}/affiliates/{affiliationId}/end")
    String endAffiliation(@PathVariable long id, @PathVariable long affiliationId,
                          @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
                          HttpServletResponse response) {
        parties.get(id);
        Map<String, String> values = values("endReason", reason, "affiliationId", String.valueOf(affiliationId));
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "endReason", reason);
        if (!errors.isEmpty()) {
            return again(id, "end", values, errors, null, 400, model, response);
        }
        try {
            standings.endAffiliation(id, affiliationId, reason);
        } catch (Problems.Refusal refusal) {
            return again(id, "end", values, errors, refusal.getMessage(), refusal.status().value(), model, response);
        }
        redirect.addFlashAttribute("standingSaved", "standing.saved.ended");
        return "redirect:/parties/" + id + ANCHOR;
    }

    @PostMapping("/parties/{id}/violations")
    String recordFinding(@PathVariable long id, @RequestParam(required = false) String statute,
                         @RequestParam(required = false) String findingDate,
                         @RequestParam(required = false) String caseNumber,
                         @RequestParam(required = false) String description,
                         @RequestParam(required = false) String illicitImport, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        parties.get(id);
        Map<String, String> values = values("statute", statute, "findingDate", findingDate, "caseNumber", caseNumber,
                "description", description, "illicitImport", illicitImport);
        Map<String, String> errors = new LinkedHashMap<>();
        String law = statute == null ? null : Statutes.violation(statute).orElse(null);
        if (law == null) {
            errors.put("statute", "standing.error.choose");
        }
        LocalDate date = date(errors, "findingDate", findingDate);
        if (date == null && !errors.containsKey("findingDate")) {
            errors.put("findingDate", "standing.error.required");
        }
        String number = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip();
        if (number != null && !number.matches("\\d{4}-[A-Z]{3}-\\d{6}")) {
            errors.put("caseNumber", "standing.error.caseNumber");
        }
        if (description != null && description.length() > 1000) {
            errors.put("description", "standing.error.tooLong");
        }
        IllicitImport illicit = null;
        if (illicitImport != null && !illicitImport.isBlank()) {
            try {
                illicit = IllicitImport.valueOf(illicitImport);
            } catch (IllegalArgumentException e) {
                errors.put("illicitImport", "standing.error.choose");
            }
        }
        if (!errors.isEmpty()) {
            return again(id, "finding", values, errors, null, 400, model, response);
        }
        try {
            parties.recordViolation(id, law, date, number,
                    description == null || description.isBlank() ? null : description.strip(), illicit);
        } catch (Problems.Refusal refusal) {
            return again(id, "finding", values, errors, refusal.getMessage(), refusal.status().value(), model, response);
        }
        redirect.addFlashAttribute("standingSaved", "standing.saved.finding");
        return "redirect:/parties/" + id + ANCHOR;
    }

    private String again(long id, String form, Map<String, String> values, Map<String, String> errors, String general,
                         int status, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("standingEntered", new StandingPartySection.Entered(values, errors, form, general));
        return partyPage.show(id, model);
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return values;
    }

    private static void required(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.put(field, "standing.error.required");
        } else if (value.strip().length() > 1000) {
            errors.put(field, "standing.error.tooLong");
        }
    }

    private static LocalDate date(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "standing.error.date");
            return null;
        }
    }
}
