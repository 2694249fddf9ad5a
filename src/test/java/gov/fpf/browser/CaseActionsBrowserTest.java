package gov.fpf.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
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

    private String openPenaltyCase(String partyName) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true}""".formatted(party(partyName))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

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

    @Test
    void anOfficersPenaltyDayFromThePrePenaltyNoticeToThePayment() throws Exception {
        String caseNumber = openPenaltyCase("Browser Day Fasteners");
        try (Browser browser = Browser.open(port)) {
            browser.logIn("officer1", "officer1");
            browser.go("/cases/" + caseNumber);
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
