package gov.fpf.admin;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import gov.fpf.rules.LegalParameter;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.NewParameterValue;
import gov.fpf.rules.ParameterValueUnknown;
import gov.fpf.system.BusinessDay;
import gov.fpf.system.Problems;

/**
 * {@code /admin/parameters}: every legal parameter with the value in force today, the values missing that block work
 * (a row in force without a value, such as the EO liquidated-damages floor), and per parameter its effective-dated
 * history with citation and confidence; administrators set a new value from a date through {@link LegalParameters} with
 * the rules of {@code POST /api/v1/legal-parameters/{name}} (never retroactive, one value per date, in its unit's range).
 */
@Controller
class ParametersPage {

    static final String[] FIELDS = {"value", "effectiveFrom", "citation", "confidence", "note"};

    private final LegalParameters parameters;
    private final Validator validator;
    private final Clock clock;
    private final ParameterPreview preview;

    ParametersPage(LegalParameters parameters, Validator validator, Clock clock, ParameterPreview preview) {
        this.parameters = parameters;
        this.validator = validator;
        this.clock = clock;
        this.preview = preview;
    }

    /** How a parameter stands today. */
    enum Standing { IN_FORCE, VALUE_MISSING, NOT_IN_FORCE }

    /** One parameter as the list shows it: the row in force today by date, if any, and how it stands. */
    record Summary(String name, LegalParameter.Unit unit, LegalParameter inForce, LegalParameter next, Standing standing,
                   String reason, int rows) {

        /** the value in force as a person reads it, or null when there is none */
        public String valueText() {
            return inForce == null ? null : text(inForce.getValue(), unit);
        }
    }

    /** a row of a parameter's history with its value as a person reads it */
    record Row(LegalParameter row, String valueText) {
    }

    /** dollars as money, a share with its percentage, other units as the plain number; null for no value */
    static String text(BigDecimal value, LegalParameter.Unit unit) {
        if (value == null) {
            return null;
        }
        if (unit == LegalParameter.Unit.USD) {
            return java.text.NumberFormat.getCurrencyInstance(java.util.Locale.US).format(value);
        }
        String plain = value.stripTrailingZeros().toPlainString();
        if (unit == LegalParameter.Unit.SHARE) {
            return plain + " (" + value.movePointRight(2).stripTrailingZeros().toPlainString() + "%)";
        }
        return plain;
    }

    record ValueForm(String value, String effectiveFrom, String citation, String confidence, String note) {
    }

    @GetMapping("/admin/parameters")
    String list(Model model) {
        LocalDate today = BusinessDay.today(clock);
        Map<String, List<LegalParameter>> byName = new LinkedHashMap<>();
        for (LegalParameter row : parameters.all()) {
            byName.computeIfAbsent(row.getName(), n -> new ArrayList<>()).add(row);
        }
        List<Summary> summaries = new ArrayList<>();
        byName.forEach((name, rows) -> summaries.add(summary(name, rows, today)));
        model.addAttribute("today", today);
        model.addAttribute("parameters", summaries);
        model.addAttribute("missing", summaries.stream().filter(s -> s.standing() == Standing.VALUE_MISSING).toList());
        return "admin/parameters";
    }

    @GetMapping("/admin/parameters/{name}")
    String parameter(@PathVariable String name, Model model) {
        LocalDate today = BusinessDay.today(clock);
        return parameterPage(model, name, new ValueForm("", today.toString(), "", "", ""),
                new FieldErrors(FIELDS), null);
    }

    @PostMapping("/admin/parameters/{name}")
    String addValue(@PathVariable String name, @RequestParam(required = false) String value,
                    @RequestParam(required = false) String effectiveFrom,
                    @RequestParam(required = false) String citation,
                    @RequestParam(required = false) String confidence, @RequestParam(required = false) String note,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        parameters.history(name);
        Entered entered = entered(value, effectiveFrom, citation, confidence, note);
        if (!entered.errors().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return parameterPage(model, name, entered.form(), entered.errors(), null);
        }
        NewParameterValue body = entered.body();
        try {
            LegalParameter saved = parameters.addValue(name, body.value(), body.effectiveFrom(), body.citation(),
                    body.confidence(), body.note());
            redirect.addFlashAttribute("added", text(saved.getValue(), saved.getUnit()));
            redirect.addFlashAttribute("addedFrom", saved.getEffectiveFrom());
            return "redirect:/admin/parameters/" + name;
        } catch (Problems.Refusal refusal) {
            return refused(refusal, name, entered, model, response);
        }
    }

    /**
     * "Preview the effect" (issue 15 item 8): the value entered, checked as {@link #addValue} checks it, dry-run over
     * the open cases; the page comes back with the entered values and the table of what would change above the record
     * button. Nothing is recorded.
     */
    @PostMapping("/admin/parameters/{name}/preview")
    String preview(@PathVariable String name, @RequestParam(required = false) String value,
                   @RequestParam(required = false) String effectiveFrom,
                   @RequestParam(required = false) String citation,
                   @RequestParam(required = false) String confidence, @RequestParam(required = false) String note,
                   Model model, HttpServletResponse response) {
        parameters.history(name);
        Entered entered = entered(value, effectiveFrom, citation, confidence, note);
        if (!entered.errors().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return parameterPage(model, name, entered.form(), entered.errors(), null);
        }
        try {
            model.addAttribute("preview", preview.preview(name, entered.body()));
            return parameterPage(model, name, entered.form(), entered.errors(), null);
        } catch (Problems.Refusal refusal) {
            return refused(refusal, name, entered, model, response);
        }
    }

