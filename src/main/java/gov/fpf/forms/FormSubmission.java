package gov.fpf.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * A submitted task form turned into process variables as Tasklist's Camunda Forms would send them: text as String,
 * number as Double, checkbox as Boolean (unchecked is false), date as its yyyy-MM-dd text, radio and select as the
 * chosen value; an empty field is absent (the variable keeps its value). Only the fields the officer enters are read:
 * disabled and read-only ones are display, whatever the request carries, and so is anything not on the form.
 * Fields hidden by their condition (against the task's variables with the entered values on top) are dropped, as
 * form-js drops them.
 *
 * <p>The checks Tasklist makes in the browser run here too: required, min and max, lengths, pattern, decimals,
 * a real date (and not a past one where the form says so), and an option of the list. The legal rules are not
 * checked here; they run when the task is completed.
 *
 * @param variables what completes the task
 * @param typed     the entered values with their types, for the conditions when the form is shown again
 * @param entered   the text as entered, per field, to show again after a refusal
 * @param errors    a message per field that failed a check; empty when the submission may be sent
 */
public record FormSubmission(Map<String, Object> variables, Map<String, Object> typed, Map<String, String> entered,
                             Map<String, String> errors) {

    public boolean valid() {
        return errors.isEmpty();
    }

    public static FormSubmission read(FormDefinition form, Map<String, List<String>> params,
                                      Map<String, Object> taskVariables, FormMessages messages, LocalDate today) {
        Map<String, Object> typed = new LinkedHashMap<>();
        Map<String, String> entered = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormDefinition.Component c : form.inputs()) {
            String key = c.key();
            List<String> raw = params.get(key);
            String text = raw == null || raw.isEmpty() ? null : raw.get(0);
            if ("checkbox".equals(c.type())) {
                boolean on = text != null && ("true".equalsIgnoreCase(text) || "on".equalsIgnoreCase(text));
                typed.put(key, on);
                entered.put(key, Boolean.toString(on));
                continue;
            }
            entered.put(key, text == null ? "" : text);
            if (text == null || text.isEmpty()) {
                typed.put(key, null);
                continue;
            }
            switch (c.type()) {
                case "number" -> number(c, text, messages, typed, errors);
                case "datetime" -> date(c, text, messages, today, typed, errors);
                case "radio", "select" -> {
                    typed.put(key, text);
                    if (c.values().stream().noneMatch(o -> o.value().equals(text))) {
                        errors.put(key, messages.get("form.error.option"));
                    }
                }
                default -> {
                    typed.put(key, text);
                    textChecks(c, text, messages, errors);
                }
            }
        }

        // conditions see the task's variables with what was entered on top; hidden fields are not sent nor checked
        Map<String, Object> context = new HashMap<>(taskVariables);
        context.putAll(typed);
        Map<String, Object> variables = new LinkedHashMap<>();
        for (FormDefinition.Component c : form.inputs()) {
            String key = c.key();
            if (FormHtml.hidden(c, k -> FormValues.comparable(context.get(k)))) {
                errors.remove(key);
                continue;
            }
            Object value = typed.get(key);
            if (value == null) {
                if (c.required() && !errors.containsKey(key)) {
                    errors.put(key, messages.get("form.error.required"));
                }
                continue;
            }
            if (!errors.containsKey(key)) {
                variables.put(key, value);
            }
        }
        return new FormSubmission(variables, typed, entered, errors);
    }

    private static void number(FormDefinition.Component c, String text, FormMessages messages, Map<String, Object> typed,
                               Map<String, String> errors) {
        BigDecimal n;
        try {
            n = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            typed.put(c.key(), text);
            errors.put(c.key(), messages.get("form.error.number"));
            return;
        }
        typed.put(c.key(), n.doubleValue());
        if (c.decimalDigits() != null && n.stripTrailingZeros().scale() > c.decimalDigits()) {
            errors.put(c.key(), messages.get("form.error.decimals", String.valueOf(c.decimalDigits())));
        } else if (c.min() != null && n.compareTo(c.min()) < 0) {
            errors.put(c.key(), messages.get("form.error.min", c.min().toPlainString()));
        } else if (c.max() != null && n.compareTo(c.max()) > 0) {
            errors.put(c.key(), messages.get("form.error.max", c.max().toPlainString()));
        }
    }

    private static void date(FormDefinition.Component c, String text, FormMessages messages, LocalDate today,
                             Map<String, Object> typed, Map<String, String> errors) {
        LocalDate d;
        try {
            d = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            typed.put(c.key(), text);
            errors.put(c.key(), messages.get("form.error.date"));
            return;
        }
        typed.put(c.key(), d.toString());
        if (c.disallowPassedDates() && d.isBefore(today)) {
            errors.put(c.key(), messages.get("form.error.pastDate"));
        }
    }

    private static void textChecks(FormDefinition.Component c, String text, FormMessages messages,
                                   Map<String, String> errors) {
        int length = text.codePointCount(0, text.length());
        if (c.maxLength() != null && length > c.maxLength()) {
            errors.put(c.key(), messages.get("form.error.maxLength", String.valueOf(c.maxLength())));
        } else if (c.minLength() != null && length < c.minLength()) {
            errors.put(c.key(), messages.get("form.error.minLength", String.valueOf(c.minLength())));
        } else if (c.pattern() != null) {
            try {
                if (!text.matches(c.pattern())) {
                    errors.put(c.key(), messages.get("form.error.pattern"));
                }
            } catch (PatternSyntaxException ignored) {
                // a pattern Java cannot read is left to the browser, as Tasklist would
            }
        }
    }
}
