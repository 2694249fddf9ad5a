package gov.fpf.report;

import static gov.fpf.report.EnforcementReport.AmountCell;
import static gov.fpf.report.EnforcementReport.Amounts;
import static gov.fpf.report.EnforcementReport.CaseCell;
import static gov.fpf.report.EnforcementReport.CaseCounts;
import static gov.fpf.report.EnforcementReport.Collected;
import static gov.fpf.report.EnforcementReport.DayStats;
import static gov.fpf.report.EnforcementReport.Durations;
import static gov.fpf.report.EnforcementReport.Exceptions;
import static gov.fpf.report.EnforcementReport.Limitations;
import static gov.fpf.report.EnforcementReport.Mitigation;
import static gov.fpf.report.EnforcementReport.Money;
import static gov.fpf.report.EnforcementReport.Rate;
import static gov.fpf.report.EnforcementReport.RateCell;
import static gov.fpf.report.EnforcementReport.Seizures;
import static gov.fpf.report.EnforcementReport.StatuteCount;
import static gov.fpf.report.EnforcementReport.StatuteRate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.rules.penalties.PenaltyStatute;
import gov.fpf.seizure.DispositionMethod;
import gov.fpf.system.BusinessDay;
import gov.fpf.system.Problems;

/**
 * Computes the annual enforcement report with aggregate SQL: every figure is a GROUP BY in the database over the
 * rows of the year (selected by index range on the date the figure is about), so the application holds a few
 * hundred grouped rows whatever the number of cases. Medians and 90th percentiles come from the database as
 * histograms (days → count), one row per distinct number of days. The SQL is the portable subset H2 (MySQL mode),
 * MySQL 8 and MariaDB share: TIMESTAMPDIFF(DAY, date, date), CAST(... AS DATE), date ranges as parameters.
 *
 * <p>Years are calendar years in UTC, the zone the case file's timestamps are stored in (BusinessDay).
 */
@Service
public class EnforcementReportService {

    /** The first year a report can be asked for. */
    public static final int FIRST_YEAR = 2000;

    public static final List<String> DISPOSITION_METHODS = Arrays.stream(DispositionMethod.values()).map(Enum::name).toList();
    public static final List<String> FORFEITURE_BASES = List.of("ABANDONMENT", "DECLARED", "PETITION", "JUDICIAL");

    private static final String STATUTE = "COALESCE(pc.statute, sc.statute, lc.breach)";
    /** Each case's own family table only: the family test in ON spares two index lookups a row. */
    private static final String FAMILY_TABLES = " LEFT JOIN penalty_case pc ON pc.case_id = c.id AND c.family = 'PENALTY'"
            + " LEFT JOIN seizure_case sc ON sc.case_id = c.id AND c.family = 'SEIZURE'"
            + " LEFT JOIN ld_claim lc ON lc.case_id = c.id AND c.family = 'LIQUIDATED_DAMAGES'";
    private static final String NOT_DEMO = " AND c.demo = FALSE";
    /** ConfidentialityScope constants whose live grant withholds a party's finest report cells (a test checks the list) */
    static final List<String> CONFIDENTIAL_ENFORCEMENT_SCOPES = List.of("ENFORCEMENT_CASE_DETAILS");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EnforcementReportService.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final OfficeCalendar calendar;
    private final gov.fpf.rules.ParameterSource parameters;

