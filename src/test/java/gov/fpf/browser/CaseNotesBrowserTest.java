package gov.fpf.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import gov.fpf.ApplicationTest;

/**
 * An officer on the case page's "Notes and documents" tab in a real browser: a note refused empty, then added; a PDF
 * uploaded with its category and description, listed with its SHA-256, and on the timeline. Screenshots 5a-5d.
 */
class CaseNotesBrowserTest extends ApplicationTest {

    @TempDir
    Path files;

    @Test
    void anOfficerAddsANoteAndUploadsAPdfOnACase() throws Exception {
        long partyId = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("Browser Notes Imports")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true}""".formatted(partyId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        Path petition = Files.write(files.resolve("petition-signed.pdf"), pdf);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));

        try (Browser browser = Browser.open(port)) {
            browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // htmx swaps the tab area
            browser.logIn("officer1", "officer1");
            browser.go("/cases/" + caseNumber);
            browser.find(By.id("tab-notes")).click();
            browser.wait.until(d -> "true".equals(d.findElement(By.id("tab-notes")).getAttribute("aria-selected")));
            assertThat(browser.driver.getCurrentUrl()).contains("tab=notes");
            browser.find(By.id("note-text"));
            browser.screenshot("5a-notes-tab-empty");

            // sent empty (the browser's own check bypassed, as a script-less client would): refused next to the field
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("document.getElementById('note-text').removeAttribute('required')");
            browser.driver.findElement(By.cssSelector("#note-form button[type=submit]")).click();
            assertThat(browser.find(By.id("note-text-error")).getText()).contains("Write the note");
            assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("note-alert");
            browser.screenshot("5b-note-refused");

            browser.find(By.id("note-text")).sendKeys("Importer's counsel phoned: the petition is on its way.");
            browser.driver.findElement(By.cssSelector("#note-form button[type=submit]")).click();
            browser.wait.until(d -> d.findElement(By.cssSelector("[role=status]")).getText().contains("Note added"));
            assertThat(browser.text()).contains("Importer's counsel phoned: the petition is on its way.");

            browser.find(By.id("upload-file")).sendKeys(petition.toAbsolutePath().toString());
            new Select(browser.driver.findElement(By.id("upload-category"))).selectByValue("PETITION");
            browser.driver.findElement(By.id("upload-description")).sendKeys("Signed petition, received by mail");
            browser.screenshot("5c-upload-form-filled");
            browser.driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            browser.wait.until(d -> d.findElement(By.cssSelector("[role=status]")).getText()
                    .contains("petition-signed.pdf uploaded"));
            assertThat(browser.find(By.cssSelector("table.attachments")).getText())
                    .contains("petition-signed.pdf", "Petition", "Signed petition, received by mail", sha);
            assertThat(browser.driver.findElement(By.linkText("petition-signed.pdf")).getAttribute("href"))
                    .matches(".*/cases/" + caseNumber + "/attachments/\\d+");
            browser.screenshot("5d-notes-tab-with-note-and-pdf");

            browser.find(By.id("tab-timeline")).click();
            browser.wait.until(d -> d.findElement(By.id("tab-panel")).getText().contains("Document uploaded"));
            assertThat(browser.find(By.id("tab-panel")).getText()).contains("Note added", sha)
                    .doesNotContain("ATTACHMENT_UPLOADED", "NOTE_ADDED");
            browser.screenshot("5e-timeline-with-note-and-document");

            // a file over the limit is refused on the page before it is sent, in words, and nothing is stored
            byte[] filler = new byte[21 * 1024 * 1024];
            System.arraycopy(pdf, 0, filler, 0, pdf.length);
            Path big = Files.write(files.resolve("scan-too-large.pdf"), filler);
            browser.find(By.id("tab-notes")).click();
            browser.wait.until(d -> "true".equals(d.findElement(By.id("tab-notes")).getAttribute("aria-selected")));
            browser.find(By.id("upload-file")).sendKeys(big.toAbsolutePath().toString());
            new Select(browser.driver.findElement(By.id("upload-category"))).selectByValue("PHOTO");
            browser.driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            assertThat(browser.driver.findElement(By.id("upload-file")).getAttribute("validationMessage"))
                    .contains("larger than 20 MB");
            browser.screenshot("5f-upload-too-large-refused");
        }
        JsonNode listed = json.readTree(mvc.perform(get("officer1", "/api/v1/cases/{n}/attachments", caseNumber))
                .andReturn().getResponse().getContentAsString());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("sha256").asText()).isEqualTo(sha);
        assertThat(listed.get(0).get("category").asText()).isEqualTo("PETITION");
    }
}
