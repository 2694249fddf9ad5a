package gov.fpf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one Spring test context of the H2 suite: the whole application on an in-memory database, with the demo users
 * and offices (no demo cases: each test makes its own), a real port (for the engine REST API and webapps, which MockMvc
 * cannot reach) and MockMvc for /api. API, page, single sign-on and browser tests all extend this class unchanged, so
 * the context is built once per run; the fixtures they share (a party, a task of a case, completing it, the case file,
 * a timer fired as the job executor would) are here, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureObservability
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(TestClock.Config.class)
public abstract class ApplicationTest {

    public static final String SEAPORT = "LALB";
    public static final String EXPRESS_HUB = "CVGX";

    /** The demo seaport's zone; its date is never later than the other demo office's (America/New_York). */
    public static final java.time.ZoneId SEAPORT_ZONE = java.time.ZoneId.of("America/Los_Angeles");

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected ObjectMapper json;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected RuntimeService runtime;

    @Autowired
    protected ManagementService management;

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

    // ------------------------------------------------------------------------------------------ shared fixtures

    /** A U.S. entity opened by officer1 (at the seaport); its party id. */
    protected long party(String name) throws Exception {
        return party("officer1", name);
    }

    /** A U.S. entity opened by {@code user}; its party id. */
    protected long party(String user, String name) throws Exception {
        return json.readTree(mvc.perform(post(user, "/api/v1/parties", usEntityJson(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    /** The id of the task {@code taskKey} on the case, as {@code user} finds it in their task list. */
    protected String taskId(String user, String caseNumber, String taskKey) throws Exception {
        JsonNode tasks = json.readTree(mvc.perform(get(user, "/api/v1/tasks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        for (JsonNode t : tasks) {
            if (caseNumber.equals(t.get("caseNumber").asText()) && taskKey.equals(t.get("taskDefinitionKey").asText())) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no task " + taskKey + " on " + caseNumber + ": " + tasks);
    }

    /** Completes the task through the API as {@code user}; the HTTP status. */
    protected int complete(String user, String taskId, String body) throws Exception {
        return mvc.perform(post(user, "/api/v1/tasks/{id}/complete", body, taskId)).andReturn().getResponse().getStatus();
    }

    /** Completes the case's task {@code taskKey} through the API as {@code user}; the HTTP status. */
    protected int complete(String user, String caseNumber, String taskKey, String body) throws Exception {
        return complete(user, taskId(user, caseNumber, taskKey), body);
    }

    /** Completes the case's task {@code taskKey} through the API as {@code user}, which must succeed (204). */
    protected void completeOk(String user, String caseNumber, String taskKey, String body) throws Exception {
        mvc.perform(post(user, "/api/v1/tasks/{id}/complete", body, taskId(user, caseNumber, taskKey)))
                .andExpect(status().isNoContent());
    }

    /** The case file as officer1 reads it through the API. */
    protected JsonNode caseFile(String caseNumber) throws Exception {
        return caseFile("officer1", caseNumber);
    }

    /** The case file as {@code user} reads it through the API. */
    protected JsonNode caseFile(String user, String caseNumber) throws Exception {
        return json.readTree(mvc.perform(get(user, "/api/v1/cases/" + caseNumber)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** The one timer waiting at {@code activityId} in the case's process instances. */
    protected Job timer(String caseNumber, String activityId) {
        List<Job> jobs = new ArrayList<>();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().forEach(pi ->
                jobs.addAll(management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).list()));
        assertThat(jobs).as("timer " + activityId + " on " + caseNumber).hasSize(1);
        return jobs.get(0);
    }

    /** Fires the case's timer waiting at the given event, as the job executor would on its due date; its due date. */
    protected Date fireTimer(String caseNumber, String activityId) {
        Job timer = timer(caseNumber, activityId);
        management.executeJob(timer.getId());
        return timer.getDuedate();
    }

    /** The case file's deadline of this name and status. */
    protected static JsonNode deadline(JsonNode caseFile, String name, String status) {
        for (JsonNode d : caseFile.get("deadlines")) {
            if (name.equals(d.get("name").asText()) && status.equals(d.get("status").asText())) {
                return d;
            }
        }
        throw new AssertionError("no " + status + " deadline '" + name + "' in " + caseFile.get("deadlines"));
    }

    /** The kinds of the case file's notices, oldest first. */
    protected static List<String> noticeKinds(JsonNode caseFile) {
        List<String> kinds = new ArrayList<>();
        caseFile.get("notices").forEach(n -> kinds.add(n.get("kind").asText()));
        return kinds;
    }
}