    /** The preview's table as a CSV download; a refused value shows the page with the reason instead. */
    @PostMapping("/admin/parameters/{name}/preview.csv")
    String previewCsv(@PathVariable String name, @RequestParam(required = false) String value,
                      @RequestParam(required = false) String effectiveFrom,
                      @RequestParam(required = false) String citation,
                      @RequestParam(required = false) String confidence, @RequestParam(required = false) String note,
                      Model model, java.util.Locale locale, HttpServletResponse response) {
        parameters.history(name);
        Entered entered = entered(value, effectiveFrom, citation, confidence, note);
        if (!entered.errors().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return parameterPage(model, name, entered.form(), entered.errors(), null);
        }
        try {
            preview.writeCsv(name, entered.body(), locale, response);
            return null;
        } catch (Problems.Refusal refusal) {
            return refused(refusal, name, entered, model, response);
        }
    }

    /** the form as entered, its field errors, and the value to record when there are none */
    private record Entered(ValueForm form, FieldErrors errors, NewParameterValue body) {
    }

    private Entered entered(String value, String effectiveFrom, String citation, String confidence, String note) {
        ValueForm form = new ValueForm(value, effectiveFrom, citation, confidence, note);
        FieldErrors errors = new FieldErrors(FIELDS);
        BigDecimal amount = null;
        if (OfficesPage.trim(value) != null) {
            try {
                amount = new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                errors.key("value", "admin.error.number");
            }
        }
        LocalDate from = null;
        if (OfficesPage.trim(effectiveFrom) != null) {
            try {
                from = LocalDate.parse(effectiveFrom.strip());
            } catch (DateTimeParseException e) {
                errors.key("effectiveFrom", "admin.error.date");
            }
        }
        NewParameterValue body = new NewParameterValue(amount, from, OfficesPage.trim(citation),
                OfficesPage.trim(confidence), OfficesPage.trim(note));
        errors.violations(validator.validate(body), null);
        return new Entered(form, errors, body);
    }

    /** A refusal of the table's rules, next to the field it concerns (or above the form), with its status. */
    private String refused(Problems.Refusal refusal, String name, Entered entered, Model model,
                           HttpServletResponse response) {
        response.setStatus(refusal.status().value());
        String message = refusal.getMessage();
        FieldErrors errors = entered.errors();
        if (message.startsWith("value:")) {
            errors.text("value", message.substring("value:".length()).strip());
        } else if (message.startsWith("effectiveFrom") || refusal instanceof Problems.Conflict) {
            errors.text("effectiveFrom", message);
        } else {
            return parameterPage(model, name, entered.form(), errors, message);
        }
        return parameterPage(model, name, entered.form(), errors, null);
    }

    private String parameterPage(Model model, String name, ValueForm form, FieldErrors errors, String general) {
        LocalDate today = BusinessDay.today(clock);
        List<LegalParameter> history = parameters.history(name);
        Summary summary = summary(name, history, today);
        List<Row> newestFirst = new ArrayList<>(history.stream().map(r -> new Row(r, text(r.getValue(), r.getUnit())))
                .toList());
        newestFirst.sort(Comparator.comparing((Row r) -> r.row().getEffectiveFrom()).reversed());
        model.addAttribute("today", today);
        model.addAttribute("p", summary);
        model.addAttribute("history", newestFirst);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("general", general);
        model.addAttribute("confidences", List.of("V", "S", "R", "EO", "TEAM"));
        return "admin/parameter";
    }

    private Summary summary(String name, List<LegalParameter> rows, LocalDate today) {
        LegalParameter inForce = null;
        LegalParameter next = null;
        for (LegalParameter row : rows) {
            if (!row.getEffectiveFrom().isAfter(today)) {
                inForce = row;
            } else if (next == null) {
                next = row;
            }
        }
        LegalParameter.Unit unit = rows.get(rows.size() - 1).getUnit();
        if (inForce == null) {
            return new Summary(name, unit, null, next, Standing.NOT_IN_FORCE, null, rows.size());
        }
        if (inForce.getValue() == null) {
            return new Summary(name, unit, inForce, next, Standing.VALUE_MISSING, inForce.getNote(), rows.size());
        }
        try {
            parameters.valueOn(name, today);
            return new Summary(name, unit, inForce, next, Standing.IN_FORCE, null, rows.size());
        } catch (ParameterValueUnknown unknown) {
            return new Summary(name, unit, inForce, next, Standing.VALUE_MISSING, unknown.getMessage(), rows.size());
        } catch (Problems.RuleViolation gated) {
            // an EO 14411 rule's parameter while no implementing instrument puts its rule in force
            return new Summary(name, unit, inForce, next, Standing.NOT_IN_FORCE, gated.getMessage(), rows.size());
        }
    }
}
