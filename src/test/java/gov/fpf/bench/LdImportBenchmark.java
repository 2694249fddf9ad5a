package gov.fpf.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.bond.Bond;
import gov.fpf.bond.BondActivity;
import gov.fpf.bond.BondService;
import gov.fpf.bond.BondType;
import gov.fpf.liquidateddamages.imports.LdImportService;
import gov.fpf.liquidateddamages.imports.LdImportService.ImportFile;
import gov.fpf.liquidateddamages.imports.LdImportService.ImportView;
import gov.fpf.office.OfficeRepository;
import gov.fpf.office.OfficeService;
import gov.fpf.party.IorFacts;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;

/**
 * Benchmark, not a test (its name keeps it out of the suite). Generates a CSV file of N breaches spread over 200
 * bonds large enough that no claim is capped, with a mix of breach types, and imports it through the service as the
 * command line does (synchronously, one transaction per line: validation, case file, claim, trace, audit, process
 * start). Prints lines per second and the heap used; then imports the same file again (every line a duplicate).
 *
 * <pre>
 * ./mvnw test -Dtest=LdImportBenchmark -Dbench.n=10000                        # H2 in memory
 * ./mvnw test -Dtest=LdImportBenchmark -Dbench.n=10000 -Dbench.db=mariadb     # schema fpf_it, as .ci/run makes it
 * </pre>
 * {@code -Dbench.schema=...} names another MariaDB schema (the fpf_it user must be granted it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "FPF_DB_URL=jdbc:mysql://127.0.0.1:3306/${bench.schema:fpf_it}?nullDatabaseMeansCurrent=true"
                + "&sendFractionalSeconds=false&useSSL=false&allowPublicKeyRetrieval=true",
        "FPF_DB_USER=fpf_it", "FPF_DB_PASSWORD=fpf_it", "FPF_ADMIN_PASSWORD=bench-admin",
        "camunda.bpm.job-execution.enabled=false", "fpf.demo.enabled=false", "logging.level.root=WARN",
        "fpf.import.max-rows=1000000", "fpf.import.max-file-size=500MB"})
@ActiveProfiles(resolver = PenaltyIntakeBenchmark.Database.class)
class LdImportBenchmark {

    private static final String OFFICE = "BENCH";
    private static final int BONDS = 200;

    @Autowired
    LdImportService imports;

    @Autowired
    PartyService parties;

    @Autowired
    BondService bonds;

    @Autowired
    OfficeService offices;

    @Autowired
    OfficeRepository officeRepository;

    @Autowired
    TransactionTemplate tx;

    @Test
    void importsABreachFile() {
        int n = Integer.getInteger("bench.n", 10_000);
        String run = Long.toString(System.currentTimeMillis() % 10_000_000L, 36).toUpperCase();
        if (!officeRepository.existsById(OFFICE)) {
            tx.execute(s -> offices.create(OFFICE, "Benchmark office", "SEAPORT"));
        }
        List<String> bondNumbers = bonds(run);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("bench", null, List.of()));
        try {
            // warm-up: JIT, connection pool, caches, the process definition
            importFile("warm-up", csv(bondNumbers, run + "W", Math.max(50, Math.min(500, n / 10))));

            byte[] file = csv(bondNumbers, run, n);
            long heapBefore = usedHeap();
            long[] peak = {heapBefore};
            long start = System.nanoTime();
            ImportView done = imports.importInto(OFFICE, new ImportFile("bench-" + n + ".csv", "text/csv", file), counts -> {
                Runtime rt = Runtime.getRuntime();
                peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            long heapAfter = usedHeap();

            long againStart = System.nanoTime();
            ImportView again = importFile("bench-" + n + "-again.csv", file);
            double againSeconds = (System.nanoTime() - againStart) / 1e9;

            System.out.printf("%nBENCHMARK LD breach import (%s, N=%d, %d bonds, %.1f MB CSV): %s in %.1f s = %.1f lines/s"
                            + " (%d created, %d skipped, %d refused); heap used %d MB before (after GC), %d MB at most while running (garbage included), %d MB after (after GC);"
                            + " the same file again: %.1f lines/s (%d skipped as duplicates)%n%n",
                    System.getProperty("bench.db", "h2"), n, bondNumbers.size(), file.length / 1e6, done.status(),
                    seconds, n / seconds, done.created(), done.skipped(), done.refused(), heapBefore >> 20, peak[0] >> 20,
                    heapAfter >> 20, n / againSeconds, again.skipped());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ImportView importFile(String name, byte[] content) {
        return imports.importInto(OFFICE, new ImportFile(name, "text/csv", content), LdImportService.Progress.NONE);
    }

    /** 200 continuous bonds of $1 billion over 20 principals, so no claim is capped at what is left of a bond. */
    private List<String> bonds(String run) {
        List<String> numbers = new ArrayList<>();
        List<Party> principals = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            String name = "Benchmark Importer " + run + "-" + p;
            principals.add(tx.execute(s -> parties.create(name, IorFacts.entity("US", true, true, true, true, false))));
        }
        for (int b = 0; b < BONDS; b++) {
            String number = "BLD-" + run + "-" + b;
            Party principal = principals.get(b % principals.size());
            Bond bond = tx.execute(s -> bonds.create(new BondService.NewBond(number, principal.getId(), "Benchmark Surety",
                    BondType.CONTINUOUS, BondActivity.IMPORTATION_AND_ENTRY, new BigDecimal("1000000000"),
                    LocalDate.of(2015, 1, 1), false, null)));
            numbers.add(bond.getBondNumber());
        }
        return numbers;
    }

    /** N breaches: late ISF, failure to redeliver, late entry summary, duty-deposit default, non-merchandise default. */
    private static byte[] csv(List<String> bondNumbers, String run, int n) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        StringBuilder csv = new StringBuilder(n * 90);
        csv.append("bondNumber,breach,breachDate,entryNumber,merchandiseValue,withheldDuty,unpaidDuties,daysLate,defaults\n");
        for (int i = 0; i < n; i++) {
            String bond = bondNumbers.get(i % bondNumbers.size());
            LocalDate breachDate = today.minusDays(1 + i % 700);
            String entry = "B" + run + "-" + i;
            String amount = "\"" + String.format("%,d", 1_000 + (i * 37) % 90_000) + ".00\"";
            switch (i % 5) {
                case 0 -> csv.append(bond).append(",LATE_ISF,").append(breachDate).append(',').append(entry).append(",,,,,1");
                case 1 -> csv.append(bond).append(",FAILURE_TO_REDELIVER,").append(breachDate).append(',').append(entry)
                        .append(',').append(amount).append(",,,,");
                case 2 -> csv.append(bond).append(",LATE_ENTRY_SUMMARY,").append(breachDate).append(',').append(entry)
                        .append(',').append(amount).append(",250.00,,").append(1 + i % 30).append(',');
                case 3 -> csv.append(bond).append(",DUTY_DEPOSIT_DEFAULT,").append(breachDate).append(',').append(entry)
                        .append(",,,1234.56,,");
                default -> csv.append(bond).append(",ENTRY_NON_MERCHANDISE_DEFAULT,").append(breachDate).append(',')
                        .append(entry).append(",,,,,2");
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
