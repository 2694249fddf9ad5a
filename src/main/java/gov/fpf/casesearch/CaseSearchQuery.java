package gov.fpf.casesearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseStatus;

/**
 * One search of {@code /cases}, as its query string says it (so a view can be bookmarked): what is typed, the filters,
 * the sort and the page. {@link #parse} checks what may have been typed into the address bar; each value it refuses
 * is a {@link Problem} for the field, and the search is not run.
 *
 * @param q          the header's search box: a case number (prefix), a party name (contains), an entry or a bond number
 * @param caseNumber a case number or its beginning
 * @param party      part of a party's name, any case
 * @param entry      part of an entry number (penalty entries, the liquidated-damages claim's entry)
 * @param bond       a bond number or its beginning
 * @param within     the next open deadline falls within so many days of the office's today (or has passed)
 * @param page       1 for the first page
 */
record CaseSearchQuery(String q, String caseNumber, String party, String entry, String bond, CaseFamily family,
                       CaseStatus status, String office, WaitingFor waitingFor, Integer within, Sort sort,
                       boolean descending, int page, int size) {

    static final List<Integer> SIZES = List.of(25, 50, 100);
    static final int MAX_TEXT = 100;
    static final int MAX_DAYS = 3660;
    static final List<String> TEXT_FIELDS = List.of("q", "caseNumber", "party", "entry", "bond");

    /** The columns a list can be sorted by, by the name the query string uses. */
    enum Sort {
        CASE_NUMBER("caseNumber"), PARTY("party"), FAMILY("family"), STATUS("status"), NEXT_DEADLINE("nextDeadline"),
        AMOUNT("amount"), OPENED("opened");

        private final String param;

        Sort(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        static Sort of(String param) {
            return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst().orElse(null);
        }
    }

    /** A refused value: the field it was typed in, the message key and its arguments. */
    record Problem(String field, String key, Object... args) {
    }

    public record Parsed(CaseSearchQuery query, Map<String, String> values, List<Problem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    static CaseSearchQuery defaults() {
        return new CaseSearchQuery(null, null, null, null, null, null, null, null, null, null, Sort.OPENED,
                true, 1, SIZES.get(0));
    }

    /** Reads the query string; blank values are no filter. */
    static Parsed parse(Map<String, String> raw) {
        Map<String, String> v = new LinkedHashMap<>();
        raw.forEach((k, value) -> v.put(k, value == null ? "" : value.strip()));
        List<Problem> problems = new ArrayList<>();
        for (String field : TEXT_FIELDS) {
            if (text(v, field) != null && text(v, field).length() > MAX_TEXT) {
                problems.add(new Problem(field, "search.error.tooLong", MAX_TEXT));
            }
        }
        String caseNumber = text(v, "caseNumber");
        if (caseNumber != null && !caseNumber.matches("[0-9A-Za-z-]+")) {
            problems.add(new Problem("caseNumber", "search.error.caseNumber", caseNumber));
        }
        CaseFamily family = oneOf(v, "family", CaseFamily.class, problems);
        CaseStatus status = oneOf(v, "status", CaseStatus.class, problems);
        WaitingFor waitingFor = oneOf(v, "waitingFor", WaitingFor.class, problems);
        String office = text(v, "office");
        if (office != null && !office.matches("[A-Za-z0-9]{2,16}")) {
            problems.add(new Problem("office", "search.error.office", office));
        }
        Integer within = number(v, "within", problems);
        if (within != null && (within < 0 || within > MAX_DAYS)) {
            problems.add(new Problem("within", "search.error.within", v.get("within"), MAX_DAYS));
        }
        // the newest cases first unless asked otherwise (read from the index on the opening time)
        Sort sort = Sort.OPENED;
        if (text(v, "sort") != null) {
            sort = Sort.of(text(v, "sort"));
            if (sort == null) {
                problems.add(new Problem("sort", "search.error.sort", v.get("sort"),
                        String.join(", ", Arrays.stream(Sort.values()).map(Sort::param).toList())));
                sort = Sort.OPENED;
            }
        }
        String dir = text(v, "dir");
        if (dir != null && !dir.equals("asc") && !dir.equals("desc")) {
            problems.add(new Problem("dir", "search.error.dir", dir));
        }
        Integer page = number(v, "page", problems);
        if (page != null && page < 1) {
            problems.add(new Problem("page", "search.error.page", v.get("page")));
        }
        Integer size = number(v, "size", problems);
        if (size != null && !SIZES.contains(size)) {
            problems.add(new Problem("size", "search.error.size", v.get("size")));
        }
        CaseSearchQuery query = new CaseSearchQuery(text(v, "q"), caseNumber == null ? null : caseNumber.toUpperCase(Locale.ROOT),
                text(v, "party"), text(v, "entry"), text(v, "bond"), family, status,
                office == null ? null : office.toUpperCase(Locale.ROOT), waitingFor, within, sort,
                dir == null ? sort == Sort.OPENED && text(v, "sort") == null : "desc".equals(dir),
                page == null || page < 1 ? 1 : page, size == null || !SIZES.contains(size) ? SIZES.get(0) : size);
        return new Parsed(query, v, List.copyOf(problems));
    }

    /** The query string of this search, without defaults; {@code page} 1 and the default sort are left out. */
    Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q);
        put(p, "caseNumber", caseNumber);
        put(p, "party", party);
        put(p, "entry", entry);
        put(p, "bond", bond);
        put(p, "family", family == null ? null : family.name());
        put(p, "status", status == null ? null : status.name());
        put(p, "office", office);
        put(p, "waitingFor", waitingFor == null ? null : waitingFor.name());
        put(p, "within", within == null ? null : within.toString());
        if (!defaultSort()) {
            put(p, "sort", sort.param());
            put(p, "dir", descending ? "desc" : "asc");
        }
        if (size != SIZES.get(0)) {
            put(p, "size", Integer.toString(size));
        }
        if (page != 1) {
            put(p, "page", Integer.toString(page));
        }
        return p;
    }

    /** The address of this search on {@code path} (/cases or /cases.csv). */
    String href(String path) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        params().forEach(b::queryParam);
        return b.encode().build().toUriString();
    }

    CaseSearchQuery withPage(int p) {
        return new CaseSearchQuery(q, caseNumber, party, entry, bond, family, status, office, waitingFor, within, sort,
                descending, p, size);
    }

    /** Sorted by the column: ascending, or the other way round when it is already sorted ascending by it. */
    CaseSearchQuery sortedBy(Sort column) {
        boolean desc = column == sort && !descending;
        return new CaseSearchQuery(q, caseNumber, party, entry, bond, family, status, office, waitingFor, within, column,
                desc, 1, size);
    }

    /** Newest first, as the page opens. */
    public boolean defaultSort() {
        return sort == Sort.OPENED && descending;
    }

    boolean filtered() {
        return q != null || caseNumber != null || party != null || entry != null || bond != null || family != null
                || status != null || office != null || waitingFor != null || within != null;
    }

    private static String text(Map<String, String> v, String name) {
        String value = v.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private static Integer number(Map<String, String> v, String name, List<Problem> problems) {
        String value = text(v, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(new Problem(name, "search.error.number", value));
            return null;
        }
    }

    private static <E extends Enum<E>> E oneOf(Map<String, String> v, String name, Class<E> type, List<Problem> problems) {
        String value = text(v, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(name, "search.error.choice", value));
            return null;
        }
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.put(name, value);
        }
    }
}
