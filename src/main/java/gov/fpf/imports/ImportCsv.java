package gov.fpf.imports;

/**
 * The lines of an import as CSV (RFC 4180, quoted only when needed). A value a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) is defused with a leading quote: the file's own values (an
 * entry number, a reason quoting the file) come from whoever wrote the breach file.
 */
final class ImportCsv {

    private ImportCsv() {
    }

    static void header(StringBuilder out, ImportWords words) {
        out.append(String.join(",", field(words.text("imports.csv.line")), field(words.text("imports.csv.bond")),
                field(words.text("imports.csv.entry")), field(words.text("imports.csv.outcome")),
                field(words.text("imports.csv.reason")), field(words.text("imports.csv.case")))).append("\r\n");
    }

    static void row(StringBuilder out, ImportWords.LineRow line) {
        out.append(line.line()).append(',').append(field(line.bond())).append(',').append(field(line.entry()))
                .append(',').append(field(line.outcome())).append(',').append(field(line.reason())).append(',')
                .append(field(line.caseNumber())).append("\r\n");
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if ("=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
