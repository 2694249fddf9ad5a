package gov.fpf.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.office.OfficeAccess;
import gov.fpf.process.engine.SupervisorTasks;
import gov.fpf.rules.penalties.PenaltyStatute;
import gov.fpf.system.BusinessDay;
import gov.fpf.system.Problems;

/**
 * The supervisors' and headquarters' dashboard: per office for a supervisor (their offices), across offices for
 * headquarters. Every figure carries the {@link CaseFilter} of the cases behind it, and the list page
 * ({@link #cases}) selects with the same predicates, written once in {@link #where}.
 */
@Service
public class DashboardService {

    static final int PAGE_SIZE = 100;
    /** Tasks looked at for the overdue / due-soon figures (the engine query is paged). */
    static final int MAX_TASKS = 5000;
    static final int COHORT_YEARS = 5;
    static final int MITIGATION_MONTHS = 12;
    static final int STORAGE_LIST = 25;

    private static final String STATUTE = "COALESCE(pc.statute, sc.statute, lc.breach)";
    /** Each case's own family table only: the family test in ON spares two index lookups a row. */
    private static final String FAMILY_TABLES = " LEFT JOIN penalty_case pc ON pc.case_id = c.id AND c.family = 'PENALTY'"
            + " LEFT JOIN seizure_case sc ON sc.case_id = c.id AND c.family = 'SEIZURE'"
            + " LEFT JOIN ld_claim lc ON lc.case_id = c.id AND c.family = 'LIQUIDATED_DAMAGES'";
    private static final String OPEN_SEIZURE = "c.family = 'SEIZURE' AND c.status <> 'CLOSED'"
            + " AND sc.summary_sale_date IS NOT NULL AND sc.disposition_date IS NULL AND sc.released_date IS NULL"
            + " AND sc.summary_action IS NULL";

    private final NamedParameterJdbcTemplate jdbc;
    private final OfficeAccess officeAccess;
    private final SupervisorTasks supervisorTasks;
    private final Clock clock;

    DashboardService(NamedParameterJdbcTemplate jdbc, OfficeAccess officeAccess, SupervisorTasks supervisorTasks,
                     Clock clock) {
        this.jdbc = jdbc;
        this.officeAccess = officeAccess;
        this.supervisorTasks = supervisorTasks;
        this.clock = clock;
    }

    /** A number on the dashboard and the list of the cases behind it. */
    public record Figure(long value, String href) {
    }

    public record OpenCases(List<String> statuses, Map<String, Map<String, Figure>> byFamilyAndStatus,
                            Map<String, Figure> byFamily, Map<String, Figure> byStatus,
                            Map<String, Map<String, Figure>> byOfficeAndFamily, Map<String, Figure> byOffice,
                            Figure total) {
    }

    public record TaskLoad(String user, Figure overdue, Figure dueSoon) {
    }

    public record SolRisk(String office, Figure passed, Figure within6, Figure within12, Figure within24) {
    }

    public record MitigationRow(String office, String family, String statute, Figure decided, Figure mitigated,
                                BigDecimal rate, BigDecimal rateAcrossOffices, BigDecimal decidedShareOfAssessed) {
        /** Percentage points above (+) or below (−) the rate for the same statute across the offices shown. */
        public BigDecimal difference() {
            return rate == null || rateAcrossOffices == null ? null
                    : rate.subtract(rateAcrossOffices).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        }
    }

    public record CohortRow(int year, String family, Figure cases, BigDecimal assessed, BigDecimal decided,
                            BigDecimal collected) {
    }

    public record StorageCase(String caseNumber, String office, LocalDate thresholdDate, BigDecimal appraisedValue,
                              boolean perishable, long daysLeft) {
    }

    public record Storage(Map<String, Figure> reachedByOffice, Map<String, Figure> soonByOffice, Figure reached,
                          Figure soon, List<StorageCase> cases) {
    }

