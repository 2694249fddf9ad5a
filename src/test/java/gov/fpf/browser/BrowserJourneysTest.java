package gov.fpf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApiTest;
import gov.fpf.process.EngineAccess;
import gov.fpf.system.Roles;

/** The people who use the pages, in a real (headless) browser against the running application. */
class BrowserJourneysTest extends ApiTest {

    @Autowired
    EngineAccess engineAccess;

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
}
