package gov.fpf.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import gov.fpf.ApplicationTest;

/**
 * An officer opens a penalty case from the "New case" page in a real (headless) browser: the live party search
 * answers as they type, a new foreign party is recorded inline and classified, a missing date comes back beside its
 * field with everything else kept, and the case opens on its case page with what the rules computed.
 */
class IntakeBrowserTest extends ApplicationTest {

    private static void type(Browser b, String id, String text) {
        WebElement input = b.find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Date inputs take the browser's locale format when typed; the value is set as the form sends it. */
    private static void date(Browser b, String id, String isoDate) {
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].value = arguments[1]", b.find(By.id(id)), isoDate);
    }

    private static void click(Browser b, String id) {
        WebElement e = b.driver.findElement(By.id(id));
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    @Test
    void anOfficerOpensAPenaltyCaseWithANewPartyFromThePage() throws Exception {
        mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("Browser Intake Existing Fasteners")))
                .andExpect(status().isCreated());
        try (Browser b = Browser.open(port)) {
            b.logIn("officer1", "officer1");
            b.go("/");
            b.find(By.linkText("New case")).click();
            b.wait.until(ExpectedConditions.urlContains("/cases/new"));
            b.screenshot("intake-1-choose");
            b.find(By.linkText("Penalty case")).click();
            b.find(By.id("f-partyQuery"));

            // the live search lists recorded parties as the officer types (htmx fragment)
            type(b, "f-partyQuery", "intake existing");
            WebElement found = b.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//label[contains(., 'Browser Intake Existing Fasteners')]")));
            assertThat(found.getText()).contains("U.S. importer of record");

            // the case facts first; then the party is recorded inline and the facts stay
            new Select(b.find(By.id("f-statute"))).selectByValue("1592");
            new Select(b.find(By.id("f-culpability"))).selectByValue("NEGLIGENCE");
            date(b, "f-violationDate", "2025-06-02");
            click(b, "f-commercial-yes");
            type(b, "f-dutiableValue", "400000");
            type(b, "f-domesticValue", "600000");
            type(b, "f-lossOfRevenue", "20000");
            type(b, "f-materialFacts", "Declared 5% instead of 10% on three entries.");

            click(b, "f-partyMode-new");
            type(b, "f-party-name", "Browser Intake Rhein Exporters GmbH");
            click(b, "f-party-kind-ENTITY");
            type(b, "f-party-countryOfOrganization", "DE");
            for (String fact : new String[] {"principalPlaceOfBusinessUs", "significantUsPresence", "sufficientUsAssets",
                    "controllingOwnersUsPersons", "ownsSignificantUsRealProperty"}) {
                click(b, "f-party-" + fact + "-no");
            }
            type(b, "f-party-line1", "Hafenstrasse 12");
            type(b, "f-party-city", "Hamburg");
            type(b, "f-party-country", "DE");
            b.screenshot("intake-2-new-party");
            b.driver.findElement(By.cssSelector("button[name=action][value=party]")).click();

            WebElement recorded = b.find(By.id("party-recorded"));
            assertThat(recorded.getText()).contains("Browser Intake Rhein Exporters GmbH", "foreign importer of record");
            assertThat(b.find(By.id("f-dutiableValue")).getAttribute("value")).isEqualTo("400000");
            b.screenshot("intake-3-party-recorded");

            // no discovery date: the form comes back with the error beside the field, nothing else lost
            b.driver.findElement(By.id("intake-submit")).click();
            WebElement alert = b.find(By.id("intake-alert"));
            assertThat(alert.getText()).contains("Date CBP discovered it");
            assertThat(b.find(By.id("f-discoveryDate-error")).getText()).contains("Required");
            assertThat(b.find(By.id("f-materialFacts")).getAttribute("value")).contains("5% instead of 10%");
            b.screenshot("intake-4-field-error");
            b.driver.findElement(By.cssSelector("a[href='#f-discoveryDate']")).click();

            date(b, "f-discoveryDate", "2025-09-15");
            b.driver.findElement(By.id("intake-submit")).click();
            b.wait.until(ExpectedConditions.urlMatches("/cases/\\d{4}-PEN-\\d{6}$"));
            String page = b.find(By.id("intake-opened")).getText();
            assertThat(page).contains("opened in office LALB", "Statutory maximum: $40,000.00", "2030-06-02",
                    "First task: Determine culpability and proposed amount");
            assertThat(b.text()).contains("Browser Intake Rhein Exporters GmbH");
            b.screenshot("intake-5-case-page");
        }
    }
}
