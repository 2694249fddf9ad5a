package gov.fpf.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.referral.ReferralFollowUpProcess;

/**
 * Over real HTTP, because the engine REST API and the webapps are servlets MockMvc cannot reach: the demo users log
 * into Tasklist with the same password as the API, the engine REST API needs a login and applies Camunda's
 * authorizations, and each office sees only its own tasks (office = tenant).
 */
class SingleSignOnTest extends ApplicationTest {

    @Autowired
    RuntimeService runtimeService;

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private CookieManager cookies;

    private HttpClient loggedIn(String user, String password) throws Exception {
        cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String loginPage = send(client, HttpRequest.newBuilder(URI.create(url("/login"))).build()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).as("login form carries a CSRF token").isTrue();
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> login = send(client, HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        // as a browser does: the app page comes first, and the webapps take the user from the session there
        HttpResponse<String> app = send(client, HttpRequest.newBuilder(URI.create(url("/camunda/app/tasklist/default/")))
                .header("Accept", "text/html").build());
        assertThat(app.statusCode()).isEqualTo(200);
        return client;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder basic(String path, String user, String password) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDemoOfficerLogsIntoTasklistWithTheSamePassword() throws Exception {
        HttpClient client = loggedIn("officer1", "officer1");

        HttpResponse<String> me = send(client, HttpRequest.newBuilder(URI.create(url("/camunda/api/admin/auth/user/default/"))).build());
        assertThat(me.statusCode()).as(me.headers().map() + " " + me.body()).isEqualTo(200);
        JsonNode user = json.readTree(me.body());
        assertThat(user.get("userId").asText()).isEqualTo("officer1");
        assertThat(user.get("authorizedApps").toString()).contains("tasklist").doesNotContain("admin").doesNotContain("cockpit");
        assertThat(send(client, HttpRequest.newBuilder(URI.create(url("/camunda/app/tasklist/default/"))).build()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theAdministratorReachesCamundaAdmin() throws Exception {
        HttpClient client = loggedIn("admin", "admin");

        JsonNode user = json.readTree(send(client,
                HttpRequest.newBuilder(URI.create(url("/camunda/api/admin/auth/user/default/"))).build()).body());
        assertThat(user.get("authorizedApps").toString()).contains("admin", "cockpit", "tasklist");
    }

    @Test
    void aWrongPasswordDoesNotLogIntoTheWebapps() throws Exception {
        engineAccessUser("webmistyper");
        HttpClient client = browser();
        String loginPage = send(client, HttpRequest.newBuilder(URI.create(url("/login"))).build()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        token.find();
        HttpResponse<String> login = send(client, HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=webmistyper&password=nope&_csrf=" + enc(token.group(1))))
                .build());
        assertThat(login.headers().firstValue("Location").orElse("")).contains("/login?error");
        HttpResponse<String> tasklist = send(client, HttpRequest.newBuilder(URI.create(url("/camunda/app/tasklist/default/")))
                .header("Accept", "text/html").build());
        assertThat(tasklist.statusCode()).isEqualTo(302);
        assertThat(tasklist.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void aBrowserSessionNeedsTheCsrfTokenToChangeAnything() throws Exception {
        HttpClient client = loggedIn("supervisor1", "supervisor1");

        HttpResponse<String> logoutWithoutToken = send(client, HttpRequest.newBuilder(URI.create(url("/logout")))
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(logoutWithoutToken.statusCode()).isEqualTo(403);
    }

    @Test
    void theEngineRestApiNeedsALoginAndAppliesCamundaAuthorizations() throws Exception {
        HttpClient client = browser();
        assertThat(send(client, HttpRequest.newBuilder(URI.create(url("/engine-rest/task"))).build()).statusCode()).isEqualTo(401);
        assertThat(send(client, basic("/engine-rest/task", "officer1", "officer1").build()).statusCode()).isEqualTo(200);

        HttpResponse<String> userCreation = send(client, basic("/engine-rest/user/create", "officer1", "officer1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"profile\":{\"id\":\"sneaky\",\"firstName\":\"S\",\"lastName\":\"N\",\"email\":\"s@x.example\"},"
                                + "\"credentials\":{\"password\":\"sneaky-pass\"}}"))
                .build());
        assertThat(userCreation.statusCode()).as(userCreation.body()).isEqualTo(403);

        assertThat(send(client, basic("/engine-rest/deployment", "designer1", "designer1").build()).statusCode()).isEqualTo(200);
        HttpResponse<String> officerDeployments = send(client, basic("/engine-rest/deployment", "officer1", "officer1").build());
        assertThat(json.readTree(officerDeployments.body())).as("officers see no deployments").isEmpty();
    }

    @Test
    void eachOfficeSeesOnlyItsOwnTasksThroughTheEngine() throws Exception {
        // a process starts only for a case of its office (CaseProcessGuard): a CVGX case file, with the referral as its process
        String hubCase = inTransaction(() -> caseFiles.open(gov.fpf.casefile.CaseFamily.PENALTY, EXPRESS_HUB, null, false,
                "Single sign-on fixture.").getCaseNumber());
        ProcessInstance hubReferral = runtimeService.startProcessInstanceByKey(ReferralFollowUpProcess.KEY,
                hubCase, Map.of(
                        ProcessVariables.CASE_NUMBER, hubCase,
                        ProcessVariables.OFFICE_CODE, EXPRESS_HUB,
                        ReferralFollowUpProcess.VAR_REFERRED_TO, ReferralFollowUpProcess.REFERRED_TO_DOJ,
                        ReferralFollowUpProcess.VAR_REFERRAL_REASON, "collection of an unpaid penalty",
                        ReferralFollowUpProcess.VAR_FOLLOW_UP_CYCLE, "R/P30D",
                        ReferralFollowUpProcess.VAR_REFERRAL_ESCALATION_DATE, java.util.Date.from(
                                java.time.Instant.now().plus(Duration.ofDays(120)))));
        try {
            assertThat(hubReferral.getTenantId()).isEqualTo(EXPRESS_HUB);
            String query = "/engine-rest/task?processInstanceBusinessKey=" + hubCase;
            HttpClient client = browser();

            JsonNode officer2Sees = json.readTree(send(client, basic(query, "officer2", "officer2").build()).body());
            JsonNode officer1Sees = json.readTree(send(client, basic(query, "officer1", "officer1").build()).body());
            JsonNode hqSees = json.readTree(send(client, basic(query, "hq1", "hq1").build()).body());

            assertThat(officer2Sees).hasSize(1);
            assertThat(officer2Sees.get(0).get("taskDefinitionKey").asText())
                    .isEqualTo(ReferralFollowUpProcess.TASK_RECORD_REFERRAL_OUTCOME);
            assertThat(officer1Sees).as("another office's task is invisible").isEmpty();
            assertThat(hqSees).as("headquarters sees all offices").hasSize(1);

            // a POST through the engine REST API, as Tasklist and Camunda Modeler send them: no CSRF token needed
            String taskId = officer2Sees.get(0).get("id").asText();
            HttpResponse<String> claim = send(client, basic("/engine-rest/task/" + taskId + "/claim", "officer2", "officer2")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"officer2\"}")).build());
            assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
            HttpResponse<String> foreignClaim = send(client, basic("/engine-rest/task/" + taskId + "/claim", "officer1", "officer1")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"officer1\"}")).build());
            assertThat(foreignClaim.statusCode()).as("another office's task cannot be claimed").isNotEqualTo(204);
        } finally {
            runtimeService.deleteProcessInstance(hubReferral.getId(), "test cleanup");
        }
    }

    /**
     * Tasklist's own calls (the webapp's engine API, with its XSRF header) hold the same task rule as /engine-rest: an
     * officer of the right office cannot claim or complete the custodian's task, the custodian can claim it.
     */
    @Test
    void inTasklistAnOfficerCannotWorkTheCustodiansTask() throws Exception {
        long party = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("Tasklist seizure Co")))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        String seizure = json.readTree(mvc.perform(post("officer1", "/api/v1/seizure-cases", """
                {"partyId":%d,"seizureDate":"2026-11-20","discoveryDate":"2025-01-02","statute":"1526(e)","placeOfSeizure":"terminal 3",
                 "cause":"counterfeit marks","items":[{"description":"belts","quantity":20,"appraisedValue":3000,
                 "counterfeit":true}]}""".formatted(party))).andReturn().getResponse().getContentAsString())
                .get("caseNumber").asText();
        String custodyTask = taskService.createTaskQuery().processInstanceBusinessKey(seizure)
                .taskDefinitionKey(gov.fpf.seizure.SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY)
                .singleResult().getId();

        for (String[] user : new String[][] {{"officer1", "false"}, {"custodian1", "true"}}) {
            HttpClient tasklist = loggedIn(user[0], user[0]);
            String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .findFirst().orElseThrow().getValue();
            String base = "/camunda/api/engine/engine/default/task/" + custodyTask;
            HttpResponse<String> seen = send(tasklist, HttpRequest.newBuilder(URI.create(url(base))).build());
            HttpResponse<String> claim = send(tasklist, HttpRequest.newBuilder(URI.create(url(base + "/claim")))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + user[0] + "\"}")).build());
            if (Boolean.parseBoolean(user[1])) {
                assertThat(seen.statusCode()).isEqualTo(200);
                assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
            } else {
                assertThat(seen.statusCode()).as("an officer does not even see the custodian's task").isEqualTo(404);
                assertThat(claim.statusCode()).as(claim.body()).isIn(403, 404);
                assertThat(taskService.createTaskQuery().taskId(custodyTask).singleResult().getAssignee()).isNull();
            }
        }
        taskService.setAssignee(custodyTask, null);

        // the webapps' engine API answers as /engine-rest does: a refused rule keeps its 403 (a supervisor assigning the
        // custodian's task to an officer), another office's task is the same 404 as an unknown id
        for (String[] attempt : new String[][] {
                {"supervisor1", "/assignee", "{\"userId\":\"officer1\"}", "403"},
                {"officer2", "/claim", "{\"userId\":\"officer2\"}", "404"}}) {
            HttpClient tasklist = loggedIn(attempt[0], attempt[0]);
            String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .findFirst().orElseThrow().getValue();
            HttpResponse<String> refused = send(tasklist, HttpRequest.newBuilder(URI.create(url(
                            "/camunda/api/engine/engine/default/task/" + custodyTask + attempt[1])))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
                    .POST(HttpRequest.BodyPublishers.ofString(attempt[2])).build());
            assertThat(refused.statusCode()).as(attempt[0] + " " + refused.body()).isEqualTo(Integer.parseInt(attempt[3]));
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("json");
        }
        assertThat(taskService.createTaskQuery().taskId(custodyTask).singleResult().getAssignee()).isNull();
    }

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    private void engineAccessUser(String id) {
        engineAccess.ensureUser(id, "right", "Web", "Mistyper", java.util.List.of(Roles.OFFICER), java.util.Set.of(SEAPORT));
    }

    @Autowired
    gov.fpf.process.identity.EngineAccess engineAccess;

    @Autowired
    gov.fpf.casefile.CaseFileService caseFiles;
}
