package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import gov.fpf.penalty.PenaltyCaseProcess;

/**
 * Issue 12's penalty rules on MariaDB: worked example P1 is paid only when both the penalty and the $20,000 loss of
 * revenue of 19 U.S.C. 1592(d) are paid (money restores the loss first); a loss of revenue above the dutiable value
 * (AD/CVD) opens a case; hundreds of entry numbers are stored whole (V17's MEDIUMTEXT).
 */
class MariaDbPenaltyLawIT extends MariaDbSuite {

    private long party(String name) throws Exception {
        return json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"" + name + "\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private String taskOf(String caseNumber, String key) throws Exception {
        JsonNode tasks = json.readTree(mvc.perform(get("itofficera", "pw-a", "/api/v1/tasks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        for (JsonNode t : tasks) {
            if (caseNumber.equals(t.get("caseNumber").asText()) && key.equals(t.get("taskDefinitionKey").asText())) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("no task " + key + ": " + tasks);
    }

    private void complete(String taskId, String body) throws Exception {
        mvc.perform(post("itofficera", "pw-a", "/api/v1/tasks/" + taskId + "/complete", body))
                .andExpect(status().isNoContent());
    }

    private JsonNode pay(String caseNumber, String amount) throws Exception {
        return json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/cases/" + caseNumber + "/payments",
                        "{\"amount\":" + amount + ",\"paidDate\":\"" + todayAtA() + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void p1IsPaidOnlyWhenThePenaltyAndTheLossOfRevenueArePaid() throws Exception {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            entries.add("\"ITS-%07d-%d\"".formatted(i, i % 10));
        }
        String caseNumber = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true,"entryNumbers":[%s]}""".formatted(party("P1 LOR on MariaDB"),
                        String.join(",", entries))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amounts.maximum").value(40000.00))
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        mvc.perform(get("itofficera", "pw-a", "/api/v1/penalty-cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(jsonPath("$.entryNumbers.length()").value(300))
                .andExpect(jsonPath("$.entryNumbers[299]").value("ITS-0000299-9"));

        complete(taskOf(caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT),
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"r\"}");
        mvc.perform(post("itofficera", "pw-a", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + todayAtA() + "\",\"summary\":\"s\"}")).andExpect(status().isAccepted());
        complete(taskOf(caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS),
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"f\"}");

        // the penalty notice demands $40,000 and the $20,000 loss of revenue
        JsonNode receipt = pay(caseNumber, "40000");
        assertThat(receipt.get("amountDue").decimalValue()).isEqualByComparingTo("60000");
        assertThat(receipt.get("paidInFull").asBoolean()).isFalse();
        assertThat(receipt.get("appliedTo").get(0).get("appliedTo").asText()).isEqualTo("LOSS_OF_REVENUE");
        assertThat(receipt.get("appliedTo").get(0).get("amount").decimalValue()).isEqualByComparingTo("20000");
        assertThat(receipt.get("appliedTo").get(1).get("amount").decimalValue()).isEqualByComparingTo("20000");
        mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber))
                .andExpect(jsonPath("$.status").value("AWAITING_RESPONSE"));

        assertThat(pay(caseNumber, "19999.99").get("paidInFull").asBoolean()).isFalse();
        assertThat(pay(caseNumber, "0.01").get("paidInFull").asBoolean()).isTrue();
        mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.amounts.paid").value(60000.00));
        assertThat(jdbc.queryForList("SELECT p.applied_to FROM payment p JOIN case_file c ON c.id = p.case_id"
                + " WHERE c.case_number = ? ORDER BY p.id", String.class, caseNumber))
                .containsExactly("LOSS_OF_REVENUE", "PENALTY", "PENALTY", "PENALTY");
    }

    @Test
    void aLossOfRevenueAboveTheDutiableValueOpensACase() throws Exception {
        mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"GROSS_NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":100000,"domesticValue":180000,"lossOfRevenue":250000,
                         "commercial":true}""".formatted(party("AD/CVD on MariaDB"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amounts.maximum").value(180000.00))
                .andExpect(jsonPath("$.computation[?(@.step == 'Loss of revenue above the dutiable value')].value")
                        .value(org.hamcrest.Matchers.hasItem("250000.00")));
    }
}
