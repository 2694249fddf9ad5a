package gov.fpf.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gov.fpf.system.Problems;

/**
 * {@code /admin/implementing-instruments}: the administrators' page of the EO 14411 register. Recording is a form POST
 * (CSRF token from the page); a refusal shows the page again with the reason, the entered values and the status of
 * the refusal (400 a missing or malformed field, 409 a citation already recorded, 422 an effective date in the past).
 */
@Controller
class ImplementingInstrumentsPage {

    private final EoRules eoRules;

    ImplementingInstrumentsPage(EoRules eoRules) {
        this.eoRules = eoRules;
    }

    @GetMapping("/admin/implementing-instruments")
    String list(Model model) {
        fill(model);
        return "admin/implementing-instruments";
    }

    @PostMapping("/admin/implementing-instruments")
    String record(@RequestParam(required = false) String title, @RequestParam(required = false) String citation,
                  @RequestParam(required = false) String effectiveDate,
                  @RequestParam(name = "rules", required = false) List<String> rules,
                  @RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            ImplementingInstrument saved = eoRules.record(new EoRules.NewInstrument(title, citation,
                    date(effectiveDate), rules, note));
            redirect.addFlashAttribute("recorded", saved.getCitation());
            return "redirect:/admin/implementing-instruments";
        } catch (Problems.Refusal refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("error", refusal.getMessage());
            model.addAttribute("form", new Form(title, citation, effectiveDate, rules == null ? List.of() : rules, note));
            fill(model);
            return "admin/implementing-instruments";
        }
    }

    record Form(String title, String citation, String effectiveDate, List<String> rules, String note) {
    }

    private void fill(Model model) {
        model.addAttribute("instruments", eoRules.all());
        model.addAttribute("allRules", List.of(EoRule.values()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Form("", "", "", List.of(), ""));
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Problems.InvalidInput("effectiveDate: '" + text + "' is not a date (YYYY-MM-DD).");
        }
    }
}
