package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.penalty.PenaltyCaseProcess;

/** Issue 12, item 1 on MariaDB: offices keep their zone and a period's timer closes at midnight after its last day there. */
class MariaDbCalendarIT extends MariaDbSuite {

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void officesKeepTheirZoneAndAPeriodClosesAtTheOfficesMidnightAfterItsLastDay() throws Exception {
        mvc.perform(get("admin", "it-admin-secret", "/api/v1/offices"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '" + OFFICE_A + "')].timeZone").value("America/Los_Angeles"))
                .andExpect(jsonPath("$[?(@.code == '" + OFFICE_B + "')].timeZone").value("America/New_York"));
        mvc.perform(post("admin", "it-admin-secret", "/api/v1/offices",
                        "{\"code\":\"ITMARS\",\"name\":\"n\",\"kind\":\"k\",\"timeZone\":\"Mars/Olympus\"}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM office WHERE code = 'ITMARS'", Long.class)).isZero();

        long partyId = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"Calendar Importer\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true}"))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        String caseNumber = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true}""".formatted(partyId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        String task = null;
        for (JsonNode t : json.readTree(mvc.perform(get("itofficera", "pw-a", "/api/v1/tasks"))
                .andReturn().getResponse().getContentAsString())) {
            if (caseNumber.equals(t.get("caseNumber").asText())) {
                task = t.get("id").asText();
            }
        }
        mvc.perform(post("itofficera", "pw-a", "/api/v1/tasks/" + task + "/complete",
                        "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"r\"}"))
                .andExpect(status().isNoContent());

        LocalDate lastDay = null;
        for (JsonNode d : json.readTree(mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber))
                .andReturn().getResponse().getContentAsString()).get("deadlines")) {
            if ("Response to the pre-penalty notice".equals(d.get("name").asText())) {
                lastDay = LocalDate.parse(d.get("dueDate").asText());
            }
        }
        assertThat(lastDay).isEqualTo(todayAtA().plusDays(30));
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        var timer = management.createJobQuery().processInstanceId(instance)
                .activityId(PenaltyCaseProcess.INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED).singleResult();
        assertThat(timer.getDuedate().toInstant())
                .isEqualTo(lastDay.plusDays(1).atStartOfDay(ZoneId.of("America/Los_Angeles")).toInstant());
    }
}
