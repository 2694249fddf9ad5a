package gov.fpf.liquidateddamages.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;

/**
 * Issue 11, R1: an import that a crash interrupted does not stay RUNNING for ever. The crash is simulated in the
 * database: an import left RUNNING by a node that no longer beats, with stale counters (the last stretch of progress
 * was never committed) and some recorded lines; the recovery marks it INTERRUPTED with the counts of what it really
 * recorded, leaves a live node's import alone, and the same file sent to resume finishes it with no breach lost and
 * none claimed twice.
 */
class LdImportRecoveryTest extends ApplicationTest {

    private static final String IMPORTS = "/api/v1/liquidated-damages-imports";
    private static final LocalDate TODAY = seaportToday();
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000 + 500_000);

    @Autowired
    LdImportService imports;

    private long id(ResultActions result) throws Exception {
        return body(result).get("id").asLong();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private long bond(long principal, String number) throws Exception {
        return id(mvc.perform(post("officer1", "/api/v1/bonds", """
                {"bondNumber":"%s","principalPartyId":%d,"suretyName":"Atlantic Surety Co","type":"CONTINUOUS",
                 "activity":"IMPORTATION_AND_ENTRY","amount":10000000,"effectiveDate":"2015-01-01"}""".formatted(number, principal)))
                .andExpect(status().isCreated()));
    }

    private static String line(String bond, int daysAgo) {
        return bond + ",LATE_ISF," + TODAY.minusDays(daysAgo) + ",E" + UNIQUE.incrementAndGet() + "-7";
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions sendCsv(String user, String path, String csv) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(httpBasic(user, user)).contentType("text/csv").content(csv));
    }

    private long insertImport(String status, Instant heartbeat, String owner) {
        jdbc.update("INSERT INTO ld_import (file_name, file_sha256, format, office_code, status, total_rows, processed_rows,"
                        + " created_count, skipped_count, refused_count, started_at, started_by, owner_node, heartbeat_at)"
                        + " VALUES ('other.csv', 'x', 'CSV', ?, ?, 10, 0, 0, 0, 0, ?, 'officer1', ?, ?)",
                SEAPORT, status, Timestamp.from(heartbeat), owner, Timestamp.from(heartbeat));
        return jdbc.queryForObject("SELECT MAX(id) FROM ld_import", Long.class);
    }

    @Test
    void anImportLeftRunningByADeadNodeIsInterruptedWithItsRealCountsAndResumingItLosesAndDuplicatesNothing()
            throws Exception {
        long principal = id(mvc.perform(post("officer1", "/api/v1/parties",
                usEntityJson("Interrupted Importer " + UNIQUE.incrementAndGet()))).andExpect(status().isCreated()));
        String bondNumber = "LDR-" + UNIQUE.incrementAndGet();
        long bondId = bond(principal, bondNumber);
        String header = "bondNumber,breach,breachDate,entryNumber";
        String line2 = line(bondNumber, 30);
        List<String> lines = List.of(
                line2,                                              // 2 created
                line(bondNumber, 29),                               // 3 created
                line("NO-SUCH-BOND-" + UNIQUE.incrementAndGet(), 28), // 4 refused: unknown bond
                line(bondNumber, 27),                               // 5 created
                line(bondNumber, 26),                               // 6 created
                line2,                                              // 7 skipped: same breach as line 2
                line(bondNumber, 25),                               // 8 created
                line(bondNumber, 24));                              // 9 created
        String file = header + "\n" + String.join("\n", lines) + "\n";
        String firstPart = header + "\n" + String.join("\n", lines.subList(0, 5)) + "\n";

        // the run got as far as line 6 before the node was killed: the created lines are stored with their claims,
        // line 4's refusal was in the stretch not yet committed, and the counters lag behind (committed at line 3)
        long crashed = id(sendCsv("officer1", IMPORTS + "?wait=true&fileName=nightly.csv", firstPart)
                .andExpect(status().isCreated()));
        Instant longAgo = Instant.now().minus(Duration.ofDays(1));
        jdbc.update("UPDATE ld_import SET status = 'RUNNING', file_sha256 = ?, total_rows = 8, processed_rows = 2,"
                        + " created_count = 2, skipped_count = 0, refused_count = 0, finished_at = NULL, owner_node = ?,"
                        + " heartbeat_at = ? WHERE id = ?",
                sha256(file), "dead-host:4242/0badf00d", Timestamp.from(longAgo), crashed);
        jdbc.update("DELETE FROM ld_import_row WHERE import_id = ? AND outcome <> 'CREATED'", crashed);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ld_claim WHERE import_id = ?", Long.class, crashed)).isEqualTo(4);
        // a queued import of the dead node, and an import another live node is running right now
        long queued = insertImport("QUEUED", longAgo, "dead-host:4242/cafe0001");
        long otherNodes = insertImport("RUNNING", Instant.now().plus(Duration.ofDays(1)), "live-host:77/beef0002");
        try {
            List<Long> marked = imports.interruptAbandoned();

            assertThat(marked).contains(crashed, queued).doesNotContain(otherNodes);
            JsonNode interrupted = body(mvc.perform(get("officer1", IMPORTS + "/{id}", crashed)).andExpect(status().isOk()));
            assertThat(interrupted.get("status").asText()).isEqualTo("INTERRUPTED");
            assertThat(interrupted.get("processedRows").asInt()).as("the lines it recorded").isEqualTo(4);
            assertThat(interrupted.get("created").asInt()).as("the claims it really opened").isEqualTo(4);
            assertThat(interrupted.get("skipped").asInt()).isZero();
            assertThat(interrupted.get("refused").asInt()).isZero();
            assertThat(interrupted.get("finishedAt").isNull()).isFalse();
            assertThat(interrupted.get("failure").asText()).contains("Interrupted", "file is not kept",
                    "POST /api/v1/liquidated-damages-imports/" + crashed + "/resume", "send it again as a new import");
            assertThat(interrupted.get("summary").get("created").asInt()).isEqualTo(4);
            assertThat(jdbc.queryForObject("SELECT status FROM ld_import WHERE id = ?", String.class, queued))
                    .isEqualTo("INTERRUPTED");
            assertThat(jdbc.queryForObject("SELECT status FROM ld_import WHERE id = ?", String.class, otherNodes))
                    .as("another node's live import is not taken").isEqualTo("RUNNING");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'LD_IMPORT'"
                    + " AND entity_id = ? AND event = 'LD_IMPORT_INTERRUPTED'", Long.class, Long.toString(crashed)))
                    .isEqualTo(1);

            // a second sweep changes nothing; resuming with another file, or by another office, is refused
            assertThat(imports.interruptAbandoned()).doesNotContain(crashed);
            sendCsv("officer1", IMPORTS + "/" + crashed + "/resume?wait=true", firstPart)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not the file of import")));
            sendCsv("officer2", IMPORTS + "/" + crashed + "/resume?wait=true", file).andExpect(status().isNotFound());
            sendCsv("officer1", IMPORTS + "/" + otherNodes + "/resume?wait=true", file).andExpect(status().isConflict());
            assertThat(jdbc.queryForObject("SELECT status FROM ld_import WHERE id = ?", String.class, crashed))
                    .isEqualTo("INTERRUPTED");

            JsonNode resumed = body(sendCsv("officer1", IMPORTS + "/" + crashed + "/resume?wait=true", file)
                    .andExpect(status().isOk()));

            assertThat(resumed.get("status").asText()).isEqualTo("DONE");
            assertThat(resumed.get("failure").isNull()).isTrue();
            assertThat(resumed.get("processedRows").asInt()).isEqualTo(8);
            assertThat(resumed.get("created").asInt()).isEqualTo(6);
            assertThat(resumed.get("skipped").asInt()).isEqualTo(1);
            assertThat(resumed.get("refused").asInt()).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ld_claim WHERE bond_id = ?", Long.class, bondId))
                    .as("six distinct breaches, each claimed once: 0 lost, 0 duplicates").isEqualTo(6);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT breach_key) FROM ld_claim WHERE bond_id = ?", Long.class,
                    bondId)).isEqualTo(6);
            assertThat(jdbc.queryForList("SELECT line_no FROM ld_import_row WHERE import_id = ? ORDER BY line_no",
                    Integer.class, crashed)).as("every line recorded once").containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
            sendCsv("officer1", IMPORTS + "/" + crashed + "/resume", file).andExpect(status().isConflict());
        } finally {
            jdbc.update("DELETE FROM ld_import WHERE id IN (?, ?)", queued, otherNodes);
        }
    }
}
