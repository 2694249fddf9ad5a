package gov.fpf.casesearch;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.casefile.DeadlineStatus;
import gov.fpf.office.OfficeAccess;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.system.Problems;

/**
 * Finds cases of the caller's offices ({@link OfficeAccess#visibleOffices}, as GET /api/v1/cases) in one query with
 * joins, and counts them in a second; nothing but the page asked for is read. Cases with no open task are found like
 * any other: the search reads the case file, not the tasks.
 */
@Service
class CaseSearchService {

    /** The case's next open deadline: the earliest due date among its OPEN rows. */
    private static final String NEXT_DUE = " LEFT JOIN (SELECT d.case_id, MIN(d.due_date) AS next_due FROM case_deadline d"
            + " WHERE d.status = 'OPEN' GROUP BY d.case_id) nd ON nd.case_id = c.id";
    private static final String PARTY = " LEFT JOIN party p ON p.id = c.party_id";
    /** Each case's own family table only: the family test in ON spares the lookups of the other families. */
    private static final String ENTRIES_AND_BONDS = " LEFT JOIN penalty_case pc ON pc.case_id = c.id AND c.family = 'PENALTY'"
            + " LEFT JOIN ld_claim lc ON lc.case_id = c.id AND c.family = 'LIQUIDATED_DAMAGES'"
            + " LEFT JOIN bond b ON b.id = lc.bond_id";
    private static final String AT_STAKE = "COALESCE(c.decided_amount, c.assessed_amount, c.maximum_amount)";
    /** The export reads each row's next deadline with it (every row is written anyway). */
    private static final String NEXT_DUE_OF_ROW = "(SELECT MIN(d1.due_date) FROM case_deadline d1 WHERE d1.case_id = c.id"
            + " AND d1.status = 'OPEN')";
    private static final String NEXT_NAME_OF_ROW = "(SELECT d2.name FROM case_deadline d2 WHERE d2.case_id = c.id"
            + " AND d2.status = 'OPEN' ORDER BY d2.due_date, d2.id LIMIT 1)";
    private static final String COLUMNS = "SELECT c.id, c.case_number, c.family, c.status, c.office_code, p.name AS party_name, "
            + AT_STAKE + " AS at_stake, c.opened_at, c.demo";

    private final NamedParameterJdbcTemplate jdbc;
    private final OfficeAccess officeAccess;
    private final OfficeCalendar calendar;

    CaseSearchService(NamedParameterJdbcTemplate jdbc, OfficeAccess officeAccess, OfficeCalendar calendar) {
        this.jdbc = jdbc;
        this.officeAccess = officeAccess;
        this.calendar = calendar;
    }

    /** One case as the list shows it; {@code openedOn} is the office's date of the opening. */
    record Row(String caseNumber, CaseFamily family, CaseStatus status, String office, String party, BigDecimal atStake,
               LocalDate nextDue, String nextDeadline, LocalDate openedOn, boolean demo) {
    }

    record Result(CaseSearchQuery query, List<String> offices, List<Row> rows, long total) {
        public int pages() {
            return (int) Math.max(1, (total + query.size() - 1) / query.size());
        }

        public long first() {
            return (long) (query.page() - 1) * query.size() + 1;
        }

        public long last() {
            return first() + rows.size() - 1;
        }
    }

    /** The offices the caller may search, for the office filter. */
    List<String> offices() {
        return List.copyOf(new TreeSet<>(officeAccess.visibleOffices()));
    }

