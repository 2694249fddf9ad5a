package gov.fpf.forms;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camunda Form (form-js schema, as Camunda Modeler saves a {@code .form} file) read into the components our renderer
 * knows. A component of another type is kept with its type, label and key so the page can say it is not supported
 * instead of dropping it.
 */
public record FormDefinition(String id, List<Component> components) {

    /** The form-js component types this renderer draws. */
    public static final Set<String> SUPPORTED = Set.of("text", "textfield", "textarea", "number", "checkbox", "radio",
            "select", "datetime");

    /** Types whose value is entered by the officer (when neither disabled nor read-only). */
    public static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "radio", "select",
            "datetime");

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Option(String label, String value) {
    }

    /**
     * One component. {@code label} is the label a person sees ({@code dateLabel} for a date); {@code hide} the
     * {@code conditional.hide} expression, if any; {@code supported} false for a type (or date subtype, or dynamic
     * options) this renderer does not draw.
     */
    public record Component(String type, String id, String key, String label, String description, String text,
                            boolean disabled, boolean readonly, boolean required, Integer minLength, Integer maxLength,
                            BigDecimal min, BigDecimal max, String pattern, Integer decimalDigits, String subtype,
                            boolean disallowPassedDates, List<Option> values, Object defaultValue, String hide,
                            boolean supported, Map<String, String> properties) {

        /**
         * The variable whose value bounds a number from above where a rule sets the bound from the case (custom
         * property {@code maxFrom}, e.g. the statutory maximum); null when none. Tasklist ignores custom properties;
         * the service's rule is what refuses, this only tells the browser.
         */
        public String maxFrom() {
            return properties.get("maxFrom");
        }

        /** A lower bound for the browser stricter than {@code validate.min} (custom property {@code min}, "more than $0"). */
        public BigDecimal htmlMin() {
            String v = properties.get("min");
            if (v == null) {
                return min;
            }
            try {
                return new BigDecimal(v.strip());
            } catch (NumberFormatException e) {
                return min;
            }
        }

        /** Shown, never entered: disabled or read-only. */
        public boolean displayOnly() {
            return disabled || readonly;
        }

        /** The officer enters this value here. */
        public boolean isInput() {
            return supported && key != null && INPUTS.contains(type) && !displayOnly();
        }

        public String optionLabel(String value) {
            for (Option o : values) {
                if (o.value().equals(value)) {
                    return o.label();
                }
            }
            return value;
        }
    }

    public static FormDefinition parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.path("components").isArray()) {
                throw new IllegalArgumentException("Not a Camunda Form: no components.");
            }
            List<Component> components = new ArrayList<>();
            for (JsonNode c : root.path("components")) {
                components.add(component(c));
            }
            return new FormDefinition(text(root, "id"), List.copyOf(components));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a Camunda Form: " + e.getMessage(), e);
        }
    }

    /**
     * This form without the heading its first text component opens with when that heading is {@code title}: a page
     * that already prints the task's name above the form does not print it twice.
     */
    public FormDefinition withoutTitle(String title) {
        if (title == null || components.isEmpty() || !"text".equals(components.get(0).type())
                || components.get(0).text() == null) {
            return this;
        }
        Component first = components.get(0);
        String[] lines = first.text().strip().split("\\R", 2);
        String heading = lines[0].replaceFirst("^#{1,6}\\s+", "");
        if (heading.equals(lines[0]) || !heading.strip().equalsIgnoreCase(title.strip())) {
            return this;
        }
        String rest = lines.length > 1 ? lines[1].strip() : "";
        List<Component> kept = new ArrayList<>(components.subList(1, components.size()));
        if (!rest.isEmpty()) {
            kept.add(0, new Component(first.type(), first.id(), first.key(), first.label(), first.description(), rest,
                    first.disabled(), first.readonly(), first.required(), first.minLength(), first.maxLength(),
                    first.min(), first.max(), first.pattern(), first.decimalDigits(), first.subtype(),
                    first.disallowPassedDates(), first.values(), first.defaultValue(), first.hide(), first.supported(),
                    first.properties()));
        }
        return new FormDefinition(id, List.copyOf(kept));
    }

    /** Every key of a component that has one, in form order. */
    public List<String> keys() {
        return components.stream().map(Component::key).filter(k -> k != null).toList();
    }

    public List<Component> inputs() {
        return components.stream().filter(Component::isInput).toList();
    }

    private static Component component(JsonNode c) {
        String type = text(c, "type");
        String subtype = text(c, "subtype");
        JsonNode validate = c.path("validate");
        List<Option> values = new ArrayList<>();
        for (JsonNode v : c.path("values")) {
            values.add(new Option(v.path("label").asText(v.path("value").asText()), v.path("value").asText()));
        }
        boolean supported = type != null && SUPPORTED.contains(type);
        if ("datetime".equals(type) && !"date".equals(subtype)) {
            supported = false; // time and date-time pickers are not drawn here
        }
        if (("radio".equals(type) || "select".equals(type)) && values.isEmpty()) {
            supported = false; // options from a variable (valuesKey) or an expression
        }
        String label = "datetime".equals(type) ? firstText(c, "dateLabel", "label") : text(c, "label");
        Object defaultValue = null;
        JsonNode d = c.get("defaultValue");
        if (d != null && !d.isNull()) {
            defaultValue = d.isBoolean() ? (Object) d.booleanValue() : d.isNumber() ? d.decimalValue() : d.asText();
        }
        return new Component(type, text(c, "id"), text(c, "key"), label, text(c, "description"), text(c, "text"),
                c.path("disabled").asBoolean(false), c.path("readonly").asBoolean(false),
                validate.path("required").asBoolean(false), integer(validate, "minLength"), integer(validate, "maxLength"),
                decimal(validate, "min"), decimal(validate, "max"), text(validate, "pattern"), integer(c, "decimalDigits"),
                subtype, c.path("disallowPassedDates").asBoolean(false), List.copyOf(values), defaultValue,
                text(c.path("conditional"), "hide"), supported, properties(c.path("properties")));
    }

    private static Map<String, String> properties(JsonNode node) {
        Map<String, String> properties = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
        return Map.copyOf(properties);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            String v = text(node, f);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isNumber() ? null : v.intValue();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isNumber() ? null : v.decimalValue();
    }
}
