package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.seizure.SeizureForfeitureProcess;

/**
 * Issue 12 items 11 and 15 on MariaDB: P10's summary-sale proceeds are held until the 1613(a) period has run and
 * then distributed once, the shares adding up to the $6,000 gross; a 1614 release of counterfeit goods without the
 * trademark owner's written consent is refused with nothing stored.
 */
class MariaDbSeizureGoodsIT extends MariaDbSuite {

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    private long party(String name) throws Exception {
        return json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"" + name + "\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private String open(String body) throws Exception {
        return json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/seizure-cases", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("caseNumber").asText();
    }

    private int complete(String user, String password, String caseNumber, String key, String body) throws Exception {
        JsonNode tasks = json.readTree(mvc.perform(get(user, password, "/api/v1/tasks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        for (JsonNode t : tasks) {
            if (caseNumber.equals(t.get("caseNumber").asText()) && key.equals(t.get("taskDefinitionKey").asText())) {
                return mvc.perform(post(user, password, "/api/v1/tasks/" + t.get("id").asText() + "/complete", body))
                        .andReturn().getResponse().getStatus();
            }
        }
        throw new AssertionError("no task " + key + " for " + user + ": " + tasks);
    }

    private void fireTimer(String caseNumber, String activityId) {
        List<Job> jobs = new ArrayList<>();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().forEach(pi ->
                jobs.addAll(management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).list()));
        assertThat(jobs).hasSize(1);
        management.executeJob(jobs.get(0).getId());
    }

    private JsonNode property(String caseNumber) throws Exception {
        return json.readTree(mvc.perform(get("itofficera", "pw-a", "/api/v1/seizure-cases/" + caseNumber + "/property"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private void custodyAndAppraisal(String caseNumber, String rate, String value) throws Exception {
        assertThat(complete("itcustodian", "pw-c", caseNumber, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY,
                "{\"storageLocation\":\"IT cage 2\",\"dailyStorageRate\":" + rate + "}")).isEqualTo(204);
        assertThat(complete("itofficera", "pw-a", caseNumber, SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE,
                "{\"appraisedValue\":" + value + ",\"appraisalBasis\":\"price lists\"}")).isEqualTo(204);
    }

    @Test
    void p10SummarySaleProceedsAreHeldThenDistributedOnceAndAddUpToTheGross() throws Exception {
        LocalDate today = todayAtA();
        String caseNumber = open("""
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","projectedStorageCost":4500,
                 "items":[{"description":"fresh produce","quantity":200,"appraisedValue":8000,"perishable":true}]}"""
                .formatted(party("P10 on MariaDB"), today.minusDays(1)));
        custodyAndAppraisal(caseNumber, "150", "8000");
        fireTimer(caseNumber, SeizureForfeitureProcess.START_EVENT_STORAGE_COST_THRESHOLD_REACHED);
        assertThat(complete("itsupervisor", "pw-s", caseNumber, SeizureForfeitureProcess.TASK_APPROVE_SUMMARY_SALE,
                "{\"summarySaleDecision\":\"SALE\",\"summarySaleReason\":\"perishable produce\"}")).isEqualTo(204);
        assertThat(complete("itcustodian", "pw-c", caseNumber, SeizureForfeitureProcess.TASK_CARRY_OUT_SUMMARY_SALE,
                "{\"saleDate\":\"" + today + "\",\"saleProceeds\":6000}")).isEqualTo(204);

        // held subject to claims: nothing distributed at the sale
        JsonNode sold = property(caseNumber);
        assertThat(sold.get("heldProceeds").decimalValue()).isEqualByComparingTo("6000");
        assertThat(sold.get("proceeds")).isEmpty();
        Long caseId = jdbc.queryForObject("SELECT id FROM case_file WHERE case_number = ?", Long.class, caseNumber);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM proceeds_share WHERE case_id = ?", Long.class, caseId))
                .isZero();

        // the 1613(a) period runs out with no petition: distributed once, storage then the residue
        fireTimer(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_SUMMARY_SALE_PROCEEDS_PETITION_PERIOD_ELAPSED);
        List<BigDecimal> shares = jdbc.queryForList("SELECT amount FROM proceeds_share WHERE case_id = ? ORDER BY seq",
                BigDecimal.class, caseId);
        assertThat(shares).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("150"), new BigDecimal("5850"));
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM proceeds_share WHERE case_id = ?", BigDecimal.class,
                caseId)).isEqualByComparingTo("6000");
        assertThat(property(caseNumber).get("proceedsDistributed").asText()).isEqualTo(today.toString());
        mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber))
                .andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void aCounterfeitReleaseOnPaymentIsRefusedAndNothingIsStored() throws Exception {
        LocalDate today = todayAtA();
        String caseNumber = open("""
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1526(e)","items":[{"description":"watches, counterfeit marks",
                 "quantity":40,"appraisedValue":12000,"counterfeit":true}]}""".formatted(party("1614 on MariaDB"),
                today.minusDays(1)));
        custodyAndAppraisal(caseNumber, "10", "12000");
        Long caseId = jdbc.queryForObject("SELECT id FROM case_file WHERE case_number = ?", Long.class, caseNumber);
        var before = jdbc.queryForMap("SELECT paid_amount, status, version FROM case_file WHERE id = ?", caseId);
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_number = ?", Long.class,
                caseNumber);

        mvc.perform(post("itofficera", "pw-a", "/api/v1/seizure-cases/" + caseNumber + "/release-on-payment",
                        "{\"amount\":12000,\"paidDate\":\"" + today + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.citation").value("19 U.S.C. 1614, 1526(e)"));

        assertThat(jdbc.queryForMap("SELECT paid_amount, status, version FROM case_file WHERE id = ?", caseId))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM proceeds_share WHERE case_id = ?", Long.class, caseId))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_number = ?", Long.class,
                caseNumber)).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT released_date FROM seizure_case WHERE case_id = ?", LocalDate.class,
                caseId)).isNull();
    }
}
