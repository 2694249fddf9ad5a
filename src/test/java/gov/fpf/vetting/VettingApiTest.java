package gov.fpf.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;

/**
 * Recurrent vetting through every door: a party the daily check takes on while the rule is in force gets its first
 * vetting in the office of its latest case, else its recorder's, the task is worked through our API (outcome and reason required), the party page and its form,
 * Tasklist's REST calls (another office sees nothing), the cycle timer and a new finding open the next vetting, the
 * lists answer by due date and by party, and overdue vettings are on the dashboard. The embedded DEMO instrument puts
 * the rule in force from 2026-09-01; before that day nothing starts.
 */
class VettingApiTest extends ApplicationTest {

    @Autowired
    private VettingService vettings;

    @Autowired
    private VettingStarter starter;

    @Autowired
    private gov.fpf.party.PartyService partyService;

    @Autowired
    private VettingDemo demo;

    private final HttpClient http = HttpClient.newHttpClient();

    private long broker(String name) throws Exception {
        String body = usEntityJson(name).replace("}", ",\"roles\":[\"CUSTOMS_BROKER\"]}");
        long id = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        assertThat(history("officer1", id)).as("taken on by the daily check, not when recorded").isEmpty();
        // the daily check's step for this party (the whole check would take on every other test's parties too)
        assertThat(starter.takeOn(id, seaportToday())).isTrue();
        return id;
    }

