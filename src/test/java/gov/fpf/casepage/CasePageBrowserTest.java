package gov.fpf.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import gov.fpf.ApplicationTest;
import gov.fpf.penalty.PenaltyCaseProcess;

/**
 * The case page's script in a real (headless) browser: a task form's conditions re-evaluated as the officer
 * chooses, tabs swapped by htmx without losing what was typed in the form beside them, and the form sent with the
 * page's login and CSRF token. Skipped when no Chromium and chromedriver are installed.
 */
class CasePageBrowserTest extends ApplicationTest {

    private static Optional<Path> first(String... candidates) {
        return List.of(candidates).stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    @Test
    void conditionsFollowTheOfficersChoicesAndTabsKeepTheForm() throws Exception {
        Optional<Path> browser = first("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Optional<Path> driverBinary = first("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        assumeTrue(browser.isPresent() && driverBinary.isPresent(), "no Chromium with chromedriver on this machine");

        long party = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("Browser Page Co")))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":false}""".formatted(party))).andReturn().getResponse()
                .getContentAsString()).get("caseNumber").asText();
        mvc.perform(post("officer1", "/api/v1/tasks/{id}/complete", "{\"culpability\":\"NEGLIGENCE\","
                        + "\"proposedAmount\":40000,\"amountRationale\":\"r\"}",
                taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT)))
                .andExpect(status().isNoContent());
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + seaportToday() + "\",\"summary\":\"s\"}")).andExpect(status().isAccepted());
        String task = taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary.get().toFile())
                .build();
        WebDriver d = new ChromeDriver(service, options);
        try {
            String base = "http://127.0.0.1:" + port;
            d.get(base + "/login");
            d.findElement(By.id("username")).sendKeys("officer1");
            d.findElement(By.id("password")).sendKeys("officer1");
            d.findElement(By.id("login-submit")).click();
            // the login's own redirect must finish before the next navigation, or that navigation cancels the login
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> !x.getCurrentUrl().contains("/login"));
            d.get(base + "/cases/" + caseNumber + "?task=" + task);

            WebElement reduced = d.findElement(By.id("tf-reducedAmount-field"));
            WebElement amount = d.findElement(By.id("tf-reducedAmount"));
            assertThat(reduced.isDisplayed()).isFalse();
            assertThat(amount.isEnabled()).as("a hidden field is not sent").isFalse();
            d.findElement(By.cssSelector("label[for=tf-representationsOutcome-2]")).click(); // reduced amount
            assertThat(reduced.isDisplayed()).isTrue();
            assertThat(amount.isEnabled()).isTrue();
            amount.sendKeys("30000");
            d.findElement(By.id("tf-representationsFindings")).sendKeys("typed before the tab switch");

            d.findElement(By.id("tab-timeline")).click();
            new WebDriverWait(d, Duration.ofSeconds(5)).until(x ->
                    "true".equals(x.findElement(By.id("tab-timeline")).getAttribute("aria-selected")));
            assertThat(d.getCurrentUrl()).contains("tab=timeline", "task=" + task);
            assertThat(d.findElement(By.id("tab-panel")).getText()).contains("Case opened");
            assertThat(d.findElement(By.id("tf-representationsFindings")).getAttribute("value"))
                    .isEqualTo("typed before the tab switch");
            assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("tab-timeline");

            d.findElement(By.cssSelector("label[for=tf-representationsOutcome-1]")).click(); // same amount
            assertThat(d.findElement(By.id("tf-reducedAmount-field")).isDisplayed()).isFalse();
            d.findElement(By.cssSelector("label[for=tf-representationsOutcome-2]")).click();
            d.findElement(By.cssSelector("#task-form button[type=submit]")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> !x.getCurrentUrl().contains("task="));
            assertThat(d.getCurrentUrl()).endsWith("/cases/" + caseNumber + "?tab=timeline");
            assertThat(d.findElement(By.cssSelector("[role=status]")).getText()).contains("Review representations");
        } finally {
            d.quit();
        }
        JsonNode decided = json.readTree(mvc.perform(get("officer1", "/api/v1/cases/" + caseNumber)).andReturn()
                .getResponse().getContentAsString());
        assertThat(decided.get("amounts").get("assessed").decimalValue()).as("the reduced amount typed in the browser")
                .isEqualByComparingTo("30000");
    }
}
