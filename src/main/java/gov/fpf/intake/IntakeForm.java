package gov.fpf.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

/**
 * What the officer entered on an intake page, as text (so it is shown again exactly as typed), and the errors found
 * on it by field. Reading a typed value records an error on the field when the text is not of that type and gives
 * null, so the request record is still built and its own checks run on the rest.
 */
final class IntakeForm {

    /** "field: message", "items[2].quantity: message" or "items[2] quantity: message" at the start of a refusal. */
    private static final Pattern FIELD_PREFIX = Pattern.compile("^([a-zA-Z]+)(?:\\[(\\d+)\\][. ]?([a-zA-Z]+))?:\\s*(.+)$",
            Pattern.DOTALL);

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final IntakeMessages messages;
    /** The page rows of the items the request holds, in order (blank rows are not sent). */
    private List<Integer> itemRows = List.of();

    IntakeForm(MultiValueMap<String, String> params, IntakeMessages messages) {
        this.messages = messages;
        if (params != null) {
            params.forEach((name, list) -> {
                if (list != null && !list.isEmpty() && !"_csrf".equals(name)) {
                    values.put(name, list.get(list.size() - 1));
                }
            });
        }
    }

    void itemRows(List<Integer> rows) {
        this.itemRows = List.copyOf(rows);
    }

    /** A request's "items[k].x" as the page row's field; anything else unchanged. */
    String pageField(String property) {
        Matcher m = Pattern.compile("items\\[(\\d+)\\]\\.(\\w+).*").matcher(property);
        if (m.matches()) {
            int k = Integer.parseInt(m.group(1));
            return "items[" + (k < itemRows.size() ? itemRows.get(k) : k) + "]." + m.group(2);
        }
        return property;
    }

    static String fieldId(String name) {
        return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-");
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, String> errors() {
        return errors;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    String raw(String name) {
        return values.get(name);
    }

    void set(String name, String value) {
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
    }

    /** The first error on a field is the one shown. */
    void error(String name, String message) {
        errors.putIfAbsent(name, message);
    }

    String text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            error(name, messages.get("intake.error.date"));
            return null;
        }
    }

    BigDecimal money(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.replace(",", "").replace("$", "").strip());
        } catch (NumberFormatException e) {
            error(name, messages.get("intake.error.money"));
            return null;
        }
    }

    Integer integer(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.replace(",", ""));
        } catch (NumberFormatException e) {
            error(name, messages.get("intake.error.integer"));
            return null;
        }
    }

    /** A yes/no question: "true", "false", or not answered (null). */
    Boolean yesNo(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        if ("true".equals(v) || "false".equals(v)) {
            return Boolean.valueOf(v);
        }
        error(name, messages.get("intake.error.choice"));
        return null;
    }

    /** A checkbox: ticked or not. */
    boolean checked(String name) {
        return text(name) != null;
    }

    /** An enum choice; an unknown value is an error on the field. */
    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            error(name, messages.get("intake.error.choice"));
            return null;
        }
    }

    /** A list entered one per line or separated by commas or semicolons; null when empty. */
    List<String> lines(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String part : v.split("[\\r\\n,;]+")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * Puts a service's refusal on the field it names ("field: why", as the API's details start), mapped through
     * {@code fieldOf} (a record property to the page's field name, or null when the page has no such field).
     * Returns true when it was placed on a field.
     */
    boolean placeRefusal(String detail, java.util.function.Function<String, String> fieldOf) {
        if (detail == null) {
            return false;
        }
        Matcher m = FIELD_PREFIX.matcher(detail.strip());
        if (!m.matches()) {
            return false;
        }
        String property = m.group(2) == null ? m.group(1) : m.group(1) + "[" + m.group(2) + "]." + m.group(3);
        String field = fieldOf.apply(property);
        if (field == null) {
            return false;
        }
        error(field, m.group(4));
        return true;
    }
}
