package gov.fpf.casepage;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.fpf.casefile.CaseView;
import gov.fpf.rules.penalties.PenaltyMaximums;

/**
 * The computation trace as an officer reads it: amounts as money, counts with separators, and the parameter a step
 * used as "name in words: value, in force from date (citation)", marked unverified when its confidence is not
 * verified, with no internal row number. A maximum's closing "Maximum penalty" line that repeats the line which
 * computed it is folded into that line. The stored trace is not changed: this is only how it is shown.
 */
final class TraceView {

    /** One shown line. */
    record Row(String step, String value, String rule, String citation, String parameter) {
    }

    /** As {@code ParameterValue.reference()} writes it: "name = value UNIT (in force from date, row N, CONFIDENCE)". */
    private static final Pattern REFERENCE = Pattern.compile(
            "^(\\S+) = (-?[0-9.]+) ([A-Z_]+) \\(in force from (\\S+), row \\d+, ([A-Za-z]+)\\)$");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+\\.\\d{2}");
    private static final Pattern COUNT = Pattern.compile("-?\\d{4,}");

    private final BiFunction<String, Object[], String> messages;

    /** @param messages a message by key and arguments; null when the key has no message */
    TraceView(BiFunction<String, Object[], String> messages) {
        this.messages = messages;
    }

    List<Row> rows(List<CaseView.Computation> steps) {
        List<Row> rows = new ArrayList<>();
        CaseView.Computation lastMaximum = null;
        for (CaseView.Computation s : steps) {
            if (PenaltyMaximums.MAXIMUM_STEP.equals(s.step()) && lastMaximum != null
                    && lastMaximum.value().equals(s.value())) {
                lastMaximum = null;
                continue; // the line that computed the maximum already says it
            }
            if (s.step() != null && s.step().startsWith("Maximum") && !PenaltyMaximums.MAXIMUM_STEP.equals(s.step())) {
                lastMaximum = s;
            }
            rows.add(new Row(s.step(), value(s.value()), s.rule(), s.citation(), parameter(s.parameter(), s.citation())));
        }
        return rows;
    }

    /** "40000.00" → "$40,000.00"; "1400" → "1,400"; a date or a text as it is. */
    static String value(String value) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        if (AMOUNT.matcher(v).matches()) {
            return NumberFormat.getCurrencyInstance(Locale.US).format(new BigDecimal(v));
        }
        if (COUNT.matcher(v).matches()) {
            return NumberFormat.getIntegerInstance(Locale.US).format(Long.parseLong(v));
        }
        return value;
    }

    /** The parameter in words; a reference in another form is shown as stored. */
    String parameter(String reference, String citation) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        Matcher m = REFERENCE.matcher(reference.strip());
        if (!m.matches()) {
            return reference;
        }
        String name = m.group(1);
        String words = message("glance.param." + name);
        if (words == null) {
            words = humanize(name);
        }
        String shown = message("glance.trace.parameter", words, amount(m.group(2), m.group(3)), m.group(4),
                citation == null || citation.isBlank() ? "" : citation);
        if (!"V".equalsIgnoreCase(m.group(5))) {
            shown = message("glance.trace.unverified", shown);
        }
        return shown;
    }

    /** The parameter's value with its unit in words: "$1,000.00", "50%", "30 days", "× 2". */
    private String amount(String number, String unit) {
        BigDecimal v = new BigDecimal(number);
        return switch (unit) {
            case "USD" -> NumberFormat.getCurrencyInstance(Locale.US).format(v);
            case "SHARE" -> v.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            case "COUNT" -> "× " + v.stripTrailingZeros().toPlainString();
            default -> {
                String u = message("label.LegalParameter.Unit." + unit);
                yield v.stripTrailingZeros().toPlainString() + " " + (u == null ? unit.toLowerCase(Locale.ROOT) : u);
            }
        };
    }

    private String message(String key, Object... args) {
        return messages.apply(key, args);
    }

    /** "penalty.1592.negligence.lor-multiple" → "penalty 1592 negligence loss of revenue multiple". */
    static String humanize(String name) {
        String words = (" " + name.replace('.', ' ').replace('-', ' ') + " ")
                .replace(" lor ", " loss of revenue ")
                .replace(" ppn ", " pre-penalty notice ")
                .replace(" sol ", " statute of limitations ")
                .replace(" ld ", " liquidated damages ")
                .replace(" fpf ", " FPF ")
                .replace(" doj ", " DOJ ")
                .replace(" cafra ", " CAFRA ")
                .replace(" isf ", " ISF ")
                .replace(" tib ", " TIB ")
                .replace(" msrp ", " MSRP ");
        return words.strip();
    }
}