    @Transactional(readOnly = true)
    public Result search(CaseSearchQuery query) {
        Set<String> offices = offices(query.office());
        if (offices.isEmpty()) {
            return new Result(query, List.of(), List.of(), 0);
        }
        Where w = where(query, offices);
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM case_file c" + w.joins(false) + " WHERE " + w.sql(),
                w.params(), Long.class);
        MapSqlParameterSource p = w.params().addValue("limit", query.size())
                .addValue("offset", (long) (query.page() - 1) * query.size());
        // the next deadline of every matching case is read only when the list is sorted or filtered by it
        List<Map.Entry<Long, Row>> page = jdbc.query(COLUMNS + " FROM case_file c" + w.joins(true) + " WHERE " + w.sql()
                + orderBy(query) + " LIMIT :limit OFFSET :offset", p, (rs, i) -> Map.entry(rs.getLong("id"), row(rs, null, null)));
        return new Result(query, List.copyOf(new TreeSet<>(offices)), withNextDeadlines(page), total);
    }

    /** The page's rows with their next open deadline, read in one query for the page's cases. */
    private List<Row> withNextDeadlines(List<Map.Entry<Long, Row>> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> next = new java.util.HashMap<>();
        jdbc.query("SELECT d.case_id, d.due_date, d.name FROM case_deadline d WHERE d.case_id IN (:ids) AND d.status = 'OPEN'"
                        + " ORDER BY d.case_id, d.due_date, d.id", new MapSqlParameterSource("ids",
                        page.stream().map(Map.Entry::getKey).toList()),
                (RowCallbackHandler) rs -> next.putIfAbsent(rs.getLong(1), new Object[] {rs.getDate(2).toLocalDate(),
                        rs.getString(3)}));
        return page.stream().map(e -> {
            Row r = e.getValue();
            Object[] n = next.get(e.getKey());
            return n == null ? r : new Row(r.caseNumber(), r.family(), r.status(), r.office(), r.party(), r.atStake(),
                    (LocalDate) n[0], (String) n[1], r.openedOn(), r.demo());
        }).toList();
    }

    /** Every case of the search (no paging), in its order, one row at a time: the CSV export. */
    @Transactional(readOnly = true)
    public void export(CaseSearchQuery query, Consumer<Row> each) {
        Set<String> offices = offices(query.office());
        if (offices.isEmpty()) {
            return;
        }
        Where w = where(query, offices);
        RowCallbackHandler handler = rs -> {
            java.sql.Date next = rs.getDate("next_due_of_row");
            each.accept(row(rs, next == null ? null : next.toLocalDate(), rs.getString("next_name_of_row")));
        };
        jdbc.query(COLUMNS + ", " + NEXT_DUE_OF_ROW + " AS next_due_of_row, " + NEXT_NAME_OF_ROW + " AS next_name_of_row"
                + " FROM case_file c" + w.joins(true) + " WHERE " + w.sql() + orderBy(query), w.params(), handler);
    }

    // ---------------------------------------------------------------------------------------------- the query

    private record Where(String sql, MapSqlParameterSource params, boolean party, boolean nextDue, boolean sortNextDue,
                         boolean entries) {
        /** The joins the filters need; the list also shows the party, and its order may need the next deadline. */
        String joins(boolean listing) {
            return (party || listing ? PARTY : "") + (nextDue || (listing && sortNextDue) ? NEXT_DUE : "")
                    + (entries ? ENTRIES_AND_BONDS : "");
        }
    }

    private Where where(CaseSearchQuery q, Set<String> offices) {
        MapSqlParameterSource p = new MapSqlParameterSource("offices", offices);
        List<String> and = new ArrayList<>();
        and.add("c.office_code IN (:offices)");
        boolean party = false;
        boolean nextDue = false;
        boolean entries = false;
        if (q.q() != null) {
            and.add("(c.case_number LIKE :qPrefix ESCAPE '!' OR LOWER(p.name) LIKE :qContains ESCAPE '!'"
                    + " OR LOWER(pc.entry_number_list) LIKE :qContains ESCAPE '!'"
                    + " OR LOWER(lc.entry_number) LIKE :qContains ESCAPE '!' OR LOWER(b.bond_number) LIKE :qBond ESCAPE '!')");
            p.addValue("qPrefix", like(q.q().toUpperCase(Locale.ROOT)) + "%")
                    .addValue("qContains", "%" + like(lower(q.q())) + "%")
                    .addValue("qBond", like(lower(q.q())) + "%");
            party = true;
            entries = true;
        }
        if (q.caseNumber() != null) {
            and.add("c.case_number LIKE :caseNumber ESCAPE '!'");
            p.addValue("caseNumber", like(q.caseNumber()) + "%");
        }
        if (q.party() != null) {
            and.add("LOWER(p.name) LIKE :party ESCAPE '!'");
            p.addValue("party", "%" + like(lower(q.party())) + "%");
            party = true;
        }
        if (q.entry() != null) {
            and.add("(LOWER(pc.entry_number_list) LIKE :entry ESCAPE '!' OR LOWER(lc.entry_number) LIKE :entry ESCAPE '!')");
            p.addValue("entry", "%" + like(lower(q.entry())) + "%");
            entries = true;
        }
        if (q.bond() != null) {
            and.add("LOWER(b.bond_number) LIKE :bond ESCAPE '!'");
            p.addValue("bond", like(lower(q.bond())) + "%");
            entries = true;
        }
        if (q.family() != null) {
            and.add("c.family = :family");
            p.addValue("family", q.family().name());
        }
        if (q.status() != null) {
            and.add("c.status = :status");
            p.addValue("status", q.status().name());
        }
        if (q.waitingFor() != null) {
            and.add("EXISTS (SELECT 1 FROM case_deadline w WHERE w.case_id = c.id AND w.status = :open"
                    + " AND w.name IN (:waitingFor))");
            p.addValue("open", DeadlineStatus.OPEN.name()).addValue("waitingFor", q.waitingFor().deadlineNames());
        }
        if (q.within() != null) {
            // each office counts from its own today: one bound per distinct date among the offices searched
            Map<LocalDate, List<String>> byToday = new TreeMap<>();
            offices.forEach(o -> byToday.computeIfAbsent(calendar.today(o), d -> new ArrayList<>()).add(o));
            List<String> or = new ArrayList<>();
            int i = 0;
            for (Map.Entry<LocalDate, List<String>> e : byToday.entrySet()) {
                or.add("(c.office_code IN (:withinOffices" + i + ") AND nd.next_due <= :withinUntil" + i + ")");
                p.addValue("withinOffices" + i, e.getValue()).addValue("withinUntil" + i, e.getKey().plusDays(q.within()));
                i++;
            }
            and.add("(" + String.join(" OR ", or) + ")");
            nextDue = true;
        }
        return new Where(String.join(" AND ", and), p, party, nextDue, q.sort() == CaseSearchQuery.Sort.NEXT_DEADLINE,
                entries);
    }

    /**
     * The column asked for (empty values last either way), then a unique column for a stable order: the opening time
     * with the id, so its index gives the newest page without sorting every case.
     */
    private static String orderBy(CaseSearchQuery q) {
        String dir = q.descending() ? " DESC" : " ASC";
        String nullable = switch (q.sort()) {
            case PARTY -> "p.name";
            case NEXT_DEADLINE -> "nd.next_due";
            case AMOUNT -> AT_STAKE;
            default -> null;
        };
        if (nullable != null) {
            return " ORDER BY CASE WHEN " + nullable + " IS NULL THEN 1 ELSE 0 END, " + nullable + dir
                    + ", c.case_number" + dir;
        }
        return switch (q.sort()) {
            case CASE_NUMBER -> " ORDER BY c.case_number" + dir;
            // the stored names sort as their words do (Liquidated damages, Penalty, Seizure; Awaiting response ... )
            case FAMILY -> " ORDER BY c.family" + dir + ", c.case_number" + dir;
            case STATUS -> " ORDER BY c.status" + dir + ", c.case_number" + dir;
            default -> " ORDER BY c.opened_at" + dir + ", c.id" + dir;
        };
    }

    private Row row(ResultSet rs, LocalDate nextDue, String nextName) throws SQLException {
        String office = rs.getString("office_code");
        LocalDateTime opened = rs.getObject("opened_at", LocalDateTime.class);
        return new Row(rs.getString("case_number"), CaseFamily.valueOf(rs.getString("family")),
                CaseStatus.valueOf(rs.getString("status")), office, rs.getString("party_name"),
                rs.getBigDecimal("at_stake"), nextDue, nextName,
                opened.toInstant(ZoneOffset.UTC).atZone(calendar.zone(office)).toLocalDate(), rs.getBoolean("demo"));
    }

    /** The offices searched: the one asked for, if the caller may see it, or all of the caller's. */
    private Set<String> offices(String office) {
        Set<String> visible = officeAccess.visibleOffices();
        if (office == null) {
            return visible;
        }
        if (!visible.contains(office)) {
            throw new Problems.Forbidden("office " + office);
        }
        return Set.of(office);
    }

    /** Typed text as a LIKE pattern's literal part: the wildcards and the escape character stand for themselves. */
    static String like(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
