package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 3 on MariaDB: with an implementing instrument putting recurrent vetting (EO 14411 Sec. 2(f)) in force
 * today, a freight forwarder recorded by an officer is taken on and vetted in the officer's office; the officer completes the
 * vetting through our task API, the outcome is on the party's history and audited, and a new finding opens the next
 * vetting at once. Another office sees none of it.
 */
class MariaDbVettingIT extends MariaDbSuite {

    @org.springframework.beans.factory.annotation.Autowired
    private gov.fpf.vetting.VettingService vettings;

    private void ruleInForceToday() throws Exception {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM implementing_instrument_rule WHERE rule_code = 'RECURRENT_VETTING'",
                Long.class) > 0) {
            return;
        }
        String body = """
                {"title":"Recurrent vetting procedures (IT)","citation":"IT-VET-%d","effectiveDate":"%s",
                 "rules":["RECURRENT_VETTING"],"note":"MariaDB vetting IT"}""".formatted(System.nanoTime(), todayAtA());
        mvc.perform(post("admin", "it-admin-secret", "/api/v1/implementing-instruments", body))
                .andExpect(status().isCreated());
    }

    private JsonNode history(String user, String password, long partyId) throws Exception {
        return json.readTree(mvc.perform(get(user, password, "/api/v1/vettings?partyId=" + partyId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aForwarderIsVettedInItsOfficeAndANewFindingOpensTheNextVetting() throws Exception {
        // given
        ruleInForceToday();
        String name = "IT Vetted Forwarder " + System.nanoTime();
        String party = mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"" + name + "\",\"kind\":\"ENTITY\",\"countryOfOrganization\":\"US\","
                                + "\"principalPlaceOfBusinessUs\":true,\"significantUsPresence\":true,\"sufficientUsAssets\":true,"
                                + "\"controllingOwnersUsPersons\":true,\"ownsSignificantUsRealProperty\":false,"
                                + "\"roles\":[\"FREIGHT_FORWARDER\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long partyId = json.readTree(party).get("id").asLong();
        assertThat(history("itofficera", "pw-a", partyId)).as("taken on by the daily check, not when recorded").isEmpty();

        // when the daily check takes it on (its step for this party)
        assertThat(inTransaction(() -> vettings.startIfDue(partyId, gov.fpf.vetting.VettingTrigger.FIRST, todayAtA())))
                .isTrue();

        // then the first vetting is open in the recorder's office
        JsonNode first = history("itofficera", "pw-a", partyId).get(0);
        assertThat(first.get("trigger").asText()).isEqualTo("FIRST");
        assertThat(first.get("officeCode").asText()).isEqualTo(OFFICE_A);
        assertThat(first.get("due").asText()).isEqualTo(todayAtA().plusDays(30).toString());
        String taskId = first.get("taskId").asText();
        assertThat(mvc.perform(get("itofficerb", "pw-b", "/api/v1/tasks")).andReturn().getResponse()
                .getContentAsString()).doesNotContain(taskId);
        assertThat(mvc.perform(get("itofficera", "pw-a", "/api/v1/vettings?due=" + todayAtA().plusDays(30)))
                .andReturn().getResponse().getContentAsString()).contains(taskId);

        // when another office tries, then the officer concludes without and with a reason
        mvc.perform(post("itofficerb", "pw-b", "/api/v1/tasks/" + taskId + "/complete",
                "{\"vettingOutcome\":\"CLEARED\",\"vettingReason\":\"x\"}")).andExpect(status().isNotFound());
        mvc.perform(post("itofficera", "pw-a", "/api/v1/tasks/" + taskId + "/complete",
                "{\"vettingOutcome\":\"REFER\",\"vettingReason\":\"\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("itofficera", "pw-a", "/api/v1/tasks/" + taskId + "/complete",
                "{\"vettingOutcome\":\"REFER\",\"vettingReason\":\"Forwarded for a debarred consignee\"}"))
                .andExpect(status().isNoContent());

        // then
        JsonNode done = history("itofficerb", "pw-b", partyId).get(0);
        assertThat(done.get("outcome").asText()).isEqualTo("REFER");
        assertThat(done.get("completedBy").asText()).isEqualTo("itofficera");
        assertThat(done.get("nextVetting").asText()).isEqualTo(todayAtA().plusMonths(12).toString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'PARTY' AND entity_id = ?"
                + " AND event IN ('VETTING_OPENED', 'VETTING_COMPLETED')", Long.class, Long.toString(partyId))).isEqualTo(2);

        // when a finding is recorded, then a vetting opens at once
        mvc.perform(post("itofficera", "pw-a", "/api/v1/parties/" + partyId + "/violations",
                "{\"statute\":\"1592\",\"findingDate\":\"" + todayAtA().minusDays(1) + "\"}")).andExpect(status().isCreated());
        JsonNode history = history("itofficera", "pw-a", partyId);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("trigger").asText()).isEqualTo("NEW_FINDING");
        assertThat(history.get(0).get("completed").isNull()).isTrue();
    }
}
