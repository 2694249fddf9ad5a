package gov.fpf.casenotes;

import java.util.Map;

import org.springframework.http.HttpStatus;

import gov.fpf.system.Problems;

/**
 * A note or an upload refused for what was sent (400) or its size (413), naming the form fields at fault so the page
 * can show each message next to its field; the API answers it as a problem like every refusal, its detail naming the
 * fields. Nothing is stored.
 */
public class NotesRefusal extends Problems.Refusal {

    private final HttpStatus status;
    private final Map<String, String> fieldErrors;

    NotesRefusal(HttpStatus status, String title, Map<String, String> fieldErrors) {
        super(title, detail(fieldErrors));
        this.status = status;
        this.fieldErrors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fieldErrors));
    }

    /** Field (text, file, category, description) to message, in the form's order. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    private static String detail(Map<String, String> errors) {
        StringBuilder b = new StringBuilder();
        errors.forEach((field, message) -> b.append(b.isEmpty() ? "" : " ").append(field).append(": ").append(message));
        return b.toString();
    }
}
