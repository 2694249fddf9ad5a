package gov.fpf.casenotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;
import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.system.Roles;

/**
 * Notes and documents through the API, on the shared context's database store: notes added and listed, a PDF stored
 * with its SHA-256 and sent back with safe headers, files refused by content (a program renamed .pdf, HTML, a PDF
 * named .png or declared as HTML), by size and for a missing category, with nothing stored; another office's user
 * learns nothing (404) and a reader cannot write (403). The same service on a directory store with a small limit.
 */
class CaseNotesApiTest extends ApplicationTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    CaseFileService caseFiles;
    @Autowired
    CaseNoteRepository noteRepository;
    @Autowired
    CaseAttachmentRepository attachmentRepository;
    @Autowired
    DatabaseAttachmentStore databaseStore;
    @Autowired
    AuditLog auditLog;
    @Autowired
    MessageSource messageSource;
    @Autowired
    java.time.Clock clock;

    private String penaltyCase(String partyName) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true}""".formatted(party(partyName))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    private ResultActions upload(String user, String caseNumber, MockMultipartFile file, String category,
                                 String description) throws Exception {
        var request = MockMvcRequestBuilders.multipart("/api/v1/cases/{n}/attachments", caseNumber).file(file)
                .with(httpBasic(user, user));
        if (category != null) {
            request.param("category", category);
        }
        if (description != null) {
            request.param("description", description);
        }
        return mvc.perform(request);
    }

    private int attachmentRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_attachment", Integer.class);
    }

    private int contentRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_attachment_content", Integer.class);
    }

    private int auditRows(String caseNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_number = ?", Integer.class, caseNumber);
    }

    @Test
    void aNoteIsAddedListedAndOnTheTimeline() throws Exception {
        String n = penaltyCase("Notes Api Imports");
        mvc.perform(post("officer1", "/api/v1/cases/{n}/notes", "{\"text\":\"  Importer phoned: petition follows by mail.  \"}", n))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.text").value("Importer phoned: petition follows by mail."))
                .andExpect(jsonPath("$.author").value("officer1"));
        mvc.perform(post("officer1", "/api/v1/cases/{n}/notes", "{\"text\":\"Correction: by courier.\"}", n))
                .andExpect(status().isCreated());
        JsonNode notes = json.readTree(mvc.perform(get("supervisor1", "/api/v1/cases/{n}/notes", n))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0).get("text").asText()).isEqualTo("Importer phoned: petition follows by mail.");
        assertThat(notes.get(1).get("text").asText()).isEqualTo("Correction: by courier.");
        assertThat(caseFile(n).get("timeline").toString()).contains("NOTE_ADDED", "Importer phoned");

        // empty, too long, missing body: 400 problems, nothing stored
        int before = notes.size();
        mvc.perform(post("officer1", "/api/v1/cases/{n}/notes", "{\"text\":\"   \"}", n))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("text: Write the note")));
        mvc.perform(post("officer1", "/api/v1/cases/{n}/notes", "{\"text\":\"" + "x".repeat(4001) + "\"}", n))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("at most 4,000")));
        mvc.perform(post("officer1", "/api/v1/cases/{n}/notes", "{\"txt\":\"typo\"}", n)).andExpect(status().isBadRequest());
        assertThat(json.readTree(mvc.perform(get("officer1", "/api/v1/cases/{n}/notes", n)).andReturn().getResponse()
                .getContentAsString())).hasSize(before);

        // another office's officer: 404 on reading and writing; a custodian reads but does not write
        mvc.perform(get("officer2", "/api/v1/cases/{n}/notes", n)).andExpect(status().isNotFound());
        mvc.perform(post("officer2", "/api/v1/cases/{n}/notes", "{\"text\":\"not mine\"}", n))
                .andExpect(status().isNotFound());
        mvc.perform(post("custodian1", "/api/v1/cases/{n}/notes", "{\"text\":\"custody\"}", n))
                .andExpect(status().isForbidden());
        mvc.perform(get("hq1", "/api/v1/cases/{n}/notes", n)).andExpect(status().isOk());
    }

    @Test
    void aPdfIsStoredWithItsSha256AndSentBackWithSafeHeaders() throws Exception {
        String n = penaltyCase("Attachment Api Imports");
        int audit = auditRows(n);
        JsonNode stored = json.readTree(upload("officer1", n,
                new MockMultipartFile("file", "C:\\scans\\..\\Petition \"final\";v2.pdf", "application/pdf", PDF),
                "petition", "Signed petition, received by mail").andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/cases/" + n + "/attachments/")))
                .andReturn().getResponse().getContentAsString());
        String sha = CaseNotesService.sha256(PDF);
        assertThat(sha).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(stored.get("sha256").asText()).isEqualTo(sha);
        assertThat(stored.get("size").asLong()).isEqualTo(PDF.length);
        assertThat(stored.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(stored.get("category").asText()).isEqualTo("PETITION");
        assertThat(stored.get("uploadedBy").asText()).isEqualTo("officer1");
        assertThat(stored.get("fileName").asText()).isEqualTo("Petition _final__v2.pdf");
        long id = stored.get("id").asLong();
        byte[] inDatabase = jdbc.queryForObject("SELECT content FROM case_attachment_content WHERE attachment_id = ?",
                byte[].class, id);
        assertThat(inDatabase).isEqualTo(PDF);
        assertThat(jdbc.queryForObject("SELECT stored_in FROM case_attachment WHERE id = ?", String.class, id))
                .isEqualTo("DATABASE");
        assertThat(auditRows(n)).isEqualTo(audit + 1);
        assertThat(caseFile(n).get("timeline").toString()).contains("ATTACHMENT_UPLOADED", "Petition _final__v2.pdf", sha);

        JsonNode listed = json.readTree(mvc.perform(get("custodian1", "/api/v1/cases/{n}/attachments", n))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("href").asText()).isEqualTo("/api/v1/cases/" + n + "/attachments/" + id);

        byte[] body = mvc.perform(get("supervisor1", "/api/v1/cases/{n}/attachments/{id}?inline=true", n, id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; ")))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("filename=\"Petition _final__v2.pdf\"")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("sandbox")))
                .andExpect(header().string("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(sha)) + ":"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(PDF);

        // another office: the list, the document and an upload are 404s that disclose nothing
        mvc.perform(get("officer2", "/api/v1/cases/{n}/attachments", n)).andExpect(status().isNotFound());
        mvc.perform(get("officer2", "/api/v1/cases/{n}/attachments/{id}", n, id)).andExpect(status().isNotFound());
        int rows = attachmentRows();
        upload("officer2", n, new MockMultipartFile("file", "x.pdf", "application/pdf", PDF), "OTHER", null)
                .andExpect(status().isNotFound());
        assertThat(attachmentRows()).isEqualTo(rows);
        // the id of an attachment of another case does not open it through this case
        String other = penaltyCase("Attachment Other Case");
        mvc.perform(get("officer1", "/api/v1/cases/{n}/attachments/{id}", other, id)).andExpect(status().isNotFound());
        // a reader without a writing role
        upload("custodian1", n, new MockMultipartFile("file", "x.pdf", "application/pdf", PDF), "OTHER", null)
                .andExpect(status().isForbidden());
    }

    @Test
    void anImageMayBeShownInlineOnlyWhenAsked() throws Exception {
        String n = penaltyCase("Attachment Photo Imports");
        long id = json.readTree(upload("officer1", n, new MockMultipartFile("file", "pallet.PNG", "image/png", PNG),
                "PHOTO", null).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
        mvc.perform(get("officer1", "/api/v1/cases/{n}/attachments/{id}", n, id))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
        mvc.perform(get("officer1", "/api/v1/cases/{n}/attachments/{id}?inline=true", n, id))
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline;")));
    }

    @Test
    void wrongTypesTooLargeFilesAndMissingFieldsAreRefusedAndNothingIsStored() throws Exception {
        String n = penaltyCase("Attachment Refusals Imports");
        int rows = attachmentRows();
        int contents = contentRows();
        int audit = auditRows(n);
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        refused(upload("officer1", n, new MockMultipartFile("file", "invoice.pdf", "application/pdf", exe), "OTHER", null),
                400, "program");
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        refused(upload("officer1", n, new MockMultipartFile("file", "letter.html", "text/html", html), "OTHER", null),
                400, "web page");
        refused(upload("officer1", n, new MockMultipartFile("file", "letter.txt", "text/plain", html), "OTHER", null),
                400, "web page");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        refused(upload("officer1", n, new MockMultipartFile("file", "logo.svg", "image/svg+xml", svg), "PHOTO", null),
                400, "web page");
        refused(upload("officer1", n, new MockMultipartFile("file", "scan.png", "image/png", PDF), "PHOTO", null),
                400, "named .png but its content is PDF");
        refused(upload("officer1", n, new MockMultipartFile("file", "scan.pdf", "text/html", PDF), "PHOTO", null),
                400, "sent as text/html");
        refused(upload("officer1", n, new MockMultipartFile("file", "scan", "application/pdf", PDF), "PHOTO", null),
                400, "no extension");
        refused(upload("officer1", n, new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]), "OTHER",
                null), 400, "empty");
        refused(upload("officer1", n, new MockMultipartFile("file", "scan.pdf", "application/pdf", PDF), null, null),
                400, "category: Choose what the document is");
        refused(upload("officer1", n, new MockMultipartFile("file", "scan.pdf", "application/pdf", PDF), "RECEIPT", null),
                400, "'RECEIPT' is not a category");
        refused(upload("officer1", n, new MockMultipartFile("file", "scan.pdf", "application/pdf", PDF), "OTHER",
                "d".repeat(501)), 400, "description: A description holds at most 500");
        refused(mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/cases/{n}/attachments", n).param("category", "OTHER")
                .with(httpBasic("officer1", "officer1"))), 400, "Choose a file");

        byte[] large = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1); // the configured limit, 20 MB, plus one byte
        refused(upload("officer1", n, new MockMultipartFile("file", "huge.pdf", "application/pdf", large), "OTHER", null),
                413, "at most 20.0 MB");

        assertThat(attachmentRows()).isEqualTo(rows);
        assertThat(contentRows()).isEqualTo(contents);
        assertThat(auditRows(n)).isEqualTo(audit);
        mvc.perform(get("officer1", "/api/v1/cases/{n}/attachments", n)).andExpect(content().json("[]"));
    }

    /** Through the real server: above Spring's multipart limit (21 MB a request) the upload is a 413 problem. */
    @Test
    void anUploadAboveTheMultipartLimitIsA413ProblemFromTheServer() throws Exception {
        String n = penaltyCase("Attachment Oversized Imports");
        String boundary = "----fpf" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"category\"\r\n\r\nOTHER\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pdf\"\r\nContent-Type: application/pdf"
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(Arrays.copyOf(PDF, 22 * 1024 * 1024));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        int rows = attachmentRows();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/cases/" + n
                                + "/attachments"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "officer1:officer1".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(attachmentRows()).isEqualTo(rows);
    }

    private static void refused(ResultActions result, int status, String detail) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(detail)));
    }

    /** The same service on a directory store (instantiated here, no new Spring context) with a 1 KB limit. */
    @Test
    void theDirectoryStoreKeepsTheFileNamedByIdAndTheServiceRefusesAboveItsLimit(@TempDir Path directory) throws Exception {
        String n = penaltyCase("Directory Store Imports");
        DirectoryAttachmentStore files = new DirectoryAttachmentStore(directory);
        CaseNotesService service = new CaseNotesService(caseFiles, noteRepository, attachmentRepository,
                new AttachmentStorage.Stores(databaseStore, files, files, 1024), auditLog, messageSource, clock);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "officer1", null, List.of(new SimpleGrantedAuthority(Roles.OFFICER))));
        try {
            CaseNotesService.AttachmentView view = inTransaction(() -> service.upload(n,
                    new MockMultipartFile("file", "../../etc/passwd.pdf", "application/pdf", PDF), "CORRESPONDENCE", null));
            assertThat(view.fileName()).isEqualTo("passwd.pdf");
            Path file = directory.resolve(view.id() + ".bin");
            assertThat(Files.readAllBytes(file)).isEqualTo(PDF);
            try (var listing = Files.list(directory)) {
                assertThat(listing.toList()).containsExactly(file);
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_attachment_content WHERE attachment_id = ?",
                    Integer.class, view.id())).isZero();
            assertThat(jdbc.queryForObject("SELECT stored_in FROM case_attachment WHERE id = ?", String.class, view.id()))
                    .isEqualTo("DIRECTORY");
            CaseNotesService.Download back = inTransaction(() -> service.download(n, view.id()));
            assertThat(back.content()).isEqualTo(PDF);
            assertThat(back.sha256()).isEqualTo(CaseNotesService.sha256(PDF));

            // above this store's 1 KB limit: 413, no file written
            byte[] twoKb = Arrays.copyOf(PDF, 2048);
            NotesRefusal tooLarge = org.junit.jupiter.api.Assertions.assertThrows(NotesRefusal.class, () -> inTransaction(
                    () -> service.upload(n, new MockMultipartFile("file", "big.pdf", "application/pdf", twoKb), "OTHER", null)));
            assertThat(tooLarge.status().value()).isEqualTo(413);
            assertThat(tooLarge.fieldErrors()).containsKey("file");
            // a file changed on disk behind the application's back is not served as the record
            Files.write(file, "%PDF-1.4 tampered".getBytes(StandardCharsets.US_ASCII));
            org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> inTransaction(() -> service.download(n, view.id())));
            try (var listing = Files.list(directory)) {
                assertThat(listing.toList()).containsExactly(file);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
