package gov.fpf.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import gov.fpf.ApplicationTest;

/**
 * An officer imports a breach file in the browser and watches it finish: the upload page, the progress bar the page
 * polls, and, without reloading by hand, the summary and every line's result; the refused lines alone through the
 * filter.
 */
class ImportBrowserTest extends ApplicationTest {

    private static final int GOOD_LINES = 40;

    @TempDir
    Path dir;

    @Test
    void anOfficerUploadsABreachFileAndWatchesItFinish() throws Exception {
        long principal = party("Browser Import Principal " + System.nanoTime());
        String bond = "BRW-" + (System.nanoTime() % 100_000_000);
        mvc.perform(post("officer1", "/api/v1/bonds", """
                {"bondNumber":"%s","principalPartyId":%d,"suretyName":"Harbor Surety Co","type":"CONTINUOUS",
                 "activity":"IMPORTATION_AND_ENTRY","amount":5000000,"effectiveDate":"2015-01-01"}""".formatted(bond, principal)))
                .andExpect(status().isCreated());
        LocalDate today = seaportToday();
        StringBuilder csv = new StringBuilder("bondNumber,breach,breachDate,entryNumber\n");
        String entryBase = "BR" + (System.nanoTime() % 10_000_000);
        for (int i = 0; i < GOOD_LINES; i++) {
            csv.append(bond).append(",LATE_ISF,").append(today.minusDays(5 + i % 20)).append(',').append(entryBase)
                    .append('-').append(i).append('\n');
        }
        csv.append("NO-SUCH-BOND-").append(entryBase).append(",LATE_ISF,").append(today.minusDays(4)).append(',')
                .append(entryBase).append("-X\n");
        Path file = dir.resolve("harbor-breaches.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        try (Browser browser = Browser.open(port)) {
            browser.logIn("officer1", "officer1");
            browser.find(By.linkText("Imports")).click();
            browser.find(By.id("import-form"));
            browser.driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
            browser.screenshot("14-4a-officer-import-upload");
            browser.driver.findElement(By.id("import-submit")).click();

            WebElement bar = browser.find(By.cssSelector("#import-progress [role=progressbar]"));
            assertThat(bar.getAttribute("aria-valuemax")).isEqualTo(Integer.toString(GOOD_LINES + 1));
            assertThat(browser.driver.getCurrentUrl()).matches(".*/imports/\\d+$");
            browser.screenshot("14-4b-officer-import-progress");

            // the page polls its progress and shows the results once the import has finished: no reload by hand
            new WebDriverWait(browser.driver, Duration.ofSeconds(90))
                    .until(d -> !d.findElements(By.id("lines-table")).isEmpty());
            assertThat(browser.find(By.id("import-status")).getText()).isEqualTo("Finished");
            assertThat(browser.driver.findElement(By.cssSelector("#import-progress [role=progressbar]"))
                    .getAttribute("aria-valuenow")).isEqualTo(Integer.toString(GOOD_LINES + 1));
            assertThat(browser.driver.findElement(By.id("count-created")).getText()).isEqualTo(Integer.toString(GOOD_LINES));
            assertThat(browser.driver.findElement(By.id("count-refused")).getText()).isEqualTo("1");
            browser.screenshot("14-4c-officer-import-results");

            new Select(browser.driver.findElement(By.id("f-outcome"))).selectByValue("REFUSED");
            browser.driver.findElement(By.cssSelector("#lines form.filters button[type=submit]")).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("outcome=REFUSED"));
            String refused = browser.find(By.id("lines-table")).getText();
            assertThat(refused).contains("No bond numbered NO-SUCH-BOND-" + entryBase + " is on record")
                    .doesNotContain("/api/").doesNotContain("Claim opened");
            browser.screenshot("14-4d-officer-import-refused-lines");

            browser.find(By.linkText("All breach imports")).click();
            assertThat(browser.find(By.id("imports-table")).getText()).contains("harbor-breaches.csv", "Finished");

            // a file over the limit: refused in the page before it is sent, and by the server with the same words
            Path large = dir.resolve("too-large.csv");
            byte[] filler = new byte[21 * 1024 * 1024];
            java.util.Arrays.fill(filler, (byte) 'x');
            Files.write(large, filler);
            browser.driver.findElement(By.id("import-file")).sendKeys(large.toAbsolutePath().toString());
            browser.driver.findElement(By.id("import-submit")).click();
            assertThat(browser.driver.findElement(By.id("import-file")).getAttribute("validationMessage"))
                    .contains("larger than an import takes");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/imports");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('import-form').setAttribute('data-max-bytes', '0');"
                            + " document.getElementById('import-file').setCustomValidity('')");
            browser.driver.findElement(By.id("import-submit")).click();
            try {
                new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                        .until(d -> !d.findElements(By.id("upload-alert")).isEmpty());
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("14-4e-officer-import-too-large-failed");
                throw new AssertionError("no size message at " + browser.driver.getCurrentUrl() + ": " + browser.text(), e);
            }
            assertThat(browser.driver.getCurrentUrl()).endsWith("/imports?tooLarge=true");
            assertThat(browser.find(By.id("upload-alert")).getText()).contains("larger than an import takes");
            browser.screenshot("14-4e-officer-import-too-large");
        }
    }
}
