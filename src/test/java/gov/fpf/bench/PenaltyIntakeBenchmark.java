package gov.fpf.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.party.IorFacts;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.penalty.PenaltyBenchmarkAccess;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.rules.penalties.Culpability;

/**
 * Benchmark, not a test (its name keeps it out of the suite). Opens N penalty cases through the service layer
 * (validation, maximum, statute of limitations, case file, trace, audit, process start) and, in the same run on the
 * same database, starts N bare PenaltyCaseProcess instances with the same start variables, without the domain work
 * (no party, case file, computation, trace, deadlines or audit; the statute-of-limitations step reads the date it is
 * given, as it does for a real case).
 *
 * <pre>
 * ./mvnw test -Dtest=PenaltyIntakeBenchmark -Dbench.n=1000                       # H2 in memory
 * ./mvnw test -Dtest=PenaltyIntakeBenchmark -Dbench.n=1000 -Dbench.db=mariadb    # schema fpf_it, as .ci/run makes it
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "FPF_DB_URL=jdbc:mysql://127.0.0.1:3306/fpf_it?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true",
        "FPF_DB_USER=fpf_it", "FPF_DB_PASSWORD=fpf_it", "FPF_ADMIN_PASSWORD=bench-admin",
        "camunda.bpm.job-execution.enabled=false", "fpf.demo.enabled=false", "logging.level.root=WARN"})
@ActiveProfiles(resolver = PenaltyIntakeBenchmark.Database.class)
class PenaltyIntakeBenchmark {

    /** bench.db=mariadb runs the mysql profile against fpf_it; anything else the in-memory H2 test profile. */
    static class Database implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return "mariadb".equals(System.getProperty("bench.db")) ? new String[] {"mysql"} : new String[] {"test"};
        }
    }

    @Autowired
    PenaltyBenchmarkAccess penalty;

    @Autowired
    PartyService parties;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    gov.fpf.casefile.CaseFileService caseFiles;

    @Test
    void intakeVersusBareProcessStart() {
        int n = Integer.getInteger("bench.n", 500);
        String office = penalty.ensureBenchOffice();
        Party party = tx.execute(s -> parties.create("Benchmark Importer", IorFacts.entity("US", true, true, true, true, false)));

        // warm-up: JIT, connection pool, caches
        run(Math.max(20, n / 10), office, party, true);
        run(Math.max(20, n / 10), office, party, false);

        // interleaved rounds, so both kinds see the same database size and the same JIT state
        long heapBefore = usedHeap();
        int rounds = 10;
        int perRound = Math.max(1, n / rounds);
        double intakeSeconds = 0;
        double bareSeconds = 0;
        for (int round = 0; round < rounds; round++) {
            intakeSeconds += perRound / run(perRound, office, party, true);
            bareSeconds += perRound / run(perRound, office, party, false);
        }
        double intake = perRound * rounds / intakeSeconds;
        double bare = perRound * rounds / bareSeconds;
        long heapAfter = usedHeap();

        System.out.printf("%nBENCHMARK penalty intake (%s, N=%d): full intake %.1f cases/s, bare process start %.1f"
                        + " instances/s, ratio %.2f; heap used %d MB -> %d MB%n%n",
                System.getProperty("bench.db", "h2"), n, intake, bare, intake / bare, heapBefore >> 20, heapAfter >> 20);
    }

    private double run(int n, String office, Party party, boolean fullIntake) {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (fullIntake) {
                penalty.open(party.getId(), Culpability.NEGLIGENCE, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 9, 15),
                        new BigDecimal("400000"), new BigDecimal("600000"), new BigDecimal("20000"), office);
            } else {
                // the same process with the same start variables as a real case, behind a bare case file (a process starts only
                // for an existing case of its office: CaseProcessGuard), without the domain's computation, notices and audit
                tx.executeWithoutResult(status -> bareStart(office, party));
            }
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private void bareStart(String office, Party party) {
        String caseNumber = caseFiles.open(gov.fpf.casefile.CaseFamily.PENALTY, office, party.getId(), false,
                "Benchmark: bare process start").getCaseNumber();
        Map<String, Object> vars = new HashMap<>();
        vars.put("caseNumber", caseNumber);
        vars.put("officeCode", office);
        vars.put("statute", "19 U.S.C. 1592");
        vars.put("violationDate", "2025-06-02");
        vars.put("dutiableValue", 400000.0);
        vars.put("lossOfRevenue", 20000.0);
        vars.put("statutoryMaximum", 40000.0);
        vars.put(PenaltyCaseProcess.VAR_SOL_DATE, Date.from(LocalDate.of(2030, 6, 2)
                .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));
        runtimeService.startProcessInstanceByKey(PenaltyCaseProcess.KEY, caseNumber, vars);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
