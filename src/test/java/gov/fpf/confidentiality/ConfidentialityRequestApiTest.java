package gov.fpf.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import gov.fpf.ApplicationTest;
import gov.fpf.TestClock;

/**
 * The confidentiality-request API end to end on the shared context: recording, the supervisor's decision completing
 * the review process's task, timers from the parameters driven through the clock, bad input (400/422, nothing
 * stored), stale versions (409), the rule not yet in force, and the office boundary in our API and the engine's doors.
 * The DEMO instrument puts EO 14411 Sec. 6 review in force from 2026-09-01.
 */
class ConfidentialityRequestApiTest extends ApplicationTest {

    @Autowired
    TestClock clock;
    @Autowired
    TaskService taskService;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long newParty(String name) throws Exception {
        return party(name + " " + System.nanoTime());
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private JsonNode record(String user, long partyId, String scope) throws Exception {
        return body(mvc.perform(post(user, "/api/v1/confidentiality-requests", """
                {"partyId":%d,"scope":"%s","reason":"Competitors mine the manifest data"}""".formatted(partyId, scope)))
                .andExpect(status().isCreated()));
    }

    private JsonNode request(long id) throws Exception {
        return body(mvc.perform(get("hq1", "/api/v1/confidentiality-requests/" + id)).andExpect(status().isOk()));
    }

    private ResultActions decide(String user, JsonNode r, String decision, LocalDate until) throws Exception {
        return mvc.perform(post(user, "/api/v1/confidentiality-requests/" + r.get("id").asLong() + "/decision",
                "{\"decision\":\"%s\",\"reason\":\"103.31(d) certification on file\",%s\"version\":%d}".formatted(
                        decision, until == null ? "" : "\"grantedUntil\":\"" + until + "\",", r.get("version").asLong())));
    }

    private static String key(JsonNode r) {
        return ConfidentialityReviewProcess.businessKey(r.get("id").asLong());
    }

    private List<String> kinds(JsonNode r) {
        List<String> kinds = new ArrayList<>();
        r.get("decisions").forEach(d -> kinds.add(d.get("kind").asText()));
        return kinds;
    }

    @Test
    void aSupervisorGrantsARecordedRequestAndTheReviewTimersFollowTheParameters() throws Exception {
        LocalDate today = seaportToday();
        JsonNode recorded = record("officer1", newParty("Manifest Shy Co"), "MANIFEST_IMPORTER_IDENTITY");
        assertThat(recorded.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(recorded.get("openStep").asText()).isEqualTo("DECIDE");
        assertThat(recorded.get("officeCode").asText()).isEqualTo(SEAPORT);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(key(recorded)).singleResult();
        assertThat(task.getTenantId()).isEqualTo(SEAPORT);
        assertThat(taskService.getIdentityLinksForTask(task.getId())).anyMatch(l -> "fpf-supervisor".equals(l.getGroupId()));

        LocalDate until = today.plusYears(2); // the longest grant (confidentiality.grant.maximum = 2 years)
        JsonNode granted = body(decide("supervisor1", recorded, "GRANT", until).andExpect(status().isOk()));

        assertThat(granted.get("status").asText()).isEqualTo("GRANTED");
        assertThat(granted.get("grantedUntil").asText()).isEqualTo(until.toString());
        assertThat(granted.get("nextReviewOn").asText()).isEqualTo(today.plusMonths(12).toString());
        assertThat(granted.get("periodicReview").asBoolean()).isTrue();
        assertThat(granted.get("openStep").isNull()).isTrue();
        assertThat(kinds(granted)).containsExactly("RECORDED", "GRANTED");
        assertThat(granted.get("decisions").get(1).get("decidedBy").asText()).isEqualTo("supervisor1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND event = ?",
                Long.class, recorded.get("id").asText(), "CONFIDENTIALITY_GRANTED")).isEqualTo(1);
        // the timers wait on the dates the parameters give
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key(recorded)).singleResult().getId();
        assertThat(management.createJobQuery().processInstanceId(pi).activityId(ConfidentialityReviewProcess.TIMER_REVIEW_DUE)
                .singleResult().getDuedate().toInstant().atZone(SEAPORT_ZONE).toLocalDate()).isEqualTo(today.plusMonths(12));
        assertThat(management.createJobQuery().processInstanceId(pi).activityId(ConfidentialityReviewProcess.TIMER_RENEWAL_NOTICE)
                .singleResult().getDuedate().toInstant().atZone(SEAPORT_ZONE).toLocalDate()).isEqualTo(until.minusDays(30));
    }

