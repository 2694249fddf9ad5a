package gov.fpf.admin;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gov.fpf.casefile.CaseFileService;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.system.Problems;

/**
 * {@code /parties/{id}}: a party as case readers see it (name, kind, EO 14411 Sec. 10 importer-of-record class with
 * its reasons, mailing address, good standing, violation history, and the party's cases in the reader's offices), with
 * the good-standing form for supervisors (EO 14411 Sec. 2(d)). The change goes through
 * {@link PartyService#changeStanding} like {@code PUT /api/v1/parties/{id}/standing}: a reason is required, and a
 * party changed since the page was read is refused (409) with what it now is.
 */
@Controller
class PartyPage {

    static final String[] FIELDS = {"goodStanding", "reason"};
    static final int CASES_SHOWN = 50;

    private final PartyService parties;
    private final CaseFileService cases;

    PartyPage(PartyService parties, CaseFileService cases) {
        this.parties = parties;
        this.cases = cases;
    }

    record StandingForm(String goodStanding, String reason, long version) {
        static StandingForm of(Party party) {
            return new StandingForm(String.valueOf(party.isGoodStanding()), "", party.getVersion());
        }
    }

    @GetMapping("/parties/{id}")
    String party(@PathVariable long id, Model model) {
        Party party = parties.get(id);
        return page(model, party, StandingForm.of(party), new FieldErrors(FIELDS), null);
    }

    @PostMapping("/parties/{id}/standing")
    String changeStanding(@PathVariable long id, @RequestParam(required = false) String goodStanding,
                          @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                          Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Party party = parties.get(id);
        long seen = version == null ? -1 : version;
        StandingForm form = new StandingForm(goodStanding, reason, seen);
        FieldErrors errors = new FieldErrors(FIELDS);
        if (!"true".equals(goodStanding) && !"false".equals(goodStanding)) {
            errors.key("goodStanding", "admin.error.choose");
        }
        String why = OfficesPage.trim(reason);
        if (why == null) {
            errors.key("reason", "admin.error.required");
        } else if (why.length() > 1000) {
            errors.key("reason", "admin.error.tooLong");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, party, form, errors, null);
        }
        try {
            parties.changeStanding(id, seen, Boolean.parseBoolean(goodStanding), why);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/parties/" + id;
        } catch (Problems.Refusal refusal) {
            response.setStatus(refusal.status().value());
            Party current = parties.get(id);
            if (refusal instanceof Problems.Conflict) {
                model.addAttribute("conflict", true);
                return page(model, current, new StandingForm(goodStanding, reason, current.getVersion()), errors,
                        refusal.getMessage());
            }
            return page(model, current, form, errors, refusal.getMessage());
        }
    }

    private String page(Model model, Party party, StandingForm form, FieldErrors errors, String general) {
        model.addAttribute("party", party);
        model.addAttribute("violations", parties.violations(party.getId()));
        model.addAttribute("cases", cases.search(null, null, party.getId(), null, 0, CASES_SHOWN));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("general", general);
        return "admin/party";
    }
}
