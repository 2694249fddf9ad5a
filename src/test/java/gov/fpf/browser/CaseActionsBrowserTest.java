package gov.fpf.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import gov.fpf.ApplicationTest;
import gov.fpf.seizure.SeizureForfeitureProcess;

/**
 * An officer's penalty day on the case page, in a real browser: the pre-penalty notice from the culpability task,
 * the representations from the action bar, their review, the petition, its decision, the payment, and the case
 * closes. And a custodian's custody event on a seizure. Screenshots under target/screenshots (4x-, 5x-).
 */
class CaseActionsBrowserTest extends ApplicationTest {

    private static final LocalDate TODAY = seaportToday();

    private static void workTask(Browser browser, String taskName) {
        browser.find(By.cssSelector("a.button[aria-label='Work on this task: " + taskName + "']")).click();
        browser.find(By.id("task-form"));
    }

    private static void submitTask(Browser browser) {
        browser.driver.findElement(By.cssSelector("#task-form button[type=submit]")).click();
        browser.wait.until(d -> !d.getCurrentUrl().contains("task="));
    }

    private static void openAction(Browser browser, String action) {
        browser.find(By.cssSelector(".action-bar a[data-action='" + action + "']")).click();
        browser.find(By.id("action-form"));
    }

    /** Sends the action form; the sentence the case page shows after it. */
    private static String submitAction(Browser browser) {
        browser.driver.findElement(By.cssSelector("#action-form button[type=submit]")).click();
        return browser.find(By.id("action-result")).getText();
    }

