package gov.fpf.forms;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

/** How process variable values read as text in a form, and as the values its conditions compare. */
public final class FormValues {

    private FormValues() {
    }

    /** The value as a form field shows it: dates as yyyy-MM-dd, numbers without exponent, null as empty. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
        }
        if (value instanceof LocalDate || value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return value.toString();
            }
            BigDecimal plain = new BigDecimal(value.toString()).stripTrailingZeros();
            return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
        }
        return value.toString();
    }

    /** The value as a condition sees it: dates become their yyyy-MM-dd text; everything else stays. */
    public static Object comparable(Object value) {
        if (value instanceof Date || value instanceof TemporalAccessor) {
            return text(value);
        }
        return value;
    }

    /** Read-only fields whose codes belong to an enum with words ({@code label.<Enum>.<CODE>}). */
    private static final Map<String, String> CODE_FIELDS = Map.of(
            "culpability", "Culpability",
            "decidingAuthority", "DecidingAuthority",
            "petitionOutcome", "Petition.Outcome",
            "breach", "LdBreach",
            "dispositionMethod", "DispositionMethod",
            "representationsOutcome", "PenaltyCaseProcess.Representations");

    /**
     * A read-only field's text as a person reads it: an amount (its label says "($", the forms' convention, e.g.
     * "Statutory maximum ($)") as money, a code in words; anything else as it is.
     */
    static String readable(FormDefinition.Component c, String text, FormMessages messages) {
        boolean amount = c.label() != null && c.label().contains("($");
        if (amount && text.matches("-?\\d+(\\.\\d+)?")) {
            return NumberFormat.getCurrencyInstance(Locale.US).format(new BigDecimal(text));
        }
        boolean code = CODE_FIELDS.containsKey(c.key()) ? text.matches("[A-Z][A-Z0-9_]*")
                : text.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
        return code ? messages.code(CODE_FIELDS.get(c.key()), text) : text;
    }
}
