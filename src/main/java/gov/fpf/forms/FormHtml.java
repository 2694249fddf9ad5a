package gov.fpf.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Draws a Camunda Form as accessible HTML on the server, from the same {@code .form} file Tasklist renders: every
 * label bound to its input, required fields marked (and {@code required} for the browser), descriptions and errors tied
 * to their input with {@code aria-describedby}, read-only and disabled fields shown as text, number and date inputs,
 * radio and select options from the form's {@code values}, and {@code conditional.hide} applied for the initial state
 * (the page's script re-applies it as inputs change, reading the {@code data-hide} attributes written here). A
 * component type it does not draw becomes a visible note, never nothing. Every text from the form or the case is
 * escaped; only the markdown-ish {@code text} components produce markup, and only headings, bold, italic, code,
 * lists, paragraphs and line breaks.
 *
 * <p>The caller wraps the result in its own {@code <form>} (action, CSRF token, submit button).
 */
public final class FormHtml {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The drawn fields; {@code completable} is false when an unsupported component carries a value (the task must then
     * be completed in Tasklist); {@code unsupported} names the types not drawn; {@code unevaluated} the conditions that
     * could not be evaluated (the field is then shown).
     */
    public record Rendered(String html, boolean completable, List<String> unsupported, List<String> unevaluated) {
    }

    private final FormDefinition form;
    private final Map<String, Object> values;
    private final Map<String, String> entered;
    private final Map<String, String> errors;
    private final FormMessages messages;
    private final LocalDate today;
    private final StringBuilder html = new StringBuilder();
    private final List<String> unsupported = new ArrayList<>();
    private final List<String> unevaluated = new ArrayList<>();
    private boolean completable = true;
    /** The first field the officer enters gets {@code autofocus} (first display only: after a refusal the alert has it). */
    private boolean focusGiven;

    private FormHtml(FormDefinition form, Map<String, Object> values, Map<String, String> entered,
                     Map<String, String> errors, FormMessages messages, LocalDate today) {
        this.form = form;
        this.values = values;
        this.entered = entered;
        this.errors = errors;
        this.messages = messages;
        this.today = today;
    }

    /**
     * @param values  the task's variables (and, after a refused submission, the typed values entered), for prefilling
     *                and for the conditions
     * @param entered the text the officer entered, per key, shown instead of the variable (a refused submission keeps
     *                what was typed); empty on first display
     * @param errors  a message per key for fields the submission checks refused
     */
    public static Rendered render(FormDefinition form, Map<String, Object> values, Map<String, String> entered,
                                  Map<String, String> errors, FormMessages messages, LocalDate today) {
        FormHtml r = new FormHtml(form, values, entered, errors, messages, today);
        r.draw();
        return new Rendered(r.html.toString(), r.completable, List.copyOf(r.unsupported), List.copyOf(r.unevaluated));
    }

    /** Whether the component is hidden by its condition for these values; an unsupported condition hides nothing. */
    public static boolean hidden(FormDefinition.Component c, Function<String, Object> values) {
        if (c.hide() == null || c.hide().isBlank()) {
            return false;
        }
        try {
            return FeelCondition.parse(c.hide()).isTrue(values);
        } catch (FeelCondition.Unsupported e) {
            return false;
        }
    }

    private void draw() {
        html.append("<div class=\"task-form-fields\" data-form-id=\"").append(esc(form.id())).append('"');
        String context = contextJson();
        if (context != null) {
            html.append(" data-context=\"").append(esc(context)).append('"');
        }
        html.append('>');
        for (FormDefinition.Component c : form.components()) {
            component(c);
        }
        html.append("</div>");
    }

    /** Variables the conditions read that are not fields of the form, for the page's script. */
    private String contextJson() {
        Map<String, Object> context = new LinkedHashMap<>();
        List<String> keys = form.keys();
        for (FormDefinition.Component c : form.components()) {
            if (c.hide() == null) {
                continue;
            }
            try {
                for (String v : FeelCondition.parse(c.hide()).variables()) {
                    if (!keys.contains(v)) {
                        context.put(v, jsonValue(values.get(v)));
                    }
                }
            } catch (FeelCondition.Unsupported ignored) {
                // reported where the component is drawn
            }
        }
        return context.isEmpty() ? null : json(context);
    }

    private void component(FormDefinition.Component c) {
        if (!c.supported()) {
            unsupportedNote(c);
            return;
        }
        if ("text".equals(c.type())) {
            html.append("<div class=\"form-text\">").append(markdown(c.text())).append("</div>");
            return;
        }
        boolean hide = false;
        String hideAttr = null;
        if (c.hide() != null && !c.hide().isBlank()) {
            try {
                FeelCondition condition = FeelCondition.parse(c.hide());
                hide = condition.isTrue(this::conditionValue);
                hideAttr = c.hide();
            } catch (FeelCondition.Unsupported e) {
                unevaluated.add(c.hide());
            }
        }
        String id = fieldId(c.key());
        boolean group = !c.displayOnly() && "radio".equals(c.type());
        html.append(group ? "<fieldset" : "<div").append(" class=\"form-field form-").append(esc(c.type()))
                .append(c.displayOnly() ? " form-readonly" : "").append("\" id=\"").append(id).append("-field\"")
                .append(" data-key=\"").append(esc(c.key())).append('"');
        if (hideAttr != null) {
            html.append(" data-hide=\"").append(esc(hideAttr)).append('"');
        }
        if (c.displayOnly()) {
            html.append(" data-value=\"").append(esc(json(jsonValue(values.get(c.key()))))).append('"');
        }
        if (hide) {
            html.append(" hidden");
        }
        if (group) {
            String described = describedBy(c, id);
            if (described != null) {
                html.append(" aria-describedby=\"").append(described).append('"');
            }
        }
        html.append('>');
        if (c.displayOnly()) {
            readonly(c, id);
        } else {
            switch (c.type()) {
                case "textfield" -> input(c, id, "text", hide);
                case "number" -> input(c, id, "number", hide);
                case "datetime" -> input(c, id, "date", hide);
                case "textarea" -> textarea(c, id, hide);
                case "checkbox" -> checkbox(c, id, hide);
                case "radio" -> radio(c, id, hide);
                case "select" -> select(c, id, hide);
                default -> throw new IllegalStateException(c.type());
            }
        }
        html.append(group ? "</fieldset>" : "</div>");
        if (c.hide() != null && unevaluated.contains(c.hide())) {
            html.append("<p class=\"muted form-note\">")
                    .append(esc(messages.get("form.conditionNotEvaluated", c.hide()))).append("</p>");
        }
    }

    private Object conditionValue(String key) {
        return FormValues.comparable(values.get(key));
    }

    private void unsupportedNote(FormDefinition.Component c) {
        String name = c.label() != null && !c.label().isBlank() ? c.label() : c.key() != null ? c.key() : c.id();
        String type = c.type() == null ? "?" : c.type() + (c.subtype() == null ? "" : " (" + c.subtype() + ")");
        unsupported.add(type);
        if (c.key() != null) {
            completable = false;
        }
        html.append("<div class=\"notice form-unsupported\" role=\"note\" data-type=\"").append(esc(c.type()))
                .append("\">").append(esc(messages.get("form.unsupported", name == null ? "" : name, type)))
                .append("</div>");
    }

    // ------------------------------------------------------------------------------------------ fields

    private void label(FormDefinition.Component c, String id) {
        html.append("<label for=\"").append(id).append("\">").append(esc(labelText(c)));
        requiredMark(c);
        html.append("</label>");
    }

    private String labelText(FormDefinition.Component c) {
        return c.label() == null || c.label().isBlank() ? c.key() : c.label();
    }

    private void requiredMark(FormDefinition.Component c) {
        if (c.required() && !c.displayOnly()) {
            html.append(" <span class=\"required-mark\">").append(esc(messages.get("form.required"))).append("</span>");
        }
    }

    private void hintAndError(FormDefinition.Component c, String id) {
        if (c.description() != null && !c.description().isBlank()) {
            html.append("<p class=\"hint\" id=\"").append(id).append("-hint\">").append(esc(c.description())).append("</p>");
        }
        String error = errors.get(c.key());
        if (error != null) {
            html.append("<p class=\"field-error\" id=\"").append(id).append("-error\">").append(esc(error)).append("</p>");
        }
    }

    private String describedBy(FormDefinition.Component c, String id) {
        List<String> ids = new ArrayList<>();
        if (c.description() != null && !c.description().isBlank()) {
            ids.add(id + "-hint");
        }
        if (errors.containsKey(c.key())) {
            ids.add(id + "-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    /** Attributes common to an input: name, required, describedby, invalid, disabled when hidden. */
    private void common(FormDefinition.Component c, String id, boolean hidden) {
        html.append(" id=\"").append(id).append("\" name=\"").append(esc(c.key())).append('"');
        if (c.required()) {
            html.append(" required aria-required=\"true\"");
        }
        String described = describedBy(c, id);
        if (described != null) {
            html.append(" aria-describedby=\"").append(described).append('"');
        }
        if (errors.containsKey(c.key())) {
            html.append(" aria-invalid=\"true\"");
        }
        if (hidden) {
            html.append(" disabled");
        }
        autofocus(hidden);
    }

    private void autofocus(boolean hidden) {
        if (!focusGiven && !hidden && errors.isEmpty()) {
            html.append(" autofocus");
            focusGiven = true;
        }
    }

    private String shown(FormDefinition.Component c) {
        if (entered.containsKey(c.key())) {
            String v = entered.get(c.key());
            return v == null ? "" : v;
        }
        Object v = values.containsKey(c.key()) ? values.get(c.key()) : c.defaultValue();
        return FormValues.text(v);
    }

    private void input(FormDefinition.Component c, String id, String type, boolean hidden) {
        label(c, id);
        html.append("<input type=\"").append(type).append('"');
        common(c, id, hidden);
        html.append(" value=\"").append(esc(shown(c))).append('"');
        if ("number".equals(type)) {
            int digits = c.decimalDigits() == null ? -1 : c.decimalDigits();
            html.append(" inputmode=\"decimal\" step=\"")
                    .append(digits < 0 ? "any" : BigDecimal.ONE.movePointLeft(digits).toPlainString()).append('"');
            BigDecimal min = c.htmlMin();
            if (min != null) {
                html.append(" min=\"").append(min.toPlainString()).append('"');
            }
            BigDecimal max = bound(c.maxFrom(), c.max());
            if (max != null && max != c.max() && "true".equals(c.properties().get("maxExclusive"))) {
                max = max.subtract(BigDecimal.ONE.movePointLeft(Math.max(digits, 2)));
            }
            if (max != null) {
                html.append(" max=\"").append(max.toPlainString()).append('"');
            }
        } else if ("date".equals(type)) {
            if (c.disallowPassedDates()) {
                html.append(" min=\"").append(today).append('"');
            }
        } else {
            lengths(c);
            if (c.pattern() != null) {
                html.append(" pattern=\"").append(esc(c.pattern())).append('"');
            }
        }
        html.append('>');
        hintAndError(c, id);
    }

    /** A bound a case variable sets (the statutory maximum), else the form's own. */
    private BigDecimal bound(String variable, BigDecimal fallback) {
        Object v = variable == null ? null : values.get(variable);
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        if (v instanceof String text && !text.isBlank()) {
            try {
                return new BigDecimal(text.strip()).stripTrailingZeros();
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    private void lengths(FormDefinition.Component c) {
        if (c.maxLength() != null) {
            html.append(" maxlength=\"").append(c.maxLength()).append('"');
        }
        if (c.minLength() != null) {
            html.append(" minlength=\"").append(c.minLength()).append('"');
        }
    }

    private void textarea(FormDefinition.Component c, String id, boolean hidden) {
        label(c, id);
        html.append("<textarea rows=\"4\"");
        common(c, id, hidden);
        lengths(c);
        html.append('>').append(esc(shown(c))).append("</textarea>");
        hintAndError(c, id);
    }

    private void checkbox(FormDefinition.Component c, String id, boolean hidden) {
        html.append("<div class=\"check\"><input type=\"checkbox\" value=\"true\"");
        common(c, id, hidden);
        if ("true".equalsIgnoreCase(shown(c))) {
            html.append(" checked");
        }
        html.append('>');
        label(c, id);
        html.append("</div>");
        hintAndError(c, id);
    }

    private void radio(FormDefinition.Component c, String id, boolean hidden) {
        html.append("<legend>").append(esc(labelText(c)));
        requiredMark(c);
        html.append("</legend>");
        String current = shown(c);
        int i = 0;
        for (FormDefinition.Option o : c.values()) {
            String optionId = id + "-" + i++;
            html.append("<div class=\"option\"><input type=\"radio\"");
            if (i == 1) {
                autofocus(hidden); // the group's first option: arrow keys move within the group
            }
            html.append(" id=\"").append(optionId).append("\" name=\"")
                    .append(esc(c.key())).append("\" value=\"").append(esc(o.value())).append('"');
            if (c.required()) {
                html.append(" required");
            }
            if (errors.containsKey(c.key())) {
                html.append(" aria-invalid=\"true\"");
            }
            if (hidden) {
                html.append(" disabled");
            }
            if (o.value().equals(current)) {
                html.append(" checked");
            }

            html.append("><label for=\"").append(optionId).append("\">").append(esc(o.label())).append("</label></div>");
        }
        hintAndError(c, id);
    }

    private void select(FormDefinition.Component c, String id, boolean hidden) {
        label(c, id);
        html.append("<select");
        common(c, id, hidden);
        html.append("><option value=\"\">").append(esc(messages.get("form.choose"))).append("</option>");
        String current = shown(c);
        for (FormDefinition.Option o : c.values()) {
            html.append("<option value=\"").append(esc(o.value())).append('"');
            if (o.value().equals(current)) {
                html.append(" selected");
            }
            html.append('>').append(esc(o.label())).append("</option>");
        }
        html.append("</select>");
        hintAndError(c, id);
    }

    /** A disabled or read-only field: its label and its value as text, not an input. */
    private void readonly(FormDefinition.Component c, String id) {
        Object value = values.get(c.key());
        String text;
        if (value == null || FormValues.text(value).isEmpty()) {
            text = null;
        } else if ("checkbox".equals(c.type())) {
            boolean on = value instanceof Boolean b ? b : "true".equalsIgnoreCase(value.toString());
            text = messages.get(on ? "form.yes" : "form.no");
        } else if ("radio".equals(c.type()) || "select".equals(c.type())) {
            text = c.optionLabel(FormValues.text(value));
        } else {
            text = FormValues.text(value);
            text = FormValues.readable(c, text, messages);
        }
        html.append("<span class=\"field-label\" id=\"").append(id).append("-label\">").append(esc(labelText(c)))
                .append("</span>");
        html.append(" <span class=\"field-value").append(text == null ? " muted" : "").append("\">");
        if (text == null) {
            html.append(esc(messages.get("form.notStated")));
        } else {
            html.append(esc(text).replace("\n", "<br>"));
        }
        html.append("</span>");
        if (c.description() != null && !c.description().isBlank()) {
            html.append("<p class=\"hint\">").append(esc(c.description())).append("</p>");
        }
    }

    // ------------------------------------------------------------------------------------------ text components

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /**
     * The markdown our forms' text components use: {@code #} headings (drawn from h3 down, below the page's own
     * headings), paragraphs, line breaks, bullet lists, bold, italic and code. Everything is escaped first, so any
     * other markup in the text is shown as text.
     */
    public static String markdown(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        List<String> list = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            Matcher heading = HEADING.matcher(line.strip());
            Matcher bullet = BULLET.matcher(line);
            if (line.isBlank()) {
                flush(out, paragraph, list);
            } else if (heading.matches()) {
                flush(out, paragraph, list);
                int level = Math.min(6, Math.max(3, heading.group(1).length()));
                out.append("<h").append(level).append('>').append(inline(heading.group(2))).append("</h").append(level)
                        .append('>');
            } else if (bullet.matches() && !line.strip().startsWith("**")) {
                if (!paragraph.isEmpty()) {
                    flush(out, paragraph, List.of());
                }
                list.add(bullet.group(1));
            } else {
                if (!list.isEmpty()) {
                    flush(out, List.of(), list);
                }
                paragraph.add(line.strip());
            }
        }
        flush(out, paragraph, list);
        return out.toString();
    }

    private static void flush(StringBuilder out, List<String> paragraph, List<String> list) {
        if (!paragraph.isEmpty()) {
            out.append("<p>");
            for (int i = 0; i < paragraph.size(); i++) {
                if (i > 0) {
                    out.append("<br>");
                }
                out.append(inline(paragraph.get(i)));
            }
            out.append("</p>");
            paragraph.clear();
        }
        if (!list.isEmpty()) {
            out.append("<ul>");
            list.forEach(item -> out.append("<li>").append(inline(item)).append("</li>"));
            out.append("</ul>");
            list.clear();
        }
    }

    private static String inline(String text) {
        String s = esc(text);
        s = CODE.matcher(s).replaceAll(m -> "<code>" + Matcher.quoteReplacement(m.group(1)) + "</code>");
        s = BOLD.matcher(s).replaceAll(m -> "<strong>"
                + Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)) + "</strong>");
        s = ITALIC.matcher(s).replaceAll(m -> "<em>" + Matcher.quoteReplacement(m.group(1)) + "</em>");
        return s;
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** The id of a field's input: {@code tf-} and the key with anything but letters, digits, - and _ replaced. */
    public static String fieldId(String key) {
        return "tf-" + (key == null ? "" : key.replaceAll("[^A-Za-z0-9_-]", "_"));
    }

    private static Object jsonValue(Object value) {
        Object v = FormValues.comparable(value);
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Number) {
            return v;
        }
        return v.toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A map of the values for the renderer: the variables, then the typed values entered on top. */
    public static Map<String, Object> overlay(Map<String, Object> variables, Map<String, Object> typed) {
        Map<String, Object> all = new HashMap<>(variables);
        all.putAll(typed);
        return all;
    }
}