    private static void type(Browser browser, String name, String text) {
        WebElement field = browser.driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    private String caseStatus(String caseNumber) throws Exception {
        JsonNode file = json.readTree(mvc.perform(get("officer1", "/api/v1/cases/" + caseNumber)).andReturn()
                .getResponse().getContentAsString());
        return file.get("status").asText();
    }

    /** Opens the case on the "New case" page, choosing a recorded party from the live search; the new case's number. */
    private static String openPenaltyCaseOnThePage(Browser browser, long partyId) {
        browser.find(By.linkText("New case")).click();
        browser.find(By.linkText("Penalty case")).click();
        type(browser, "partyQuery", "Browser Day Fasteners");
        browser.find(By.id("f-partyId-" + partyId));
        clickById(browser, "f-partyId-" + partyId);
        new Select(browser.find(By.id("f-statute"))).selectByValue("1592");
        new Select(browser.find(By.id("f-culpability"))).selectByValue("NEGLIGENCE");
        setDate(browser, "f-violationDate", "2025-06-02");
        setDate(browser, "f-discoveryDate", "2025-09-15");
        clickById(browser, "f-commercial-yes");
        type(browser, "dutiableValue", "400000");
        type(browser, "domesticValue", "600000");
        type(browser, "lossOfRevenue", "20000");
        browser.screenshot("4-0-officer-new-penalty-case");
        clickById(browser, "intake-submit");
        browser.wait.until(ExpectedConditions.urlMatches("/cases/\\d{4}-PEN-\\d{6}$"));
        String url = browser.driver.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void setDate(Browser browser, String id, String isoDate) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.id(id)), isoDate);
    }

    private static void clickById(Browser browser, String id) {
        WebElement e = browser.driver.findElement(By.id(id));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    /** Fetches a link with the page's session, as the browser downloads it: status, type, first bytes. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> download(Browser browser, String href) {
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  done({status: r.status, type: r.headers.get('Content-Type'),
                        head: String.fromCharCode(...bytes.slice(0, 5)), size: bytes.length});
                }).catch(e => done({error: String(e)}));""", href);
    }

    /**
     * The officer's whole penalty day in the browser, with nothing through the API: the case opened on the "New case"
     * page, the pre-penalty notice from the culpability task, the representations and the petition recorded from the
     * action bar, the decision, the payment, and the decision letter downloaded as a PDF.
     */
    @Test
    void anOfficersPenaltyDayFromThePrePenaltyNoticeToThePayment() throws Exception {
        long partyId = party("Browser Day Fasteners");
        String caseNumber;
        try (Browser browser = Browser.open(port)) {
            browser.logIn("officer1", "officer1");
            caseNumber = openPenaltyCaseOnThePage(browser, partyId);
            browser.find(By.id("case-tabs"));
            assertThat(browser.driver.findElements(By.cssSelector(".action-bar"))).as("nothing expected yet").isEmpty();

            // the pre-penalty notice: culpability and the proposed amount
            workTask(browser, "Determine culpability and proposed amount");
            new Select(browser.driver.findElement(By.name("culpability"))).selectByValue("NEGLIGENCE");
            type(browser, "proposedAmount", "40000");
            type(browser, "amountRationale", "declared at 5% instead of 10%, twice");
            submitTask(browser);
            browser.screenshot("4a-officer-ppn-issued-action-bar");

            // the representations arrive: the action bar offers them, measured against the response period
            assertThat(browser.find(By.cssSelector(".action-bar")).getText()).contains("Representations",
                    "Response to the pre-penalty notice: due");
            openAction(browser, "representations");
            assertThat(browser.driver.findElement(By.name("receivedDate")).getAttribute("value")).isEqualTo(TODAY.toString());
            assertThat(browser.driver.switchTo().activeElement().getAttribute("name")).as("first field focused")
                    .isEqualTo("receivedDate");
            assertThat(browser.find(By.id("action-deadline")).getText()).contains("Response to the pre-penalty notice");
            type(browser, "summary", "The second entry was a clerical error of the broker; we corrected it at once.");
            browser.screenshot("4b-officer-representations-form");
            String said = submitAction(browser);
            assertThat(said).contains("Representations recorded, timely", "Review representations");
            browser.screenshot("4c-officer-representations-recorded");

            // the officer reads them on the correspondence tab and completes the review
            browser.driver.findElement(By.id("tab-correspondence")).click();
            browser.wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("tab-panel")).getText().contains("clerical error of the broker"));
            browser.screenshot("4d-officer-correspondence");
            workTask(browser, "Review representations");
            browser.driver.findElement(By.cssSelector("input[name=representationsOutcome][value=SAME_AMOUNT]")).click();
            type(browser, "representationsFindings", "Two entries in a row: not a clerical error.");
            submitTask(browser);

            // the petition
            openAction(browser, "petition");
            type(browser, "requestedAmount", "5000");
            type(browser, "grounds", "First violation in ten years of importing; the broker has been replaced.");
            browser.screenshot("4e-officer-petition-form");
            said = submitAction(browser);
            assertThat(said).contains("Petition recorded, timely");
            browser.screenshot("4f-officer-petition-recorded");

            // the petition decision: mitigated to the floor
            workTask(browser, "Analyze factors and propose decision");
            browser.driver.findElement(By.cssSelector("input[name=petitionOutcome][value=MITIGATE]")).click();
            type(browser, "proposedAmount", "20000");
            type(browser, "findings", "First violation; corrective action taken.");
            browser.screenshot("4g-officer-petition-decision");
            submitTask(browser);
            assertThat(caseStatus(caseNumber)).isEqualTo("DECIDED");

            // the payment: the loss of revenue and the mitigated penalty
            openAction(browser, "payment");
            type(browser, "amount", "40000");
            browser.screenshot("4h-officer-payment-form");
            said = submitAction(browser);
            assertThat(said).contains("Payment recorded", "paid in full", "Closed");
            browser.screenshot("4i-officer-case-closed");

            // the letters sent on the way are documents: the notices tab links each one's PDF
            browser.go("/cases/" + caseNumber + "?tab=notices");
            List<WebElement> pdfs = browser.wait.until(d -> {
                List<WebElement> links = d.findElements(By.cssSelector("#tab-panel a[href$='.pdf']"));
                return links.size() >= 2 ? links : null;
            });
            browser.screenshot("4j-officer-notices-with-pdfs");
            Map<String, Object> pdf = download(browser, pdfs.get(pdfs.size() - 1).getAttribute("href"));
            assertThat(pdf).containsEntry("status", 200L).containsEntry("type", "application/pdf")
                    .containsEntry("head", "%PDF-");
        }
        assertThat(caseStatus(caseNumber)).isEqualTo("CLOSED");
    }

    @Test
    void aCustodianRecordsACustodyEventOnASeizure() throws Exception {
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/seizure-cases", """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1526(e)",
                 "placeOfSeizure":"LALB terminal 3","cause":"handbags bearing counterfeit marks",
                 "items":[{"description":"handbags with counterfeit marks","quantity":500,"appraisedValue":900000,
                           "counterfeit":true}]}""".formatted(party("Browser Custody Handbags"), TODAY.minusDays(1))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        completeOk("custodian1", caseNumber, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY,
                "{\"storageLocation\":\"LALB bonded warehouse, bay 4\",\"dailyStorageRate\":25,\"hazardous\":false,"
                        + "\"highRisk\":false,\"photographReferences\":\"IMG-001\",\"inventoryNote\":\"sealed\"}");
        try (Browser browser = Browser.open(port)) {
            browser.logIn("custodian1", "custodian1");
            browser.go("/cases/" + caseNumber);
            assertThat(browser.find(By.cssSelector(".action-bar")).getText()).contains("Custody event")
                    .doesNotContain("Abandonment");
            openAction(browser, "custody-event");
            new Select(browser.driver.findElement(By.name("kind"))).selectByValue("MOVED");
            browser.driver.findElement(By.name("location")).clear();
            submitActionExpectingError(browser);
            assertThat(browser.find(By.id("action-alert")).getText()).contains("a move names the new storage location");
            browser.screenshot("5a-custodian-move-without-place");
            type(browser, "location", "LALB bonded warehouse, cage 2");
            type(browser, "note", "moved for the trademark owner's inspection");
            String said = submitAction(browser);
            assertThat(said).contains("Custody event recorded");
            browser.driver.findElement(By.id("tab-facts")).click();
            browser.wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("tab-panel")).getText().contains("LALB bonded warehouse, cage 2"));
            browser.screenshot("5b-custodian-custody-event-recorded");
        }
    }

    private static void submitActionExpectingError(Browser browser) {
        browser.driver.findElement(By.cssSelector("#action-form button[type=submit]")).click();
        browser.find(By.id("action-alert"));
    }
}
