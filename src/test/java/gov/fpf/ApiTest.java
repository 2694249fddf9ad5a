package gov.fpf;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one Spring test context of the H2 suite: the whole application on an in-memory database, with the demo users
 * and offices, a real port (for the engine REST API and webapps, which MockMvc cannot reach) and MockMvc for /api.
 * Every Spring test extends this class unchanged, so the context is built once per run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureObservability
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(TestClock.Config.class)
public abstract class ApiTest {

    public static final String SEAPORT = "LALB";
    public static final String EXPRESS_HUB = "CVGX";

    /** The demo seaport's zone; its date is never later than the other demo office's (America/New_York). */
    public static final java.time.ZoneId SEAPORT_ZONE = java.time.ZoneId.of("America/Los_Angeles");

    @Autowired
    protected MockMvc mvc;

    /**
     * Today at the demo seaport: legal dates of LALB's cases (mailing, filing, "not in the future") are its local dates
     * (OfficeCalendar), which trail UTC by up to a day.
     */
    protected static java.time.LocalDate seaportToday() {
        return java.time.LocalDate.now(SEAPORT_ZONE);
    }

    @Autowired
    protected PlatformTransactionManager transactionManager;

    @LocalServerPort
    protected int port;

    protected static MockHttpServletRequestBuilder get(String user, String path, Object... vars) {
        return MockMvcRequestBuilders.get(path, vars).with(httpBasic(user, user));
    }

    protected static MockHttpServletRequestBuilder post(String user, String path, String json, Object... vars) {
        return MockMvcRequestBuilders.post(path, vars).with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    protected static MockHttpServletRequestBuilder put(String user, String path, String json, Object... vars) {
        return MockMvcRequestBuilders.put(path, vars).with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    /** Runs work in a transaction as the named user would (for fixtures that services require a transaction for). */
    protected <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    protected static String foreignEntityJson(String name) {
        return """
                {"name":"%s","kind":"ENTITY","countryOfOrganization":"CN","principalPlaceOfBusinessUs":false,
                 "significantUsPresence":false,"sufficientUsAssets":false,"controllingOwnersUsPersons":false,
                 "ownsSignificantUsRealProperty":false}""".formatted(name);
    }

    protected static String usEntityJson(String name) {
        return """
                {"name":"%s","kind":"ENTITY","countryOfOrganization":"US","principalPlaceOfBusinessUs":true,
                 "significantUsPresence":true,"sufficientUsAssets":true,"controllingOwnersUsPersons":true,
                 "ownsSignificantUsRealProperty":false}""".formatted(name);
    }
}
