package gov.fpf.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gov.fpf.casefile.CaseFileService;
import gov.fpf.office.MailingAddress;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.system.Problems;

/**
 * {@code /parties/{id}}: a party as case readers see it (name, kind, EO 14411 Sec. 10 importer-of-record class with
 * its reasons, mailing address, good standing, violation history, and the party's cases in the reader's offices), and
 * the sections areas add ({@link PartyPageSection}): good standing with its reasons, the override and the affiliates
 * are the standing section's (gov.fpf.standing).
 */
@Controller
public class PartyPage {

    static final String[] FIELDS = {};
    static final int CASES_SHOWN = 50;

    private final PartyService parties;
    private final CaseFileService cases;
    private final Validator validator;
    private final org.springframework.beans.factory.ObjectProvider<PartyPageSection> sections;

    PartyPage(PartyService parties, CaseFileService cases, Validator validator,
              org.springframework.beans.factory.ObjectProvider<PartyPageSection> sections) {
        this.sections = sections;
        this.parties = parties;
        this.cases = cases;
        this.validator = validator;
    }

    /**
     * Officers and supervisors record or correct where the party's notices are mailed, through
     * {@link PartyService#changeAddress} like {@code PUT /api/v1/parties/{id}/address}; a party changed since the page
     * was read is refused (409) with what it now is. A letter already sent keeps its address: re-issue it from the
     * notice page to send it to the corrected one.
     */
    @PostMapping("/parties/{id}/address")
    String changeAddress(@PathVariable long id, @RequestParam(required = false) String line1,
                         @RequestParam(required = false) String line2, @RequestParam(required = false) String city,
                         @RequestParam(required = false) String region,
                         @RequestParam(required = false) String postalCode,
                         @RequestParam(required = false) String country, @RequestParam(required = false) Long version,
                         Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Party party = parties.get(id);
        long seen = version == null ? -1 : version;
        AddressForm form = new AddressForm(line1, line2, city, region, postalCode, country, seen);
        MailingAddress address = form.address();
        FieldErrors errors = new FieldErrors(OfficesPage.ADDRESS_FIELDS).violations(validator.validate(address), null);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, party, form, errors, null);
        }
        try {
            parties.changeAddress(id, seen, address);
            redirect.addFlashAttribute("addressSaved", true);
            return "redirect:/parties/" + id;
        } catch (Problems.Refusal refusal) {
            response.setStatus(refusal.status().value());
            Party current = parties.get(id);
            AddressForm again = refusal instanceof Problems.Conflict
                    ? form.at(current.getVersion()) : form;
            return page(model, current, again, errors, refusal.getMessage());
        }
    }

    @GetMapping("/parties/{id}")
    String party(@PathVariable long id, Model model) {
        Party party = parties.get(id);
        return page(model, party, AddressForm.of(party.getAddress(), party.getVersion()), new FieldErrors(FIELDS), null);
    }

    /**
     * The party page as it stands, for a section's form answered in place (its errors and entries already in the
     * model under the section's own names).
     */
    public String show(long partyId, Model model) {
        Party party = parties.get(partyId);
        return page(model, party, AddressForm.of(party.getAddress(), party.getVersion()), new FieldErrors(FIELDS), null);
    }

    private String page(Model model, Party party, AddressForm addressForm, FieldErrors errors, String general) {
        model.addAttribute("addressForm", addressForm);
        model.addAttribute("party", party);
        model.addAttribute("violations", parties.violations(party.getId()));
        model.addAttribute("cases", cases.search(null, null, party.getId(), null, 0, CASES_SHOWN));
        model.addAttribute("errors", errors);
        model.addAttribute("general", general);
        java.util.List<PartyPageSection> shown = sections.stream()
                .sorted(java.util.Comparator.comparingInt(PartyPageSection::order)).toList();
        for (PartyPageSection section : shown) {
            section.addTo(model, party);
        }
        model.addAttribute("sections", shown);
        return "admin/party";
    }
}
