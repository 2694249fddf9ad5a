package gov.fpf.liquidateddamages.imports;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.fpf.liquidateddamages.LdCaseService.NewLdCase;
import gov.fpf.system.Problems;

/**
 * A file of breaches as the import reads it, CSV or JSON, before anything is stored. What makes the whole file
 * unusable (empty, an unknown column, broken JSON, a quoted field never closed, too many rows) is refused at once;
 * a line that cannot be read (a bad date, a word where a number belongs) becomes a {@link Line} with its problem, so
 * it is reported with its line number and never stops the others.
 *
 * <p>Line numbers: in a CSV file the physical line the record starts on (the header is line 1); in JSON the 1-based
 * position in the array.
 */
record BreachFile(Format format, List<Line> lines) {

    enum Format { CSV, JSON }

    /** The fields a breach may have, as the API's POST /api/v1/liquidated-damages-cases names them. */
    static final List<String> FIELDS = List.of("bondNumber", "bondId", "breach", "breachDate", "entryNumber",
            "merchandiseValue", "restricted", "withheldDuty", "unpaidDuties", "estimatedDuties", "daysLate", "defaults",
            "firstViolation", "estimatedFees", "tibSubheading");

    /**
     * One breach of the file: the bond as the file names it (number, id or both), the breach as a request without its
     * bond id (the import resolves the bond), or the reason the line cannot be read.
     */
    record Line(int lineNo, String bondNumber, Long bondId, NewLdCase breach, String problem) {

        boolean readable() {
            return problem == null;
        }
    }

    /** What the whole file may hold. */
    record Limits(int maxRows) {
    }

