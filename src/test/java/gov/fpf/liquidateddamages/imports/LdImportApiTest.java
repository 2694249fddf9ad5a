package gov.fpf.liquidateddamages.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;

/**
 * Breach files through POST /api/v1/liquidated-damages-imports and the command line: every line becomes a claim or
 * a recorded reason why not, with its line number; a bad line never stops the good ones; the same file twice opens
 * nothing new.
 */
class LdImportApiTest extends ApplicationTest {

    private static final String IMPORTS = "/api/v1/liquidated-damages-imports";
    private static final LocalDate TODAY = seaportToday();
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    @Autowired
    LdImportService imports;

    @Autowired
    LdImportSettings settings;

    @Autowired
    ConfigurableApplicationContext context;

    /** A principal with two continuous bonds large enough that no claim is capped: their numbers and ids. */
    private record Bonds(String numberA, long idA, String numberB, long idB) {
    }

    private Bonds bonds() throws Exception {
        long principal = json.readTree(mvc.perform(post("officer1", "/api/v1/parties",
                        usEntityJson("Bulk Breach Importer " + UNIQUE.incrementAndGet())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String a = "LDI-" + UNIQUE.incrementAndGet();
        String b = "LDI-" + UNIQUE.incrementAndGet();
        return new Bonds(a, bond(principal, a), b, bond(principal, b));
    }

    private long bond(long principal, String number) throws Exception {
        String body = """
                {"bondNumber":"%s","principalPartyId":%d,"suretyName":"Atlantic Surety Co","type":"CONTINUOUS",
                 "activity":"IMPORTATION_AND_ENTRY","amount":10000000,"effectiveDate":"2015-01-01"}""".formatted(number, principal);
        return json.readTree(mvc.perform(post("officer1", "/api/v1/bonds", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private static String entry() {
        return "E" + UNIQUE.incrementAndGet() + "-1";
    }

    /**
     * Three good lines (one with a quoted amount holding a comma), a duplicate of line 2, an unknown bond, a negative
     * amount, a future date, an unreadable date and a breach seven years ago (the limitation is six).
     */
    private String mixedCsv(Bonds bonds) {
        String e1 = entry();
        String e2 = entry();
        return String.join("\n",
                "bondNumber,bondId,breach,breachDate,entryNumber,merchandiseValue,withheldDuty,daysLate,restricted",
                bonds.numberA() + ",,LATE_ISF," + TODAY.minusDays(30) + "," + e1 + ",,,,",
                bonds.numberA() + ",,FAILURE_TO_REDELIVER," + TODAY.minusDays(20) + "," + e2 + ",\"12,500.00\",,,false",
                bonds.numberA() + ",,late_isf," + TODAY.minusDays(30) + "," + e1.toLowerCase() + ",,,,",
                "NO-SUCH-BOND-" + UNIQUE.incrementAndGet() + ",,LATE_ISF," + TODAY.minusDays(10) + "," + entry() + ",,,,",
                bonds.numberA() + ",,FAILURE_TO_REDELIVER," + TODAY.minusDays(10) + "," + entry() + ",-5,,,",
                bonds.numberA() + ",,LATE_ISF," + TODAY.plusDays(3) + "," + entry() + ",,,,",
                bonds.numberA() + ",,LATE_ISF,31/12/2025," + entry() + ",,,,",
                bonds.numberA() + ",,LATE_ISF," + TODAY.minusYears(7) + "," + entry() + ",,,,",
                "," + bonds.idB() + ",LATE_ENTRY_SUMMARY," + TODAY.minusDays(5) + "," + entry() + ",8000,400,12,",
                "");
    }

    private ResultActions postCsv(String user, String csv, String query) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(IMPORTS + query).with(httpBasic(user, user))
                .contentType("text/csv").content(csv));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private long ldClaimsOfBonds(Bonds bonds) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ld_claim WHERE bond_id IN (?, ?)", Long.class,
                bonds.idA(), bonds.idB());
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static JsonNode group(JsonNode groups, String reason) {
        for (JsonNode g : groups) {
            if (reason.equals(g.get("reason").asText())) {
                return g;
            }
        }
        throw new AssertionError("no group " + reason + " in " + groups);
    }

    @Test
    void eachLineBecomesAClaimOrAReasonWithItsLineNumberAndTheSameFileTwiceOpensNothingNew() throws Exception {
        Bonds bonds = bonds();
        String csv = mixedCsv(bonds);

        JsonNode first = body(postCsv("officer1", csv, "?wait=true&fileName=breaches-2026-11.csv")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/liquidated-damages-imports/\\d+"))));

        assertThat(first.get("status").asText()).isEqualTo("DONE");
        assertThat(first.get("fileName").asText()).isEqualTo("breaches-2026-11.csv");
        assertThat(first.get("format").asText()).isEqualTo("CSV");
        assertThat(first.get("officeCode").asText()).isEqualTo(SEAPORT);
        assertThat(first.get("startedBy").asText()).isEqualTo("officer1");
        assertThat(first.get("totalRows").asInt()).isEqualTo(9);
        assertThat(first.get("processedRows").asInt()).isEqualTo(9);
        assertThat(first.get("created").asInt()).isEqualTo(3);
        assertThat(first.get("skipped").asInt()).isEqualTo(2);
        assertThat(first.get("refused").asInt()).isEqualTo(4);
        JsonNode summary = first.get("summary");
        assertThat(summary.get("created").asInt()).isEqualTo(3);
        assertThat(ints(group(summary.get("skipped"), "DUPLICATE").get("lines"))).containsExactly(4);
        assertThat(ints(group(summary.get("skipped"), "OUTSIDE_STATUTE").get("lines"))).containsExactly(9);
        assertThat(ints(group(summary.get("refusedByReason"), "UNKNOWN_BOND").get("lines"))).containsExactly(5);
        assertThat(ints(group(summary.get("refusedByReason"), "INVALID").get("lines"))).containsExactly(6, 7, 8);
        assertThat(summary.get("refusedComplete").asBoolean()).isTrue();
        JsonNode refused = summary.get("refused");
        assertThat(refused.get(0).get("line").asInt()).isEqualTo(5);
        assertThat(refused.get(0).get("detail").asText()).contains("there is no bond numbered NO-SUCH-BOND-");
        assertThat(refused.get(1).get("detail").asText()).contains("merchandiseValue: must be 0 or more");
        assertThat(refused.get(2).get("detail").asText()).contains("is in the future");
        assertThat(refused.get(3).get("detail").asText()).contains("breachDate: '31/12/2025' is not a date");
        assertThat(ldClaimsOfBonds(bonds)).isEqualTo(3);

        long id = first.get("id").asLong();
        JsonNode rows = body(mvc.perform(get("officer1", IMPORTS + "/{id}/rows", id)).andExpect(status().isOk()));
        assertThat(rows.get("totalItems").asInt()).isEqualTo(9);
        List<String> outcomes = new ArrayList<>();
        rows.get("items").forEach(r -> outcomes.add(r.get("line").asInt() + ":" + r.get("outcome").asText()));
        assertThat(outcomes).containsExactly("2:CREATED", "3:CREATED", "4:SKIPPED", "5:REFUSED", "6:REFUSED",
                "7:REFUSED", "8:REFUSED", "9:SKIPPED", "10:CREATED");
        JsonNode created = rows.get("items").get(1);
        assertThat(created.get("caseNumber").asText()).isNotBlank();
        assertThat(rows.get("items").get(2).get("detail").asText()).startsWith("Same breach as line 2 of this file.");
        JsonNode claim = body(mvc.perform(get("officer1", "/api/v1/liquidated-damages-cases/{n}/claim",
                created.get("caseNumber").asText())).andExpect(status().isOk()));
        assertThat(claim.get("claimAmount").decimalValue()).isEqualByComparingTo("12500.00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ld_claim WHERE import_id = ?", Long.class, id)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT opened_by FROM case_file WHERE case_number = ?", String.class,
                created.get("caseNumber").asText())).isEqualTo("officer1");

        JsonNode refusedOnly = body(mvc.perform(get("officer1", IMPORTS + "/{id}/rows?outcome=REFUSED&page=1&size=3", id))
                .andExpect(status().isOk()));
        assertThat(refusedOnly.get("totalItems").asInt()).isEqualTo(4);
        assertThat(refusedOnly.get("items").get(0).get("line").asInt()).isEqualTo(8);

        // the same file again: nothing new, every line that made or would make a claim is a duplicate
        JsonNode second = body(postCsv("officer1", csv, "?wait=true").andExpect(status().isCreated()));
        assertThat(second.get("created").asInt()).isZero();
        assertThat(ints(group(second.get("summary").get("skipped"), "DUPLICATE").get("lines"))).containsExactly(2, 3, 4, 10);
        assertThat(ints(group(second.get("summary").get("skipped"), "OUTSIDE_STATUTE").get("lines"))).containsExactly(9);
        assertThat(second.get("refused").asInt()).isEqualTo(4);
        assertThat(second.get("fileSha256").asText()).isEqualTo(first.get("fileSha256").asText());
        assertThat(ldClaimsOfBonds(bonds)).isEqualTo(3);
    }

    @Test
    void aJsonFileAsBodyOrUploadIsImportedWithItsPositionAsLineNumber() throws Exception {
        Bonds bonds = bonds();
        String breaches = """
                {"breaches": [
                  {"bondNumber": "%s", "breach": "LATE_ISF", "breachDate": "%s", "entryNumber": "%s"},
                  {"bondId": %d, "breach": "DUTY_DEPOSIT_DEFAULT", "breachDate": "%s", "unpaidDuties": 2500.50},
                  {"bondId": %d, "breach": "NO_SUCH_BREACH", "breachDate": "%s"}
                ]}""".formatted(bonds.numberA(), TODAY.minusDays(3), entry(), bonds.idB(), TODAY.minusDays(2),
                bonds.idB(), TODAY.minusDays(1));

        JsonNode done = body(mvc.perform(MockMvcRequestBuilders.post(IMPORTS + "?wait=true").with(httpBasic("officer1", "officer1"))
                .contentType(MediaType.APPLICATION_JSON).content(breaches)).andExpect(status().isCreated()));

        assertThat(done.get("format").asText()).isEqualTo("JSON");
        assertThat(done.get("fileName").asText()).isEqualTo("breaches.json");
        assertThat(done.get("created").asInt()).isEqualTo(2);
        assertThat(done.get("summary").get("refused").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(done.get("summary").get("refused").get(0).get("detail").asText()).contains("'NO_SUCH_BREACH' is not one of");

        // the same breaches uploaded as a file part: all skipped as duplicates, the bad one refused again
        MockMultipartFile file = new MockMultipartFile("file", "november.json", "application/json",
                breaches.getBytes(StandardCharsets.UTF_8));
        JsonNode again = body(mvc.perform(MockMvcRequestBuilders.multipart(IMPORTS).file(file)
                        .param("wait", "true").param("officeCode", SEAPORT).with(httpBasic("officer1", "officer1")))
                .andExpect(status().isCreated()));
        assertThat(again.get("fileName").asText()).isEqualTo("november.json");
        assertThat(again.get("created").asInt()).isZero();
        assertThat(ints(group(again.get("summary").get("skipped"), "DUPLICATE").get("lines"))).containsExactly(1, 2);
        assertThat(again.get("refused").asInt()).isEqualTo(1);
    }

    @Test
    void withoutWaitTheImportIsAcceptedAndRunsInTheBackgroundAsTheCaller() throws Exception {
        Bonds bonds = bonds();
        String csv = "bondNumber,breach,breachDate,entryNumber\n" + bonds.numberB() + ",LATE_ISF," + TODAY.minusDays(1)
                + "," + entry() + "\n";

        JsonNode accepted = body(postCsv("supervisor1", csv, "").andExpect(status().isAccepted())
                .andExpect(header().exists("Location")));
        assertThat(accepted.get("status").asText()).isIn("QUEUED", "RUNNING", "DONE");
        assertThat(accepted.get("totalRows").asInt()).isEqualTo(1);

        JsonNode done = awaitFinished("supervisor1", accepted.get("id").asLong());
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("created").asInt()).isEqualTo(1);
        assertThat(done.get("startedBy").asText()).isEqualTo("supervisor1");
        String caseNumber = body(mvc.perform(get("supervisor1", IMPORTS + "/{id}/rows", accepted.get("id").asLong())))
                .get("items").get(0).get("caseNumber").asText();
        assertThat(jdbc.queryForObject("SELECT opened_by FROM case_file WHERE case_number = ?", String.class, caseNumber))
                .as("the background worker acts as the user who sent the file").isEqualTo("supervisor1");
        assertThat(jdbc.queryForList("SELECT DISTINCT actor FROM audit_event WHERE entity_type = 'LD_IMPORT' AND entity_id = ?",
                String.class, accepted.get("id").asText())).containsExactly("supervisor1");

        // another office's officer does not see it
        mvc.perform(get("officer2", IMPORTS + "/{id}", accepted.get("id").asLong())).andExpect(status().isNotFound());
    }

    /** Polls the import until it has finished (the background worker is not ours to join). */
    private JsonNode awaitFinished(String user, long id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            JsonNode view = body(mvc.perform(get(user, IMPORTS + "/{id}", id)).andExpect(status().isOk()));
            String status = view.get("status").asText();
            if ("DONE".equals(status) || "FAILED".equals(status) || System.nanoTime() > deadline) {
                return view;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    @Test
    void progressIsVisibleWhileTheImportRuns() throws Exception {
        Bonds bonds = bonds();
        StringBuilder csv = new StringBuilder("bondId,breach,breachDate,entryNumber\n");
        for (int i = 0; i < 4; i++) {
            csv.append(bonds.idA()).append(",LATE_ISF,").append(TODAY.minusDays(40 + i)).append(',').append(entry()).append('\n');
        }
        CountDownLatch twoDone = new CountDownLatch(1);
        CountDownLatch looked = new CountDownLatch(1);
        long[] importId = {0};
        CompletableFuture<LdImportService.ImportView> running = CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("officer1", null, List.of()));
            try {
                return imports.importInto(SEAPORT, new LdImportService.ImportFile("progress.csv", "text/csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8)), 1, counts -> {
                            if (counts.processed() == 2) {
                                importId[0] = counts.importId();
                                twoDone.countDown();
                                await(looked);
                            }
                        });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        try {
            assertThat(twoDone.await(60, TimeUnit.SECONDS)).isTrue();
            JsonNode midway = body(mvc.perform(get("officer1", IMPORTS + "/{id}", importId[0])).andExpect(status().isOk()));
            assertThat(midway.get("status").asText()).isEqualTo("RUNNING");
            assertThat(midway.get("processedRows").asInt()).isEqualTo(2);
            assertThat(midway.get("totalRows").asInt()).isEqualTo(4);
            assertThat(midway.get("created").asInt()).isEqualTo(2);
            assertThat(midway.get("summary").isNull()).isTrue();
            assertThat(midway.get("finishedAt").isNull()).isTrue();
        } finally {
            looked.countDown();
        }
        LdImportService.ImportView done = running.get(60, TimeUnit.SECONDS);
        assertThat(done.status()).isEqualTo(LdImport.Status.DONE);
        assertThat(done.processedRows()).isEqualTo(4);
        assertThat(done.created()).isEqualTo(4);
        assertThat(done.finishedAt()).isNotNull();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anEmptyFileOrAHeaderAloneIsRefusedAndStoresNothing() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM ld_import", Long.class);

        postCsv("officer1", "", "?wait=true").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("The file is empty")));
        postCsv("officer1", "bondNumber,breach,breachDate\n", "?wait=true").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("header but no breaches")));
        postCsv("officer1", "bondNumber,breach,breachDate,amount\nB,LATE_ISF,2025-01-01,1\n", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Unknown column 'amount'")));
        mvc.perform(MockMvcRequestBuilders.post(IMPORTS).with(httpBasic("officer1", "officer1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"breaches\": [}"))
                .andExpect(status().isBadRequest());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ld_import", Long.class)).isEqualTo(before);
    }

    @Test
    void aFileWithMoreLinesThanTheLimitIs413() throws Exception {
        StringBuilder csv = new StringBuilder("bondId,breach,breachDate\n");
        for (int i = 0; i <= settings.maxRows(); i++) {
            csv.append("1,LATE_ISF,2025-01-01\n");
        }
        postCsv("officer1", csv.toString(), "").andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("split it")));
    }

    @Test
    void onlyCaseWritersImportAndOnlyIntoTheirOffices() throws Exception {
        String csv = "bondId,breach,breachDate\n1,LATE_ISF," + TODAY + "\n";
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM ld_import", Long.class);

        postCsv("hq1", csv, "").andExpect(status().isForbidden());
        postCsv("custodian1", csv, "").andExpect(status().isForbidden());
        postCsv("officer1", csv, "?officeCode=" + EXPRESS_HUB).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("You do not belong to office")));
        mvc.perform(MockMvcRequestBuilders.post(IMPORTS).with(httpBasic("officer1", "officer1"))
                .contentType(MediaType.TEXT_PLAIN).content(csv)).andExpect(status().isUnsupportedMediaType());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ld_import", Long.class)).isEqualTo(before);
        mvc.perform(get("officer1", IMPORTS + "/{id}", 999_999_999L)).andExpect(status().isNotFound());
    }

