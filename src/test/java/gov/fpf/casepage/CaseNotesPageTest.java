package gov.fpf.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;

/**
 * The case page's "Notes and documents" tab: the lists, the two forms (CSRF, labels, hints), a refused note or
 * upload shown again with the message next to the field and the values kept, nothing stored; a note and a PDF added
 * through the page and the PDF downloaded from it; readers without a writing role see no forms and cannot post.
 */
class CaseNotesPageTest extends ApplicationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private String penaltyCase(String partyName) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true}""".formatted(party(partyName))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(user, path).accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder note(String user, String caseNumber, String text) {
        return MockMvcRequestBuilders.post("/cases/{n}/notes", caseNumber).with(httpBasic(user, user)).with(csrf())
                .accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("text", text);
    }

    private static MockHttpServletRequestBuilder upload(String user, String caseNumber, MockMultipartFile file,
                                                        String category, String description) {
        return MockMvcRequestBuilders.multipart("/cases/{n}/attachments", caseNumber).file(file)
                .param("category", category).param("description", description)
                .with(httpBasic(user, user)).with(csrf()).accept(MediaType.TEXT_HTML);
    }

    private int attachments(String caseNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_attachment a JOIN case_file c ON c.id = a.case_id"
                + " WHERE c.case_number = ?", Integer.class, caseNumber);
    }

    @Test
    void aNoteAndAPdfAreAddedFromTheTabAndTheRefusalsShowNextToTheirFields() throws Exception {
        String n = penaltyCase("Notes Page Imports");
        String empty = page("officer1", "/cases/" + n + "?tab=notes");
        assertThat(empty).containsPattern("id=\"tab-notes\"[^>]*aria-selected=\"true\"");
        assertThat(empty).contains("Notes and documents", "No notes yet.", "No documents yet.",
                "<label for=\"note-text\">Note</label>", "<label for=\"upload-file\">File</label>",
                "<label for=\"upload-category\">Category</label>", "aria-describedby=\"note-text-hint\"",
                "enctype=\"multipart/form-data\"", "name=\"_csrf\"", "at most 20 MB");
        assertThat(page("officer1", "/cases/" + n)).as("the tab is offered on every case page").contains("?tab=notes");

        // an empty note: the tab again, 400, the message next to the field and in the summary
        String refused = mvc.perform(note("officer1", n, "   ")).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("role=\"alert\"", "id=\"note-alert\"", "href=\"#note-text\"",
                "id=\"note-text-error\"", "Write the note: it cannot be empty.",
                "aria-describedby=\"note-text-hint note-text-error\"", "aria-invalid=\"true\"");
        // too long: the text is kept
        String tooLong = mvc.perform(note("officer1", n, "keep me " + "y".repeat(4000))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("at most 4,000 characters", "keep me yyy");

        mvc.perform(note("officer1", n, "Importer's counsel called; <b>petition</b> follows."))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/cases/" + n + "?tab=notes"))
                .andExpect(flash().attribute("notesSaved", "notes.note.added"));
        String withNote = page("officer1", "/cases/" + n + "?tab=notes");
        assertThat(withNote).contains("Importer&#39;s counsel called; &lt;b&gt;petition&lt;/b&gt; follows.", "officer1, ");

        // a program named .pdf: refused, category and description kept, nothing stored
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        String wrong = mvc.perform(upload("officer1", n, new MockMultipartFile("file", "petition.pdf", "application/pdf", exe),
                "PETITION", "Signed petition & exhibits")).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(wrong).contains("id=\"upload-alert\"", "href=\"#upload-file\"", "id=\"upload-file-error\"",
                "The file is a program", "<option value=\"PETITION\" selected=\"selected\">Petition</option>",
                "value=\"Signed petition &amp; exhibits\"");
        String noCategory = mvc.perform(upload("officer1", n, new MockMultipartFile("file", "petition.pdf",
                "application/pdf", PDF), "", "")).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(noCategory).contains("href=\"#upload-category\"", "id=\"upload-category-error\"",
                "Choose what the document is");
        assertThat(attachments(n)).isZero();

        mvc.perform(upload("officer1", n, new MockMultipartFile("file", "petition.pdf", "application/pdf", PDF),
                        "PETITION", "Signed petition"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/cases/" + n + "?tab=notes"))
                .andExpect(flash().attribute("notesSavedName", "petition.pdf"));
        String listed = page("officer1", "/cases/" + n + "?tab=notes");
        Matcher link = Pattern.compile("href=\"(/cases/" + n + "/attachments/(\\d+))\"").matcher(listed);
        assertThat(link.find()).as(listed).isTrue();
        assertThat(listed).contains("petition.pdf", "Petition", "Signed petition", "officer1, ",
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(PDF)));
        byte[] body = mvc.perform(get("officer1", link.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"petition.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(PDF);
        String timeline = page("officer1", "/cases/" + n + "?tab=timeline");
        assertThat(timeline).contains("NOTE_ADDED", "ATTACHMENT_UPLOADED", "petition.pdf (PETITION");

        // another office: the case page and the document are 404 pages
        mvc.perform(get("officer2", link.group(1)).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(note("officer2", n, "not my office")).andExpect(status().isNotFound());
        // a custodian reads the tab without forms and may not post; no CSRF token, no post
        assertThat(page("custodian1", "/cases/" + n + "?tab=notes")).contains("petition.pdf",
                "Only officers and supervisors add notes").doesNotContain("id=\"note-form\"");
        mvc.perform(note("custodian1", n, "custody")).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/cases/{n}/notes", n).with(httpBasic("officer1", "officer1"))
                .param("text", "no token")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_note o JOIN case_file c ON c.id = o.case_id"
                + " WHERE c.case_number = ?", Integer.class, n)).isEqualTo(1);
    }
}
