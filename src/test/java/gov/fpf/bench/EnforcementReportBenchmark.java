package gov.fpf.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import gov.fpf.report.EnforcementReport;
import gov.fpf.report.EnforcementReportService;

/**
 * Benchmark, not a test (its name keeps it out of the suite). Fills a MariaDB schema of its own with a year of
 * {@code bench.n} cases (default 1,000,000) and a tenth more opened the year before, with penalty, liquidated-damages
 * and seizure rows, petitions, payments and audit events in proportion, written with multi-row INSERTs on one
 * connection; then times the annual enforcement report for that year, cold (first call in the JVM) and warm, and
 * prints the heap the report needed. Checks that the report's indexes exist (V13) and what MariaDB plans for the
 * main range queries. The data stays for the next run (same N and year: no regeneration).
 *
 * <pre>
 * mysql -uroot -h127.0.0.1 -e "CREATE DATABASE fpf_rep CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
 *   GRANT ALL ON fpf_rep.* TO 'fpf_it'@'localhost', 'fpf_it'@'127.0.0.1'"
 * ./mvnw test -Dtest=EnforcementReportBenchmark -Dbench.n=1000000
 * mysql -uroot -h127.0.0.1 -e "DROP DATABASE fpf_rep"
 * </pre>
 * {@code -Dbench.schema=} another schema, {@code -Dbench.year=} the year (default last year), {@code -Dbench.runs=}
 * warm runs (default 5), {@code -Dbench.audit=} noise audit events per case (default 3).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "FPF_DB_URL=jdbc:mysql://127.0.0.1:3306/${bench.schema:fpf_rep}?nullDatabaseMeansCurrent=true"
                + "&sendFractionalSeconds=false&useSSL=false&allowPublicKeyRetrieval=true",
        "FPF_DB_USER=fpf_it", "FPF_DB_PASSWORD=fpf_it", "FPF_ADMIN_PASSWORD=bench-admin",
        "camunda.bpm.job-execution.enabled=false", "fpf.demo.enabled=false", "logging.level.root=WARN",
        "logging.level.gov.fpf.report=INFO"})
@ActiveProfiles("mysql")
class EnforcementReportBenchmark {

    private static final String[] INDEXES = {"ix_case_opened", "ix_case_closed", "ix_petition_decided", "ix_payment_paid",
            "ix_seizure_date", "ix_seizure_forfeiture", "ix_seizure_disposition", "ix_seizure_released",
            "ix_seizure_summary_sale", "ix_penalty_sol", "ix_audit_event_time"};
    private static final int OFFICES = 20;
    private static final int PARTIES = 10_000;
    private static final int BONDS = 200;
    private static final int ROWS_PER_INSERT = 1000;
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Autowired
    EnforcementReportService reports;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reportForAYearOfCases() throws Exception {
        int n = Integer.getInteger("bench.n", 1_000_000);
        int year = Integer.getInteger("bench.year", LocalDate.now(ZoneOffset.UTC).getYear() - 1);
        int runs = Integer.getInteger("bench.runs", 5);
        int audit = Integer.getInteger("bench.audit", 3);

        long inYear = jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE opened_at >= ? AND opened_at < ?",
                Long.class, LocalDate.of(year, 1, 1).atStartOfDay(), LocalDate.of(year + 1, 1, 1).atStartOfDay());
        double generateSeconds = 0;
        if (inYear == 0) {
            long t = System.nanoTime();
            generate(n, year, audit);
            generateSeconds = (System.nanoTime() - t) / 1e9;
            jdbc.execute("ANALYZE TABLE case_file, penalty_case, ld_claim, seizure_case, petition, payment, audit_event");
        } else if (inYear != n) {
            System.out.printf("%nNOTE: the schema already holds %d cases opened in %d (not %d); timing those.%n", inYear, year, n);
            n = (int) inYear;
        }
        System.out.println();
        for (String table : List.of("case_file", "penalty_case", "ld_claim", "seizure_case", "petition", "payment", "audit_event")) {
            Map<String, Object> size = jdbc.queryForMap("SELECT table_rows, ROUND((data_length + index_length) / 1048576)"
                    + " AS mb FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?", table);
            System.out.printf("  %-14s %,12d rows (estimate) %,7d MB with indexes%n", table,
                    ((Number) size.get("table_rows")).longValue(), ((Number) size.get("mb")).longValue());
        }
        List<String> present = jdbc.queryForList("SELECT DISTINCT index_name FROM information_schema.statistics"
                + " WHERE table_schema = DATABASE()", String.class);
        List<String> missing = Arrays.stream(INDEXES).filter(i -> !present.contains(i)).toList();
        System.out.println("  report indexes (V13): " + (missing.isEmpty() ? "all present" : "MISSING " + missing));
        explain("cases opened", "SELECT c.family, COUNT(*) FROM case_file c WHERE c.opened_at >= ? AND c.opened_at < ?"
                + " GROUP BY c.family", year);
        explain("cases closed", "SELECT c.family, COUNT(*) FROM case_file c WHERE c.closed_at >= ? AND c.closed_at < ?"
                + " AND c.status = 'CLOSED' GROUP BY c.family", year);
        explain("petitions decided", "SELECT COUNT(*) FROM petition pet JOIN case_file c ON c.id = pet.case_id"
                + " WHERE pet.decided_at >= ? AND pet.decided_at < ?", year);
        explain("closed by SOL", "SELECT COUNT(*) FROM audit_event a JOIN case_file c ON c.case_number = a.case_number"
                + " WHERE a.event = 'SOL_EXPIRED' AND a.occurred_at < ? AND c.closed_at >= ?", year + 1, year);

        // cold: the first report in this JVM (JIT cold; MariaDB's 128 MB buffer pool holds little of the data)
        Measured cold = measure(year);
        List<Double> warm = new ArrayList<>();
        long warmPeak = 0;
        for (int i = 0; i < runs; i++) {
            Measured m = measure(year);
            warm.add(m.seconds());
            warmPeak = Math.max(warmPeak, m.peakHeap());
        }
        warm.sort(Double::compare);
        EnforcementReport r = cold.report();
        System.out.printf("%nBENCHMARK enforcement report (MariaDB %s, %d cores, %,d cases opened in %d%s): cold %.2f s,"
                        + " warm %.2f s median (%.2f min, %.2f max over %d runs); heap used %d MB before, at most %d MB"
                        + " during the cold run and %d MB during the warm runs (garbage included)%n"
                        + "  figures: %,d opened, %,d closed, %,d petitions decided (rate %s), %,d seized, %,d disposed,"
                        + " seizure to disposal median %s / p90 %s days, petition to decision median %s / p90 %s days,"
                        + " %,d closed by SOL%n%n",
                jdbc.queryForObject("SELECT VERSION()", String.class), Runtime.getRuntime().availableProcessors(), n, year,
                generateSeconds > 0 ? String.format(", generated in %.0f s", generateSeconds) : "",
                cold.seconds(), warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1), runs,
                cold.heapBefore() >> 20, cold.peakHeap() >> 20, warmPeak >> 20,
                r.casesOpened().total(), r.casesClosed().total(), r.mitigation().total().decided(),
                r.mitigation().total().mitigationRate(), r.seizures().seized(),
                r.seizures().dispositionsByMethod().values().stream().mapToLong(Long::longValue).sum(),
                r.durations().seizureToDisposal().median(), r.durations().seizureToDisposal().p90(),
                r.durations().petitionToDecision().median(), r.durations().petitionToDecision().p90(),
                r.statuteOfLimitations().closedByStatute());
    }

    private record Measured(EnforcementReport report, double seconds, long heapBefore, long peakHeap) {
    }

    /** One report, with the heap sampled every 5 ms while it runs. */
    private Measured measure(int year) throws InterruptedException {
        System.gc();
        long before = usedHeap();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(usedHeap(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long t = System.nanoTime();
        EnforcementReport report = reports.report(year);
        double seconds = (System.nanoTime() - t) / 1e9;
        running.set(false);
        sampler.join();
        return new Measured(report, seconds, before, peak.get());
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void explain(String what, String sql, int year) {
        explain(what, sql, year, year + 1);
    }

    private void explain(String what, String sql, int firstYear, int secondYear) {
        List<Map<String, Object>> plan = jdbc.queryForList("EXPLAIN " + sql, LocalDate.of(firstYear, 1, 1).atStartOfDay(),
                LocalDate.of(secondYear, 1, 1).atStartOfDay());
        StringBuilder b = new StringBuilder();
        for (Map<String, Object> row : plan) {
            b.append(b.length() == 0 ? "" : "; ").append(row.get("table")).append(": ").append(row.get("type"))
                    .append(" on ").append(row.get("key")).append(" (~").append(row.get("rows")).append(" rows)");
        }
        System.out.println("  plan, " + what + ": " + b);
    }

    // ------------------------------------------------------------------------------------------------ the data

    /** Fast bulk load: multi-row INSERTs of literal values on one connection, commits every 20 statements. */
    private static final class Rows implements AutoCloseable {
        private final Connection connection;
        private final String prefix;
        private final StringBuilder sql = new StringBuilder(1 << 20);
        private int rows;
        private int statements;
        long total;

        Rows(Connection connection, String prefix) {
            this.connection = connection;
            this.prefix = prefix;
        }

        StringBuilder row() throws SQLException {
            if (rows == ROWS_PER_INSERT) {
                flush();
            }
            sql.append(rows == 0 ? prefix + " VALUES (" : ",(");
            rows++;
            total++;
            return sql;
        }

        void flush() throws SQLException {
            if (rows == 0) {
                return;
            }
            try (Statement st = connection.createStatement()) {
                st.execute(sql.toString());
            }
            sql.setLength(0);
            rows = 0;
            if (++statements % 20 == 0) {
                connection.commit();
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            connection.commit();
        }
    }

    private void generate(int n, int year, int auditPerCase) throws SQLException {
        SplittableRandom rnd = new SplittableRandom(14411);
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SET SESSION foreign_key_checks = 0");
                st.execute("SET SESSION unique_checks = 0");
            }
            String now = LocalDateTime.of(year, 1, 1, 0, 0).format(TS);
            try (Rows offices = new Rows(c, "INSERT INTO office (code, name, kind, created_at)")) {
                for (int o = 1; o <= OFFICES; o++) {
                    offices.row().append(q(office(o))).append(",'Benchmark office ").append(o).append("','SEAPORT',")
                            .append(q(now)).append(')');
                }
            }
            long party0 = next(c, "party");
            try (Rows parties = new Rows(c, "INSERT INTO party (id, name, kind, ior_class, ior_class_reason, good_standing,"
                    + " created_at, created_by, version)")) {
                for (int p = 0; p < PARTIES; p++) {
                    parties.row().append(party0 + p).append(",'Benchmark Party ").append(p)
                            .append("','ENTITY','US','bench',TRUE,").append(q(now)).append(",'bench',0)");
                }
            }
            long bond0 = next(c, "bond");
            try (Rows bonds = new Rows(c, "INSERT INTO bond (id, bond_number, principal_party_id, surety_name, bond_type,"
                    + " activity, amount, effective_date, foreign_continuous_permitted, created_at, created_by, version)")) {
                for (int b = 0; b < BONDS; b++) {
                    bonds.row().append(bond0 + b).append(",'BENCH-").append(year).append('-').append(b).append("',")
                            .append(party0 + b).append(",'Bench Surety','CONTINUOUS','IMPORTATION_AND_ENTRY',1000000000.00,")
                            .append(q(LocalDate.of(year - 5, 1, 1))).append(",FALSE,").append(q(now)).append(",'bench',0)");
                }
            }
            long id0 = next(c, "case_file");
            int spill = n / 10;
            Generator g = new Generator(c, rnd, year, id0, party0, bond0, auditPerCase);
            try (g) {
                for (int i = 0; i < spill; i++) {
                    g.oneCase(year - 1);
                }
                for (int i = 0; i < n; i++) {
                    g.oneCase(year);
                    if ((i + 1) % 100_000 == 0) {
                        System.out.printf("  generated %,d of %,d cases in %.0f s%n", i + 1, n, (System.nanoTime() - t0) / 1e9);
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("SET SESSION foreign_key_checks = 1");
                st.execute("SET SESSION unique_checks = 1");
            }
            c.setAutoCommit(true);
            System.out.printf("  generated %s in %.0f s%n", g, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static long next(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String office(int o) {
        return String.format("B%02d", o);
    }

    private static String q(Object value) {
        return value == null ? "NULL" : "'" + value + "'";
    }

    /** One case with its family row, petition, payment and audit events. */
    private static final class Generator implements AutoCloseable {
        private static final String[] PENALTY_STATUTES = {"S1592", "S1592", "S1592", "S1592", "S1641", "S1526F", "S1595A"};
        private static final String[] BREACHES = {"LATE_ENTRY_SUMMARY", "FAILURE_TO_REDELIVER", "LATE_ISF", "LATE_ISF",
                "DUTY_DEPOSIT_DEFAULT", "IN_BOND_NOT_DELIVERED", "TIB_NOT_EXPORTED"};
        private static final String[] SEIZURE_STATUTES = {"1526(e)", "1526(e)", "1595a(c)", "1595a(d)", "1497"};
        private static final String[] METHODS = {"SALE", "SALE", "DESTRUCTION", "DESTRUCTION", "DESTRUCTION",
                "THIRD_PARTY_DISPOSAL", "RETENTION", "TRANSFER", "DONATION", "RETURN"};
        private static final String[] EVENTS = {"CASE_OPENED", "STATUS_CHANGED", "AMOUNTS_SET", "NOTICE_ISSUED",
                "DEADLINE_SET"};

        private final SplittableRandom rnd;
        private final int year;
        private final long party0;
        private final long bond0;
        private final int auditPerCase;
        private final Rows cases;
        private final Rows penalties;
        private final Rows claims;
        private final Rows seizures;
        private final Rows petitions;
        private final Rows payments;
        private final Rows audit;
        private long id;
        private final int[] sequence = new int[6];

        Generator(Connection c, SplittableRandom rnd, int year, long id0, long party0, long bond0, int auditPerCase) {
            this.rnd = rnd;
            this.year = year;
            this.id = id0;
            this.party0 = party0;
            this.bond0 = bond0;
            this.auditPerCase = auditPerCase;
            cases = new Rows(c, "INSERT INTO case_file (id, case_number, family, status, office_code, party_id,"
                    + " maximum_amount, assessed_amount, floor_amount, decided_amount, paid_amount, demo, opened_at,"
                    + " opened_by, closed_at, version)");
            penalties = new Rows(c, "INSERT INTO penalty_case (case_id, statute, culpability, violation_date,"
                    + " discovery_date, commercial, prior_disclosure, sol_date)");
            claims = new Rows(c, "INSERT INTO ld_claim (case_id, bond_id, breach, breach_date, liability_accrued_date,"
                    + " restricted, days_late, defaults_count, first_violation, computed_amount, claim_amount,"
                    + " exceeds_coverage, guideline_unverified, charge_status, breach_key, version)");
            seizures = new Rows(c, "INSERT INTO seizure_case (case_id, statute, seizure_date, appraised_value, perishable,"
                    + " prohibited, counterfeit, drug_conveyance, monetary_instrument, hazardous, high_risk, owner_consent,"
                    + " daily_storage_rate, summary_sale_date, forfeiture_date, forfeiture_basis, summary_action,"
                    + " disposition_method, disposition_date, gross_proceeds, released_date, version)");
            petitions = new Rows(c, "INSERT INTO petition (case_id, filed_date, received_date, supplemental, filed_by,"
                    + " grounds, timely, status, outcome, proposed_amount, proposed_by, national_security_exception,"
                    + " exception_approved_by, decided_amount, decided_at, created_at, created_by, version)");
            payments = new Rows(c, "INSERT INTO payment (case_id, amount, paid_date, paid_by, recorded_at, recorded_by)");
            audit = new Rows(c, "INSERT INTO audit_event (occurred_at, actor, entity_type, entity_id, case_number, event,"
                    + " detail)");
        }

        void oneCase(int openedYear) throws SQLException {
            long caseId = id++;
            double f = rnd.nextDouble();
            int family = f < 0.7 ? 0 : f < 0.9 ? 1 : 2;
            String familyName = family == 0 ? "PENALTY" : family == 1 ? "LIQUIDATED_DAMAGES" : "SEIZURE";
            String code = family == 0 ? "PEN" : family == 1 ? "LQD" : "SEZ";
            int seq = ++sequence[family + (openedYear == year ? 0 : 3)];
            String number = String.format("%d-%s-%06d", openedYear, code, seq);
            LocalDate openedDay = LocalDate.of(openedYear, 1, 1).plusDays(rnd.nextInt(365));
            LocalDateTime opened = openedDay.atTime(7 + rnd.nextInt(11), rnd.nextInt(60), rnd.nextInt(60));
            // a few big offices and many small ones
            int office = 1 + (int) (OFFICES * Math.pow(rnd.nextDouble(), 2));
            BigDecimal assessed = money(family == 0 ? 1000 + rnd.nextInt(200_000) : family == 1 ? 100 + rnd.nextInt(50_000)
                    : 500 + rnd.nextInt(500_000));
            double s = rnd.nextDouble();
            String status = s < 0.55 ? "CLOSED" : s < 0.70 ? "DECIDED" : s < 0.85 ? "AWAITING_RESPONSE" : s < 0.95 ? "UNDER_REVIEW" : "OPEN";
            LocalDateTime closed = "CLOSED".equals(status) ? opened.plusDays(10 + rnd.nextInt(300)) : null;
            boolean solExpired = family == 0 && rnd.nextInt(1000) == 0;
            if (solExpired) {
                status = "CLOSED";
                closed = opened;
            }
            BigDecimal decided = null;
            BigDecimal paid = null;
            String outcome = null;
            if (family != 2 && !solExpired && ("CLOSED".equals(status) || "DECIDED".equals(status))) {
                double o = rnd.nextDouble();
                outcome = o < 0.55 ? "MITIGATE" : o < 0.9 ? "DENY" : "CANCEL";
                decided = "DENY".equals(outcome) ? assessed : "CANCEL".equals(outcome) ? money(0)
                        : assessed.multiply(BigDecimal.valueOf(0.5 + rnd.nextDouble() * 0.4)).setScale(2, RoundingMode.HALF_UP);
                paid = "CLOSED".equals(status) ? decided : rnd.nextBoolean() ? decided.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP) : null;
            }
            cases.row().append(caseId).append(',').append(q(number)).append(',').append(q(familyName)).append(',')
                    .append(q(status)).append(',').append(q(office(office))).append(',').append(party0 + rnd.nextInt(PARTIES))
                    .append(',').append(solExpired ? "NULL" : assessed).append(',').append(solExpired ? "NULL" : assessed)
                    .append(',').append(family == 0 && !solExpired ? assessed.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP) : "NULL")
                    .append(',').append(decided).append(',').append(paid).append(",FALSE,").append(q(opened.format(TS)))
                    .append(",'bench',").append(closed == null ? "NULL" : q(closed.format(TS))).append(",0)");

            if (family == 0) {
                LocalDate violation = solExpired ? openedDay.minusYears(6) : openedDay.minusDays(30 + rnd.nextInt(1500));
                penalties.row().append(caseId).append(',').append(q(PENALTY_STATUTES[rnd.nextInt(PENALTY_STATUTES.length)]))
                        .append(",'NEGLIGENCE',").append(q(violation)).append(',').append(q(violation.plusDays(20)))
                        .append(",TRUE,FALSE,").append(q(violation.plusYears(5))).append(')');
            } else if (family == 1) {
                LocalDate breach = openedDay.minusDays(5 + rnd.nextInt(60));
                claims.row().append(caseId).append(',').append(bond0 + rnd.nextInt(BONDS)).append(',')
                        .append(q(BREACHES[rnd.nextInt(BREACHES.length)])).append(',').append(q(breach)).append(',')
                        .append(q(breach)).append(",FALSE,").append(rnd.nextInt(30)).append(",1,TRUE,").append(assessed)
                        .append(',').append(assessed).append(",FALSE,FALSE,'OPEN',").append(q("bench-" + number)).append(",0)");
            } else {
                seizure(caseId, openedDay, assessed);
            }

            if (outcome != null || family != 2 && "UNDER_REVIEW".equals(status)) {
                LocalDate received = openedDay.plusDays(30 + rnd.nextInt(90));
                boolean isDecided = outcome != null;
                LocalDateTime decidedAt = isDecided ? received.plusDays(days()).atTime(14, 0) : null;
                boolean exception = "MITIGATE".equals(outcome) && rnd.nextInt(200) == 0;
                petitions.row().append(caseId).append(',').append(q(received.minusDays(2))).append(',').append(q(received))
                        .append(",FALSE,'PETITIONER','bench',TRUE,").append(q(isDecided ? "DECIDED" : "RECEIVED")).append(',')
                        .append(q(outcome)).append(',').append(decided).append(',').append(isDecided ? "'bench'" : "NULL")
                        .append(',').append(exception ? "TRUE" : "FALSE").append(',').append(exception ? "'bench2'" : "NULL")
                        .append(',').append(decided).append(',').append(decidedAt == null ? "NULL" : q(decidedAt.format(TS)))
                        .append(',').append(q(received.atTime(9, 0).format(TS))).append(",'bench',0)");
                if (paid != null && paid.signum() > 0) {
                    LocalDate paidOn = (closed != null ? closed.toLocalDate() : decidedAt.toLocalDate().plusDays(20));
                    payments.row().append(caseId).append(',').append(paid).append(',').append(q(paidOn))
                            .append(",'PETITIONER',").append(q(paidOn.atTime(12, 0).format(TS))).append(",'bench')");
                }
            } else if (paid != null && paid.signum() > 0) {
                LocalDate paidOn = closed != null ? closed.toLocalDate() : openedDay.plusDays(60);
                payments.row().append(caseId).append(',').append(paid).append(',').append(q(paidOn))
                        .append(",'PETITIONER',").append(q(paidOn.atTime(12, 0).format(TS))).append(",'bench')");
            }

            if (solExpired) {
                audit.row().append(q(opened.format(TS))).append(",'system','CASE',").append(q(number)).append(',')
                        .append(q(number)).append(",'SOL_EXPIRED','bench')");
            }
            for (int a = 0; a < auditPerCase; a++) {
                audit.row().append(q(opened.plusDays(a * 7L).format(TS))).append(",'bench','CASE',").append(q(number))
                        .append(',').append(q(number)).append(',').append(q(EVENTS[a % EVENTS.length])).append(",'bench')");
            }
        }

        /** Petition to decision: mostly one to four months, a long tail to over a year. */
        private int days() {
            double u = rnd.nextDouble();
            return u < 0.8 ? 10 + rnd.nextInt(110) : 120 + rnd.nextInt(400);
        }

        private void seizure(long caseId, LocalDate seized, BigDecimal value) throws SQLException {
            double u = rnd.nextDouble();
            boolean released = u < 0.1;
            boolean forfeited = !released && u < 0.85;
            boolean disposed = forfeited && rnd.nextDouble() < 0.8;
            double b = rnd.nextDouble();
            String basis = forfeited ? (b < 0.3 ? "ASSENT" : b < 0.8 ? "DECLARED" : b < 0.95 ? "PETITION" : "JUDICIAL") : null;
            LocalDate forfeitedOn = forfeited ? seized.plusDays(20 + rnd.nextInt(100)) : null;
            boolean summary = disposed && rnd.nextInt(20) == 0;
            String method = disposed && !summary ? METHODS[rnd.nextInt(METHODS.length)] : null;
            String summaryAction = summary ? (rnd.nextBoolean() ? "SALE" : "DESTRUCTION") : null;
            LocalDate disposedOn = disposed ? forfeitedOn.plusDays(5 + rnd.nextInt(200)) : null;
            boolean sale = "SALE".equals(method) || "SALE".equals(summaryAction);
            seizures.row().append(caseId).append(',').append(q(SEIZURE_STATUTES[rnd.nextInt(SEIZURE_STATUTES.length)]))
                    .append(',').append(q(seized)).append(',').append(value).append(",FALSE,FALSE,TRUE,FALSE,FALSE,FALSE,")
                    .append(rnd.nextBoolean() ? "TRUE" : "FALSE").append(",FALSE,").append(money(5 + rnd.nextInt(100)))
                    .append(',').append(q(seized.plusDays(30 + rnd.nextInt(400)))).append(',').append(q(forfeitedOn))
                    .append(',').append(q(basis)).append(',').append(q(summaryAction)).append(',').append(q(method))
                    .append(',').append(q(disposedOn)).append(',').append(sale ? money(100 + rnd.nextInt(100_000)) : "NULL")
                    .append(',').append(released ? q(seized.plusDays(10 + rnd.nextInt(100))) : "NULL").append(",0)");
        }

        private static BigDecimal money(long dollars) {
            return BigDecimal.valueOf(dollars).setScale(2);
        }

        @Override
        public void close() throws SQLException {
            for (Rows r : List.of(cases, penalties, claims, seizures, petitions, payments, audit)) {
                r.close();
            }
        }

        @Override
        public String toString() {
            return String.format("%,d cases, %,d penalty, %,d LD, %,d seizure, %,d petition, %,d payment, %,d audit rows",
                    cases.total, penalties.total, claims.total, seizures.total, petitions.total, payments.total, audit.total);
        }
    }
}
