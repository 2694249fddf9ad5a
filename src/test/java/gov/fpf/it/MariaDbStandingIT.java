package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.party.PartyStandings;
import gov.fpf.party.StandingAssessor;

/**
 * Issue 15 item 1 on MariaDB: affiliates stored and ended, good standing derived from an affiliate's findings (the
 * derivation's queries, past-due debts included, on MariaDB), the snapshot kept on the party, and the supervisor's
 * override with 409 on a stale version. The mysql profile seeds no instrument, so GOOD_STANDING is not in force today
 * (every party in good standing, and the answer says the rule is not in force); an instrument dated twenty years ahead
 * puts it in force for the derivation on that day without touching what other classes on this schema see.
 */
class MariaDbStandingIT extends MariaDbSuite {

    @Autowired
    PartyStandings standings;

    private long party(String name) throws Exception {
        return json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties",
                        "{\"name\":\"" + name + "\",\"kind\":\"ENTITY\",\"countryOfOrganization\":\"US\","
                                + "\"principalPlaceOfBusinessUs\":true,\"significantUsPresence\":true,\"sufficientUsAssets\":true,"
                                + "\"controllingOwnersUsPersons\":true,\"ownsSignificantUsRealProperty\":false}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private JsonNode view(long id) throws Exception {
        return json.readTree(mvc.perform(get("itofficera", "pw-a", "/api/v1/parties/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void affiliatesDerivedStandingAndTheOverrideOnMariaDb() throws Exception {
        long importer = party("Standing IT Importer " + System.nanoTime());
        long parent = party("Standing IT Parent " + System.nanoTime());
        JsonNode added = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties/" + importer + "/affiliates",
                        "{\"affiliatePartyId\":" + parent + ",\"relation\":\"PARENT\",\"since\":\"2021-02-03\",\"note\":\"IT\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long affiliationId = added.get("affiliationId").asLong();
        mvc.perform(post("itofficera", "pw-a", "/api/v1/parties/" + parent + "/affiliates",
                "{\"affiliatePartyId\":" + importer + ",\"relation\":\"SUBSIDIARY\"}")).andExpect(status().isConflict());
        mvc.perform(post("itofficera", "pw-a", "/api/v1/parties/" + importer + "/affiliates",
                "{\"affiliatePartyId\":" + importer + ",\"relation\":\"OFFICER\"}")).andExpect(status().isBadRequest());
        assertThat(view(parent).at("/affiliates/0/relation").asText()).isEqualTo("SUBSIDIARY");
        assertThat(view(parent).at("/affiliates/0/since").asText()).isEqualTo("2021-02-03");

        LocalDate today = standings.today();
        for (int years : new int[] {1, 2}) {
            mvc.perform(post("itofficera", "pw-a", "/api/v1/parties/" + parent + "/violations",
                    "{\"statute\":\"1592\",\"findingDate\":\"" + today.minusYears(years) + "\"}")).andExpect(status().isCreated());
        }
        mvc.perform(post("itofficera", "pw-a", "/api/v1/parties/" + parent + "/violations",
                        "{\"statute\":\"1595a\",\"findingDate\":\"2011-01-01\",\"illicitImport\":\"CONTRABAND\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.illicitImport").value("CONTRABAND"));

        // today's law on this schema: no instrument puts GOOD_STANDING in force, so the party is in good standing
        JsonNode now = view(importer);
        assertThat(now.get("goodStanding").asBoolean()).isTrue();
        assertThat(now.get("standingRuleInForce").asBoolean()).isFalse();
        assertThat(now.get("standingReasons")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT standing_assessed_on FROM party WHERE id = ?", java.sql.Date.class, importer)
                .toLocalDate()).isEqualTo(today);

        // once an instrument puts it in force, the parent's findings end both parties' standing
        LocalDate effective = today.plusYears(20);
        mvc.perform(post("admin", "it-admin-secret", "/api/v1/implementing-instruments",
                        """
                        {"title":"Good standing (IT)","citation":"IT-GS-%d","effectiveDate":"%s","rules":["GOOD_STANDING"]}"""
                                .formatted(System.nanoTime(), effective)))
                .andExpect(status().isCreated());
        assertThat(standings.assess(importer, effective.minusDays(1)).goodStanding()).isTrue();
        StandingAssessor.Standing then = standings.assess(importer, effective);
        assertThat(then.goodStanding()).isFalse();
        assertThat(then.reasons()).extracting(StandingAssessor.Reason::code).containsExactly("AFFILIATE");
        assertThat(then.reasons().get(0).text()).contains("contraband", "2011-01-01");
        assertThat(standings.assess(parent, effective).reasons()).extracting(StandingAssessor.Reason::code)
                .containsExactly("ILLICIT_SUBSTANCE_FINDING");

        // the affiliation ended (kept): it no longer counts
        mvc.perform(post("itofficera", "pw-a", "/api/v1/parties/" + importer + "/affiliates/" + affiliationId + "/end",
                "{\"reason\":\"divested\"}")).andExpect(status().isOk());
        assertThat(standings.assess(importer, effective).goodStanding()).isTrue();
        assertThat(jdbc.queryForObject("SELECT end_reason FROM party_affiliation WHERE id = ?", String.class, affiliationId))
                .isEqualTo("divested");

        // the override: recorded with the version seen, a stale second one is 409, and clearing it
        long version = view(importer).get("version").asLong();
        String change = "{\"goodStanding\":false,\"reason\":\"IT override\",\"until\":\"" + today.plusDays(9)
                + "\",\"version\":" + version + "}";
        mvc.perform(put("itsupervisor", "pw-s", "/api/v1/parties/" + importer + "/standing", change))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standingOverride.reason").value("IT override"))
                .andExpect(jsonPath("$.standingOverride.until").value(today.plusDays(9).toString()));
        mvc.perform(put("itsupervisor", "pw-s", "/api/v1/parties/" + importer + "/standing", change))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("SELECT standing_override FROM party WHERE id = ?", Boolean.class, importer)).isFalse();
        mvc.perform(post("itsupervisor", "pw-s", "/api/v1/parties/" + importer + "/standing/clear",
                        "{\"reason\":\"IT clear\",\"version\":" + (version + 1) + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.standingOverride").doesNotExist());
        assertThat(jdbc.queryForObject("SELECT standing_override FROM party WHERE id = ?", Boolean.class, importer)).isNull();
    }
}