    public record Dashboard(List<String> offices, String office, boolean allOffices, LocalDate today,
                            OpenCases open, List<TaskLoad> tasks, int tasksLookedAt, SolRisk solTotal,
                            List<SolRisk> sol, LocalDate mitigationSince, List<MitigationRow> mitigation,
                            List<CohortRow> cohorts, Storage storage) {
    }

    public record CaseRow(String caseNumber, String family, String status, String office, String statute,
                          BigDecimal assessed, BigDecimal decided, BigDecimal paid, Instant openedAt, boolean demo) {
        public LocalDate openedOn() {
            return openedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
    }

    public record CaseList(CaseFilter filter, List<String> offices, List<CaseRow> items, int page, int size,
                           long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    // ---------------------------------------------------------------------------------------------- dashboard

    @Transactional(readOnly = true)
    public Dashboard dashboard(String office) {
        Set<String> offices = offices(office);
        LocalDate today = today();
        CaseFilter base = office == null || office.isBlank() ? CaseFilter.none() : CaseFilter.none().withOffice(office);
        Tasks tasks = tasks(base, offices);
        List<SolRisk> sol = solRisk(base, offices, today);
        LocalDate mitigationSince = today.minusMonths(MITIGATION_MONTHS);
        return new Dashboard(List.copyOf(officeAccess.visibleOffices()), base.office(), base.office() == null,
                today, openCases(base, offices), tasks.loads(), tasks.lookedAt(), solTotal(base, sol), sol,
                mitigationSince, mitigation(base, offices, mitigationSince), cohorts(base, offices, today),
                storage(base, offices, today));
    }

    private OpenCases openCases(CaseFilter base, Set<String> offices) {
        Where w = where(base.withOpen(), offices, List.of());
        List<String> statuses = Arrays.stream(CaseStatus.values()).map(Enum::name)
                .filter(s -> !CaseStatus.CLOSED.name().equals(s)).toList();
        Map<String, Map<String, Figure>> byFamilyAndStatus = new LinkedHashMap<>();
        Map<String, Long> byFamily = new LinkedHashMap<>();
        for (CaseFamily f : CaseFamily.values()) {
            Map<String, Figure> row = new LinkedHashMap<>();
            statuses.forEach(s -> row.put(s, new Figure(0, base.withOpen().withFamily(f.name()).withStatus(s).href())));
            byFamilyAndStatus.put(f.name(), row);
            byFamily.put(f.name(), 0L);
        }
        Map<String, Map<String, Long>> byOfficeAndFamily = new TreeMap<>();
        offices.forEach(o -> {
            Map<String, Long> row = new LinkedHashMap<>();
            byFamily.keySet().forEach(f -> row.put(f, 0L));
            byOfficeAndFamily.put(o, row);
        });
        jdbc.query("SELECT c.office_code, c.family, c.status, COUNT(*) FROM case_file c" + w.from()
                + " WHERE " + w.sql() + " GROUP BY c.office_code, c.family, c.status", w.params(), rs -> {
                    String o = rs.getString(1);
                    String f = rs.getString(2);
                    String s = rs.getString(3);
                    long n = rs.getLong(4);
                    byFamilyAndStatus.computeIfAbsent(f, k -> new LinkedHashMap<>())
                            .merge(s, new Figure(n, base.withOpen().withFamily(f).withStatus(s).href()),
                                    (a, b) -> new Figure(a.value() + b.value(), a.href()));
                    byFamily.merge(f, n, Long::sum);
                    byOfficeAndFamily.computeIfAbsent(o, k -> new LinkedHashMap<>()).merge(f, n, Long::sum);
                });
        Map<String, Figure> families = new LinkedHashMap<>();
        byFamily.forEach((f, n) -> families.put(f, new Figure(n, base.withOpen().withFamily(f).href())));
        Map<String, Map<String, Figure>> officeFamily = new TreeMap<>();
        Map<String, Figure> officeTotals = new TreeMap<>();
        byOfficeAndFamily.forEach((o, row) -> {
            Map<String, Figure> figures = new LinkedHashMap<>();
            row.forEach((f, n) -> figures.put(f, new Figure(n, base.withOpen().withOffice(o).withFamily(f).href())));
            officeFamily.put(o, figures);
            officeTotals.put(o, new Figure(row.values().stream().mapToLong(Long::longValue).sum(),
                    base.withOpen().withOffice(o).href()));
        });
        Map<String, Figure> byStatus = new LinkedHashMap<>();
        statuses.forEach(st -> byStatus.put(st, new Figure(byFamilyAndStatus.values().stream()
                .mapToLong(row -> row.containsKey(st) ? row.get(st).value() : 0).sum(), base.withOpen().withStatus(st).href())));
        return new OpenCases(statuses, byFamilyAndStatus, families, byStatus, officeFamily, officeTotals,
                new Figure(byFamily.values().stream().mapToLong(Long::longValue).sum(), base.withOpen().href()));
    }

    private record Tasks(List<TaskLoad> loads, int lookedAt) {
    }

    private Tasks tasks(CaseFilter base, Set<String> offices) {
        Instant now = clock.instant();
        List<SupervisorTasks.SupervisedTask> due = supervisorTasks.dueBefore(offices, soonLimit(now), MAX_TASKS);
        Map<String, long[]> byUser = new TreeMap<>();
        for (SupervisorTasks.SupervisedTask t : due) {
            long[] counts = byUser.computeIfAbsent(t.assignee() == null ? CaseFilter.UNASSIGNED : t.assignee(), u -> new long[2]);
            counts[t.due().isBefore(now) ? 0 : 1]++;
        }
        List<TaskLoad> loads = new ArrayList<>();
        byUser.forEach((user, n) -> loads.add(new TaskLoad(user,
                new Figure(n[0], base.withTask("OVERDUE", user).href()),
                new Figure(n[1], base.withTask("SOON", user).href()))));
        return new Tasks(loads, due.size());
    }

    private static Instant soonLimit(Instant now) {
        return now.plus(CaseFilter.TASK_SOON_DAYS, ChronoUnit.DAYS);
    }

    private List<SolRisk> solRisk(CaseFilter base, Set<String> offices, LocalDate today) {
        Where w = where(base.withSol("24"), offices, List.of());
        // the 24-month bucket without its lower bound, so PASSED is counted in the same pass; the CASEs below are the
        // buckets of where(): PASSED below today, 6/12/24 months from today (cumulative)
        String sql = w.sql().replace("pc.sol_date >= :solFrom AND ", "");
        Map<String, long[]> byOffice = new TreeMap<>();
        offices.forEach(o -> byOffice.put(o, new long[4]));
        MapSqlParameterSource p = w.params()
                .addValue("m6", today.plusMonths(6)).addValue("m12", today.plusMonths(12));
        jdbc.query("SELECT c.office_code,"
                + " SUM(CASE WHEN pc.sol_date < :solFrom THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN pc.sol_date >= :solFrom AND pc.sol_date < :m6 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN pc.sol_date >= :solFrom AND pc.sol_date < :m12 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN pc.sol_date >= :solFrom THEN 1 ELSE 0 END)"
                + " FROM case_file c" + w.from() + " WHERE " + sql + " GROUP BY c.office_code", p, rs -> {
                    long[] n = byOffice.computeIfAbsent(rs.getString(1), o -> new long[4]);
                    for (int i = 0; i < 4; i++) {
                        n[i] += rs.getLong(i + 2);
                    }
                });
        List<SolRisk> rows = new ArrayList<>();
        byOffice.forEach((o, n) -> rows.add(sol(base.withOffice(o), o, n)));
        return rows;
    }

    private static SolRisk solTotal(CaseFilter base, List<SolRisk> byOffice) {
        long[] total = new long[4];
        for (SolRisk r : byOffice) {
            total[0] += r.passed().value();
            total[1] += r.within6().value();
            total[2] += r.within12().value();
            total[3] += r.within24().value();
        }
        return sol(base, null, total);
    }

    private static SolRisk sol(CaseFilter f, String office, long[] n) {
        return new SolRisk(office, new Figure(n[0], f.withSol("PASSED").href()), new Figure(n[1], f.withSol("6").href()),
                new Figure(n[2], f.withSol("12").href()), new Figure(n[3], f.withSol("24").href()));
    }

    private List<MitigationRow> mitigation(CaseFilter base, Set<String> offices, LocalDate since) {
        record Row(String office, String family, String statute, long decided, long mitigated, BigDecimal assessed,
                   BigDecimal decidedAmount) {
        }
        MapSqlParameterSource p = new MapSqlParameterSource("offices", offices).addValue("since", since.atStartOfDay());
        List<Row> rows = jdbc.query("SELECT c.office_code, c.family, " + STATUTE + ", COUNT(*),"
                        + " SUM(CASE WHEN pet.outcome = 'MITIGATE' THEN 1 ELSE 0 END),"
                        + " COALESCE(SUM(c.assessed_amount), 0), COALESCE(SUM(pet.decided_amount), 0)"
                        + " FROM petition pet JOIN case_file c ON c.id = pet.case_id" + FAMILY_TABLES
                        + " WHERE c.office_code IN (:offices) AND pet.status = 'DECIDED' AND pet.decided_at >= :since"
                        + " GROUP BY c.office_code, c.family, " + STATUTE
                        + " ORDER BY c.family, " + STATUTE + ", c.office_code", p,
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7)));
        Map<List<String>, long[]> acrossOffices = new LinkedHashMap<>();
        rows.forEach(r -> {
            long[] n = acrossOffices.computeIfAbsent(List.of(r.family(), String.valueOf(r.statute())), k -> new long[2]);
            n[0] += r.decided();
            n[1] += r.mitigated();
        });
        return rows.stream().map(r -> {
            long[] all = acrossOffices.get(List.of(r.family(), String.valueOf(r.statute())));
            CaseFilter f = base.withOffice(r.office()).withFamily(r.family()).withStatute(r.statute());
            return new MitigationRow(r.office(), r.family(), statuteLabel(r.family(), r.statute()),
                    new Figure(r.decided(), f.withDecided(since, null).href()),
                    new Figure(r.mitigated(), f.withDecided(since, "MITIGATE").href()),
                    fraction(r.mitigated(), r.decided()), fraction(all[1], all[0]),
                    r.assessed() == null || r.assessed().signum() == 0 ? null
                            : r.decidedAmount().divide(r.assessed(), 4, RoundingMode.HALF_UP));
        }).toList();
    }