    private JsonNode history(String user, long partyId) throws Exception {
        return json.readTree(mvc.perform(get(user, "/api/v1/vettings?partyId=" + partyId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private JsonNode open(long partyId) throws Exception {
        JsonNode newest = history("officer1", partyId).get(0);
        assertThat(newest.get("completed").isNull()).as("open vetting: " + newest).isTrue();
        return newest;
    }

    private static String outcome(String outcome, String reason) {
        return "{\"vettingOutcome\":\"" + outcome + "\",\"vettingReason\":\"" + reason + "\"}";
    }

    private HttpResponse<String> engine(String user, String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPartyTakenOnWhileTheRuleIsInForceIsVettedByItsRecordersOffice() throws Exception {
        // when
        long party = broker("Vetting Broker First LLC");

        // then
        JsonNode vetting = open(party);
        LocalDate today = seaportToday();
        assertThat(vetting.get("trigger").asText()).isEqualTo("FIRST");
        assertThat(vetting.get("officeCode").asText()).isEqualTo(SEAPORT);
        assertThat(vetting.get("candidateGroup").asText()).isEqualTo("fpf-officer");
        assertThat(vetting.get("opened").asText()).isEqualTo(today.toString());
        assertThat(vetting.get("due").asText()).isEqualTo(today.plusDays(30).toString()); // vetting.due
        assertThat(vetting.get("taskId").asText()).isNotBlank();
        assertThat(vetting.get("partyName").asText()).isEqualTo("Vetting Broker First LLC");
        // on officer1's list, named after the party; the row's key leads to the party's page
        String tasks = mvc.perform(get("officer1", "/api/v1/tasks")).andReturn().getResponse().getContentAsString();
        assertThat(tasks).contains("Vet Vetting Broker First LLC").contains("PARTY-" + party);
        mvc.perform(get("officer1", "/cases/PARTY-" + party)).andExpect(status().is3xxRedirection());
        // another office sees nothing of it, in our API or in the engine's
        assertThat(mvc.perform(get("officer2", "/api/v1/tasks")).andReturn().getResponse().getContentAsString())
                .doesNotContain("PARTY-" + party);
        assertThat(engine("officer2", "GET", "/task?processInstanceBusinessKey=PARTY-" + party, null).body())
                .isEqualTo("[]");
        assertThat(engine("officer1", "GET", "/task?processInstanceBusinessKey=PARTY-" + party, null).body())
                .contains(vetting.get("taskId").asText());
    }

    @Test
    void onlyTheOfficeGroupCompletesAndAnOutcomeNeedsAReason() throws Exception {
        // given
        long party = broker("Vetting Broker Outcome LLC");
        String taskId = open(party).get("taskId").asText();

        // then another office, another group and a bad decision are refused, and nothing is stored
        assertThat(complete("officer2", taskId, outcome("CLEARED", "x"))).isEqualTo(404);
        assertThat(complete("hq1", taskId, outcome("CLEARED", "x"))).isEqualTo(403);
        assertThat(engine("officer2", "POST", "/task/" + taskId + "/complete",
                "{\"variables\":{\"vettingOutcome\":{\"value\":\"CLEARED\"},\"vettingReason\":{\"value\":\"x\"}}}")
                .statusCode()).isIn(403, 404);
        // a user of the same office but another group (the custodian) is refused through Tasklist's door too
        assertThat(engine("custodian1", "POST", "/task/" + taskId + "/complete",
                "{\"variables\":{\"vettingOutcome\":{\"value\":\"CLEARED\"},\"vettingReason\":{\"value\":\"x\"}}}")
                .statusCode()).isIn(403, 404);
        assertThat(complete("custodian1", taskId, outcome("CLEARED", "x"))).isIn(403, 404);
        assertThat(complete("officer1", taskId, "{\"vettingOutcome\":\"CLEARED\",\"vettingReason\":\"  \"}"))
                .isEqualTo(400);
        assertThat(complete("officer1", taskId, outcome("MAYBE", "Looked at it"))).isEqualTo(400);
        assertThat(complete("officer1", taskId, "{\"vettingOutcome\":\"CLEARED\",\"vettingReason\":\"ok\","
                + "\"partyId\":1}")).isIn(400, 403);
        assertThat(open(party).get("taskId").asText()).isEqualTo(taskId);

        // when
        assertThat(complete("officer1", taskId, outcome("SUSPEND", "Three seizures of counterfeit goods this year")))
                .isEqualTo(204);

        // then
        JsonNode done = history("hq1", party).get(0);
        LocalDate today = seaportToday();
        assertThat(done.get("outcome").asText()).isEqualTo("SUSPEND");
        assertThat(done.get("reason").asText()).isEqualTo("Three seizures of counterfeit goods this year");
        assertThat(done.get("completedBy").asText()).isEqualTo("officer1");
        assertThat(done.get("completed").asText()).isEqualTo(today.toString());
        assertThat(done.get("nextVetting").asText()).isEqualTo(today.plusMonths(12).toString()); // vetting.cycle
        assertThat(done.get("taskId").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'PARTY' AND entity_id = ?"
                + " AND event = 'VETTING_COMPLETED' AND actor = 'officer1'", Long.class, Long.toString(party))).isOne();
        // and the party page shows it
        String page = mvc.perform(get("hq1", "/parties/" + party)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Recommend suspension of import activities")
                .contains("Three seizures of counterfeit goods this year");
    }

    @Test
    void theCycleTimerAndANewFindingOpenTheNextVettingButNeverASecondOpenOne() throws Exception {
        // given an open first vetting: a finding now is covered by it
        long party = broker("Vetting Broker Cycle LLC");
        mvc.perform(post("officer1", "/api/v1/parties/" + party + "/violations",
                "{\"statute\":\"1592\",\"findingDate\":\"2025-01-15\"}")).andExpect(status().isCreated());
        assertThat(history("officer1", party)).hasSize(1);

        // when the vetting is done and a new finding arrives
        complete("officer1", open(party).get("taskId").asText(), outcome("CLEARED", "Record reviewed"));
        mvc.perform(post("officer1", "/api/v1/parties/" + party + "/violations",
                "{\"statute\":\"1592\",\"findingDate\":\"2025-03-15\"}")).andExpect(status().isCreated());

        // then a vetting opens at once
        assertThat(history("officer1", party)).hasSize(2);
        assertThat(open(party).get("trigger").asText()).isEqualTo("NEW_FINDING");

        // when it is referred and the cycle elapses
        complete("officer1", open(party).get("taskId").asText(), outcome("REFER", "Second finding in a year"));
        java.util.Date due = fireTimer("PARTY-" + party, RecurrentVettingProcess.EVENT_NEXT_CYCLE_DUE);

        // then the cycle opened the third, a cycle after the second was completed
        assertThat(due).isEqualTo(java.util.Date.from(seaportToday().plusMonths(12).atStartOfDay(SEAPORT_ZONE)
                .toInstant()));
        assertThat(history("officer1", party)).hasSize(3);
        assertThat(open(party).get("trigger").asText()).isEqualTo("CYCLE");
    }

    @Test
    void nothingStartsBeforeTheRuleIsInForceAndTheDailyCheckTakesOnPartiesWithoutAVetting() throws Exception {
        // given a party whose vetting ended
        long party = broker("Vetting Broker Withdrawn LLC");
        complete("officer1", open(party).get("taskId").asText(), outcome("CLEARED", "Record reviewed"));
        assertThat(inTransaction(() -> vettings.withdraw(party, "left the trade"))).isTrue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PARTY-" + party).count()).isZero();

        // then before the rule is in force nothing starts (today's law), from the day it is the check takes it on
        LocalDate beforeTheRule = LocalDate.of(2026, 8, 31);
        assertThat(inTransaction(() -> vettings.startIfDue(party, VettingTrigger.FIRST, beforeTheRule))).isFalse();
        assertThat(starter.takeOn(beforeTheRule)).isZero();
        assertThat(inTransaction(() -> vettings.partiesToTakeOn())).contains(party);
        assertThat(starter.takeOn(party, beforeTheRule)).isFalse();
        assertThat(starter.takeOn(party, LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(open(party).get("trigger").asText()).isEqualTo("FIRST");
        assertThat(inTransaction(() -> vettings.partiesToTakeOn())).doesNotContain(party);
    }

    @Test
    void openVettingsByDueDateInTheCallersOfficesAndOverdueOnesOnTheDashboard() throws Exception {
        // given a vetting overdue by five days
        long party = broker("Vetting Broker Overdue LLC");
        JsonNode vetting = open(party);
        LocalDate due = seaportToday().minusDays(5);
        jdbc.update("UPDATE party_vetting SET due_on = ? WHERE id = ?", java.sql.Date.valueOf(due),
                vetting.get("id").asLong());

        // then
        String onDue = mvc.perform(get("supervisor1", "/api/v1/vettings?due=" + due)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(onDue).contains("\"partyId\":" + party).contains("\"overdue\":true");
        assertThat(mvc.perform(get("supervisor1", "/api/v1/vettings?due=" + due.minusDays(1))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("\"partyId\":" + party + ",");
        assertThat(mvc.perform(get("officer2", "/api/v1/vettings?due=" + due)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("\"partyId\":" + party + ",");
        assertThat(mvc.perform(get("supervisor1", "/dashboard")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("overdue-vettings").contains("Vetting Broker Overdue LLC");
        assertThat(mvc.perform(get("hq1", "/dashboard")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Vetting Broker Overdue LLC");
    }

    @Test
    void theOfficeOfThePartysLatestCaseVetsItAndHeadquartersThePartiesOfNoOffice() throws Exception {
        // given a party recorded by officer1 (LALB) with a case opened by officer2 (CVGX)
        long party = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("Vetting Case Office Inc")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        assertThat(vettings.assignmentFor(party)).contains(new VettingService.Assignment(SEAPORT, "fpf-officer"));
        mvc.perform(post("officer2", "/api/v1/penalty-cases", """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true}""".formatted(party))).andExpect(status().isCreated());

        // then
        assertThat(vettings.assignmentFor(party)).contains(new VettingService.Assignment(EXPRESS_HUB, "fpf-officer"));
        long bySystem = inTransaction(() -> partyService.create("Vetting System Party", new gov.fpf.party.IorFacts(
                gov.fpf.party.PartyKind.INDIVIDUAL, true, null, null, null, null, null, null)).getId());
        String firstOffice = jdbc.queryForObject("SELECT MIN(code) FROM office", String.class);
        assertThat(vettings.assignmentFor(bySystem)).contains(new VettingService.Assignment(firstOffice, "fpf-hq"));
    }

    @Test
    void theDemoVetsABrokerACustodianAForwarderAndAForeignImporterWithTheBrokerOverdueOnce() throws Exception {
        // when seeded twice (a restart on the same data)
        demo.seed(SEAPORT, EXPRESS_HUB);
        demo.seed(SEAPORT, EXPRESS_HUB);

        // then each has one open vetting in its office, and the broker's is overdue on the worklist and the dashboard
        for (String name : java.util.List.of(VettingDemo.BROKER, VettingDemo.CUSTODIAN, VettingDemo.FORWARDER,
                VettingDemo.FOREIGN_IOR)) {
            java.util.List<gov.fpf.party.Party> found = partyService.search(name);
            assertThat(found).as(name).hasSize(1);
            JsonNode vettingsOfParty = history("hq1", found.get(0).getId());
            assertThat(vettingsOfParty).as(name).hasSize(1);
            assertThat(vettingsOfParty.get(0).get("officeCode").asText())
                    .isEqualTo(name.equals(VettingDemo.FOREIGN_IOR) ? EXPRESS_HUB : SEAPORT);
            assertThat(vettingsOfParty.get(0).get("overdue").asBoolean()).as(name).isEqualTo(name.equals(VettingDemo.BROKER));
        }
        assertThat(mvc.perform(get("officer1", "/api/v1/tasks?overdue=true")).andReturn().getResponse()
                .getContentAsString()).contains("Vet " + VettingDemo.BROKER);
        assertThat(mvc.perform(get("supervisor1", "/dashboard")).andReturn().getResponse().getContentAsString())
                .contains(VettingDemo.BROKER);
    }

    @Test
    void badQueriesAreRefusedWithAProblem() throws Exception {
        mvc.perform(get("officer1", "/api/v1/vettings")).andExpect(status().isBadRequest());
        mvc.perform(get("officer1", "/api/v1/vettings?due=2026-12-01&partyId=1")).andExpect(status().isBadRequest());
        mvc.perform(get("officer1", "/api/v1/vettings?due=tomorrow")).andExpect(status().isBadRequest());
        mvc.perform(get("officer1", "/api/v1/vettings?partyId=987654321")).andExpect(status().isNotFound());
    }

    @Test
    void theVettingIsCompletedOnThePartyPage() throws Exception {
        // given
        long party = broker("Vetting Broker Page LLC");
        String taskId = open(party).get("taskId").asText();
        String page = mvc.perform(get("officer1", "/parties/" + party)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("id=\"vetting-form\"").contains("/parties/" + party + "/vettings/" + taskId);
        assertThat(mvc.perform(get("officer2", "/parties/" + party)).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"vetting-form\"");

        // when a reason is missing, it is refused and the vetting stays open
        mvc.perform(MockMvcRequestBuilders.post("/parties/{p}/vettings/{t}", party, taskId)
                        .with(httpBasic("officer1", "officer1")).with(csrf())
                        .param("vettingOutcome", "REFER").param("vettingReason", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(open(party).get("taskId").asText()).isEqualTo(taskId);

        // when the officer refers the party
        mvc.perform(MockMvcRequestBuilders.post("/parties/{p}/vettings/{t}", party, taskId)
                        .with(httpBasic("officer1", "officer1")).with(csrf())
                        .param("vettingOutcome", "REFER").param("vettingReason", "Broker kept filing for a suspended IOR"))
                .andExpect(status().is3xxRedirection());

        // then
        assertThat(history("officer1", party).get(0).get("outcome").asText()).isEqualTo("REFER");
        mvc.perform(MockMvcRequestBuilders.post("/parties/{p}/vettings/{t}", party, taskId)
                .with(httpBasic("designer1", "designer1")).with(csrf())
                .param("vettingOutcome", "REFER").param("vettingReason", "x")).andExpect(status().isForbidden());
    }
}
