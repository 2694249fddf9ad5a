package gov.fpf.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.process.identity.EngineAccess;
import gov.fpf.system.Roles;

/** The people who use the pages, in a real (headless) browser against the running application. */
class BrowserJourneysTest extends ApplicationTest {

    @Autowired
    EngineAccess engineAccess;

    private String openPenaltyCase(String partyName) throws Exception {
        long partyId = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson(partyName)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true}""".formatted(partyId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPageAndTheRightOneLogsIn() {
        // the engine throttles a user's logins after a wrong password: a user of this test's own
        engineAccess.ensureUser("browsertypo", "right-one", "Browser", "Typo", List.of(Roles.OFFICER), Set.of(SEAPORT));
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.driver.findElement(By.id("username")).sendKeys("browsertypo");
            browser.driver.findElement(By.id("password")).sendKeys("not-the-password");
            browser.driver.findElement(By.id("login-submit")).click();
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).contains("Wrong user name or password");
            browser.screenshot("0-login-refused");
            browser.logIn("officer1", "officer1");
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");
        }
    }

    @Test
    void anOfficerFindsATaskInTheWorklistOpensTheCaseAndCompletesTheDecisionForm() throws Exception {
        String caseNumber = openPenaltyCase("Browser Journey Fasteners");
        try (Browser browser = Browser.open(port)) {
            browser.logIn("officer1", "officer1");
            browser.go("/?size=100");
            browser.find(By.linkText(caseNumber));
            browser.screenshot("1a-officer-worklist");
            browser.driver.findElement(By.linkText(caseNumber)).click();
            browser.find(By.id("case-tabs"));
            assertThat(browser.text()).contains(caseNumber, "Computation trace");
            browser.screenshot("1b-officer-case-page");

            browser.driver.findElement(By.cssSelector("a.button[href*='task=']")).click();
            browser.find(By.id("task-form"));
            new Select(browser.driver.findElement(By.name("culpability"))).selectByValue("NEGLIGENCE");
            browser.driver.findElement(By.name("proposedAmount")).sendKeys("40000");
            browser.driver.findElement(By.name("amountRationale")).sendKeys("repeated misclassification");
            browser.screenshot("1c-officer-decision-form");
            browser.driver.findElement(By.cssSelector("#task-form button[type=submit]")).click();
            browser.wait.until(d -> !d.getCurrentUrl().contains("task="));
            browser.screenshot("1d-officer-after-decision");
        }
        assertThat(json.readTree(mvc.perform(get("officer1", "/api/v1/cases/" + caseNumber)).andReturn().getResponse()
                .getContentAsString()).get("status").asText()).isEqualTo("AWAITING_RESPONSE");
    }

    @Test
    void aSupervisorApprovesANationalSecurityExceptionProposedBySomeoneElse() throws Exception {
        engineAccess.ensureUser("supervisor8", "supervisor8", "Proposing", "Supervisor",
                List.of(Roles.SUPERVISOR, Roles.OFFICER), Set.of(SEAPORT));
        String caseNumber = openPenaltyCase("Browser Journey Exception Co");
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT,
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"r\"}");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + seaportToday() + "\",\"summary\":\"s\"}")).andExpect(status().isAccepted());
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS,
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"f\"}");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                "{\"filedDate\":\"" + seaportToday() + "\",\"supplemental\":false,\"grounds\":\"g\"}"))
                .andExpect(status().isCreated());
        completeOk("supervisor8", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION,
                "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":12000,\"findings\":\"cooperation\","
                        + "\"nationalSecurityException\":true,\"exceptionJustification\":\"informant in a smuggling case\"}");
        String approvalTask = taskId("supervisor1", caseNumber, PetitionReviewProcess.TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION);
        try (Browser browser = Browser.open(port)) {
            browser.logIn("supervisor1", "supervisor1");
            browser.go("/approvals");
            browser.find(By.id("comment-" + approvalTask));
            assertThat(browser.text()).contains(caseNumber, "informant in a smuggling case");
            browser.screenshot("2a-supervisor-approval-queue");
            browser.driver.findElement(By.id("comment-" + approvalTask)).sendKeys("verified with the special agent in charge");
            browser.driver.findElement(By.cssSelector("form[action$='/approvals/" + approvalTask + "'] button[value=APPROVE]"))
                    .click();
            browser.wait.until(d -> d.findElements(By.id("comment-" + approvalTask)).isEmpty());
            browser.screenshot("2b-supervisor-approved");
        }
        JsonNode after = json.readTree(mvc.perform(get("officer1", "/api/v1/cases/" + caseNumber)).andReturn().getResponse()
                .getContentAsString());
        assertThat(after.get("amounts").get("decided").decimalValue()).isEqualByComparingTo("12000");
    }

    @Test
    void aDesignerOpensTheProcessCatalogueAndSeesTheDiagram() {
        try (Browser browser = Browser.open(port)) {
            browser.logIn("designer1", "designer1");
            browser.go("/processes");
            browser.find(By.cssSelector("a[href='/processes/PenaltyCaseProcess']"));
            assertThat(browser.text()).contains("LiquidatedDamagesClaimProcess", "SeizureForfeitureProcess");
            browser.screenshot("3a-designer-catalogue");
            browser.driver.findElement(By.cssSelector("a[href='/processes/PenaltyCaseProcess']")).click();
            browser.find(By.cssSelector(".diagram svg"));
            assertThat(browser.driver.findElements(By.cssSelector(".diagram svg [data-element-id]"))).isNotEmpty();
            browser.screenshot("3b-designer-diagram");
        }
    }
}
