package gov.fpf.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.process.identity.EngineAccess;
import gov.fpf.system.Roles;

/**
 * Issue 14 items 9 to 11 in Chromium: an administrator sets a legal parameter from its page; Tasklist and Cockpit
 * without the "migrate to Camunda 8" banner, with the case number and a link to our case page; our 404 page; a failed
 * login keeps the user name. Screenshots in target/screenshots (14-*).
 */
class AdminAndWebappsBrowserTest extends ApplicationTest {

    @Autowired
    EngineAccess engineAccess;

    private String openPenaltyCase(String partyName) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true}""".formatted(party(partyName))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    @Test
    void anAdministratorSetsALegalParameterFromItsPage() {
        String name = "deadline.referral-follow-up";
        LocalDate from = seaportToday().plusDays(4200);
        try (Browser browser = Browser.open(port)) {
            browser.logIn("admin", "admin");
            browser.driver.findElement(By.linkText("Admin")).click();
            browser.find(By.linkText("Legal parameters")).click();
            assertThat(browser.find(By.id("missing")).getText()).contains("ld.floor.share");
            browser.driver.findElement(By.linkText(name)).click();
            browser.find(By.id("value"));
            // first without a citation: the error summary and the field's message, the typed value kept
            browser.driver.findElement(By.id("value")).sendKeys("45");
            WebElement date = browser.driver.findElement(By.id("effectiveFrom"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", date,
                    from.toString());
            new Select(browser.driver.findElement(By.id("confidence"))).selectByValue("S");
            browser.driver.findElement(By.id("record-button")).click();
            assertThat(browser.find(By.id("error-summary")).getText()).contains("Citation: Enter a value.");
            assertThat(browser.driver.findElement(By.id("value")).getAttribute("value")).isEqualTo("45");
            assertThat(browser.driver.findElement(By.id("citation")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.driver.findElement(By.id("citation")).sendKeys("19 CFR 171 (browser test)");
            browser.driver.findElement(By.id("note")).sendKeys("set in the browser test");
            browser.screenshot("14-1a-admin-parameter-form");
            browser.driver.findElement(By.id("record-button")).click();
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).contains("New value 45 recorded, in force from " + from);
            assertThat(browser.text()).contains("19 CFR 171 (browser test)", "From a secondary source");
            browser.screenshot("14-1b-admin-parameter-set");
        }
        assertThat(jdbc.queryForObject("SELECT param_value FROM legal_parameter WHERE name = ? AND effective_from = ?",
                java.math.BigDecimal.class, name, from)).isEqualByComparingTo("45");
    }

    @Test
    void tasklistShowsNoCamunda8BannerAndEachTaskLinksToItsCasePageAsCockpitDoes() throws Exception {
        String caseNumber = openPenaltyCase("Tasklist Banner Probe Co");
        try (Browser browser = Browser.open(port)) {
            browser.logIn("officer1", "officer1");
            browser.go("/camunda/app/tasklist/default/");
            // Tasklist boots in the browser (tens of seconds on a loaded machine); its first filter, "All tasks", lists
            // the case's task, and our plugin adds the case number and the link to the card
            By caseLink = By.xpath("//a[contains(@class,'fpf-case-link') and contains(@href,'/cases/" + caseNumber + "')]");
            WebDriverWait slow = new WebDriverWait(browser.driver, Duration.ofSeconds(120));
            try {
                slow.until(ExpectedConditions.visibilityOfElementLocated(caseLink));
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("14-2a-tasklist-FAILED");
                throw new AssertionError("no case link for " + caseNumber + "; case lines: "
                        + browser.driver.findElements(By.cssSelector(".fpf-case")).stream().map(WebElement::getText).toList()
                        + "; page: " + browser.text(), e);
            }
            assertThat(browser.driver.findElements(By.cssSelector(".fpf-case-number"))).extracting(WebElement::getText)
                    .contains(caseNumber);
            List<WebElement> banners = browser.driver.findElements(By.cssSelector(".ce-eol-banner"));
            assertThat(banners).allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
            assertThat(browser.text()).doesNotContain("migrate to Camunda 8");
            assertThat(browser.text()).contains(caseNumber);
            browser.screenshot("14-2a-tasklist-no-banner-case-number");

            WebElement link = browser.driver.findElement(caseLink);
            link.click();
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/cases/" + caseNumber));
            assertThat(browser.find(By.tagName("h1")).getText()).contains(caseNumber);
        }
        String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().get(0)
                .getId();
        try (Browser browser = Browser.open(port)) {
            browser.logIn("supervisor1", "supervisor1");
            browser.go("/camunda/app/cockpit/default/#/process-instance/" + instanceId + "/runtime");
            WebElement link = new WebDriverWait(browser.driver, Duration.ofSeconds(120))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.fpf-case-action")));
            assertThat(link.getText()).isEqualTo("Case");
            assertThat(link.getAttribute("aria-label")).contains(caseNumber);
            assertThat(link.getAttribute("href")).endsWith("/cases/" + caseNumber);
            assertThat(browser.driver.findElements(By.cssSelector(".ce-eol-banner")))
                    .allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
            browser.screenshot("14-2b-cockpit-instance-case-link");
        }
    }

    @Test
    void anUnknownAddressShowsOurNotFoundPageAndAFailedLoginKeepsTheUserName() {
        engineAccess.ensureUser("browserkeep", "right-one", "Browser", "Keep", List.of(Roles.OFFICER), Set.of(SEAPORT));
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.driver.findElement(By.id("username")).sendKeys("browserkeep");
            browser.driver.findElement(By.id("password")).sendKeys("not-the-password");
            browser.driver.findElement(By.id("login-submit")).click();
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).contains("Wrong user name or password");
            assertThat(browser.driver.findElement(By.id("username")).getAttribute("value")).isEqualTo("browserkeep");
            assertThat(browser.driver.findElement(By.id("password")).getAttribute("value")).isEmpty();
            assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("password");
            browser.screenshot("14-3a-login-keeps-user-name");

            browser.logIn("officer1", "officer1");
            browser.go("/no-such-page/anywhere");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not found");
            assertThat(browser.driver.findElement(By.linkText("Go to the worklist")).isDisplayed()).isTrue();
            assertThat(browser.driver.findElements(By.cssSelector("nav[aria-label=Main]"))).hasSize(1);
            browser.screenshot("14-3b-not-found-page");
        }
    }
}
