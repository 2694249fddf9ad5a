package gov.fpf.whatif;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRules;
import gov.fpf.system.Problems;

/**
 * "Preview the effect" on {@code /admin/implementing-instruments}: the instrument entered in the form is checked as
 * recording it would be and dry-run over the open cases; the page comes back with the entered values, the table of
 * what would change and the record button below it ({@code .../preview.csv} downloads the same table). Nothing is
 * recorded. The handlers live here, not in gov.fpf.rules, so the register does not depend on the dry run.
 */
@Controller
class InstrumentPreviewPage {

    static final String VIEW = "admin/implementing-instruments";

    private final EoRules eoRules;
    private final WhatIfService whatIf;
    private final WhatIfPages pages;

    InstrumentPreviewPage(EoRules eoRules, WhatIfService whatIf, WhatIfPages pages) {
        this.eoRules = eoRules;
        this.whatIf = whatIf;
        this.pages = pages;
    }

    /** the instruments page's form, as its template reads it */
    record Form(String title, String citation, String effectiveDate, List<String> rules, String note) {
    }

    @PostMapping("/admin/implementing-instruments/preview")
    String preview(@RequestParam(required = false) String title, @RequestParam(required = false) String citation,
                   @RequestParam(required = false) String effectiveDate,
                   @RequestParam(name = "rules", required = false) List<String> rules,
                   @RequestParam(required = false) String note, Model model, HttpServletResponse response) {
        Form form = new Form(title, citation, effectiveDate, rules == null ? List.of() : rules, note);
        try {
            model.addAttribute("preview", run(form));
        } catch (Problems.Refusal refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("error", refusal.getMessage());
        }
        return page(form, model);
    }

    @PostMapping("/admin/implementing-instruments/preview.csv")
    String csv(@RequestParam(required = false) String title, @RequestParam(required = false) String citation,
               @RequestParam(required = false) String effectiveDate,
               @RequestParam(name = "rules", required = false) List<String> rules,
               @RequestParam(required = false) String note, Model model, Locale locale, HttpServletResponse response) {
        Form form = new Form(title, citation, effectiveDate, rules == null ? List.of() : rules, note);
        WhatIfResult result;
        try {
            result = run(form);
        } catch (Problems.Refusal refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("error", refusal.getMessage());
            return page(form, model);
        }
        pages.writeCsv(result, locale, response);
        return null;
    }

    private WhatIfResult run(Form form) {
        return whatIf.instrument(new EoRules.NewInstrument(form.title(), form.citation(), date(form.effectiveDate()),
                form.rules(), form.note()));
    }

    private String page(Form form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("instruments", eoRules.all());
        model.addAttribute("allRules", List.of(EoRule.values()));
        return VIEW;
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