    private static final Pattern BOND_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final Pattern ENTRY_NUMBER = Pattern.compile("[A-Za-z0-9-]{3,32}");
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("-?\\$?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED_AMOUNT = Pattern.compile("-?\\$?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    /** Reads the file in the given format; the caller decides the format (see {@link #formatOf}). */
    static BreachFile read(byte[] content, Format format, Limits limits, ObjectMapper json) {
        String text = text(content);
        if (text.isBlank()) {
            throw new Problems.InvalidInput("The file is empty: send a CSV file with a header line and one breach per"
                    + " line, or a JSON array of breaches. Nothing was imported.");
        }
        List<Line> lines = format == Format.CSV ? csv(text, limits) : json(text, limits, json);
        if (lines.isEmpty()) {
            throw new Problems.InvalidInput(format == Format.CSV
                    ? "The file has a header but no breaches: add one breach per line after the header. Nothing was imported."
                    : "The file holds no breaches: the JSON array is empty. Nothing was imported.");
        }
        return new BreachFile(format, List.copyOf(lines));
    }

    /**
     * The format a file is in: JSON when its type says so (or it is named *.json), CSV when its type or name says so;
     * otherwise JSON when it starts like JSON ('[' or '{'), else CSV.
     */
    static Format formatOf(String contentType, String fileName, byte[] content) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json") || type.endsWith("+json") || name.endsWith(".json")) {
            return Format.JSON;
        }
        if (type.startsWith("text/csv") || type.startsWith("application/csv") || name.endsWith(".csv")) {
            return Format.CSV;
        }
        for (byte b : content) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '[' || b == '{' ? Format.JSON : Format.CSV;
            }
        }
        return Format.CSV;
    }

    private static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Problems.InvalidInput("The file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8 in a spreadsheet)"
                    + " and send it again. Nothing was imported.");
        }
    }

    private static void checkRowCount(int rows, Limits limits) {
        if (rows > limits.maxRows()) {
            throw new LdImportService.FileTooLarge("The file has more than " + limits.maxRows() + " breaches; split"
                    + " it into files of at most " + limits.maxRows() + ". Nothing was imported.");
        }
    }

    // ------------------------------------------------------------------------------------------------ CSV

    /** A CSV record: the line it starts on, its fields, and what is wrong with its quoting, if anything. */
    record CsvRecord(int lineNo, List<String> fields, String problem) {

        boolean blank() {
            return problem == null && fields.stream().allMatch(f -> f.isBlank());
        }
    }

    private static List<Line> csv(String text, Limits limits) {
        List<CsvRecord> records = csvRecords(text);
        Iterator<CsvRecord> it = records.iterator();
        CsvRecord header = null;
        while (it.hasNext() && header == null) {
            CsvRecord r = it.next();
            if (!r.blank()) {
                header = r;
            }
        }
        if (header == null) {
            throw new Problems.InvalidInput("The file is empty. Nothing was imported.");
        }
        List<String> columns = header(header);
        List<Line> lines = new ArrayList<>();
        while (it.hasNext()) {
            CsvRecord r = it.next();
            if (r.blank()) {
                continue;
            }
            checkRowCount(lines.size() + 1, limits);
            if (r.problem() != null) {
                lines.add(unreadable(r.lineNo(), r.problem()));
            } else if (r.fields().size() != columns.size()) {
                lines.add(unreadable(r.lineNo(), "the line has " + r.fields().size() + " fields but the header has "
                        + columns.size() + " (" + String.join(",", columns) + "); quote a value that contains a comma"));
            } else {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i), r.fields().get(i));
                }
                lines.add(line(r.lineNo(), values, List.of()));
            }
        }
        return lines;
    }

    /** The header's columns by their canonical names; unknown, repeated or missing columns refuse the file. */
    private static List<String> header(CsvRecord header) {
        if (header.problem() != null) {
            throw new Problems.InvalidInput("Line " + header.lineNo() + " (the header): " + header.problem()
                    + ". Nothing was imported.");
        }
        Map<String, String> known = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        FIELDS.forEach(f -> known.put(f, f));
        List<String> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : header.fields()) {
            String name = raw.strip();
            String column = known.get(name);
            if (column == null) {
                unknown.add(name.isEmpty() ? "without a name (column " + (columns.size() + 1) + ")" : "'" + name + "'");
            } else if (!seen.add(column)) {
                throw new Problems.InvalidInput("The header names the column " + column + " twice. Nothing was imported.");
            }
            columns.add(column);
        }
        if (!unknown.isEmpty()) {
            String hint = header.fields().size() == 1 && header.fields().get(0).contains(";")
                    ? " Separate the columns with commas, not semicolons." : "";
            throw new Problems.InvalidInput("Unknown column" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + " in the header (line " + header.lineNo() + "). Known columns: " + String.join(", ", FIELDS) + "."
                    + hint + " Nothing was imported.");
        }
        requireColumns(seen, "the header");
        return columns;
    }

    private static void requireColumns(Set<String> present, String where) {
        List<String> missing = new ArrayList<>();
        if (!present.contains("bondNumber") && !present.contains("bondId")) {
            missing.add("bondNumber (or bondId)");
        }
        for (String required : List.of("breach", "breachDate")) {
            if (!present.contains(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new Problems.InvalidInput(where.substring(0, 1).toUpperCase(Locale.ROOT) + where.substring(1)
                    + " lacks " + String.join(", ", missing) + ", which every breach needs. Nothing was imported.");
        }
    }

    /**
     * Splits the text into records (RFC 4180): fields separated by commas, a field in double quotes may hold commas,
     * line breaks and doubled quotes. Line breaks are LF, CRLF or CR. A quoted field that is never closed refuses the
     * file, since everything after it would be read as one value.
     */
    static List<CsvRecord> csvRecords(String text) {
        List<CsvRecord> records = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        StringBuilder field = new StringBuilder();
        while (i < n) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            String problem = null;
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i < n && text.charAt(i) == '"') {
                    int quoteLine = line;
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c == '\n' || c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n')) {
                            line++;
                        }
                        field.append(c);
                        i++;
                    }
                    if (!closed) {
                        throw new Problems.InvalidInput("Line " + quoteLine + ": a quoted field is opened and never"
                                + " closed, so the rest of the file cannot be read. Close the quote (a quote inside a"
                                + " quoted field is written twice: \"\"). Nothing was imported.");
                    }
                    while (i < n && !endOfField(text.charAt(i))) {
                        if (problem == null && !Character.isWhitespace(text.charAt(i))) {
                            problem = "text after the closing quote of field " + (fields.size() + 1)
                                    + "; quote the whole value";
                        }
                        i++;
                    }
                } else {
                    while (i < n && !endOfField(text.charAt(i))) {
                        char c = text.charAt(i);
                        if (c == '"' && problem == null) {
                            problem = "a quote inside the unquoted field " + (fields.size() + 1) + "; put the whole value"
                                    + " in quotes and write a quote inside it twice";
                        }
                        field.append(c);
                        i++;
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i >= n) {
                    endOfRecord = true;
                } else if (text.charAt(i) == ',') {
                    i++;
                    if (i >= n) {
                        fields.add("");
                        endOfRecord = true;
                    }
                } else {
                    i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    endOfRecord = true;
                }
            }
            records.add(new CsvRecord(startLine, fields, problem));
        }
        return records;
    }

    private static boolean endOfField(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }

    // ------------------------------------------------------------------------------------------------ JSON

    private static List<Line> json(String text, Limits limits, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
        } catch (JsonProcessingException e) {
            throw new Problems.InvalidInput("The file is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")") + ". Nothing was imported.");
        }
        JsonNode breaches = root;
        if (root != null && root.isObject()) {
            List<String> other = new ArrayList<>();
            root.fieldNames().forEachRemaining(name -> {
                if (!"breaches".equals(name)) {
                    other.add(name);
                }
            });
            if (!other.isEmpty() || !root.has("breaches")) {
                throw new Problems.InvalidInput("A JSON file is an array of breaches, or an object with the one field"
                        + " 'breaches' holding that array" + (other.isEmpty() ? "" : "; unknown field(s) " + other)
                        + ". Nothing was imported.");
            }
            breaches = root.get("breaches");
        }
        if (breaches == null || !breaches.isArray()) {
            throw new Problems.InvalidInput("A JSON file is an array of breaches, or {\"breaches\": [...]}. Nothing was"
                    + " imported.");
        }
        checkRowCount(breaches.size(), limits);
        Map<String, Integer> unknown = new LinkedHashMap<>();
        for (int i = 0; i < breaches.size(); i++) {
            int index = i + 1;
            JsonNode element = breaches.get(i);
            if (element.isObject()) {
                element.fieldNames().forEachRemaining(name -> {
                    if (!FIELDS.contains(name)) {
                        unknown.putIfAbsent(name, index);
                    }
                });
            }
        }
        if (!unknown.isEmpty()) {
            List<String> named = new ArrayList<>();
            unknown.forEach((name, index) -> named.add("'" + name + "' (first in breach " + index + ")"));
            throw new Problems.InvalidInput("Unknown field" + (named.size() > 1 ? "s " : " ") + String.join(", ", named)
                    + ". Known fields: " + String.join(", ", FIELDS) + ". Nothing was imported.");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < breaches.size(); i++) {
            JsonNode element = breaches.get(i);
            int lineNo = i + 1;
            if (!element.isObject()) {
                lines.add(unreadable(lineNo, "breach " + lineNo + " is not a JSON object"));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            element.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if (v.isNull()) {
                    values.put(e.getKey(), null);
                } else if (v.isContainerNode()) {
                    problems.add(e.getKey() + ": must be a single value, not " + (v.isArray() ? "an array" : "an object"));
                } else if (v.isBigDecimal() || v.isFloatingPointNumber()) {
                    values.put(e.getKey(), v.decimalValue().toPlainString());
                } else {
                    values.put(e.getKey(), v.asText());
                }
            });
            lines.add(line(lineNo, values, problems));
        }
        return lines;
    }

    // ------------------------------------------------------------------------------------------------ one line

    private static Line unreadable(int lineNo, String problem) {
        return new Line(lineNo, null, null, null, problem);
    }

    /** Turns a line's values into a breach request, collecting every value that cannot be read. */
    private static Line line(int lineNo, Map<String, String> raw, List<String> earlierProblems) {
        Values v = new Values(raw, new ArrayList<>(earlierProblems));
        String bondNumber = v.text("bondNumber");
        if (bondNumber != null && !BOND_NUMBER.matcher(bondNumber).matches()) {
            v.problems.add("bondNumber: '" + bondNumber + "' is not a bond number (up to 32 letters, digits or hyphens)");
        }
        Long bondId = v.bondId();
        if (bondNumber == null && bondId == null && !v.problems.stream().anyMatch(p -> p.startsWith("bondId"))) {
            v.problems.add("bondNumber or bondId: name the bond the breach is claimed against");
        }
        String entryNumber = v.text("entryNumber");
        if (entryNumber != null && !ENTRY_NUMBER.matcher(entryNumber).matches()) {
            v.problems.add("entryNumber: '" + entryNumber + "' is not an entry number such as ABC-1234567-8");
        }
        NewLdCase breach = new NewLdCase(bondId, v.text("breach"), v.date("breachDate"), entryNumber,
                v.amount("merchandiseValue"), v.bool("restricted"), v.amount("withheldDuty"), v.amount("unpaidDuties"),
                v.amount("estimatedDuties"), v.integer("daysLate"), v.integer("defaults"), v.bool("firstViolation"), null,
                v.amount("estimatedFees"), v.text("tibSubheading"));
        if (!v.problems.isEmpty()) {
            return unreadable(lineNo, String.join("; ", v.problems));
        }
        return new Line(lineNo, bondNumber, bondId, breach, null);
    }

    /** The values of one line, read field by field; what cannot be read is noted and read as absent. */
    private record Values(Map<String, String> raw, List<String> problems) {

        String text(String field) {
            String value = raw.get(field);
            return value == null || value.isBlank() ? null : value.strip();
        }

        Long bondId() {
            String value = text("bondId");
            if (value == null) {
                return null;
            }
            try {
                long id = Long.parseLong(value);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add("bondId: '" + value + "' is not a bond id (a whole number above 0)");
            return null;
        }

        LocalDate date(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(field + ": '" + value + "' is not a date in the form YYYY-MM-DD");
                return null;
            }
        }

        /** Dollars: digits with an optional sign, '$' and thousands commas ("$12,500.00"); at most two decimals. */
        BigDecimal amount(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            if (!PLAIN_AMOUNT.matcher(value).matches() && !GROUPED_AMOUNT.matcher(value).matches()) {
                problems.add(field + ": '" + value + "' is not an amount in dollars such as 12500.00");
                return null;
            }
            BigDecimal amount = new BigDecimal(value.replace("$", "").replace(",", ""));
            if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
                problems.add(field + ": '" + value + "' has more than two decimals (dollars and cents)");
                return null;
            }
            if (amount.abs().compareTo(new BigDecimal("9999999999999.99")) > 0) {
                problems.add(field + ": '" + value + "' is larger than any amount the case file holds");
                return null;
            }
            return amount;
        }

        Integer integer(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            if (!INTEGER.matcher(value).matches()) {
                problems.add(field + ": '" + value + "' is not a whole number");
                return null;
            }
            return Integer.valueOf(value);
        }

        Boolean bool(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1" -> Boolean.TRUE;
                case "false", "no", "n", "0" -> Boolean.FALSE;
                default -> {
                    problems.add(field + ": '" + value + "' is not true or false");
                    yield null;
                }
            };
        }
    }
}