    @Test
    void theCommandLineImportsAsItsUserPrintsProgressAndTheSummaryAndSaysSoInItsExitCode(@TempDir Path dir)
            throws Exception {
        Bonds bonds = bonds();
        Path good = Files.writeString(dir.resolve("good.csv"), "bondNumber,breach,breachDate,entryNumber\n"
                + bonds.numberA() + ",LATE_ISF," + TODAY.minusDays(2) + "," + entry() + "\n"
                + bonds.numberB() + ",LATE_ISF," + TODAY.minusDays(2) + "," + entry() + "\n");
        Path mixed = Files.writeString(dir.resolve("mixed.csv"), "bondNumber,breach,breachDate,entryNumber\n"
                + bonds.numberA() + ",LATE_ISF," + TODAY.minusDays(4) + "," + entry() + "\n"
                + "UNKNOWN-" + UNIQUE.incrementAndGet() + ",LATE_ISF," + TODAY.minusDays(4) + "," + entry() + "\n");
        LdImportCommand command = new LdImportCommand(imports, settings, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int ok = command.importFile(good, SEAPORT, "import-cli", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(ok).isEqualTo(LdImportCommand.EXIT_OK);
        assertThat(printed).containsPattern("import \\d+: 2/2 lines, 2 created, 0 skipped, 0 refused, [\\d.]+ lines/s");
        assertThat(printed).contains("created: 2 claims", "refused: 0");
        long importId = jdbc.queryForObject("SELECT MAX(id) FROM ld_import WHERE file_name = 'good.csv'", Long.class);
        assertThat(jdbc.queryForObject("SELECT started_by FROM ld_import WHERE id = ?", String.class, importId))
                .isEqualTo("import-cli");
        assertThat(jdbc.queryForList("SELECT c.opened_by FROM case_file c JOIN ld_claim l ON l.case_id = c.id"
                + " WHERE l.import_id = ?", String.class, importId)).containsExactly("import-cli", "import-cli");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

        out.reset();
        int refused = command.importFile(mixed, SEAPORT, "import-cli", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(refused).isEqualTo(LdImportCommand.EXIT_REFUSED_LINES);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("created: 1 claims", "refused: 1",
                "line 3, UNKNOWN_BOND: bondNumber: there is no bond numbered UNKNOWN-");

        int missing = command.importFile(dir.resolve("absent.csv"), SEAPORT, "import-cli",
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(missing).isEqualTo(LdImportCommand.EXIT_FAILED);
        int noOffice = command.importFile(good, "NOPE", "import-cli", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(noOffice).isEqualTo(LdImportCommand.EXIT_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot read", "there is no FP&F office 'NOPE'");
    }
}