    @Test
    void aGrantOneDayPastTheMaximumIsRefusedWithItsCitationAndNothingChanges() throws Exception {
        LocalDate today = seaportToday();
        JsonNode recorded = record("supervisor1", newParty("Too Long Co"), "ENFORCEMENT_CASE_DETAILS");

        decide("supervisor1", recorded, "GRANT", today.plusYears(2).plusDays(1))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.citation").value(org.hamcrest.Matchers.containsString("EO 14411 Sec. 6")));
        decide("supervisor1", recorded, "GRANT", null).andExpect(status().isBadRequest());
        decide("supervisor1", recorded, "GRANT", today).andExpect(status().isBadRequest());
        decide("supervisor1", recorded, "MAYBE", null).andExpect(status().isBadRequest());
        mvc.perform(post("supervisor1", "/api/v1/confidentiality-requests/" + recorded.get("id") + "/decision",
                "{\"decision\":\"DENY\",\"reason\":\"\",\"version\":0}")).andExpect(status().isBadRequest());

        JsonNode after = request(recorded.get("id").asLong());
        assertThat(after.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(after.get("version").asLong()).isEqualTo(recorded.get("version").asLong());
        assertThat(kinds(after)).containsExactly("RECORDED");
        assertThat(after.get("openStep").asText()).isEqualTo("DECIDE");
    }

    @Test
    void badRequestsAreProblemsAndStoreNothing() throws Exception {
        long party = newParty("Bad Input Co");
        Long before = jdbc.queryForObject("SELECT COUNT(*) FROM confidentiality_request WHERE party_id = ?", Long.class, party);
        mvc.perform(post("officer1", "/api/v1/confidentiality-requests", "{\"partyId\":%d,\"reason\":\"r\"}".formatted(party)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("officer1", "/api/v1/confidentiality-requests",
                "{\"partyId\":%d,\"scope\":\"OTHER\",\"reason\":\"r\"}".formatted(party))).andExpect(status().isBadRequest());
        mvc.perform(post("officer1", "/api/v1/confidentiality-requests",
                "{\"partyId\":%d,\"scope\":\"EVERYTHING\",\"reason\":\"r\"}".formatted(party))).andExpect(status().isBadRequest());
        mvc.perform(post("officer1", "/api/v1/confidentiality-requests",
                "{\"partyId\":%d,\"scope\":\"OTHER\",\"scopeDescription\":\"x\",\"reason\":\"r\",\"receivedOn\":\"%s\"}"
                        .formatted(party, seaportToday().plusDays(3)))).andExpect(status().isBadRequest());
        mvc.perform(post("officer1", "/api/v1/confidentiality-requests",
                "{\"partyId\":%d,\"scope\":\"OTHER\",\"scopeDescription\":\"x\",\"reason\":\"r\",\"officeCode\":\"CVGX\"}"
                        .formatted(party))).andExpect(status().isForbidden());
        mvc.perform(post("officer1", "/api/v1/confidentiality-requests",
                "{\"partyId\":999999999,\"scope\":\"OTHER\",\"scopeDescription\":\"x\",\"reason\":\"r\"}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM confidentiality_request WHERE party_id = ?", Long.class, party))
                .isEqualTo(before);
        mvc.perform(get("officer1", "/api/v1/confidentiality-requests?status=SECRET")).andExpect(status().isBadRequest());
        mvc.perform(get("officer1", "/api/v1/confidentiality-requests?partyId=abc")).andExpect(status().isBadRequest());
        mvc.perform(get("officer1", "/api/v1/confidentiality-requests/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void aStaleVersionIsAConflictAndADecidedRequestCannotBeDecidedAgain() throws Exception {
        JsonNode recorded = record("officer1", newParty("Twice Co"), "MANIFEST_CONSIGNEE_IDENTITY");
        JsonNode denied = body(decide("supervisor1", recorded, "DENY", null).andExpect(status().isOk()));
        assertThat(denied.get("status").asText()).isEqualTo("DENIED");

        // the same page, sent again: the version it saw is gone
        decide("supervisor1", recorded, "GRANT", seaportToday().plusYears(1)).andExpect(status().isConflict());
        // the current version, but the request is decided
        decide("supervisor1", denied, "GRANT", seaportToday().plusYears(1)).andExpect(status().isConflict());
        mvc.perform(post("officer1", "/api/v1/confidentiality-requests/" + denied.get("id") + "/withdrawal",
                "{\"reason\":\"r\",\"version\":" + denied.get("version") + "}")).andExpect(status().isConflict());
        assertThat(kinds(request(denied.get("id").asLong()))).containsExactly("RECORDED", "DENIED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key(recorded)).count()).isZero();
    }

    @Test
    void theRenewalReviewOpensOnItsDayAndAGrantNotRenewedExpiresAfterItsLastDay() throws Exception {
        LocalDate today = seaportToday();
        JsonNode recorded = record("officer1", newParty("Short Grant Co"), "MANIFEST_IMPORTER_IDENTITY");
        LocalDate until = today.plusDays(60);
        JsonNode granted = body(decide("supervisor1", recorded, "GRANT", until).andExpect(status().isOk()));
        // renewing before the renewal review opens: 409 saying when it opens
        mvc.perform(post("supervisor1", "/api/v1/confidentiality-requests/" + granted.get("id") + "/renewal",
                        "{\"decision\":\"RENEW\",\"reason\":\"r\",\"renewedUntil\":\"%s\",\"version\":%d}".formatted(
                                today.plusYears(1), granted.get("version").asLong())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(until.minusDays(30).toString())));

        // the day the renewal review opens (30 days before the last day), at the office's midnight
        clock.set(until.minusDays(30).atStartOfDay(SEAPORT_ZONE).toInstant().plusSeconds(60));
        assertThat(TestClock.runDueTimers(runtime, management, key(recorded)))
                .containsExactly(ConfidentialityReviewProcess.TIMER_RENEWAL_NOTICE);
        JsonNode open = request(granted.get("id").asLong());
        assertThat(open.get("openStep").asText()).isEqualTo("RENEWAL");

        // renewal beyond two years from today is refused; then the supervisor lets it expire
        mvc.perform(post("supervisor1", "/api/v1/confidentiality-requests/" + open.get("id") + "/renewal",
                "{\"decision\":\"RENEW\",\"reason\":\"r\",\"renewedUntil\":\"%s\",\"version\":%d}".formatted(
                        until.minusDays(30).plusYears(2).plusDays(1), open.get("version").asLong())))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("supervisor1", "/api/v1/confidentiality-requests/" + open.get("id") + "/renewal",
                "{\"decision\":\"DO_NOT_RENEW\",\"reason\":\"Party stopped importing\",\"version\":%d}".formatted(
                        open.get("version").asLong()))).andExpect(status().isOk());
        assertThat(request(open.get("id").asLong()).get("status").asText()).isEqualTo("GRANTED");

        // still granted through its last day; expired from the next
        clock.set(until.atTime(23, 59).atZone(SEAPORT_ZONE).toInstant());
        assertThat(TestClock.runDueTimers(runtime, management, key(recorded))).isEmpty();
        clock.set(until.plusDays(1).atStartOfDay(SEAPORT_ZONE).toInstant().plusSeconds(60));
        assertThat(TestClock.runDueTimers(runtime, management, key(recorded)))
                .containsExactly(ConfidentialityReviewProcess.TIMER_GRANT_EXPIRES);
        JsonNode expired = request(open.get("id").asLong());
        assertThat(expired.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(kinds(expired)).containsExactly("RECORDED", "GRANTED", "NOT_RENEWED", "EXPIRED");
        assertThat(expired.get("decisions").get(3).get("decidedBy").asText()).isEqualTo("system");
    }

    @Test
    void beforeTheSec6RuleIsInForceAGrantIsOpenEndedAndNothingReviewsOrExpiresIt() throws Exception {
        clock.set(LocalDate.of(2026, 8, 14).atTime(20, 0).toInstant(ZoneOffset.UTC));
        JsonNode recorded = record("officer1", newParty("Before The Order Co"), "MANIFEST_IMPORTER_IDENTITY");

        decide("supervisor1", recorded, "GRANT", LocalDate.of(2027, 8, 1)).andExpect(status().isUnprocessableEntity());
        JsonNode granted = body(decide("supervisor1", recorded, "GRANT", null).andExpect(status().isOk()));

        assertThat(granted.get("status").asText()).isEqualTo("GRANTED");
        assertThat(granted.get("grantedUntil").isNull()).isTrue();
        assertThat(granted.get("nextReviewOn").isNull()).isTrue();
        assertThat(granted.get("periodicReview").asBoolean()).isFalse();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key(recorded)).count()).isZero();
        assertThat(historyEnd(key(recorded))).isEqualTo(ConfidentialityReviewProcess.END_EVENT_GRANTED_WITHOUT_REVIEW);
    }

    private String historyEnd(String businessKey) {
        var history = org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine().getHistoryService();
        String pi = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(pi).activityType("noneEndEvent").singleResult()
                .getActivityId();
    }

    @Test
    void aWithdrawalIsRecordedAndEndsTheReview() throws Exception {
        JsonNode recorded = record("officer1", newParty("Changed Mind Co"), "ENFORCEMENT_CASE_DETAILS");
        JsonNode withdrawn = body(mvc.perform(post("officer1", "/api/v1/confidentiality-requests/" + recorded.get("id")
                + "/withdrawal", "{\"reason\":\"Party's letter of withdrawal\",\"version\":" + recorded.get("version") + "}"))
                .andExpect(status().isOk()));
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key(recorded)).count()).isZero();
        assertThat(kinds(request(recorded.get("id").asLong()))).containsExactly("RECORDED", "WITHDRAWN");
    }

    @Test
    void theListFiltersByPartyAndStatus() throws Exception {
        long party = newParty("Filter Co");
        JsonNode a = record("officer1", party, "MANIFEST_IMPORTER_IDENTITY");
        JsonNode b = record("officer1", party, "MANIFEST_CONSIGNEE_IDENTITY");
        decide("supervisor1", b, "DENY", null).andExpect(status().isOk());

        JsonNode all = body(mvc.perform(get("counsel1", "/api/v1/confidentiality-requests?partyId=" + party)).andExpect(status().isOk()));
        assertThat(all).hasSize(2);
        JsonNode requested = body(mvc.perform(get("officer1", "/api/v1/confidentiality-requests?partyId=" + party
                + "&status=REQUESTED")).andExpect(status().isOk()));
        assertThat(requested).hasSize(1);
        assertThat(requested.get(0).get("id").asLong()).isEqualTo(a.get("id").asLong());
        assertThat(requested.get(0).get("partyName").asText()).startsWith("Filter Co");
    }

    @Test
    void anotherOfficesSupervisorAndOfficersCannotSeeOrCompleteTheReviewInAnyDoor() throws Exception {
        JsonNode cvgx = record("officer2", newParty("Hub Request Co"), "MANIFEST_IMPORTER_IDENTITY");
        assertThat(cvgx.get("officeCode").asText()).isEqualTo(EXPRESS_HUB);
        JsonNode lalb = record("officer1", newParty("Port Request Co"), "MANIFEST_IMPORTER_IDENTITY");
        String cvgxTask = taskService.createTaskQuery().processInstanceBusinessKey(key(cvgx)).singleResult().getId();
        String lalbTask = taskService.createTaskQuery().processInstanceBusinessKey(key(lalb)).singleResult().getId();

        // our API: LALB's supervisor does not decide CVGX's request; officers decide none
        decide("supervisor1", cvgx, "DENY", null).andExpect(status().isForbidden());
        decide("officer2", cvgx, "DENY", null).andExpect(status().isForbidden());
        String lalbWork = mvc.perform(get("supervisor1", "/api/v1/tasks")).andReturn().getResponse().getContentAsString();
        assertThat(lalbWork).contains(lalbTask).doesNotContain(cvgxTask);
        String officerWork = mvc.perform(get("officer2", "/api/v1/tasks")).andReturn().getResponse().getContentAsString();
        assertThat(officerWork).doesNotContain(cvgxTask);

        // the engine's REST API (Tasklist's door)
        assertThat(engine("supervisor1", "GET", "/task?processDefinitionKey=ConfidentialityReviewProcess&maxResults=1000"))
                .contains(lalbTask).doesNotContain(cvgxTask);
        assertThat(engine("officer2", "GET", "/task?processDefinitionKey=ConfidentialityReviewProcess&maxResults=1000"))
                .doesNotContain(cvgxTask);
        HttpResponse<String> completion = engineResponse("supervisor1", "POST", "/task/" + cvgxTask + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"DENY\"},\"decisionReason\":{\"value\":\"x\"}}}");
        assertThat(completion.statusCode()).as(completion.body()).isGreaterThanOrEqualTo(400).isLessThan(500);
        assertThat(request(cvgx.get("id").asLong()).get("status").asText()).isEqualTo("REQUESTED");
        assertThat(taskService.createTaskQuery().taskId(cvgxTask).count()).isOne();
    }

    @Test
    void aSupervisorDecidesThroughTheEngineRestApiAsInTasklistAndTheSameIsRecorded() throws Exception {
        JsonNode lalb = record("officer1", newParty("Tasklist Co"), "MANIFEST_CONSIGNEE_IDENTITY");
        String task = taskService.createTaskQuery().processInstanceBusinessKey(key(lalb)).singleResult().getId();
        HttpResponse<String> done = engineResponse("supervisor1", "POST", "/task/" + task + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"GRANT\"},\"decisionReason\":{\"value\":\"Certified\"},"
                        + "\"grantedUntil\":{\"value\":\"" + seaportToday().plusYears(1) + "\"}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        JsonNode after = request(lalb.get("id").asLong());
        assertThat(after.get("status").asText()).isEqualTo("GRANTED");
        assertThat(after.get("decisions").get(1).get("decidedBy").asText()).isEqualTo("supervisor1");
    }

    @Test
    void thePublishedReportWithholdsTheFinestCellOfAPartyWithALiveGrantAndCountsItsCasesInTheTotals() throws Exception {
        long party = newParty("Secret Penalty Co");
        String caseNumber = body(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":false}""".formatted(party))).andExpect(status().isCreated()))
                .get("caseNumber").asText();
        assertThat(caseNumber).isNotBlank();
        JsonNode recorded = record("officer1", party, "ENFORCEMENT_CASE_DETAILS");
        decide("supervisor1", recorded, "GRANT", seaportToday().plusYears(1)).andExpect(status().isOk());
        int year = java.time.LocalDate.now(ZoneOffset.UTC).getYear();

        JsonNode internal = body(mvc.perform(get("hq1", "/api/v1/reports/enforcement?release=internal&year=" + year))
                .andExpect(status().isOk()));
        JsonNode published = body(mvc.perform(get("hq1", "/api/v1/reports/enforcement?year=" + year))
                .andExpect(status().isOk()));

        assertThat(cell(internal, "PENALTY", "1592", SEAPORT).asLong()).isPositive();
        assertThat(cell(published, "PENALTY", "1592", SEAPORT).isNull()).as("the confidential party's cell").isTrue();
        assertThat(published.at("/disclosure/minimumCell").asLong()).isEqualTo(5);
        assertThat(published.at("/disclosure/confidentialCells").asInt()).isPositive();
        // counted in the totals: the published total is the internal one, unless it is itself below the minimum
        JsonNode publishedTotal = published.at("/casesOpened/total");
        if (internal.at("/casesOpened/total").asLong() >= 5) {
            assertThat(publishedTotal.asLong()).isEqualTo(internal.at("/casesOpened/total").asLong());
        } else {
            assertThat(publishedTotal.isNull()).isTrue();
        }
        String csv = mvc.perform(get("hq1", "/api/v1/reports/enforcement?year=" + year).accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("cases_opened,count,PENALTY,1592," + SEAPORT + ",,<5");
        String page = mvc.perform(get("hq1", "/reports/enforcement?year=" + year)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("disclosure-control");
        mvc.perform(get("hq1", "/api/v1/reports/enforcement?release=draft&year=" + year)).andExpect(status().isBadRequest());
    }

    private static JsonNode cell(JsonNode report, String family, String statute, String office) {
        for (JsonNode c : report.at("/casesOpened/cells")) {
            if (family.equals(c.get("family").asText()) && statute.equals(c.get("statute").asText())
                    && office.equals(c.get("office").asText())) {
                return c.get("count");
            }
        }
        throw new AssertionError("no cell " + family + " " + statute + " " + office);
    }

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> engineResponse(String user, String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String engine(String user, String method, String path) throws Exception {
        HttpResponse<String> response = engineResponse(user, method, path, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
