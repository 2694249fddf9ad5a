package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.system.Roles;

/**
 * Issue 12 items 7 and 18 on MariaDB: an extension granted by the deciding authority moves the waiting timer to the
 * close of the new last day in the office's zone; a petition above the FP&F delegation is offered to the headquarters
 * group, in the office's tenant, and not to the office's officers.
 */
class MariaDbPetitionLawIT extends MariaDbSuite {

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    private String taskOf(String user, String password, String caseNumber, String key) throws Exception {
        for (JsonNode t : json.readTree(mvc.perform(get(user, password, "/api/v1/tasks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())) {
            if (caseNumber.equals(t.get("caseNumber").asText()) && key.equals(t.get("taskDefinitionKey").asText())) {
                return t.get("id").asText();
            }
        }
        return null;
    }

    private int complete(String user, String password, String taskId, String body) throws Exception {
        return mvc.perform(post(user, password, "/api/v1/tasks/" + taskId + "/complete", body)).andReturn().getResponse()
                .getStatus();
    }

    private LocalDate openDue(String caseNumber, String name) throws Exception {
        for (JsonNode d : json.readTree(mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber))
                .andReturn().getResponse().getContentAsString()).get("deadlines")) {
            if (name.equals(d.get("name").asText()) && "OPEN".equals(d.get("status").asText())) {
                return LocalDate.parse(d.get("dueDate").asText());
            }
        }
        throw new AssertionError("no open " + name);
    }

    private Date timerDue(String caseNumber, String activityId) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(PenaltyCaseProcess.KEY).singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).activityId(activityId).timers().singleResult()
                .getDuedate();
    }

    @Test
    void anExtensionMovesTheTimerAndAPetitionAboveTheDelegationIsWorkedByHeadquartersOnMariaDb() throws Exception {
        engineAccess.ensureUser("ithq", "pw-hq", "IT", "Penalties Branch", List.of(Roles.HQ, Roles.HQ_PENALTIES_BRANCH),
                Set.of());
        ZoneId zone = ZoneId.of(offices.findById(OFFICE_A).orElseThrow().getTimeZone());
        long partyId = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"IT Extrusions\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true}"))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        String caseNumber = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":2000000,"domesticValue":3000000,
                         "lossOfRevenue":200000,"commercial":true}""".formatted(partyId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        assertThat(complete("itofficera", "pw-a", taskOf("itofficera", "pw-a", caseNumber,
                PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT),
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":300000,\"amountRationale\":\"undervaluation\"}"))
                .isEqualTo(204);

        LocalDate ppnDue = openDue(caseNumber, "Response to the pre-penalty notice");
        String url = "/api/v1/penalty-cases/" + caseNumber + "/extensions";
        mvc.perform(post("itofficera", "pw-a", url, "{\"period\":\"PPN_RESPONSE\",\"newLastDay\":\"" + ppnDue.plusDays(7)
                        + "\",\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("itsupervisor", "pw-s", url, "{\"period\":\"PPN_RESPONSE\",\"newLastDay\":\"" + ppnDue.plusDays(7)
                        + "\",\"reason\":\"records requested from the broker\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.authority").value("FP&F Officer"));
        assertThat(timerDue(caseNumber, PenaltyCaseProcess.INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED))
                .isEqualTo(Date.from(ppnDue.plusDays(8).atStartOfDay(zone).toInstant()));
        assertThat(openDue(caseNumber, "Response to the pre-penalty notice")).isEqualTo(ppnDue.plusDays(7));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_deadline WHERE status = 'EXTENDED' AND case_id ="
                + " (SELECT id FROM case_file WHERE case_number = ?)", Long.class, caseNumber)).isEqualTo(1);

        mvc.perform(post("itofficera", "pw-a", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + todayAtA() + "\",\"summary\":\"disputed valuation\"}"))
                .andExpect(status().isAccepted());
        assertThat(complete("itofficera", "pw-a", taskOf("itofficera", "pw-a", caseNumber,
                PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS),
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"no new facts\"}"))
                .isEqualTo(204);
        LocalDate petitionDue = openDue(caseNumber, "Petition");
        mvc.perform(post("ithq", "pw-hq", url, "{\"period\":\"PETITION\",\"newLastDay\":\"" + petitionDue.plusDays(20)
                        + "\",\"reason\":\"petitioner abroad\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.authority").value("Headquarters"));
        assertThat(timerDue(caseNumber, PenaltyCaseProcess.INTERMEDIATE_EVENT_PETITION_PERIOD_ELAPSED))
                .isEqualTo(Date.from(petitionDue.plusDays(21).atStartOfDay(zone).toInstant()));

        mvc.perform(post("itofficera", "pw-a", "/api/v1/cases/" + caseNumber + "/petitions",
                        "{\"filedDate\":\"" + todayAtA() + "\",\"supplemental\":false,\"grounds\":\"first offense\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timely").value(true));
        String key = PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION;
        assertThat(taskOf("itofficera", "pw-a", caseNumber, key)).isNull();
        assertThat(taskOf("itsupervisor", "pw-s", caseNumber, key)).isNull();
        String hqTask = taskOf("ithq", "pw-hq", caseNumber, key);
        assertThat(hqTask).isNotNull();
        assertThat(complete("ithq", "pw-hq", hqTask, "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":200000,"
                + "\"findings\":\"cooperation\"}")).isEqualTo(204);
        List<String> events = new ArrayList<>();
        json.readTree(mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber)).andReturn().getResponse()
                .getContentAsString()).get("timeline").forEach(e -> events.add(e.get("event").asText()));
        assertThat(events).contains("PERIOD_EXTENDED", "PETITION_DECIDED");
    }
}