    EnforcementReportService(NamedParameterJdbcTemplate jdbc, Clock clock, OfficeCalendar calendar,
                             gov.fpf.rules.ParameterSource parameters) {
        this.calendar = calendar;
        this.parameters = parameters;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The year asked for, or 400 with a sentence saying what a year looks like. */
    public int year(String text) {
        int latest = BusinessDay.today(clock).getYear();
        if (text == null || text.isBlank()) {
            throw new Problems.InvalidInput("year: required, e.g. year=" + latest + ".");
        }
        int year;
        try {
            year = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Problems.InvalidInput("year: '" + text + "' is not a year; write it as four digits, e.g. year="
                    + latest + ".");
        }
        if (year < FIRST_YEAR || year > latest) {
            throw new Problems.InvalidInput("year: " + year + " is outside " + FIRST_YEAR + " to " + latest + ".");
        }
        return year;
    }

    /** The report as it is published: with disclosure control. */
    @Transactional(readOnly = true)
    public EnforcementReport report(int year) {
        return report(year, true);
    }

    /**
     * @param published false for headquarters' internal working copy (exact counts, no disclosure control; not for
     *                  release); true for the report as published
     */
    @Transactional(readOnly = true)
    public EnforcementReport report(int year, boolean published) {
        long started = System.nanoTime();
        Timings timings = new Timings();
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = start.plusYears(1);
        LocalDate today = BusinessDay.today(clock);
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("from", start.atStartOfDay())
                .addValue("to", end.atStartOfDay())
                .addValue("fromDate", start)
                .addValue("toDate", end);
        List<String> families = Arrays.stream(CaseFamily.values()).map(Enum::name).toList();
        List<String> offices = jdbc.queryForList("SELECT code FROM office ORDER BY code", Map.of(), String.class);

        List<AmountCell> opened = timings.time("opened", () -> amountCells(p));
        CaseCounts casesOpened = counts(opened.stream()
                .map(a -> new CaseCell(a.family(), a.statute(), a.office(), a.money().cases())).toList(), families, offices);
        CaseCounts casesClosed = timings.time("closed", () -> counts(closedCells(p), families, offices));
        Amounts amounts = amounts(opened, families, offices);
        Collected collected = timings.time("collected", () -> collected(p, families, offices));
        PetitionPass petitions = timings.time("petitions", () -> petitions(p, families, offices));
        SeizurePass seizures = timings.time("seizures", () -> seizures(p, offices));
        Limitations limitations = timings.time("limitations", () -> limitations(p, start, end, today, families, offices));
        log.info("Enforcement report {} in {} ms ({})", year, (System.nanoTime() - started) / 1_000_000, timings);
        Durations durations = new Durations(seizures.disposalDays().stats(), stats(seizures.disposalDaysByOffice()),
                petitions.days().stats(), stats(petitions.daysByFamily()), stats(petitions.daysByOffice()));
        // disclosure control (EO 14411 Sec. 6): the minimum cell in force on the day the report is made
        if (!published) {
            return new EnforcementReport(year, start, end.minusDays(1), today, clock.instant(), families, offices,
                    casesOpened, casesClosed, amounts, collected, mitigation(petitions.cells(), families, offices),
                    exceptions(petitions.cells(), families, offices), seizures.seizures(), durations, limitations,
                    definitions(), null);
        }
        DisclosureControl control = new DisclosureControl(parameters.valueOn(
                gov.fpf.rules.ParameterNames.REPORT_MINIMUM_CELL, today).value().longValue());
        return new EnforcementReport(year, start, end.minusDays(1), today, clock.instant(), families, offices,
                published(casesOpened, control, confidentialCells(p, "c.opened_at >= :from AND c.opened_at < :to")),
                published(casesClosed, control, confidentialCells(p,
                        "c.closed_at >= :from AND c.closed_at < :to AND c.status = 'CLOSED'")),
                amounts, collected, mitigation(petitions.cells(), families, offices),
                published(exceptions(petitions.cells(), families, offices), control),
                published(seizures.seizures(), control), durations, published(limitations, control),
                definitions(), control.summary());
    }

    // ------------------------------------------------------------------------------------------ disclosure control

    /**
     * The family × statute × office cells holding a case of a party with a live (GRANTED) confidentiality request whose
     * scope covers enforcement data: those cases are counted in every total and breakdown, but their finest cell is
     * withheld (with complementary suppression around it), so the report cannot be read back to the party.
     */
    private java.util.Set<List<String>> confidentialCells(MapSqlParameterSource p, String inYear) {
        // the scopes of ConfidentialityScope that cover enforcement data (named here: the report does not depend on
        // the confidentiality package, which depends on the pages around it)
        List<String> scopes = CONFIDENTIAL_ENFORCEMENT_SCOPES;
        java.util.Set<List<String>> cells = new java.util.HashSet<>();
        jdbc.query("SELECT DISTINCT c.family, c.office_code, " + STATUTE + " AS statute FROM case_file c" + FAMILY_TABLES
                        + " WHERE " + inYear + NOT_DEMO + " AND c.party_id IN (SELECT cr.party_id FROM confidentiality_request cr"
                        + " WHERE cr.status = 'GRANTED' AND cr.scope IN (:scopes))",
                new MapSqlParameterSource(p.getValues()).addValue("scopes", scopes),
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> cells.add(List.of(rs.getString(1),
                        statute(rs.getString(1), rs.getString(3)), rs.getString(2))));
        return cells;
    }

    static CaseCounts published(CaseCounts raw, DisclosureControl control, java.util.Set<List<String>> confidential) {
        Long total = control.count(raw.total());
        Map<String, Long> byFamily = control.line(raw.byFamily(), total != null);
        Map<String, Long> byOffice = control.line(raw.byOffice(), total != null);
        Map<String, Boolean> familyShown = new LinkedHashMap<>();
        byFamily.forEach((f, v) -> familyShown.put(f, v != null));
        Map<StatuteCount, Long> statutes = control.grouped(raw.byStatute(), StatuteCount::family, StatuteCount::count,
                familyShown, java.util.Set.of());
        List<StatuteCount> byStatute = raw.byStatute().stream()
                .map(s -> new StatuteCount(s.family(), s.statute(), statutes.get(s))).toList();
        Map<List<String>, Boolean> statuteShown = new LinkedHashMap<>();
        byStatute.forEach(s -> statuteShown.put(List.of(s.family(), s.statute()), s.count() != null));
        java.util.Set<CaseCell> forced = new java.util.HashSet<>();
        raw.cells().stream().filter(c -> confidential.contains(List.of(c.family(), c.statute(), c.office())))
                .forEach(forced::add);
        Map<CaseCell, Long> cells = control.grouped(raw.cells(), c -> List.of(c.family(), c.statute()), CaseCell::count,
                statuteShown, forced);
        return new CaseCounts(total, byFamily, byStatute, byOffice, raw.cells().stream()
                .map(c -> new CaseCell(c.family(), c.statute(), c.office(), cells.get(c))).toList());
    }

    /** National-security exceptions: no count below the minimum is published, zero included. */
    static Exceptions published(Exceptions raw, DisclosureControl control) {
        Long granted = control.strictCount(raw.granted());
        return new Exceptions(granted, control.line(raw.byFamily(), granted != null, true, java.util.Set.of()),
                control.line(raw.byOffice(), granted != null, true, java.util.Set.of()));
    }

    private static Seizures published(Seizures raw, DisclosureControl control) {
        Long seized = control.count(raw.seized());
        return new Seizures(seized, raw.appraisedValueSeized(), control.line(raw.seizedByStatute(), seized != null),
                control.line(raw.seizedByOffice(), seized != null), control.line(raw.dispositionsByMethod(), false),
                control.nested(raw.dispositionsByOffice()), control.count(raw.summaryDispositions()), raw.saleProceeds(),
                control.line(raw.forfeituresByBasis(), false), control.nested(raw.forfeituresByOffice()));
    }

    private static Limitations published(Limitations raw, DisclosureControl control) {
        Long closed = control.count(raw.closedByStatute());
        Long lapsed = control.count(raw.lapsedWhileOpen());
        return new Limitations(raw.target(), closed, control.line(raw.closedByFamily(), closed != null),
                control.line(raw.closedByOffice(), closed != null), lapsed,
                control.line(raw.lapsedWhileOpenByOffice(), lapsed != null));
    }

    /** How long each query group took, for the log line (and the benchmark, which reads it). */
    private static final class Timings {
        private final Map<String, Long> millis = new LinkedHashMap<>();

        <T> T time(String name, java.util.function.Supplier<T> work) {
            long t = System.nanoTime();
            try {
                return work.get();
            } finally {
                millis.put(name, (System.nanoTime() - t) / 1_000_000);
            }
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            millis.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v).append(" ms"));
            return b.toString();
        }
    }

    // ------------------------------------------------------------------------------------------------ cases

    private List<AmountCell> amountCells(MapSqlParameterSource p) {
        return jdbc.query("SELECT c.family, c.office_code, " + STATUTE + " AS statute, COUNT(*) AS n,"
                        + " COALESCE(SUM(c.assessed_amount), 0) AS assessed, COALESCE(SUM(c.decided_amount), 0) AS decided,"
                        + " COALESCE(SUM(c.paid_amount), 0) AS paid"
                        + " FROM case_file c" + FAMILY_TABLES
                        + " WHERE c.opened_at >= :from AND c.opened_at < :to" + NOT_DEMO
                        + " GROUP BY c.family, c.office_code, " + STATUTE, p,
                (rs, i) -> new AmountCell(rs.getString(1), statute(rs.getString(1), rs.getString(3)), rs.getString(2),
                        new Money(rs.getLong(4), money(rs, 5), money(rs, 6), money(rs, 7))));
    }

    private List<CaseCell> closedCells(MapSqlParameterSource p) {
        return jdbc.query("SELECT c.family, c.office_code, " + STATUTE + " AS statute, COUNT(*) AS n"
                        + " FROM case_file c" + FAMILY_TABLES
                        + " WHERE c.closed_at >= :from AND c.closed_at < :to AND c.status = 'CLOSED'" + NOT_DEMO
                        + " GROUP BY c.family, c.office_code, " + STATUTE, p,
                (rs, i) -> new CaseCell(rs.getString(1), statute(rs.getString(1), rs.getString(3)), rs.getString(2),
                        rs.getLong(4)));
    }

    private static CaseCounts counts(List<CaseCell> cells, List<String> families, List<String> offices) {
        List<CaseCell> sorted = cells.stream().sorted(Comparator.comparing(CaseCell::family)
                .thenComparing(CaseCell::statute).thenComparing(CaseCell::office)).toList();
        Map<List<String>, Long> byStatute = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        sorted.forEach(c -> byStatute.merge(List.of(c.family(), c.statute()), c.count(), Long::sum));
        return new CaseCounts(sorted.stream().mapToLong(CaseCell::count).sum(),
                rollup(sorted, CaseCell::family, CaseCell::count, Long::sum, families, 0L),
                byStatute.entrySet().stream().map(e -> new StatuteCount(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                        .toList(),
                rollup(sorted, CaseCell::office, CaseCell::count, Long::sum, offices, 0L), sorted);
    }

    private static Amounts amounts(List<AmountCell> cells, List<String> families, List<String> offices) {
        List<AmountCell> sorted = cells.stream().sorted(Comparator.comparing(AmountCell::family)
                .thenComparing(AmountCell::statute).thenComparing(AmountCell::office)).toList();
        List<AmountCell> claims = sorted.stream().filter(c -> !CaseFamily.SEIZURE.name().equals(c.family())).toList();
        return new Amounts(claims.stream().map(AmountCell::money).reduce(Money.ZERO, Money::plus),
                rollup(sorted, AmountCell::family, AmountCell::money, Money::plus, families, Money.ZERO),
                rollup(claims, AmountCell::office, AmountCell::money, Money::plus, offices, Money.ZERO), sorted);
    }

    private Collected collected(MapSqlParameterSource p, List<String> families, List<String> offices) {
        record Row(String family, String office, long payments, BigDecimal amount) {
        }
        List<Row> rows = jdbc.query("SELECT c.family, c.office_code, COUNT(*), COALESCE(SUM(pay.amount), 0)"
                        + " FROM payment pay JOIN case_file c ON c.id = pay.case_id"
                        + " WHERE pay.paid_date >= :fromDate AND pay.paid_date < :toDate" + NOT_DEMO
                        + " GROUP BY c.family, c.office_code", p,
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), money(rs, 4)));
        return new Collected(rows.stream().mapToLong(Row::payments).sum(),
                rows.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                rollup(rows, Row::family, Row::amount, BigDecimal::add, families, BigDecimal.ZERO),
                rollup(rows, Row::office, Row::amount, BigDecimal::add, offices, BigDecimal.ZERO));
    }

    // ------------------------------------------------------------------------------------------ petitions

    /** The additive parts of a {@link Rate}. */
    private record RateSum(long decided, long mitigated, long cancelled, long denied, long exceptions,
                           BigDecimal assessed, BigDecimal decidedAmount) {
        static final RateSum ZERO = new RateSum(0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

        RateSum plus(RateSum o) {
            return new RateSum(decided + o.decided, mitigated + o.mitigated, cancelled + o.cancelled, denied + o.denied,
                    exceptions + o.exceptions, assessed.add(o.assessed), decidedAmount.add(o.decidedAmount));
        }

        Rate rate() {
            return new Rate(decided, mitigated, cancelled, denied, decided == 0 ? null
                    : BigDecimal.valueOf(mitigated).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP),
                    assessed, decidedAmount);
        }
    }

    private record PetitionCell(String family, String statute, String office, RateSum sum) {
    }

    /** The year's decided petitions in one pass: the mitigation figures and the days from receipt to decision. */
    private record PetitionPass(List<PetitionCell> cells, DayHistogram days, Map<String, DayHistogram> daysByFamily,
                                Map<String, DayHistogram> daysByOffice) {
    }

    private PetitionPass petitions(MapSqlParameterSource p, List<String> families, List<String> offices) {
        // the decision's day is the office's calendar day: its UTC day and hour are grouped here and turned into the
        // office's date below (every office zone is a whole number of hours from UTC)
        String decided = "pet.received_date, CAST(pet.decided_at AS DATE), HOUR(pet.decided_at)";
        Map<List<String>, RateSum> sums = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        DayHistogram all = new DayHistogram();
        Map<String, DayHistogram> byFamily = histograms(families);
        Map<String, DayHistogram> byOffice = histograms(offices);
        // grouped by the number of days too: one row per (family, office, statute, days), never one per petition
        jdbc.query("SELECT c.family, c.office_code, " + STATUTE + " AS statute, " + decided + ", COUNT(*),"
                + " SUM(CASE WHEN pet.outcome = 'MITIGATE' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN pet.outcome = 'CANCEL' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN pet.outcome = 'DENY' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN pet.national_security_exception = TRUE AND pet.exception_approved_by IS NOT NULL"
                + " THEN 1 ELSE 0 END),"
                + " COALESCE(SUM(c.assessed_amount), 0), COALESCE(SUM(pet.decided_amount), 0)"
                + " FROM petition pet JOIN case_file c ON c.id = pet.case_id" + FAMILY_TABLES
                + " WHERE pet.decided_at >= :from AND pet.decided_at < :to AND pet.status = 'DECIDED'" + NOT_DEMO
                + " GROUP BY c.family, c.office_code, " + STATUTE + ", " + decided, p, rs -> {
                    String family = rs.getString(1);
                    String office = rs.getString(2);
                    long n = rs.getLong(7);
                    sums.merge(List.of(family, statute(family, rs.getString(3)), office), new RateSum(n, rs.getLong(8),
                            rs.getLong(9), rs.getLong(10), rs.getLong(11), money(rs, 12), money(rs, 13)), RateSum::plus);
                    java.sql.Date received = rs.getDate(4);
                    java.sql.Date decidedUtcDay = rs.getDate(5);
                    if (received != null && decidedUtcDay != null) {
                        LocalDate decidedAtOffice = decidedUtcDay.toLocalDate().atTime(rs.getInt(6), 0)
                                .atZone(ZoneOffset.UTC).withZoneSameInstant(calendar.zone(office)).toLocalDate();
                        long d = ChronoUnit.DAYS.between(received.toLocalDate(), decidedAtOffice);
                        all.add(d, n);
                        byFamily.computeIfAbsent(family, k -> new DayHistogram()).add(d, n);
                        byOffice.computeIfAbsent(office, k -> new DayHistogram()).add(d, n);
                    }
                });
        List<PetitionCell> cells = sums.entrySet().stream()
                .map(e -> new PetitionCell(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue())).toList();
        return new PetitionPass(cells, all, byFamily, byOffice);
    }

    private Mitigation mitigation(List<PetitionCell> cells, List<String> families, List<String> offices) {
        Map<List<String>, RateSum> byStatute = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        cells.forEach(c -> byStatute.merge(List.of(c.family(), c.statute()), c.sum(), RateSum::plus));
        return new Mitigation(cells.stream().map(PetitionCell::sum).reduce(RateSum.ZERO, RateSum::plus).rate(),
                rates(rollup(cells, PetitionCell::family, PetitionCell::sum, RateSum::plus, families, RateSum.ZERO)),
                byStatute.entrySet().stream()
                        .map(e -> new StatuteRate(e.getKey().get(0), e.getKey().get(1), e.getValue().rate())).toList(),
                rates(rollup(cells, PetitionCell::office, PetitionCell::sum, RateSum::plus, offices, RateSum.ZERO)),
                cells.stream().map(c -> new RateCell(c.family(), c.statute(), c.office(), c.sum().rate())).toList());
    }

    /** Counted in the same pass over the year's petitions as the mitigation rate. */
    private static Exceptions exceptions(List<PetitionCell> cells, List<String> families, List<String> offices) {
        return new Exceptions(cells.stream().mapToLong(c -> c.sum().exceptions()).sum(),
                rollup(cells, PetitionCell::family, c -> c.sum().exceptions(), Long::sum, families, 0L),
                rollup(cells, PetitionCell::office, c -> c.sum().exceptions(), Long::sum, offices, 0L));
    }

    private static Map<String, Rate> rates(Map<String, RateSum> sums) {
        Map<String, Rate> rates = new LinkedHashMap<>();
        sums.forEach((k, v) -> rates.put(k, v.rate()));
        return rates;
    }

    // ------------------------------------------------------------------------------------------ seizures

    /** The seizure figures of the year and the days from seizure to disposal, from one pass over the seizures. */
    private record SeizurePass(Seizures seizures, DayHistogram disposalDays, Map<String, DayHistogram> disposalDaysByOffice) {
    }

    private SeizurePass seizures(MapSqlParameterSource p, List<String> offices) {
        String seized = "sc.seizure_date >= :fromDate AND sc.seizure_date < :toDate";
        String disposed = "sc.disposition_date >= :fromDate AND sc.disposition_date < :toDate";
        // released to the owner (1614 payment of value, remission, compromise, court order) without a disposal: a return
        String returned = "sc.released_date >= :fromDate AND sc.released_date < :toDate AND sc.disposition_date IS NULL";
        String forfeited = "sc.forfeiture_date >= :fromDate AND sc.forfeiture_date < :toDate";
        String method = "COALESCE(sc.disposition_method, sc.summary_action)";
        String days = "CASE WHEN " + disposed + " THEN TIMESTAMPDIFF(DAY, sc.seizure_date, sc.disposition_date) END";
        List<String> methods = new ArrayList<>(DISPOSITION_METHODS);
        Map<String, Long> byStatute = new TreeMap<>();
        Map<String, Long> seizedByOffice = new LinkedHashMap<>(zeros(offices));
        Map<String, Map<String, Long>> dispositionsByOffice = new TreeMap<>();
        Map<String, Map<String, Long>> forfeituresByOffice = new TreeMap<>();
        long[] totals = new long[2];
        BigDecimal[] money = {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)};
        DayHistogram all = new DayHistogram();
        Map<String, DayHistogram> byOffice = histograms(offices);
        // a row per (office, statute, method, basis, days to disposal); a seizure counts in each figure whose date
        // falls in the year. The flags are worked out in a derived table, so the GROUP BY names plain columns (H2
        // cannot match a grouped expression that holds parameters; MariaDB merges the derived table away).
        jdbc.query("SELECT office, statute, method, basis, days, SUM(seized), COALESCE(SUM(seized_value), 0),"
                + " SUM(disposed), SUM(summary), COALESCE(SUM(proceeds), 0), SUM(returned), SUM(forfeited)"
                + " FROM (SELECT c.office_code AS office, sc.statute AS statute, " + method + " AS method,"
                + " sc.forfeiture_basis AS basis, " + days + " AS days,"
                + " CASE WHEN " + seized + " THEN 1 ELSE 0 END AS seized,"
                + " CASE WHEN " + seized + " THEN sc.appraised_value END AS seized_value,"
                + " CASE WHEN " + disposed + " THEN 1 ELSE 0 END AS disposed,"
                + " CASE WHEN " + disposed + " AND sc.disposition_method IS NULL AND sc.summary_action IS NOT NULL"
                + " THEN 1 ELSE 0 END AS summary,"
                + " CASE WHEN " + disposed + " THEN sc.gross_proceeds END AS proceeds,"
                + " CASE WHEN " + returned + " THEN 1 ELSE 0 END AS returned,"
                + " CASE WHEN " + forfeited + " THEN 1 ELSE 0 END AS forfeited"
                + " FROM seizure_case sc JOIN case_file c ON c.id = sc.case_id"
                + " WHERE (" + seized + " OR " + disposed + " OR (" + returned + ") OR " + forfeited + ")" + NOT_DEMO
                + ") year_seizures GROUP BY office, statute, method, basis, days", p, rs -> {
                    String office = rs.getString(1);
                    String m = rs.getString(3) == null ? "OTHER" : rs.getString(3);
                    long seizedCount = rs.getLong(6);
                    long disposedCount = rs.getLong(8);
                    long returnedCount = rs.getLong(11);
                    long forfeitedCount = rs.getLong(12);
                    if (seizedCount > 0) {
                        byStatute.merge(rs.getString(2), seizedCount, Long::sum);
                        seizedByOffice.merge(office, seizedCount, Long::sum);
                        totals[0] += seizedCount;
                        money[0] = money[0].add(money(rs, 7));
                    }
                    if (disposedCount > 0) {
                        if (!methods.contains(m)) {
                            methods.add(m);
                        }
                        dispositionsByOffice.computeIfAbsent(office, o -> zeros(DISPOSITION_METHODS))
                                .merge(m, disposedCount, Long::sum);
                        totals[1] += rs.getLong(9);
                        if (DispositionMethod.SALE.name().equals(m)) {
                            money[1] = money[1].add(money(rs, 10));
                        }
                        long d = rs.getLong(5);
                        all.add(d, disposedCount);
                        byOffice.computeIfAbsent(office, o -> new DayHistogram()).add(d, disposedCount);
                    }
                    if (returnedCount > 0) {
                        dispositionsByOffice.computeIfAbsent(office, o -> zeros(DISPOSITION_METHODS))
                                .merge(DispositionMethod.RETURN.name(), returnedCount, Long::sum);
                    }
                    if (forfeitedCount > 0) {
                        forfeituresByOffice.computeIfAbsent(office, o -> zeros(FORFEITURE_BASES))
                                .merge(basis(rs.getString(4)), forfeitedCount, Long::sum);
                    }
                });
        Map<String, Long> dispositionsByMethod = zeros(methods);
        dispositionsByOffice.values().forEach(byMethod -> byMethod.forEach((k, v) -> dispositionsByMethod.merge(k, v, Long::sum)));
        Map<String, Long> forfeituresByBasis = zeros(FORFEITURE_BASES);
        forfeituresByOffice.values().forEach(byBasis -> byBasis.forEach((k, v) -> forfeituresByBasis.merge(k, v, Long::sum)));
        return new SeizurePass(new Seizures(totals[0], money[0], byStatute, seizedByOffice, dispositionsByMethod,
                dispositionsByOffice, totals[1], money[1], forfeituresByBasis, forfeituresByOffice), all, byOffice);
    }

    private static String basis(String stored) {
        return "ASSENT".equals(stored) ? "ABANDONMENT" : stored == null ? "OTHER" : stored;
    }

    // ------------------------------------------------------------------------------------------ durations

    private static Map<String, DayHistogram> histograms(Collection<String> keys) {
        Map<String, DayHistogram> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, new DayHistogram()));
        return map;
    }

    private static Map<String, DayStats> stats(Map<String, DayHistogram> histograms) {
        Map<String, DayStats> stats = new LinkedHashMap<>();
        histograms.forEach((k, h) -> stats.put(k, h.stats()));
        return stats;
    }

    // ------------------------------------------------------------------------------------------ limitations

    private Limitations limitations(MapSqlParameterSource p, LocalDate start, LocalDate end, LocalDate today,
                                    List<String> families, List<String> offices) {
        record Closed(String family, String office, long count) {
        }
        // the penalty process writes SOL_EXPIRED when it finds the limitation run, and closes the case in the same step
        List<Closed> closed = jdbc.query("SELECT c.family, c.office_code, COUNT(DISTINCT c.id)"
                        + " FROM audit_event a JOIN case_file c ON c.case_number = a.case_number"
                        + " WHERE a.event = 'SOL_EXPIRED' AND a.occurred_at < :to"
                        + " AND c.status = 'CLOSED' AND c.closed_at >= :from AND c.closed_at < :to" + NOT_DEMO
                        + " GROUP BY c.family, c.office_code", p,
                (rs, i) -> new Closed(rs.getString(1), rs.getString(2), rs.getLong(3)));
        LocalDate lapseEnd = end.isBefore(today) ? end : today;
        List<Closed> lapsed = !lapseEnd.isAfter(start) ? List.of() : jdbc.query(
                "SELECT c.office_code, COUNT(*) FROM penalty_case pc JOIN case_file c ON c.id = pc.case_id"
                        + " WHERE pc.sol_date >= :fromDate AND pc.sol_date < :lapseEnd"
                        + " AND c.status NOT IN ('CLOSED', 'REFERRED')" + NOT_DEMO
                        + " GROUP BY c.office_code", new MapSqlParameterSource(p.getValues()).addValue("lapseEnd", lapseEnd),
                (rs, i) -> new Closed(CaseFamily.PENALTY.name(), rs.getString(1), rs.getLong(2)));
        return new Limitations(0, closed.stream().mapToLong(Closed::count).sum(),
                rollup(closed, Closed::family, Closed::count, Long::sum, families, 0L),
                rollup(closed, Closed::office, Closed::count, Long::sum, offices, 0L),
                lapsed.stream().mapToLong(Closed::count).sum(),
                rollup(lapsed, Closed::office, Closed::count, Long::sum, offices, 0L));
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Sums values by key; every one of {@code keys} is present (zero if nothing), in their order, then any others. */
    private static <C, T> Map<String, T> rollup(Collection<C> cells, Function<C, String> key, Function<C, T> value,
                                                BinaryOperator<T> plus, Collection<String> keys, T zero) {
        Map<String, T> result = new LinkedHashMap<>();
        keys.forEach(k -> result.put(k, zero));
        Map<String, T> others = new TreeMap<>();
        for (C c : cells) {
            String k = key.apply(c);
            (result.containsKey(k) ? result : others).merge(k, value.apply(c), plus);
        }
        result.putAll(others);
        return result;
    }

    private static Map<String, Long> zeros(Collection<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, 0L));
        return map;
    }

    /** The statute as the API writes it: a penalty statute by its section (1592), others as stored. */
    static String statute(String family, String stored) {
        if (stored == null) {
            return "UNKNOWN";
        }
        if (CaseFamily.PENALTY.name().equals(family)) {
            try {
                return PenaltyStatute.valueOf(stored).json();
            } catch (IllegalArgumentException e) {
                return stored;
            }
        }
        return stored;
    }

    private static BigDecimal money(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static Map<String, String> definitions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("casesOpened", "Cases opened in the year (opened_at, UTC), DEMO cases left out.");
        d.put("casesClosed", "Cases closed in the year (closed_at, UTC), whenever they were opened.");
        d.put("amounts", "The cases opened in the year, as they stand today: assessed (the amount in the penalty"
                + " notice or the claim; for seizures the appraised value of the property), decided (after petitions,"
                + " i.e. mitigated) and collected (paid so far). The monetary-claims totals are penalties and"
                + " liquidated damages only.");
        d.put("collectedInYear", "Payments received in the year (paid date), on cases of any year.");
        d.put("mitigation", "Petitions decided in the year (decision time, UTC), original and supplemental:"
                + " mitigationRate = mitigated ÷ decided; cancelled and denied are shown beside it.");
        d.put("nationalSecurityExceptions", "Petitions decided in the year below the EO 14411 floor on a"
                + " national-security exception approved by a second supervisor. Counts only.");
        d.put("seizures", "Seizures made in the year (seizure date); dispositions carried out in the year by method"
                + " (1612 summary sales and destructions included, returns = property released or returned to the"
                + " owner); forfeitures in the year by basis (ABANDONMENT = CBP Form 4607, forfeited by assent).");
        d.put("durations", "Days from seizure to disposal, for property disposed of in the year; days from the"
                + " receipt of a petition to its decision, for petitions decided in the year. Median and 90th"
                + " percentile interpolated between the nearest ranks.");
        d.put("statuteOfLimitations", "Cases closed in the year because the statute of limitations had run (target:"
                + " zero), and penalty cases whose limitation date fell in the year, up to today, while neither closed"
                + " nor referred.");
        d.put("statute", "Penalty statute (1592, 1641, 1526f, 1595a), seizure statute (e.g. 1526(e)), and for"
                + " liquidated damages the bond condition breached (e.g. LATE_ISF).");
        return d;
    }
}
