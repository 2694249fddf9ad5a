package gov.fpf.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;

/**
 * The breach import pages: upload, progress, summary and every line's result in words (no API paths), the outcome
 * filter, the CSV of the lines (formula-safe), the office boundary, and bad files refused with nothing stored.
 */
class ImportPagesTest extends ApplicationTest {

    private static final LocalDate TODAY = seaportToday();
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final Pattern IMPORT_ID = Pattern.compile("/imports/(\\d+)$");

    private String bond() throws Exception {
        long principal = party("Import Page Principal " + UNIQUE.incrementAndGet());
        String number = "IMP-" + UNIQUE.incrementAndGet();
        mvc.perform(post("officer1", "/api/v1/bonds", """
                {"bondNumber":"%s","principalPartyId":%d,"suretyName":"Pacific Surety Co","type":"CONTINUOUS",
                 "activity":"IMPORTATION_AND_ENTRY","amount":5000000,"effectiveDate":"2015-01-01"}""".formatted(number, principal)))
                .andExpect(status().isCreated());
        return number;
    }

    private static String entry() {
        return "P" + UNIQUE.incrementAndGet() + "-1";
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequestBuilder upload(String user, MockMultipartFile file, String... params) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart("/imports").file(file)
                .with(httpBasic(user, user)).with(csrf()).accept(MediaType.TEXT_HTML);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    private static MockHttpServletRequestBuilder page(String user, String path, Object... vars) {
        return get(user, path, vars).accept(MediaType.TEXT_HTML);
    }

    private String html(String user, String path, Object... vars) throws Exception {
        return mvc.perform(page(user, path, vars)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** Uploads the file as the user; the import's id from the page it is sent to. */
    private long uploaded(String user, MockMultipartFile file) throws Exception {
        String location = mvc.perform(upload(user, file)).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        Matcher m = IMPORT_ID.matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Polls the progress fragment as htmx does until the import has finished (then htmx is told to reload). */
    private String finished(String user, long id) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            MvcResult polled = mvc.perform(page(user, "/imports/{id}/progress", id).header("HX-Request", "true"))
                    .andExpect(status().isOk()).andReturn();
            String fragment = polled.getResponse().getContentAsString();
            assertThat(fragment).contains("role=\"progressbar\"", "aria-valuenow=").doesNotContain("<html");
            if ("true".equals(polled.getResponse().getHeader("HX-Refresh"))) {
                assertThat(fragment).doesNotContain("hx-trigger");
                return fragment;
            }
            assertThat(fragment).contains("hx-trigger=\"every 1s\"");
            assertThat(System.nanoTime()).as("import %d still running after a minute", id).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private long importCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ld_import", Long.class);
    }

    @Test
    void anOfficerUploadsAFileFollowsItsProgressAndReadsEveryLineInWords() throws Exception {
        String bond = bond();
        String e1 = entry();
        String unknownBond = "-NO-SUCH-" + UNIQUE.incrementAndGet();
        String csv = String.join("\n",
                "bondNumber,breach,breachDate,entryNumber,merchandiseValue",
                bond + ",LATE_ISF," + TODAY.minusDays(30) + "," + e1 + ",",
                bond + ",LATE_ISF," + TODAY.minusDays(30) + "," + e1 + ",",
                unknownBond + ",LATE_ISF," + TODAY.minusDays(10) + ",-SUM1,",
                bond + ",FAILURE_TO_REDELIVER," + TODAY.minusDays(10) + "," + entry() + ",-5",
                "");
        long id = uploaded("officer1", file("page-breaches.csv", csv));

        String done = finished("officer1", id);
        assertThat(done).contains("aria-valuenow=\"4\"", "aria-valuemax=\"4\"", "4 of 4 lines worked (100%)");

        String result = html("officer1", "/imports/{id}", id);
        assertThat(result).contains("page-breaches.csv", "Finished", "LALB", "officer1")
                .doesNotContain("hx-trigger").doesNotContain("/api/");
        assertThat(between(result, "id=\"count-created\"", "<")).endsWith("1");
        assertThat(between(result, "id=\"count-skipped\"", "<")).endsWith("1");
        assertThat(between(result, "id=\"count-refused\"", "<")).endsWith("2");
        String created = jdbc.queryForObject("SELECT case_number FROM ld_import_row WHERE import_id = ? AND line_no = 2",
                String.class, id);
        assertThat(row(result, 2)).contains("Claim opened", bond, e1, "href=\"/cases/" + created + "\"");
        assertThat(row(result, 3)).contains("Skipped", "A claim for this breach already exists.", "Same breach as line 2");
        assertThat(row(result, 4)).contains("Refused", "No bond numbered " + unknownBond + " is on record",
                "New case page for liquidated damages", "href=\"/cases/new/liquidated-damages\"");
        assertThat(row(result, 5)).contains("Refused", "The line cannot make a claim as written:");

        // the filter: only refused lines
        String refused = html("officer1", "/imports/{id}?outcome=REFUSED", id);
        assertThat(refused).contains("data-line=\"4\"", "data-line=\"5\"").doesNotContain("data-line=\"2\"")
                .doesNotContain("data-line=\"3\"").contains("Lines 1 to 2 of 2.");

        // the CSV: every line, words not codes, a value starting like a formula defused
        MvcResult csvResult = mvc.perform(get("officer1", "/imports/{id}/lines.csv", id)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"import-" + id + "-lines.csv\""))
                .andReturn();
        assertThat(csvResult.getResponse().getContentType()).startsWith("text/csv");
        List<String> lines = csvResult.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("Line,Bond,Entry,Outcome,Reason,Case");
        assertThat(lines.get(1)).isEqualTo("2," + bond + "," + e1 + ",Claim opened,," + created);
        assertThat(lines.get(3)).startsWith("4,'" + unknownBond + ",'-SUM1,Refused,\"No bond numbered");
        assertThat(String.join("\n", lines)).doesNotContain("/api/").doesNotContain(",-");
        String refusedCsv = mvc.perform(get("officer1", "/imports/{id}/lines.csv?outcome=REFUSED", id))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refusedCsv.lines()).hasSize(3);

        // listed among the past imports, newest first
        String list = html("officer1", "/imports");
        assertThat(list).contains("href=\"/imports/" + id + "\"", "page-breaches.csv");
        assertThat(list.indexOf("data-import=\"" + id + "\"")).isPositive();
    }

    @Test
    void anotherOfficesImportIsNotFoundAndNotListed() throws Exception {
        String bond = bond();
        long id = uploaded("officer1", file("seaport-only.csv", "bondNumber,breach,breachDate,entryNumber\n" + bond
                + ",LATE_ISF," + TODAY.minusDays(3) + "," + entry() + "\n"));
        finished("officer1", id);

        mvc.perform(page("officer2", "/imports/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(page("officer2", "/imports/{id}/progress", id)).andExpect(status().isNotFound());
        mvc.perform(get("officer2", "/imports/{id}/lines.csv", id)).andExpect(status().isNotFound());
        assertThat(html("officer2", "/imports")).doesNotContain("data-import=\"" + id + "\"");
        // headquarters reads every office's imports but imports none
        assertThat(html("hq1", "/imports/{id}", id)).contains("seaport-only.csv");
        assertThat(html("hq1", "/imports")).contains("data-import=\"" + id + "\"").doesNotContain("id=\"import-form\"");
        // a custodian reads but may not import
        long before = importCount();
        mvc.perform(upload("custodian1", file("custody.csv", "bondNumber,breach,breachDate\n" + bond + ",LATE_ISF,"
                + TODAY.minusDays(3) + "\n"))).andExpect(status().isForbidden());
        assertThat(importCount()).isEqualTo(before);
    }

    @Test
    void aBadFileIsRefusedOnTheUploadPageWithNothingStored() throws Exception {
        long before = importCount();
        assertRefused(upload("officer1", file("empty.csv", "")), 400, "The file empty.csv is empty.");
        assertRefused(upload("officer1", new MockMultipartFile("file", "breaches.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4})),
                400, "is not a CSV or JSON file");
        assertRefused(upload("officer1", new MockMultipartFile("file", "breaches", "application/octet-stream",
                new byte[] {'b', 'o', 0, 1, 2})), 400, "is not text");
        assertRefused(upload("officer1", file("columns.csv", "bondNumber,colour\nX,red\n")), 400, "Unknown column &#39;colour&#39;");
        assertRefused(upload("officer1", file("quote.csv", "bondNumber,breach,breachDate\n\"X,LATE_ISF,2026-01-01\n")),
                400, "a quoted field is opened and never closed");
        assertRefused(upload("officer1", file("header-only.csv", "bondNumber,breach,breachDate\n")), 400,
                "has a header but no breaches");
        assertRefused(upload("officer1", file("broken.json", "[{\"bondNumber\": ")), 400, "The file is not valid JSON");
        assertRefused(MockMvcRequestBuilders.multipart("/imports").with(httpBasic("officer1", "officer1")).with(csrf())
                .accept(MediaType.TEXT_HTML), 400, "Choose the breach file to import.");
        // an office the officer does not belong to
        assertRefused(upload("officer1", file("elsewhere.csv", "bondNumber,breach,breachDate\nX,LATE_ISF,"
                + TODAY.minusDays(3) + "\n"), "officeCode", EXPRESS_HUB), 403, "You do not belong to office CVGX");
        assertThat(importCount()).isEqualTo(before);
        // a file over the server's multipart limit comes back to the upload page with the limit in words
        String tooLarge = mvc.perform(page("officer1", "/imports?tooLarge=true")).andExpect(status().isPayloadTooLarge())
                .andReturn().getResponse().getContentAsString();
        assertThat(tooLarge).contains("id=\"upload-alert\"", "larger than an import takes (at most 20 MB)");
        // without the form's CSRF token nothing is taken
        mvc.perform(MockMvcRequestBuilders.multipart("/imports").file(file("x.csv", "bondNumber\nX\n"))
                .with(httpBasic("officer1", "officer1")).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
        assertThat(importCount()).isEqualTo(before);
    }

    private void assertRefused(MockHttpServletRequestBuilder request, int status, String words) throws Exception {
        String body = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString();
        assertThat(body).contains("id=\"upload-alert\"", "role=\"alert\"", "id=\"import-form\"")
                .contains(words.replace("\"", "&quot;")).doesNotContain("/api/");
    }

    @Test
    void aRunningImportIsPolledAndAnInterruptedOneOffersToResumeWithTheSameFile() throws Exception {
        Instant now = Instant.now();
        long running = storedImport("running.csv", "RUNNING", 10, 3, now);
        String page = html("officer1", "/imports/{id}", running);
        assertThat(page).contains("hx-get=\"/imports/" + running + "/progress\"", "hx-trigger=\"every 1s\"",
                "aria-valuenow=\"3\"", "aria-valuemax=\"10\"", "3 of 10 lines worked (30%)", "Running")
                .doesNotContain("id=\"lines-table\"");
        MvcResult polled = mvc.perform(page("officer1", "/imports/{id}/progress", running).header("HX-Request", "true"))
                .andReturn();
        assertThat(polled.getResponse().getHeader("HX-Refresh")).isNull();

        long interrupted = storedImport("interrupted.csv", "INTERRUPTED", 10, 4, now);
        String resumable = html("officer1", "/imports/{id}", interrupted);
        assertThat(resumable).contains("id=\"resume-form\"", "Interrupted, can be resumed",
                "action=\"/imports/" + interrupted + "/resume?_csrf=").doesNotContain("/api/");
        String other = mvc.perform(MockMvcRequestBuilders.multipart("/imports/{id}/resume", interrupted)
                        .file(file("other.csv", "bondNumber,breach,breachDate\nX,LATE_ISF," + TODAY.minusDays(3) + "\n"))
                        .with(httpBasic("officer1", "officer1")).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(other).contains("This is not the file of this import.", "id=\"resume-file-error\"");
        assertThat(jdbc.queryForObject("SELECT status FROM ld_import WHERE id = ?", String.class, interrupted))
                .isEqualTo("INTERRUPTED");
        mvc.perform(page("officer2", "/imports/{id}", interrupted)).andExpect(status().isNotFound());
        // no run works the stored import: leave it finished for the other tests
        jdbc.update("UPDATE ld_import SET status = 'DONE', owner_node = NULL WHERE id = ?", running);
    }

    /** An import as a run leaves it, stored directly: the page reads what the database holds. */
    private long storedImport(String fileName, String status, int total, int processed, Instant at) {
        jdbc.update("INSERT INTO ld_import (file_name, file_sha256, format, office_code, status, total_rows,"
                        + " processed_rows, created_count, skipped_count, refused_count, started_at, started_by,"
                        + " owner_node, heartbeat_at, finished_at) VALUES (?, ?, 'CSV', ?, ?, ?, ?, ?, 0, 0, ?, 'officer1',"
                        + " ?, ?, ?)", fileName, "0".repeat(64), SEAPORT, status, total, processed, processed,
                Timestamp.from(at), "RUNNING".equals(status) ? "page-test/" + UNIQUE.incrementAndGet() : null,
                Timestamp.from(at.plusSeconds(3600)), "RUNNING".equals(status) ? null : Timestamp.from(at));
        return jdbc.queryForObject("SELECT MAX(id) FROM ld_import WHERE file_name = ?", Long.class, fileName);
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        int close = html.indexOf('>', from) + 1;
        return html.substring(close, html.indexOf(end, close)).strip();
    }

    private static String row(String html, int line) {
        int from = html.indexOf("data-line=\"" + line + "\"");
        assertThat(from).as("line " + line).isNotNegative();
        return html.substring(from, html.indexOf("</tr>", from));
    }
}
