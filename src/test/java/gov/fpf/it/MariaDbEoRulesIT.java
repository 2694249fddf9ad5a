package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterNotInForce;

/**
 * Issue 12 items 21 and 23 on MariaDB: the mysql profile seeds no implementing instrument; an administrator records
 * one and the EO 14411 rules it names switch on from its effective date, not a day earlier. The instrument is dated
 * years ahead, and names rules no other class switches on, so classes sharing this schema are not affected.
 */
class MariaDbEoRulesIT extends MariaDbSuite {

    @Test
    void theRegisterSwitchesThirdPartyDisposalAndTheForeignBondRuleOnFromTheInstrumentsDate() throws Exception {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM implementing_instrument WHERE title LIKE 'DEMO%'",
                Long.class)).as("the mysql profile seeds no demo instrument").isZero();
        LocalDate effective = LocalDate.now().plusYears(10);
        String citation = "IT-FR-" + System.nanoTime();

        assertThatThrownBy(() -> parameters.valueOn(ParameterNames.THIRD_PARTY_DISPOSAL_AUTHORIZED, effective))
                .isInstanceOf(ParameterNotInForce.class);
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM implementing_instrument", Long.class);
        String body = """
                {"title":"Mitigation standards and bonds (IT)","citation":"%s","effectiveDate":"%s",
                 "rules":["THIRD_PARTY_DISPOSAL","FOREIGN_IOR_CONTINUOUS_BOND"],"note":"MariaDB"}""".formatted(citation, effective);
        mvc.perform(post("itofficera", "pw-a", "/api/v1/implementing-instruments", body)).andExpect(status().isForbidden());
        String saved = mvc.perform(post("admin", "it-admin-secret", "/api/v1/implementing-instruments", body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordedBy").value("admin"))
                .andExpect(jsonPath("$.effectiveDate").value(effective.toString()))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(saved).get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM implementing_instrument", Long.class)).isEqualTo(before + 1);
        assertThat(jdbc.queryForList("SELECT rule_code FROM implementing_instrument_rule WHERE instrument_id = ?",
                String.class, id)).containsExactlyInAnyOrder("THIRD_PARTY_DISPOSAL", "FOREIGN_IOR_CONTINUOUS_BOND");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'IMPLEMENTING_INSTRUMENT'"
                + " AND entity_id = ?", Long.class, Long.toString(id))).isEqualTo(1);
        mvc.perform(get("itofficera", "pw-a", "/api/v1/implementing-instruments/" + id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.citation").value(citation));
        // a second record of the same citation: 409, nothing stored
        mvc.perform(post("admin", "it-admin-secret", "/api/v1/implementing-instruments", body))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM implementing_instrument", Long.class)).isEqualTo(before + 1);

        // third-party disposal: not authorized the day before, authorized on the day with the instrument in its citation
        assertThatThrownBy(() -> parameters.valueOn(ParameterNames.THIRD_PARTY_DISPOSAL_AUTHORIZED, effective.minusDays(1)))
                .isInstanceOf(ParameterNotInForce.class);
        assertThat(parameters.valueOn(ParameterNames.THIRD_PARTY_DISPOSAL_AUTHORIZED, effective).value())
                .isEqualByComparingTo("1");
        assertThat(parameters.valueOn(ParameterNames.THIRD_PARTY_DISPOSAL_AUTHORIZED, effective.plusDays(1)).citation())
                .isEqualTo("EO 14411 Sec. 5; in force from " + effective + " by " + citation);
        // the repeat-offender rule was not named: still not in force
        assertThatThrownBy(() -> parameters.valueOn(ParameterNames.REPEAT_OFFENDER_LOOKBACK, effective))
                .isInstanceOf(ParameterNotInForce.class);

        // the foreign-IOR rule governs activity-1 continuous bonds taking effect on or after the date
        String party = mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"EO IT Exporter\",\"kind\":\"ENTITY\",\"countryOfOrganization\":\"MX\","
                                + "\"principalPlaceOfBusinessUs\":false,\"significantUsPresence\":false,\"sufficientUsAssets\":false,"
                                + "\"controllingOwnersUsPersons\":false,\"ownsSignificantUsRealProperty\":false}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long partyId = json.readTree(party).get("id").asLong();
        String bond = "{\"principalPartyId\":" + partyId + ",\"suretyName\":\"Surety\",\"type\":\"CONTINUOUS\","
                + "\"activity\":\"IMPORTATION_AND_ENTRY\",\"amount\":50000,\"effectiveDate\":\"%s\"}";
        mvc.perform(post("itofficera", "pw-a", "/api/v1/bonds", bond.formatted(effective)))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("itofficera", "pw-a", "/api/v1/bonds", bond.formatted(effective.minusDays(1))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.eoNote").value(org.hamcrest.Matchers.startsWith("NON-COMPLIANT from " + effective)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bond WHERE principal_party_id = ?", Long.class, partyId))
                .isEqualTo(1);
    }
}
