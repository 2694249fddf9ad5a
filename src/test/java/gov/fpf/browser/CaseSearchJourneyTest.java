package gov.fpf.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import gov.fpf.ApplicationTest;

/** An officer finds a case that has no task in their worklist by the party's name, from the header, and opens it. */
class CaseSearchJourneyTest extends ApplicationTest {

    @Test
    void anOfficerSearchesByPartyNameFiltersAndOpensTheCase() throws Exception {
        long partyId = party("Browser Search Lanterns LLC");
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true,"entryNumbers":["BSL-4455667-1"]}""".formatted(partyId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        try (Browser browser = Browser.open(port)) {
            browser.logIn("officer1", "officer1");
            browser.find(By.id("header-q")).sendKeys("search lanterns", Keys.ENTER);
            browser.wait.until(d -> d.getCurrentUrl().contains("/cases?q="));
            browser.find(By.id("cases"));
            assertThat(browser.text()).contains(caseNumber, "Browser Search Lanterns LLC", "Penalty", "Open",
                    "Statute of limitations");
            assertThat(browser.driver.findElement(By.id("case-count")).getText()).contains("1 case found");
            browser.screenshot("search-1-officer-header-search");

            // narrow with the filters: the query string keeps the search, so the view can be bookmarked
            new Select(browser.driver.findElement(By.id("s-family"))).selectByValue("PENALTY");
            browser.driver.findElement(By.id("s-within")).sendKeys("3650");
            browser.driver.findElement(By.id("search-submit")).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("family=PENALTY"));
            assertThat(browser.driver.getCurrentUrl()).contains("q=search", "within=3650");
            browser.find(By.linkText(caseNumber));
            browser.screenshot("search-2-officer-filtered");

            // a bad value in the address bar: the page says what is wrong next to the field
            browser.go("/cases?q=lanterns&size=abc");
            assertThat(browser.find(By.id("search-errors")).getText()).contains("Rows per page", "is not a whole number");
            browser.screenshot("search-3-bad-parameter");

            browser.go("/cases?q=" + "BSL-4455667");
            browser.find(By.linkText(caseNumber)).click();
            browser.find(By.id("case-tabs"));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/cases/" + caseNumber);
            assertThat(browser.text()).contains(caseNumber);
            browser.screenshot("search-4-officer-opens-case");
        }
    }
}
