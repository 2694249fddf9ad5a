package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.seizure.SeizureForfeitureProcess;

/**
 * Issue 12 (seizure family) on MariaDB: the recorded first publication drives the 1608 claim deadline and moves the
 * election timer, and a CAFRA currency seizure (18 U.S.C. 983) runs its own path: no cost bond, a claim deadline 35
 * days after mailing, referral on a claim, return when no complaint comes within 90 days. ITSEA is on Pacific time
 * (America/Los_Angeles): a period closes when its last day ends there.
 */
class MariaDbSeizureRightsIT extends MariaDbSuite {

    private static final ZoneId ITSEA_ZONE = ZONE_A;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    private static LocalDate today() {
        return todayAtA();
    }

    private long party(String name) throws Exception {
        return json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"" + name + "\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private String taskOf(String user, String password, String caseNumber, String key) throws Exception {
        var tasks = json.readTree(mvc.perform(get(user, password, "/api/v1/tasks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        for (var t : tasks) {
            if (caseNumber.equals(t.get("caseNumber").asText()) && key.equals(t.get("taskDefinitionKey").asText())) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("no task " + key + " for " + user + ": " + tasks);
    }

    private int complete(String user, String password, String caseNumber, String key, String body) throws Exception {
        return mvc.perform(post(user, password, "/api/v1/tasks/" + taskOf(user, password, caseNumber, key) + "/complete",
                body)).andReturn().getResponse().getStatus();
    }

    private Job job(String caseNumber, String activityId) {
        List<Job> jobs = new ArrayList<>();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().forEach(pi ->
                jobs.addAll(management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).list()));
        assertThat(jobs).as("timer %s on %s", activityId, caseNumber).hasSize(1);
        return jobs.get(0);
    }

    private static Date closesAtItsea(LocalDate lastDay) {
        return Date.from(lastDay.plusDays(1).atStartOfDay(ITSEA_ZONE).toInstant());
    }

    private void custodyAndAppraisal(String caseNumber, String value) throws Exception {
        assertThat(complete("itcustodian", "pw-c", caseNumber, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY,
                "{\"storageLocation\":\"IT cage 7\",\"dailyStorageRate\":2}")).isEqualTo(204);
        assertThat(complete("itofficera", "pw-a", caseNumber, SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE,
                "{\"appraisedValue\":" + value + ",\"appraisalBasis\":\"price lists\"}")).isEqualTo(204);
    }

    private int claim(String caseNumber, LocalDate filed, String bond) throws Exception {
        return mvc.perform(post("itofficera", "pw-a", "/api/v1/seizure-cases/" + caseNumber + "/claims",
                        "{\"filedDate\":\"" + filed + "\",\"claimant\":\"owner\"" + (bond == null ? ""
                                : ",\"bondAmount\":" + bond) + "}"))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void theRecordedFirstPublicationDrivesTheClaimDeadlineOnMariaDb() throws Exception {
        LocalDate today = today();
        var opened = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/seizure-cases", """
                        {"partyId":%d,"seizureDate":"%s","statute":"1595a(c)","discoveryDate":"%s",
                         "interestedParties":[{"name":"IT Lien Bank","role":"LIENHOLDER"}],
                         "items":[{"description":"machine parts","quantity":12,"appraisedValue":4800}]}"""
                        .formatted(party("Publication on MariaDB"), today.minusDays(40), today.minusDays(400))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String caseNumber = opened.get("caseNumber").asText();
        mvc.perform(get("itofficera", "pw-a", "/api/v1/seizure-cases/" + caseNumber + "/timeline"))
                .andExpect(jsonPath("$.limitationDate").value(today.minusDays(400).plusYears(5).toString()));
        custodyAndAppraisal(caseNumber, "4800");
        mvc.perform(get("itofficera", "pw-a", "/api/v1/seizure-cases/" + caseNumber + "/property"))
                .andExpect(jsonPath("$.claimDue").doesNotExist());

        // $4,800 is at most the threshold: the customhouse posting is required with the publication
        LocalDate first = today.minusDays(25);
        mvc.perform(post("itofficera", "pw-a", "/api/v1/seizure-cases/" + caseNumber + "/publication",
                        "{\"firstPublicationDate\":\"" + first + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("itofficera", "pw-a", "/api/v1/seizure-cases/" + caseNumber + "/publication",
                        "{\"firstPublicationDate\":\"" + first + "\",\"customhousePostingDate\":\"" + first + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claimDue").value(first.plusDays(20).toString()));
        assertThat(job(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED).getDuedate())
                .isEqualTo(closesAtItsea(today.plusDays(30)));

        // day 21 late (nothing stored), day 20 on time
        assertThat(claim(caseNumber, first.plusDays(21), "480")).isEqualTo(422);
        mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber))
                .andExpect(jsonPath("$.status").value("AWAITING_RESPONSE"));
        assertThat(claim(caseNumber, first.plusDays(20), "480")).isEqualTo(202);
        mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber))
                .andExpect(jsonPath("$.status").value("REFERRED"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM seizure_interested_party p JOIN case_file c"
                + " ON c.id = p.case_id WHERE c.case_number = ? AND p.notice_sent_date IS NOT NULL", Long.class, caseNumber))
                .isEqualTo(1L);
    }

    @Test
    void aCafraCurrencySeizureRunsItsOwnPathOnMariaDb() throws Exception {
        LocalDate today = today();
        var opened = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/seizure-cases", """
                        {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"31 U.S.C. 5317","monetaryInstrument":true,
                         "items":[{"description":"unreported currency","quantity":1,"appraisedValue":42000}]}"""
                        .formatted(party("CAFRA on MariaDB"), today.minusDays(3))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String caseNumber = opened.get("caseNumber").asText();
        assertThat(opened.get("costBond").decimalValue()).isEqualByComparingTo("0");
        custodyAndAppraisal(caseNumber, "42000");
        mvc.perform(get("itofficera", "pw-a", "/api/v1/seizure-cases/" + caseNumber + "/property"))
                .andExpect(jsonPath("$.claimDue").value(today.plusDays(35).toString()));
        assertThat(job(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_CAFRA_CLAIM_PERIOD_ELAPSED).getDuedate())
                .isEqualTo(closesAtItsea(today.plusDays(35)));

        // a claim without bond is referred; the complaint is due in 90 days
        assertThat(claim(caseNumber, today, null)).isEqualTo(202);
        mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber))
                .andExpect(jsonPath("$.status").value("REFERRED"));
        Job noComplaint = job(caseNumber, SeizureForfeitureProcess.BOUNDARY_EVENT_NO_COMPLAINT_IN_TIME);
        assertThat(noComplaint.getDuedate()).isEqualTo(closesAtItsea(today.plusDays(90)));

        // no complaint: the property is returned
        management.executeJob(noComplaint.getId());
        mvc.perform(get("itofficera", "pw-a", "/api/v1/seizure-cases/" + caseNumber + "/property"))
                .andExpect(jsonPath("$.releasedDate").value(today.toString()));
        mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber))
                .andExpect(jsonPath("$.status").value("CLOSED"));
        assertThat(jdbc.queryForObject("SELECT cafra FROM seizure_timeline t JOIN case_file c ON c.id = t.case_id"
                + " WHERE c.case_number = ?", Boolean.class, caseNumber)).isTrue();
    }
}
