package gov.fpf.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dry run's rows as CSV (RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled, CRLF line
 * ends). A cell beginning with = + @ or a tab or carriage return would be a formula in a spreadsheet, so it gets a
 * leading single quote; a minus sign too, unless the cell is a number (a negative difference stays a number).
 */
final class WhatIfCsv {

    private WhatIfCsv() {
    }

    /**
     * @param header the column titles (field names for the API, labels for the page)
     * @param words  how a code (what changes, NONE, GOOD...) is written
     */
    static String of(WhatIfResult result, List<String> header, Function<String, String> words) {
        StringBuilder out = new StringBuilder(line(header));
        for (WhatIfResult.Change c : result.changes()) {
            List<String> cells = new ArrayList<>();
            cells.add(c.caseNumber());
            cells.add(words.apply("family." + c.family()));
            cells.add(c.officeCode());
            cells.add(words.apply("what." + c.what().name()));
            cells.add(c.subject());
            cells.add(value(c.before(), words));
            cells.add(value(c.after(), words));
            cells.add(c.difference() == null ? "" : c.difference().toPlainString());
            cells.add(words.apply("unit." + c.unit()));
            out.append(line(cells));
        }
        return out.toString();
    }

    static String value(Object v, Function<String, String> words) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (v instanceof String code) {
            return words.apply("value." + code);
        }
        return v.toString();
    }

    static String line(List<String> cells) {
        return cells.stream().map(WhatIfCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = value;
        char first = text.charAt(0);
        boolean number = text.matches("-?\\d+(\\.\\d+)?");
        if (!number && (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
