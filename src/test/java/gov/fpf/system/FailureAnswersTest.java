package gov.fpf.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import gov.fpf.ApplicationTest;
import gov.fpf.penalty.PenaltyCaseProcess;

/**
 * Failures that used to be 500s (review trials 2 and 5, S7), each answered with its status and a problem body on every
 * door: our API, the engine REST API (Tasklist's and Modeler's door) and the container itself; a database outage is a
 * 503 with Retry-After and health DOWN, and the application recovers when the database is back.
 */
class FailureAnswersTest extends ApplicationTest {

    @Autowired
    HikariDataSource dataSource;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    private final HttpClient http = HttpClient.newHttpClient();

    // ------------------------------------------------------------------ fixtures

    private long party() throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("Failure Answers LLC")))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    /** A fresh 1592 negligence case (worked example P1: maximum $40,000) and its culpability task. */
    private String[] penaltyCaseAndCulpabilityTask() throws Exception {
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":false}""".formatted(party());
        MockHttpServletResponse opened = mvc.perform(post("officer1", "/api/v1/penalty-cases", body)).andReturn().getResponse();
        assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(201);
        JsonNode c = json.readTree(opened.getContentAsString());
        String task = null;
        for (JsonNode t : c.get("openTasks")) {
            if (PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT.equals(t.get("taskDefinitionKey").asText())) {
                task = t.get("id").asText();
            }
        }
        assertThat(task).isNotNull();
        return new String[] {c.get("caseNumber").asText(), task};
    }

    private JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        return problem;
    }

    private HttpResponse<String> send(String user, String method, String path, String jsonBody) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        return problem;
    }

    // ------------------------------------------------------------------ our API (B3, B4, B5, B6, too long)

    @Test
    void anExtensionRequestOnACaseThatIsNotLiquidatedDamagesIsA404() throws Exception {
        String penaltyCase = penaltyCaseAndCulpabilityTask()[0];

        problem(mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases/" + penaltyCase + "/extension-requests",
                "{\"requestedBy\":\"PRINCIPAL\",\"requestDate\":\"2026-12-01\",\"requestedUntil\":\"2027-03-01\",\"reason\":\"x\"}"))
                .andReturn().getResponse(), 404);
    }

    @Test
    void aTaskCompletionWithAnUnknownCulpabilityALongFieldNameOrATooLongTextIsA400NamingIt() throws Exception {
        String task = penaltyCaseAndCulpabilityTask()[1];
        long instancesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST", Long.class);

        for (String culpability : new String[] {"\"BOGUS\"", "7", "[\"FRAUD\"]"}) {
            JsonNode refused = problem(mvc.perform(post("officer1", "/api/v1/tasks/{id}/complete",
                    "{\"culpability\":" + culpability + ",\"proposedAmount\":500,\"amountRationale\":\"x\"}", task))
                    .andReturn().getResponse(), 400);
            assertThat(refused.get("detail").asText()).contains("culpability");
        }
        JsonNode longName = problem(mvc.perform(post("officer1", "/api/v1/tasks/{id}/complete",
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":500,\"amountRationale\":\"x\",\"" + "v".repeat(300)
                        + "\":1}", task)).andReturn().getResponse(), 400);
        assertThat(longName.get("detail").asText()).contains("not a field of a task form");
        JsonNode tooLong = problem(mvc.perform(post("officer1", "/api/v1/tasks/{id}/complete",
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":500,\"amountRationale\":\"" + "y".repeat(100_000)
                        + "\"}", task)).andReturn().getResponse(), 400);
        assertThat(tooLong.get("detail").asText()).contains("too long");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST", Long.class)).isEqualTo(instancesBefore);
        assertThat(mvc.perform(post("officer1", "/api/v1/tasks/{id}/complete",
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":500,\"amountRationale\":\"fits\"}", task))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
    }

    @Test
    void aDesignerUploadTheEngineCannotParseIsA400() throws Exception {
        for (String[] file : new String[][] {{"Bad.bpmn", "not xml at all"}, {"Empty.bpmn", ""},
                {"Bad.dmn", "<definitions>garbage"}, {"Bad.form", "{not json"}}) {
            problem(mvc.perform(multipart("/api/v1/designer/deployments")
                    .file(new MockMultipartFile("files", file[0], "text/xml", file[1].getBytes(StandardCharsets.UTF_8)))
                    .with(httpBasic("designer1", "designer1"))).andReturn().getResponse(), 400);
        }
    }

    // ------------------------------------------------------------------ the engine REST API

    @Test
    void aRuleRefusedInsideTheEngineKeepsItsStatusThroughTheEngineRestApi() throws Exception {
        String task = penaltyCaseAndCulpabilityTask()[1];

        // above the statutory maximum ($40,000): the domain's 422, as through our API
        JsonNode refused = problem(send("officer1", "POST", "/engine-rest/task/" + task + "/complete",
                "{\"variables\":{\"culpability\":{\"value\":\"NEGLIGENCE\"},\"proposedAmount\":{\"value\":50000,"
                        + "\"type\":\"Long\"},\"amountRationale\":{\"value\":\"x\"}}}"), 422);
        assertThat(refused.get("message").asText()).contains("statutory maximum");
        // a variable name longer than the engine's column: 400, not 500 (only an administrator writes variables
        // directly; an officer's completion may carry only the form's fields, so it is a 400 there too)
        problem(send("admin", "PUT", "/engine-rest/task/" + task + "/variables/" + "n".repeat(300),
                "{\"value\":\"x\",\"type\":\"String\"}"), 400);
        problem(send("officer1", "POST", "/engine-rest/task/" + task + "/complete",
                "{\"variables\":{\"" + "n".repeat(300) + "\":{\"value\":\"x\"}}}"), 400);
        problem(send("officer1", "PUT", "/engine-rest/task/" + task + "/variables/caseNumber",
                "{\"value\":\"2026-PEN-000001\",\"type\":\"String\"}"), 403);
    }

    @Test
    void anotherOfficesTaskIsA404ExactlyLikeAnUnknownOne() throws Exception {
        String task = penaltyCaseAndCulpabilityTask()[1];

        for (String path : new String[] {"/variables", "/form-variables", "/identity-links", ""}) {
            HttpResponse<String> other = send("officer2", "GET", "/engine-rest/task/" + task + path, null);
            HttpResponse<String> unknown = send("officer2", "GET",
                    "/engine-rest/task/00000000-0000-0000-0000-000000000000" + path, null);
            assertThat(other.statusCode()).as(path + ": " + other.body()).isEqualTo(404);
            assertThat(other.body()).as(path).isEqualTo(unknown.body());
            problem(other, 404);
        }
        HttpResponse<String> claim = send("officer2", "POST", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"officer2\"}");
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(404);
        // the office's own officer still sees it
        assertThat(send("officer1", "GET", "/engine-rest/task/" + task + "/variables", null).statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ the container

    @Test
    void pathsTheContainerOrTheFirewallRefuseAreProblemsToo() throws Exception {
        for (String path : new String[] {"/api/v1/cases/..%2F..%2Fetc%2Fpasswd/payments", "/api/v1/tasks/%00/claim",
                "/api/v1/cases/%25/payments"}) {
            HttpResponse<String> response = send("officer1", "POST", path, "{}");
            assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(400, 499);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path + " " + response.body())
                    .startsWith("application/problem+json");
        }
    }

    // ------------------------------------------------------------------ the database goes away

    @Test
    void whileTheDatabaseIsGoneRequestsAre503WithRetryAfterAndHealthIsDownThenItRecovers() throws Exception {
        assertThat(send(null, "GET", "/actuator/health", null).statusCode()).isEqualTo(200);
        try (Connection exclusive = DriverManager.getConnection(databaseUrl, "sa", "");
             Statement statement = exclusive.createStatement()) {
            // the database refuses every new connection, and the pool's connections are closed
            statement.execute("SET EXCLUSIVE 1");
            try {
                dataSource.getHikariPoolMXBean().softEvictConnections();

                JsonNode outage = problem(send("officer1", "GET", "/api/v1/cases?family=PENALTY", null), 503);
                assertThat(outage.get("detail").asText()).contains("try again");
                HttpResponse<String> again = send("officer1", "POST", "/api/v1/parties", usEntityJson("During Outage"));
                problem(again, 503);
                assertThat(again.headers().firstValue("Retry-After")).isPresent();

                HttpResponse<String> health = send(null, "GET", "/actuator/health", null);
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(json.readTree(health.body()).get("status").asText()).isEqualTo("DOWN");
                HttpResponse<String> adminHealth = send("admin", "GET", "/actuator/health", null);
                assertThat(adminHealth.statusCode()).isEqualTo(503);
                assertThat(json.readTree(adminHealth.body()).get("status").asText()).isEqualTo("DOWN");

                problem(send("officer1", "GET", "/engine-rest/task?maxResults=1", null), 503);
            } finally {
                statement.execute("SET EXCLUSIVE 0");
            }
        }
        // back by itself: the pool reconnects on its own (bounded wait, the pool's retry is not instant)
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        int health;
        while ((health = send(null, "GET", "/actuator/health", null).statusCode()) != 200 && System.nanoTime() < giveUp) {
            Thread.onSpinWait();
        }
        assertThat(health).isEqualTo(200);
        assertThat(send("officer1", "GET", "/api/v1/cases?family=PENALTY", null).statusCode()).isEqualTo(200);
    }
}
