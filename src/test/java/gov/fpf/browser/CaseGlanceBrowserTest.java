package gov.fpf.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import gov.fpf.ApplicationTest;
import gov.fpf.penalty.PenaltyCaseProcess;

/**
 * The case page at a glance in a real browser at 1400×900: the compact header strip, the task form opening with its
 * first input in view and focused (the case's culpability preselected), and the diagram zoomed by its buttons.
 * Screenshots: target/screenshots/glance-*.png.
 */
class CaseGlanceBrowserTest extends ApplicationTest {

    @Test
    void theHeaderIsCompactAndTheTaskFormOpensWithItsFirstInputInViewAndFocused() throws Exception {
        long partyId = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("Glance Browser Fasteners")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"GROSS_NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true,"merchandiseDescription":"steel fasteners M8"}""".formatted(partyId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        String task = taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);

        try (Browser browser = Browser.open(port)) {
            browser.driver.manage().window().setSize(new Dimension(1400, 900));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            browser.logIn("officer1", "officer1");

            browser.go("/cases/" + caseNumber);
            WebElement strip = browser.find(By.id("case-strip"));
            assertThat(strip.getText()).contains("Penalty", "19 U.S.C. 1592", "Glance Browser Fasteners", "Open", "LALB",
                    "$80,000.00", "Statute of limitations", "days left");
            assertThat(strip.getSize().getHeight()).as("the header strip is compact").isLessThan(130);
            assertThat(browser.text()).doesNotContain("GROSS_NEGLIGENCE", "AWAITING_RESPONSE").doesNotContainPattern("row \\d+, [VSR]\\)");
            browser.screenshot("glance-1-case-header");

            browser.find(By.linkText("Work on this task")).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("task=" + task));
            WebElement culpability = browser.find(By.id("tf-culpability"));
            browser.wait.until(d -> "tf-culpability".equals(d.switchTo().activeElement().getAttribute("id")));
            assertThat(new Select(culpability).getFirstSelectedOption().getAttribute("value"))
                    .as("the culpability on the case is preselected").isEqualTo("GROSS_NEGLIGENCE");
            Boolean inView = (Boolean) js.executeScript("var r = arguments[0].getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= window.innerHeight;", culpability);
            assertThat(inView).as("the first input is in view").isTrue();
            assertThat(browser.driver.findElement(By.id("tf-proposedAmount")).getAttribute("max")).isEqualTo("80000");
            assertThat(browser.driver.findElements(By.linkText("Work on this task"))).as("hidden while the form is open")
                    .isEmpty();
            Long panel = (Long) js.executeScript("return Math.round(document.querySelector('.task-panel')"
                    + ".getBoundingClientRect().width);");
            Long layout = (Long) js.executeScript("return Math.round(document.querySelector('.case-layout')"
                    + ".getBoundingClientRect().width);");
            assertThat(panel * 2).as("the task panel takes at least half").isGreaterThanOrEqualTo(layout - 40);
            browser.screenshot("glance-2-task-form-in-view");

            browser.go("/cases/" + caseNumber + "?tab=diagram");
            WebElement box = browser.find(By.id("case-diagram"));
            WebElement svg = box.findElement(By.tagName("svg"));
            int before = svg.getSize().getWidth();
            WebElement zoomIn = browser.driver.findElement(By.cssSelector("[data-zoom=in]"));
            zoomIn.sendKeys(" "); // the zoom buttons work from the keyboard
            browser.wait.until(d -> svg.getSize().getWidth() > before);
            browser.driver.findElement(By.cssSelector("[data-zoom=fit]")).click();
            browser.wait.until(d -> svg.getSize().getWidth() <= box.getSize().getWidth());
            browser.screenshot("glance-3-diagram-fit");
        }
    }
}
