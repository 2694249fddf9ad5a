package gov.fpf.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/**
 * The field errors of an admin form, in form order, for the error summary (links to the fields) and the message next to
 * each field. A message is either a key of messages.properties ({@code admin.error.*}) or the text of a refusal of the
 * service (the same words the API answers with).
 */
public final class FieldErrors {

    /** one error: the field (its input's id and name), a message key or a text */
    public record Entry(String field, String key, String text) {
    }

    private final List<String> order;
    private final Map<String, Entry> byField = new LinkedHashMap<>();

    /** the form's fields in the order they appear, so the summary lists errors top to bottom */
    FieldErrors(String... order) {
        this.order = List.of(order);
    }

    FieldErrors key(String field, String key) {
        byField.putIfAbsent(field, new Entry(field, key, null));
        return this;
    }

    FieldErrors text(String field, String text) {
        byField.putIfAbsent(field, new Entry(field, null, text));
        return this;
    }

    /** Bean Validation's findings on a form record, each as the admin message of its constraint. */
    <T> FieldErrors violations(Set<ConstraintViolation<T>> violations, String prefix) {
        for (ConstraintViolation<T> v : violations) {
            String path = v.getPropertyPath().toString();
            String field = prefix != null && path.startsWith(prefix) ? path.substring(prefix.length()) : path;
            String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            switch (constraint) {
                case "NotBlank", "NotNull" -> key(field, "admin.error.required");
                case "Size" -> key(field, "admin.error.tooLong");
                case "Digits" -> key(field, "admin.error.digits");
                case "PositiveOrZero" -> key(field, "admin.error.notNegative");
                default -> text(field, v.getMessage());
            }
        }
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Entry get(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** the errors in form order (fields not in the order list last) */
    public List<Entry> entries() {
        List<Entry> sorted = new ArrayList<>();
        for (String field : order) {
            if (byField.containsKey(field)) {
                sorted.add(byField.get(field));
            }
        }
        byField.values().stream().filter(e -> !order.contains(e.field())).forEach(sorted::add);
        return sorted;
    }

    /** the ids an input is described by: its hint (when it has one) and its error (when there is one); null for none */
    public String describedBy(String field, boolean hasHint) {
        String ids = (hasHint ? field + "-hint " : "") + (has(field) ? field + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
