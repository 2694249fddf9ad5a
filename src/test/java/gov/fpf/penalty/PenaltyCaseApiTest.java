package gov.fpf.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import gov.fpf.ApiTest;
import gov.fpf.process.EngineAccess;
import gov.fpf.process.PenaltyCaseProcess;
import gov.fpf.process.PetitionReviewProcess;
import gov.fpf.system.Roles;

/**
 * A 1592 case through the API as an office works it: opened with its maximum and deadlines, the culpability task,
 * the pre-penalty notice and representations, the penalty notice, a petition, the EO 14411 floor (422), the
 * four-eyes national-security exception (403 for the proposer), the decision and payment. Worked example P1.
 */
class PenaltyCaseApiTest extends ApiTest {

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EngineAccess engineAccess;

    private long party(String name) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    /** Worked example P1: dutiable $400,000, LOR $20,000, domestic value $600,000, negligence. */
    private String openP1Case(long partyId) throws Exception {
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":false,"merchandiseDescription":"steel fasteners",
                 "entryNumbers":["ABC-1234567-8"],"materialFacts":"declared at 5%% instead of 10%%"}""".formatted(partyId);
        JsonNode created = json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.family").value("PENALTY"))
                .andExpect(jsonPath("$.officeCode").value(SEAPORT))
                .andExpect(jsonPath("$.amounts.maximum").value(40000.00))
                .andExpect(jsonPath("$.deadlines[0].name").value("Statute of limitations"))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2030-06-02"))
                .andExpect(jsonPath("$.deadlines[0].citation").value(org.hamcrest.Matchers.containsString("1621")))
                .andExpect(jsonPath("$.computation[*].citation", hasItem("19 U.S.C. 1592(d)")))
                .andExpect(jsonPath("$.openTasks[0].taskDefinitionKey").value(PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT))
                .andReturn().getResponse().getContentAsString());
        return created.get("caseNumber").asText();
    }

    private String taskId(String user, String caseNumber, String taskKey) throws Exception {
        JsonNode tasks = json.readTree(mvc.perform(get(user, "/api/v1/tasks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        for (JsonNode t : tasks) {
            if (caseNumber.equals(t.get("caseNumber").asText()) && taskKey.equals(t.get("taskDefinitionKey").asText())) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no task " + taskKey + " on " + caseNumber + ": " + tasks);
    }

    private int complete(String user, String taskId, String body) throws Exception {
        return mvc.perform(post(user, "/api/v1/tasks/{id}/complete", body, taskId)).andReturn().getResponse().getStatus();
    }

    private JsonNode caseFile(String caseNumber) throws Exception {
        return json.readTree(mvc.perform(get("officer1", "/api/v1/cases/" + caseNumber)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void anOfficeWorksA1592CaseFromOpeningToPaymentWithTheFloorAndFourEyes() throws Exception {
        engineAccess.ensureUser("supervisor9", "supervisor9", "Second", "Supervisor",
                List.of(Roles.SUPERVISOR, Roles.OFFICER), Set.of(SEAPORT));
        long partyId = party("P1 Fasteners Inc");
        String caseNumber = openP1Case(partyId);

        // the officer cannot propose more than the statutory maximum
        String culpability = taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
        assertThat(complete("officer1", culpability, "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":50000,"
                + "\"amountRationale\":\"x\"}")).isEqualTo(422);
        assertThat(complete("officer1", culpability, "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,"
                + "\"amountRationale\":\"serious, repeated misclassification\"}")).isEqualTo(204);

        // commercial and over $1,000: a pre-penalty notice with 30 days to respond
        JsonNode afterPpn = caseFile(caseNumber);
        assertThat(afterPpn.get("status").asText()).isEqualTo("AWAITING_RESPONSE");
        assertThat(afterPpn.get("notices").get(0).get("kind").asText()).isEqualTo("PRE_PENALTY_NOTICE");
        String ppnHtml = mvc.perform(get("officer1", afterPpn.get("notices").get(0).get("href").asText()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ppnHtml).contains("Proposed penalty", "$40,000.00", "steel fasteners", "ABC-1234567-8",
                "representations", "$20,000.00");

        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + seaportToday() + "\",\"summary\":\"the classification was a clerical error\"}"))
                .andExpect(status().isAccepted());
        assertThat(complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS),
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"not clerical: a pattern\"}"))
                .isEqualTo(204);

        // the penalty notice fixes the assessed amount and the EO floor (P1: $20,000)
        JsonNode afterNotice = caseFile(caseNumber);
        assertThat(afterNotice.get("amounts").get("assessed").decimalValue()).isEqualByComparingTo("40000");
        assertThat(afterNotice.get("amounts").get("floor").decimalValue()).isEqualByComparingTo("20000");

        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                        "{\"filedDate\":\"" + seaportToday() + "\",\"supplemental\":false,\"grounds\":\"first offense\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timely").value(true));

        // P1: a proposed $12,000 is below the floor and refused
        String propose = taskId("supervisor1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        String belowFloor = "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":12000,\"findings\":\"f\"}";
        assertThat(complete("supervisor1", propose, belowFloor)).isEqualTo(422);
        // with a national-security exception it goes to a supervisor, who is not the proposer
        assertThat(complete("supervisor1", propose, "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":12000,"
                + "\"findings\":\"cooperating in an investigation\",\"nationalSecurityException\":true,"
                + "\"exceptionJustification\":\"informant in a weapons-parts smuggling case\"}")).isEqualTo(204);
        String approve = taskId("supervisor1", caseNumber, PetitionReviewProcess.TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION);
        assertThat(complete("supervisor1", approve, "{\"exceptionApproval\":\"APPROVED\"}")).isEqualTo(403);
        assertThat(complete("officer1", approve, "{\"exceptionApproval\":\"APPROVED\"}")).isEqualTo(403);
        assertThat(complete("supervisor9", approve, "{\"exceptionApproval\":\"APPROVED\","
                + "\"exceptionApprovalNote\":\"confirmed with HSI\"}")).isEqualTo(204);

        JsonNode decided = caseFile(caseNumber);
        assertThat(decided.get("status").asText()).isEqualTo("DECIDED");
        assertThat(decided.get("amounts").get("decided").decimalValue()).isEqualByComparingTo("12000");
        assertThat(decided.findValuesAsText("kind")).contains("PRE_PENALTY_NOTICE", "PENALTY_NOTICE", "DECISION_LETTER");

        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/payments",
                        "{\"amount\":12000,\"paidDate\":\"" + seaportToday() + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.paidInFull").value(true));

        JsonNode closed = caseFile(caseNumber);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.findValuesAsText("event")).contains("CASE_OPENED", "PENALTY_PROPOSED", "NOTICE_ISSUED",
                "REPRESENTATIONS_RECEIVED", "PETITION_RECEIVED", "PETITION_DECISION_PROPOSED",
                "NATIONAL_SECURITY_EXCEPTION_APPROVED", "PETITION_DECIDED", "PAYMENT_RECORDED", "STATUS_CHANGED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM violation_record WHERE case_number = ?", Long.class,
                caseNumber)).as("a closed case with a finding joins the party's history").isEqualTo(1);
    }

    @Test
    void twoOfficersCompletingTheSameTaskAtOnceGiveOneSuccessAndOne409() throws Exception {
        String caseNumber = openP1Case(party("Race Condition LLC"));
        String task = taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
        String body = "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":30000,\"amountRationale\":\"r\"}";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = new ArrayList<>();
            both.add(() -> complete("officer1", task, body));
            both.add(() -> complete("supervisor1", task, body));
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(both)) {
                codes.add(f.get());
            }
            assertThat(codes).containsExactlyInAnyOrder(204, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(caseFile(caseNumber).findValuesAsText("event").stream().filter("PENALTY_PROPOSED"::equals)).hasSize(1);
    }

    @Test
    void aRepeatOffenderGetsNoMitigation() throws Exception {
        long partyId = party("Twice Caught Corp");
        mvc.perform(post("officer1", "/api/v1/parties/" + partyId + "/violations",
                "{\"statute\":\"1592\",\"findingDate\":\"2024-03-01\",\"caseNumber\":\"2024-PEN-000777\"}"))
                .andExpect(status().isCreated());
        String caseNumber = openP1Case(partyId);
        complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT),
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"r\"}");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + seaportToday() + "\",\"summary\":\"s\"}"));
        complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS),
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"f\"}");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                "{\"filedDate\":\"" + seaportToday() + "\",\"supplemental\":false,\"grounds\":\"g\"}"))
                .andExpect(status().isCreated());
        String propose = taskId("officer1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);

        String refused = mvc.perform(post("officer1", "/api/v1/tasks/{id}/complete",
                        "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":30000,\"findings\":\"f\"}", propose))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(refused).get("detail").asText()).contains("repeat offender");
        assertThat(complete("officer1", propose, "{\"petitionOutcome\":\"DENY\",\"proposedAmount\":40000,\"findings\":\"f\"}"))
                .isEqualTo(204);
        JsonNode decided = caseFile(caseNumber);
        assertThat(decided.get("amounts").get("decided").decimalValue()).isEqualByComparingTo("40000");
        String letterHref = null;
        for (JsonNode n : decided.get("notices")) {
            if ("DECISION_LETTER".equals(n.get("kind").asText())) {
                letterHref = n.get("href").asText();
            }
        }
        String letter = mvc.perform(get("officer1", letterHref)).andReturn().getResponse().getContentAsString();
        assertThat(letter).contains("repeat offender", "EO 14411 Sec. 4(c)", "Findings of fact and conclusions of law");
    }

    @Test
    void aCaseWhoseStatuteOfLimitationsHasRunIsOpenedAndClosedAtOnce() throws Exception {
        long partyId = party("Time Barred Imports");
        JsonNode opened = json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2019-01-02",
                         "discoveryDate":"2019-03-01","dutiableValue":10000,"domesticValue":12000,"lossOfRevenue":500,
                         "commercial":true}""".formatted(partyId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(opened.get("status").asText()).isEqualTo("CLOSED");
        List<String> events = new ArrayList<>();
        opened.get("timeline").forEach(t -> events.add(t.get("event").asText()));
        assertThat(events).contains("SOL_EXPIRED");
        assertThat(opened.get("openTasks")).isEmpty();
    }