    private List<CohortRow> cohorts(CaseFilter base, Set<String> offices, LocalDate today) {
        int first = today.getYear() - COHORT_YEARS + 1;
        MapSqlParameterSource p = new MapSqlParameterSource("offices", offices)
                .addValue("from", LocalDate.of(first, 1, 1).atStartOfDay());
        return jdbc.query("SELECT YEAR(c.opened_at), c.family, COUNT(*), COALESCE(SUM(c.assessed_amount), 0),"
                        + " COALESCE(SUM(c.decided_amount), 0), COALESCE(SUM(c.paid_amount), 0)"
                        + " FROM case_file c WHERE c.office_code IN (:offices) AND c.opened_at >= :from"
                        + " GROUP BY YEAR(c.opened_at), c.family ORDER BY YEAR(c.opened_at) DESC, c.family", p,
                (rs, i) -> new CohortRow(rs.getInt(1), rs.getString(2),
                        new Figure(rs.getLong(3), base.withOpenedYear(rs.getInt(1)).withFamily(rs.getString(2)).href()),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)));
    }

    private Storage storage(CaseFilter base, Set<String> offices, LocalDate today) {
        Where w = where(base.withStorage("SOON"), offices, List.of());
        // SOON without its lower bound takes in REACHED too: one pass, split by the CASEs as where() splits them
        String sql = w.sql().replace("sc.summary_sale_date > :today AND ", "");
        Map<String, long[]> byOffice = new TreeMap<>();
        offices.forEach(o -> byOffice.put(o, new long[2]));
        jdbc.query("SELECT c.office_code, SUM(CASE WHEN sc.summary_sale_date <= :today THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN sc.summary_sale_date > :today THEN 1 ELSE 0 END)"
                + " FROM case_file c" + w.from() + " WHERE " + sql + " GROUP BY c.office_code", w.params(), rs -> {
                    long[] n = byOffice.computeIfAbsent(rs.getString(1), o -> new long[2]);
                    n[0] += rs.getLong(2);
                    n[1] += rs.getLong(3);
                });
        List<StorageCase> cases = jdbc.query("SELECT c.case_number, c.office_code, sc.summary_sale_date,"
                        + " sc.appraised_value, sc.perishable FROM case_file c" + w.from() + " WHERE " + sql
                        + " ORDER BY sc.summary_sale_date, c.id", w.params(),
                rs -> {
                    List<StorageCase> list = new ArrayList<>();
                    while (rs.next() && list.size() < STORAGE_LIST) {
                        LocalDate date = rs.getObject(3, LocalDate.class);
                        list.add(new StorageCase(rs.getString(1), rs.getString(2), date, rs.getBigDecimal(4),
                                rs.getBoolean(5), ChronoUnit.DAYS.between(today, date)));
                    }
                    return list;
                });
        Map<String, Figure> reached = new TreeMap<>();
        Map<String, Figure> soon = new TreeMap<>();
        long[] total = new long[2];
        byOffice.forEach((o, n) -> {
            reached.put(o, new Figure(n[0], base.withOffice(o).withStorage("REACHED").href()));
            soon.put(o, new Figure(n[1], base.withOffice(o).withStorage("SOON").href()));
            total[0] += n[0];
            total[1] += n[1];
        });
        return new Storage(reached, soon, new Figure(total[0], base.withStorage("REACHED").href()),
                new Figure(total[1], base.withStorage("SOON").href()), cases);
    }

    // ---------------------------------------------------------------------------------------------- case list

    @Transactional(readOnly = true)
    public CaseList cases(CaseFilter filter, int page) {
        filter.validated();
        Set<String> offices = offices(filter.office());
        List<String> taskCases = filter.task() == null ? List.of() : taskCases(filter, offices);
        Where w = where(filter, offices, taskCases);
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM case_file c" + w.from() + " WHERE " + w.sql(),
                w.params(), Long.class);
        MapSqlParameterSource p = w.params().addValue("limit", PAGE_SIZE).addValue("offset", (long) page * PAGE_SIZE);
        List<CaseRow> items = jdbc.query("SELECT c.case_number, c.family, c.status, c.office_code, " + STATUTE + ","
                        + " c.assessed_amount, c.decided_amount, c.paid_amount, c.opened_at, c.demo"
                        + " FROM case_file c" + FAMILY_TABLES + " WHERE " + w.sql()
                        + " ORDER BY c.opened_at DESC, c.id DESC LIMIT :limit OFFSET :offset", p,
                (rs, i) -> new CaseRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        statuteLabel(rs.getString(2), rs.getString(5)), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getObject(9, java.time.LocalDateTime.class)
                                .toInstant(java.time.ZoneOffset.UTC), rs.getBoolean(10)));
        return new CaseList(filter, List.copyOf(offices), items, page, PAGE_SIZE, total);
    }

    /** The cases with an open task of the filter's kind and user, from the engine (at most {@link #MAX_TASKS}). */
    private List<String> taskCases(CaseFilter f, Set<String> offices) {
        Instant now = clock.instant();
        Set<String> numbers = new TreeSet<>();
        for (SupervisorTasks.SupervisedTask t : supervisorTasks.dueBefore(offices, soonLimit(now), MAX_TASKS)) {
            boolean overdue = t.due().isBefore(now);
            String user = t.assignee() == null ? CaseFilter.UNASSIGNED : t.assignee();
            if (t.caseNumber() != null && ("OVERDUE".equals(f.task()) == overdue)
                    && (f.taskUser() == null || f.taskUser().equals(user))) {
                numbers.add(t.caseNumber());
            }
        }
        return List.copyOf(numbers);
    }

    /** The predicates of a filter: the one place both the figures and the list take them from. */
    private record Where(String from, String sql, MapSqlParameterSource params) {
    }

    private Where where(CaseFilter f, Collection<String> offices, List<String> taskCases) {
        LocalDate today = today();
        MapSqlParameterSource p = new MapSqlParameterSource("offices", offices).addValue("today", today);
        List<String> and = new ArrayList<>();
        and.add("c.office_code IN (:offices)");
        boolean familyTables = false;
        if (f.family() != null) {
            and.add("c.family = :family");
            p.addValue("family", f.family());
        }
        if (f.status() != null) {
            and.add("c.status = :status");
            p.addValue("status", f.status());
        }
        if (Boolean.TRUE.equals(f.open())) {
            and.add("c.status <> 'CLOSED'");
        }
        if (f.statute() != null) {
            and.add(STATUTE + " = :statute");
            p.addValue("statute", f.statute());
            familyTables = true;
        }
        if (f.sol() != null) {
            and.add("c.family = 'PENALTY' AND c.status <> 'CLOSED'");
            if ("PASSED".equals(f.sol())) {
                and.add("pc.sol_date < :solFrom");
            } else {
                and.add("pc.sol_date >= :solFrom AND pc.sol_date < :solTo");
                p.addValue("solTo", today.plusMonths(Integer.parseInt(f.sol())));
            }
            p.addValue("solFrom", today);
            familyTables = true;
        }
        if (f.openedYear() != null) {
            and.add("c.opened_at >= :yearFrom AND c.opened_at < :yearTo");
            p.addValue("yearFrom", LocalDate.of(f.openedYear(), 1, 1).atStartOfDay())
                    .addValue("yearTo", LocalDate.of(f.openedYear() + 1, 1, 1).atStartOfDay());
        }
        if (f.storage() != null) {
            and.add(OPEN_SEIZURE);
            if ("REACHED".equals(f.storage())) {
                and.add("sc.summary_sale_date <= :today");
            } else {
                and.add("sc.summary_sale_date > :today AND sc.summary_sale_date <= :storageTo");
                p.addValue("storageTo", today.plusDays(CaseFilter.STORAGE_SOON_DAYS));
            }
            familyTables = true;
        }
        if (f.decidedSince() != null) {
            and.add("EXISTS (SELECT 1 FROM petition pet WHERE pet.case_id = c.id AND pet.status = 'DECIDED'"
                    + " AND pet.decided_at >= :decidedSince" + (f.outcome() == null ? "" : " AND pet.outcome = :outcome")
                    + ")");
            p.addValue("decidedSince", f.decidedSince().atStartOfDay()).addValue("outcome", f.outcome());
        }
        if (f.task() != null) {
            if (taskCases.isEmpty()) {
                and.add("1 = 0");
            } else {
                and.add("c.case_number IN (:taskCases)");
                p.addValue("taskCases", taskCases);
            }
        }
        return new Where(familyTables ? FAMILY_TABLES : "", String.join(" AND ", and), p);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** The offices shown: the one asked for (if the caller may see it) or all the caller's. */
    private Set<String> offices(String office) {
        Set<String> visible = officeAccess.visibleOffices();
        if (office == null || office.isBlank()) {
            return visible;
        }
        if (!visible.contains(office)) {
            throw new Problems.Forbidden("You may not see office " + office + "; your offices are " + visible + ".");
        }
        return Set.of(office);
    }

    private LocalDate today() {
        return BusinessDay.today(clock);
    }

    private static BigDecimal fraction(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** A penalty statute by its section (1592); others as stored. */
    static String statuteLabel(String family, String stored) {
        if (stored != null && CaseFamily.PENALTY.name().equals(family)) {
            try {
                return PenaltyStatute.valueOf(stored).json();
            } catch (IllegalArgumentException e) {
                return stored;
            }
        }
        return stored == null ? "–" : stored;
    }
}
