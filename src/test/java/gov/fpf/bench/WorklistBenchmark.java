package gov.fpf.bench;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.office.OfficeRepository;
import gov.fpf.office.OfficeService;
import gov.fpf.process.identity.EngineAccess;
import gov.fpf.system.Roles;
import gov.fpf.worklist.WorklistBenchmarkAccess;
import gov.fpf.worklist.WorklistFilter;
import gov.fpf.worklist.WorklistService;

/**
 * Benchmark, not a test (its name keeps it out of the suite). Fills the database with open cases, each with one open
 * user task, and measures the worklist's first page (20 rows, earliest deadline first) for an officer of the large
 * office, from the read model, beside the bare engine's candidate-group task query on the same data.
 *
 * <p>The case files (party, amounts, status, a deadline for most) are inserted with SQL, as a migration would; each
 * task comes from a real process start through the engine (a one-task process deployed by the benchmark, in
 * transactions of 100 starts), so every read-model row is written by the engine-side hook, which reads the case file
 * as it does for a real case. Half the tasks have a due date of their own; the others show the case's next deadline.
 * 95% of the cases are in office WLB-A, 5% in WLB-B; 2% of WLB-A's tasks are claimed by the measured officer and 3%
 * by colleagues. Sizes are cumulative: {@code -Dbench.sizes=10000,100000} measures at 10k, then adds 90k.
 *
 * <pre>
 * ./mvnw test -Dtest=WorklistBenchmark -Dbench.sizes=2000                                          # H2 in memory
 * ./mvnw test -Dtest=WorklistBenchmark -Dbench.db=mariadb -Dbench.schema=fpf_wl -Dbench.sizes=10000,100000
 * </pre>
 * The schema must exist and be granted to the fpf_it user (the benchmark leaves its data there).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "FPF_DB_URL=jdbc:mysql://127.0.0.1:3306/${bench.schema:fpf_it}?nullDatabaseMeansCurrent=true"
                + "&sendFractionalSeconds=false&useSSL=false&allowPublicKeyRetrieval=true",
        "FPF_DB_USER=fpf_it", "FPF_DB_PASSWORD=fpf_it", "FPF_ADMIN_PASSWORD=bench-admin",
        "camunda.bpm.job-execution.enabled=false", "fpf.demo.enabled=false", "logging.level.root=WARN"})
@ActiveProfiles(resolver = PenaltyIntakeBenchmark.Database.class)
class WorklistBenchmark {

    private static final String PROCESS = "WorklistBenchmarkProcess";
    private static final String BIG_OFFICE = "WLB-A";
    private static final String SMALL_OFFICE = "WLB-B";
    private static final String OFFICER = "wlbench";
    private static final int PARTIES = 500;
    private static final int STARTS_PER_TRANSACTION = 100;
    private static final int ROUNDS = 2000;
    /** a slow query stops being timed after this much time, once it has 200 runs */
    private static final long BUDGET_NANOS = 120_000_000_000L;
    private static final int MIN_RUNS = 200;

    @Autowired
    WorklistBenchmarkAccess readModel;

    @Autowired
    WorklistService worklist;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    EngineAccess engineAccess;

    @Autowired
    OfficeService offices;

    @Autowired
    OfficeRepository officeRepository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    private final Random random = new Random(42);
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private long[] partyIds;
    private int created;
    /** seconds spent starting processes (each start writes its task's read-model rows through the hook) */
    private double startSeconds;

    @Test
    void firstPageFromTheReadModelBesideTheEngineQuery() {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        setUp();
        StringBuilder report = new StringBuilder();
        for (int size : sizes) {
            long start = System.nanoTime();
            int added = size - created;
            createCases(added);
            double seconds = (System.nanoTime() - start) / 1e9;
            report.append(measure(size, added, seconds));
            System.out.print(report);
        }
        System.out.printf("%nBENCHMARK worklist (%s) done%n%s%n", System.getProperty("bench.db", "h2"), report);
    }

    private void setUp() {
        for (String office : List.of(BIG_OFFICE, SMALL_OFFICE)) {
            if (!officeRepository.existsById(office)) {
                tx.execute(s -> offices.create(office, "Worklist benchmark " + office, "SEAPORT"));
            }
        }
        engineAccess.ensureUser(OFFICER, OFFICER, "Worklist", "Benchmark", List.of(Roles.OFFICER), Set.of(BIG_OFFICE));
        // the colleagues who claim 3% of the tasks (a claim is refused to a user outside the task's group and office)
        for (int c = 0; c < 20; c++) {
            engineAccess.ensureUser("colleague" + c, "colleague" + c, "Worklist", "Colleague " + c,
                    List.of(Roles.OFFICER), Set.of(BIG_OFFICE));
        }
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
                .name("Worklist benchmark").camundaHistoryTimeToLive(1).camundaVersionTag("1.0.0")
                .startEvent("StartEvent_Opened")
                .sequenceFlowId("SequenceFlow_Opened")
                .userTask("Task_WorkTheCase").name("Work the case")
                // the deployment guard's house rules: a form and a due date the domain sets (the penalty's SOL date)
                .camundaCandidateGroups(Roles.OFFICER).camundaDueDate("${solDate}")
                .camundaFormRef("CounselDecideBeforeSolForm").camundaFormRefBinding("deployment")
                .sequenceFlowId("SequenceFlow_Worked")
                .endEvent("EndEvent_Worked")
                .done();
        repositoryService.createDeployment().name("worklist-benchmark").addModelInstance(PROCESS + ".bpmn", model)
                .enableDuplicateFiltering(true).deploy();
        partyIds = new long[PARTIES];
        for (int p = 0; p < PARTIES; p++) {
            String name = "Benchmark Importer " + run + "-" + p;
            // one party in ten is of the HIGH risk tier, one in twenty not in good standing (EO 14411 Sec. 2(d), 2(e))
            jdbc.update("INSERT INTO party (name, kind, ior_class, ior_class_reason, good_standing, risk_tier, created_at,"
                    + " created_by, version) VALUES (?, 'ENTITY', 'US', 'benchmark', ?, ?, ?, 'bench', 0)", name,
                    p % 20 != 7, p % 10 == 3 ? "HIGH" : null, now());
            partyIds[p] = jdbc.queryForObject("SELECT id FROM party WHERE name = ?", Long.class, name);
        }
    }

    /** n case files by SQL in batches, then one process start per case through the engine (the hook writes the rows). */
    private void createCases(int n) {
        CaseFamily[] families = CaseFamily.values();
        String[] statuses = {"OPEN", "AWAITING_RESPONSE", "UNDER_REVIEW", "DECIDED", "REFERRED"};
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int number = created + i;
            String caseNumber = "WLB-" + run + "-" + number;
            String office = random.nextInt(100) < 95 ? BIG_OFFICE : SMALL_OFFICE;
            cases.add(new String[] {caseNumber, office});
            CaseFamily family = families[random.nextInt(families.length)];
            BigDecimal maximum = BigDecimal.valueOf(1_000 + random.nextInt(500_000));
            BigDecimal assessed = random.nextBoolean() ? maximum.divide(BigDecimal.valueOf(2)) : null;
            long party = partyIds[random.nextInt(PARTIES)];
            String status = statuses[random.nextInt(statuses.length)];
            LocalDate deadline = random.nextInt(10) == 0 ? null : today.plusDays(random.nextInt(790) - 60);
            if (i % 1000 == 0) {
                flush();
            }
            // one case in twenty has an enforcement priority (EO 14411 Sec. 4(b))
            String priority = random.nextInt(20) == 0 ? PRIORITIES[random.nextInt(PRIORITIES.length)] : null;
            pendingCases.add(new Object[] {caseNumber, family.name(), status, office, party, maximum, assessed, now(),
                    priority});
            if (deadline != null) {
                pendingDeadlines.add(new Object[] {caseNumber, "Statute of limitations", Date.valueOf(deadline),
                        "19 U.S.C. 1621", "OPEN", now()});
            }
        }
        flush();
        long startsBegin = System.nanoTime();

        for (int from = 0; from < cases.size(); from += STARTS_PER_TRANSACTION) {
            List<String[]> batch = cases.subList(from, Math.min(cases.size(), from + STARTS_PER_TRANSACTION));
            tx.executeWithoutResult(s -> batch.forEach(c -> {
                Map<String, Object> vars = new HashMap<>();
                vars.put("caseNumber", c[0]);
                vars.put("officeCode", c[1]);
                vars.put("solDate", random.nextBoolean() ? null
                        : java.util.Date.from(today.plusDays(random.nextInt(425) - 60)
                                .atStartOfDay(ZoneId.systemDefault()).toInstant()));
                runtimeService.startProcessInstanceByKey(PROCESS, c[0], vars);
            }));
        }

        startSeconds += (System.nanoTime() - startsBegin) / 1e9;
        // claims: 2% of the new tasks to the measured officer, 3% to colleagues (the hook's update path)
        List<String> taskIds = new ArrayList<>();
        for (String[] c : cases) {
            if (BIG_OFFICE.equals(c[1]) && random.nextInt(100) < 5) {
                taskIds.add(c[0]);
            }
        }
        for (int from = 0; from < taskIds.size(); from += STARTS_PER_TRANSACTION) {
            List<String> batch = taskIds.subList(from, Math.min(taskIds.size(), from + STARTS_PER_TRANSACTION));
            tx.executeWithoutResult(s -> batch.forEach(caseNumber -> {
                Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
                taskService.claim(task.getId(), random.nextInt(5) < 2 ? OFFICER : "colleague" + random.nextInt(20));
            }));
        }
        created += n;
    }

    private static final String[] PRIORITIES = Arrays.stream(gov.fpf.casefile.EnforcementPriority.values())
            .map(Enum::name).toArray(String[]::new);

    private final List<Object[]> pendingCases = new ArrayList<>();
    private final List<Object[]> pendingDeadlines = new ArrayList<>();

    private void flush() {
        if (pendingCases.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            jdbc.batchUpdate("INSERT INTO case_file (case_number, family, status, office_code, party_id, maximum_amount,"
                    + " assessed_amount, demo, opened_at, opened_by, version, enforcement_priority)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, 'bench', 0, ?)", pendingCases);
            jdbc.batchUpdate("INSERT INTO case_deadline (case_id, name, trigger_date, due_date, citation, status, created_at)"
                    + " SELECT id, ?, NULL, ?, ?, ?, ? FROM case_file WHERE case_number = ?",
                    pendingDeadlines.stream().map(d -> new Object[] {d[1], d[2], d[3], d[4], d[5], d[0]}).toList());
        });
        pendingCases.clear();
        pendingDeadlines.clear();
    }

    private String measure(int size, int added, double seconds) {
        Set<String> groups = Set.of(Roles.OFFICER);
        Set<String> officeSet = Set.of(BIG_OFFICE);
        long openTasks = taskService.createTaskQuery().count();
        long rows = jdbc.queryForObject("SELECT COUNT(*) FROM worklist_entry", Long.class);
        long officeRows = jdbc.queryForObject("SELECT COUNT(*) FROM worklist_entry WHERE office_code = ?", Long.class,
                BIG_OFFICE);

        Map<String, Supplier<Integer>> variants = new LinkedHashMap<>();
        variants.put("read model, first page (SQL)", () -> readModel.page(OFFICER, groups, officeSet,
                WorklistFilter.firstPage(), today).size());
        // EO 14411 Sec. 4(b) in force: priority cases, then HIGH-tier parties' cases, then the rest, each by deadline
        variants.put("read model, first page ranked (SQL, EO 4(b) in force)", () -> readModel.page(OFFICER, groups,
                officeSet, WorklistFilter.firstPage(), today, true).size());
        variants.put("read model, page 50 ranked (rows 1001-1020)", () -> readModel.page(OFFICER, groups, officeSet,
                new WorklistFilter(false, false, false, false, null, 50, 20), today, true).size());
        variants.put("read model, first page (WorklistService, as the page)", () -> asOfficer(() ->
                worklist.page(WorklistFilter.firstPage()).rows().size()));
        variants.put("engine candidate-group task query", () -> taskService.createTaskQuery()
                .taskCandidateGroupIn(List.of(Roles.OFFICER)).tenantIdIn(BIG_OFFICE)
                .orderByDueDate().asc().listPage(0, 20).size());
        variants.put("read model, due within 7 days", () -> readModel.page(OFFICER, groups, officeSet,
                new WorklistFilter(false, false, true, false, null, 0, 20), today).size());
        variants.put("read model, overdue", () -> readModel.page(OFFICER, groups, officeSet,
                new WorklistFilter(false, false, false, true, null, 0, 20), today).size());
        variants.put("read model, family SEIZURE", () -> readModel.page(OFFICER, groups, officeSet,
                new WorklistFilter(false, false, false, false, CaseFamily.SEIZURE, 0, 20), today).size());
        variants.put("read model, mine", () -> readModel.page(OFFICER, groups, officeSet,
                new WorklistFilter(true, false, false, false, null, 0, 20), today).size());
        variants.put("read model, page 50 (rows 1001-1020)", () -> readModel.page(OFFICER, groups, officeSet,
                new WorklistFilter(false, false, false, false, null, 50, 20), today).size());

        // warm-up, then interleaved rounds so every variant sees the same caches and JIT state
        for (int i = 0; i < 50; i++) {
            variants.values().forEach(Supplier::get);
        }
        Map<String, long[]> nanos = new LinkedHashMap<>();
        Map<String, Integer> runs = new LinkedHashMap<>();
        Map<String, Long> spent = new HashMap<>();
        variants.keySet().forEach(k -> {
            nanos.put(k, new long[ROUNDS]);
            runs.put(k, 0);
            spent.put(k, 0L);
        });
        for (int r = 0; r < ROUNDS; r++) {
            for (Map.Entry<String, Supplier<Integer>> v : variants.entrySet()) {
                String key = v.getKey();
                if (runs.get(key) >= MIN_RUNS && spent.get(key) > BUDGET_NANOS) {
                    continue;
                }
                long t0 = System.nanoTime();
                v.getValue().get();
                long took = System.nanoTime() - t0;
                nanos.get(key)[runs.get(key)] = took;
                runs.put(key, runs.get(key) + 1);
                spent.put(key, spent.get(key) + took);
            }
        }
        long heap = usedHeap();
        String load = loadAverage();

        StringBuilder out = new StringBuilder();
        out.append(String.format("%nBENCHMARK worklist (%s) at %,d open cases (%,d engine tasks, %,d read-model rows,"
                        + " %,d in office %s): created %,d cases with their tasks in %.1f s (%.0f/s; process starts with"
                        + " the hook alone %.0f/s); heap used %d MB (after GC); load average %s%n",
                System.getProperty("bench.db", "h2"), size, openTasks, rows, officeRows, BIG_OFFICE, added, seconds,
                added / seconds, created / startSeconds, heap >> 20, load));
        out.append(String.format("  %-56s %6s %9s %9s %9s %6s%n", "query", "runs", "p50 ms", "p95 ms", "p99 ms", "rows"));
        for (Map.Entry<String, long[]> e : nanos.entrySet()) {
            long[] t = Arrays.copyOf(e.getValue(), runs.get(e.getKey()));
            Arrays.sort(t);
            out.append(String.format("  %-56s %6d %9.2f %9.2f %9.2f %6d%n", e.getKey(), t.length, ms(t, 0.50), ms(t, 0.95),
                    ms(t, 0.99), variants.get(e.getKey()).get()));
        }
        if ("mariadb".equals(System.getProperty("bench.db"))) {
            out.append("  EXPLAIN of the group branch: ").append(jdbc.queryForList("EXPLAIN SELECT g.task_id FROM"
                    + " worklist_entry_group g WHERE g.group_id = 'fpf-officer' AND g.office_code = 'WLB-A'"
                    + " ORDER BY g.due_sort, g.task_id LIMIT 21")).append('\n');
            out.append("  EXPLAIN of the ranked group branch: ").append(jdbc.queryForList("EXPLAIN SELECT g.task_id FROM"
                    + " worklist_entry_group g WHERE g.group_id = 'fpf-officer' AND g.office_code = 'WLB-A'"
                    + " ORDER BY g.sort_rank, g.due_sort, g.task_id LIMIT 21")).append('\n');
        }
        return out.toString();
    }

    private <T> T asOfficer(Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(OFFICER,
                null, List.of(new SimpleGrantedAuthority(Roles.OFFICER))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