    @Test
    void badPenaltyCaseInputIsRefusedAndStoresNothing() throws Exception {
        long partyId = party("Bad Input Importer");
        long casesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
        String valid = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true}""".formatted(partyId);
        for (Map.Entry<String, String> bad : Map.of(
                "\"dutiableValue\":400000", "\"dutiableValue\":-5",
                "\"lossOfRevenue\":20000", "\"lossOfRevenue\":500000",
                "\"culpability\":\"NEGLIGENCE\"", "\"culpability\":\"CARELESSNESS\"",
                "\"violationDate\":\"2025-06-02\"", "\"violationDate\":\"2999-01-01\"",
                "\"partyId\":" + partyId, "\"partyId\":987654321",
                "\"domesticValue\":600000", "\"domesticValue\":\"a lot\"",
                "\"statute\":\"1592\"", "\"statute\":\"1234\"").entrySet()) {
            mvc.perform(post("officer1", "/api/v1/penalty-cases", valid.replace(bad.getKey(), bad.getValue())))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.title").value("Invalid input"));
        }
        mvc.perform(post("officer1", "/api/v1/penalty-cases", valid.replace(",\"partyId\":" + partyId, "")
                        .replace("\"partyId\":" + partyId + ",", "")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).isEqualTo(casesBefore);
    }
}
