package gov.fpf.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import gov.fpf.ApplicationTest;
import gov.fpf.penalty.PenaltyCaseProcess;

/**
 * An officer opens a notice from the case's Notices tab, sees the letter with both addresses, downloads the PDF with
 * the page's session (the bytes' SHA-256 is the one stored when it was issued) and re-issues it with a reason.
 */
class NoticeDocumentBrowserTest extends ApplicationTest {

    @Test
    void anOfficerOpensANoticeDownloadsItsPdfAndReissuesIt() throws Exception {
        long party = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("Browser Letter Importers")
                        .replaceFirst("}\\s*$", ",\"mailingAddress\":{\"line1\":\"44 Wharf Street\",\"city\":\"Long Beach\","
                                + "\"region\":\"CA\",\"postalCode\":\"90802\",\"country\":\"US\"}}")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true}""".formatted(party)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT,
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"r\"}");
        JsonNode notice = caseFile(caseNumber).get("notices").get(0);
        long noticeId = notice.get("id").asLong();
        String stored = jdbc.queryForObject("SELECT sha256 FROM notice_document WHERE notice_id = ? AND version = 1",
                String.class, noticeId);

        try (Browser browser = Browser.open(port)) {
            browser.logIn("officer1", "officer1");
            browser.go("/cases/" + caseNumber + "?tab=notices");
            browser.find(By.linkText(notice.get("title").asText())).click();
            browser.find(By.id("print-notice"));
            assertThat(browser.text()).contains("Browser Letter Importers", "44 Wharf Street", "Long Beach, CA 90802",
                    "U.S. Customs and Border Protection", "Download PDF", stored);
            browser.screenshot("6a-officer-notice-page");

            // the download link answers the page's session with the stored PDF
            String href = browser.driver.findElement(By.id("download-pdf")).getAttribute("href");
            browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
            @SuppressWarnings("unchecked")
            Map<String, Object> fetched = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                      const bytes = new Uint8Array(await r.arrayBuffer());
                      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
                      done({status: r.status, type: r.headers.get('Content-Type'),
                            head: String.fromCharCode(...bytes.slice(0, 5)),
                            sha: Array.from(digest).map(b => b.toString(16).padStart(2, '0')).join('')});
                    }).catch(e => done({error: String(e)}));""", href);
            assertThat(fetched).containsEntry("status", 200L).containsEntry("type", "application/pdf")
                    .containsEntry("head", "%PDF-").containsEntry("sha", stored);

            // re-issue with a reason: version 2 on the page, version 1 still listed
            browser.driver.findElement(By.id("reissue-reason")).sendKeys("address corrected");
            browser.driver.findElement(By.cssSelector("#reissue-form button[type=submit]")).click();
            browser.find(By.cssSelector("[role=status]"));
            assertThat(browser.text()).contains("re-issued as version 2", "address corrected", "first issue");
            browser.screenshot("6b-officer-notice-reissued");
        }
    }
}
