package gov.fpf.casesearch;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 writes it (a cell with a comma, quote or line break is quoted, its quotes doubled; lines end in
 * CRLF), safe to open in a spreadsheet: a cell that begins with = + - @ (or a tab or carriage return) would be read as
 * a formula, so it is prefixed with a single quote and shown as the text it is.
 */
final class CaseCsv {

    private CaseCsv() {
    }

    static String line(List<String> cells) {
        return cells.stream().map(CaseCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = value;
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
