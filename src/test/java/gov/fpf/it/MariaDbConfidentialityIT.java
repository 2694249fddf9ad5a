package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import gov.fpf.confidentiality.ConfidentialityReviewProcess;

/**
 * Confidentiality requests (EO 14411 Sec. 6) on MariaDB: before the review rule is in force a grant is open-ended;
 * once an administrator records the instrument, a grant gets its end, review and renewal timers from the parameters;
 * bad input stores nothing, a stale version is a 409, another office cannot decide; the published report withholds
 * the confidential party's cell (the report's SQL on MariaDB). The instrument names only CONFIDENTIALITY_REVIEW, which
 * no other class switches on.
 */
class MariaDbConfidentialityIT extends MariaDbSuite {

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private long party(String name) throws Exception {
        return body(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                "{\"name\":\"" + name + " " + System.nanoTime() + "\",\"kind\":\"INDIVIDUAL\",\"usCitizenOrLpr\":true}"))
                .andExpect(status().isCreated())).get("id").asLong();
    }

    private JsonNode record(String user, String password, long party, String scope) throws Exception {
        return body(mvc.perform(post(user, password, "/api/v1/confidentiality-requests",
                "{\"partyId\":%d,\"scope\":\"%s\",\"reason\":\"Manifest certification (IT)\"}".formatted(party, scope)))
                .andExpect(status().isCreated()));
    }

    private ResultActions decide(JsonNode r, String decision, LocalDate until) throws Exception {
        return mvc.perform(post("itsupervisor", "pw-s", "/api/v1/confidentiality-requests/" + r.get("id") + "/decision",
                "{\"decision\":\"%s\",\"reason\":\"IT\",%s\"version\":%d}".formatted(decision,
                        until == null ? "" : "\"grantedUntil\":\"" + until + "\",", r.get("version").asLong())));
    }

    private long processes(JsonNode r) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ? AND PARENT_ID_ IS NULL",
                Long.class, ConfidentialityReviewProcess.businessKey(r.get("id").asLong()));
    }

    @Test
    void beforeAndAfterTheInstrumentGrantsBehaveAsTheLawInForceAndTheReportHonoursTheGrant() throws Exception {
        engineAccess.ensureUser("ithq", "pw-hq", "IT", "Headquarters", java.util.List.of(gov.fpf.system.Roles.HQ),
                java.util.Set.of());
        long party = party("IT Confidential Importer");
        boolean alreadyInForce = jdbc.queryForObject("SELECT COUNT(*) FROM implementing_instrument_rule WHERE rule_code = ?",
                Long.class, "CONFIDENTIALITY_REVIEW") > 0;
        if (!alreadyInForce) {
            // today's law: an open-ended grant, nothing reviews or expires it; an end date is refused with the rule
            JsonNode before = record("itofficera", "pw-a", party, "ENFORCEMENT_CASE_DETAILS");
            decide(before, "GRANT", todayAtA().plusYears(1)).andExpect(status().isUnprocessableEntity());
            JsonNode open = body(decide(before, "GRANT", null).andExpect(status().isOk()));
            assertThat(open.get("status").asText()).isEqualTo("GRANTED");
            assertThat(open.get("grantedUntil").isNull()).isTrue();
            assertThat(processes(before)).isZero();

            mvc.perform(post("admin", "it-admin-secret", "/api/v1/implementing-instruments", """
                    {"title":"Confidentiality review (IT)","citation":"IT-CONF-%d","effectiveDate":"%s",
                     "rules":["CONFIDENTIALITY_REVIEW"],"note":"MariaDB"}""".formatted(System.nanoTime(), todayAtA())))
                    .andExpect(status().isCreated());
        }

        // in force: a grant up to two years, with its timers
        JsonNode r = record("itofficera", "pw-a", party, "MANIFEST_IMPORTER_IDENTITY");
        assertThat(r.get("officeCode").asText()).isEqualTo(OFFICE_A);
        decide(r, "GRANT", todayAtA().plusYears(2).plusDays(1)).andExpect(status().isUnprocessableEntity());
        decide(r, "MAYBE", null).andExpect(status().isBadRequest());
        assertThat(body(mvc.perform(get("itofficera", "pw-a", "/api/v1/confidentiality-requests/" + r.get("id"))))
                .get("version").asLong()).isEqualTo(r.get("version").asLong());
        JsonNode granted = body(decide(r, "GRANT", todayAtA().plusYears(2)).andExpect(status().isOk()));
        assertThat(granted.get("nextReviewOn").asText()).isEqualTo(todayAtA().plusMonths(12).toString());
        assertThat(granted.get("periodicReview").asBoolean()).isTrue();
        assertThat(processes(r)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_EXECUTION e ON e.PROC_INST_ID_ = j.PROCESS_INSTANCE_ID_"
                + " WHERE e.BUSINESS_KEY_ = ? AND e.PARENT_ID_ IS NULL", Long.class, ConfidentialityReviewProcess.businessKey(
                r.get("id").asLong()))).isEqualTo(2);
        // the page it was decided on, sent again
        decide(r, "DENY", null).andExpect(status().isConflict());

        // another office's officer records; this office's supervisor cannot decide it
        JsonNode other = record("itofficerb", "pw-b", party("IT Hub Party"), "MANIFEST_CONSIGNEE_IDENTITY");
        assertThat(other.get("officeCode").asText()).isEqualTo(OFFICE_B);
        decide(other, "DENY", null).andExpect(status().isForbidden());

        // withdrawal ends its process
        mvc.perform(post("itofficerb", "pw-b", "/api/v1/confidentiality-requests/" + other.get("id") + "/withdrawal",
                "{\"reason\":\"letter\",\"version\":" + other.get("version") + "}")).andExpect(status().isOk());
        assertThat(processes(other)).isZero();

        // the report's confidential-cell query on MariaDB
        int year = todayAtA().getYear();
        JsonNode published = body(mvc.perform(get("ithq", "pw-hq", "/api/v1/reports/enforcement?year=" + year)));
        assertThat(published.at("/disclosure/minimumCell").asLong()).isEqualTo(5);
        JsonNode list = body(mvc.perform(get("itsupervisor", "pw-s", "/api/v1/confidentiality-requests?partyId=" + party
                + "&status=GRANTED")).andExpect(status().isOk()));
        assertThat(list.size()).isBetween(1, 2);
    }
}
