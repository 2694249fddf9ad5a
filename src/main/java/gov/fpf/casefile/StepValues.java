package gov.fpf.casefile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import gov.fpf.system.Problems;

/**
 * Reading what a task's form submitted and writing the dates a model's timers wait on, the same way for every case
 * family: Tasklist submits dates as yyyy-MM-dd text and checkboxes as booleans or "true", Java callers pass typed
 * values. The dates a model's timers wait on come from the case's office calendar ({@code OfficeCalendar}).
 */
public final class StepValues {

    private StepValues() {
    }

    /** A calendar date from a form value (yyyy-MM-dd text, a Date or a LocalDate); null when empty. */
    public static LocalDate calendarDate(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        String s = value.toString();
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new Problems.InvalidInput(field + ": '" + s + "' is not a date (yyyy-MM-dd).");
        }
    }

    /** Text from a form value, trimmed; null when absent or blank. */
    public static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** A checkbox: true for Boolean.TRUE or the text "true". */
    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : "true".equalsIgnoreCase(String.valueOf(value));
    }
}
