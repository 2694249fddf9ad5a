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

import gov.fpf.office.MailingAddress;
import gov.fpf.office.NewOffice;
import gov.fpf.office.Office;
import gov.fpf.office.OfficeService;
import gov.fpf.system.Problems;

/**
 * {@code /admin/offices}: the offices (everyone logged in reads them), and for administrators a form to add one (code,
 * name, kind, time zone) and, on {@code /admin/offices/{code}}, the mailing address its letters come from. Each write
 * goes through {@link OfficeService} with the rules of {@code POST /api/v1/offices} and
 * {@code PUT /api/v1/offices/{code}/address}: field errors next to the fields with the entered values kept, 409 when the
 * code exists or the office changed since it was read.
 */
@Controller
class OfficesPage {

    static final String[] OFFICE_FIELDS = {"code", "name", "kind", "timeZone"};
    static final String[] ADDRESS_FIELDS = {"line1", "line2", "city", "region", "postalCode", "country"};

    private final OfficeService offices;
    private final Validator validator;

    OfficesPage(OfficeService offices, Validator validator) {
        this.offices = offices;
        this.validator = validator;
    }

    /** the add-office form as typed */
    record OfficeForm(String code, String name, String kind, String timeZone) {
        static final OfficeForm EMPTY = new OfficeForm("", "", "", "");
    }

    /** the address form as typed, with the version of the office it was read at */
    @GetMapping("/admin/offices")
    String list(Model model) {
        return listPage(model, OfficeForm.EMPTY, new FieldErrors(OFFICE_FIELDS), null);
    }

    @PostMapping("/admin/offices")
    String add(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
               @RequestParam(required = false) String kind, @RequestParam(required = false) String timeZone,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        OfficeForm form = new OfficeForm(code, name, kind, timeZone);
        NewOffice office = new NewOffice(trim(code), trim(name), trim(kind), trim(timeZone));
        FieldErrors errors = new FieldErrors(OFFICE_FIELDS).violations(validator.validate(office), null);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return listPage(model, form, errors, null);
        }
        try {
            Office created = offices.create(office.code(), office.name(), office.kind(), office.zoneOrDefault());
            redirect.addFlashAttribute("added", created.getCode());
            return "redirect:/admin/offices";
        } catch (Problems.Refusal refusal) {
            response.setStatus(refusal.status().value());
            if (refusal instanceof Problems.Conflict) {
                errors.text("code", refusal.getMessage());
            } else if (refusal.getMessage().startsWith("timeZone:")) {
                errors.text("timeZone", refusal.getMessage().substring("timeZone:".length()).strip());
            } else {
                return listPage(model, form, errors, refusal.getMessage());
            }
            return listPage(model, form, errors, null);
        }
    }

    @GetMapping("/admin/offices/{code}")
    String office(@PathVariable String code, Model model) {
        Office office = offices.get(code);
        return officePage(model, office, AddressForm.of(office.getAddress(), office.getVersion()), new FieldErrors(ADDRESS_FIELDS), null);
    }

    @PostMapping("/admin/offices/{code}/address")
    String changeAddress(@PathVariable String code, @RequestParam(required = false) String line1,
                         @RequestParam(required = false) String line2, @RequestParam(required = false) String city,
                         @RequestParam(required = false) String region,
                         @RequestParam(required = false) String postalCode,
                         @RequestParam(required = false) String country,
                         @RequestParam(required = false) Long version,
                         Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Office office = offices.get(code);
        // a form without its version cannot show that it is current: the service refuses it as a stale one (409)
        long seen = version == null ? -1 : version;
        AddressForm form = new AddressForm(line1, line2, city, region, postalCode, country, seen);
        MailingAddress address = form.address();
        FieldErrors errors = new FieldErrors(ADDRESS_FIELDS).violations(validator.validate(address), null);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return officePage(model, office, form, errors, null);
        }
        try {
            offices.changeAddress(code, seen, address);
            redirect.addFlashAttribute("saved", code);
            return "redirect:/admin/offices/" + code;
        } catch (Problems.Refusal refusal) {
            response.setStatus(refusal.status().value());
            Office current = offices.get(code);
            if (refusal instanceof Problems.Conflict) {
                // what the other person saved is shown; the typed values stay in the form, now at the current version
                AddressForm again = form.at(current.getVersion());
                model.addAttribute("conflict", true);
                return officePage(model, current, again, errors, refusal.getMessage());
            }
            return officePage(model, current, form, errors, refusal.getMessage());
        }
    }

    private String listPage(Model model, OfficeForm form, FieldErrors errors, String general) {
        model.addAttribute("offices", offices.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("general", general);
        return "admin/offices";
    }

    private String officePage(Model model, Office office, AddressForm form, FieldErrors errors, String general) {
        model.addAttribute("office", office);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("general", general);
        return "admin/office";
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
