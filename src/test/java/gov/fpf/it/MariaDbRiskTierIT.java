package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.party.RiskTier;
import gov.fpf.party.RiskTierStore;
import gov.fpf.risktier.InactiveImporters;
import gov.fpf.risktier.RiskScoring;
import gov.fpf.risktier.RiskTierService;
import gov.fpf.rules.EoGatedParameters;
import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;

/**
 * Issue 15 item 2 on MariaDB: audit results stored and listed, the score's queries (findings, cases by their office's
 * opening day, past-due debts, audits) and the inactive-IOR listing under a register of the test's own (no instrument is
 * recorded, so classes sharing the schema keep today's law), and the app without an instrument: no score, no tier.
 */
class MariaDbRiskTierIT extends MariaDbSuite {

    @Autowired
    RiskTierService tiers;

    @Autowired
    InactiveImporters inactive;

    @Autowired
    RiskTierStore store;

    private static final EoRuleSource TIERS = (rule, on) -> rule == EoRule.RISK_TIERS
            ? Optional.of(new EoRuleSource.InForce(rule, 0, "Risk tiers (IT)", "IT-RISK-TIERS", LocalDate.of(2026, 6, 3)))
            : Optional.empty();

    /** the legal-parameter rows on MariaDB by date alone (the register of this test gates them) */
    private gov.fpf.rules.ParameterSource rows() {
        return (name, on) -> parameters.history(name).stream().filter(r -> !r.getEffectiveFrom().isAfter(on))
                .reduce((a, b) -> b)
                .map(r -> new gov.fpf.rules.ParameterValue(r.getId(), r.getName(), r.getValue(), r.getUnit(),
                        r.getEffectiveFrom(), r.getCitation(), r.getConfidence()))
                .orElseThrow(() -> new gov.fpf.rules.ParameterNotInForce(name, on));
    }

    private long party(String name) throws Exception {
        String body = mvc.perform(post("itofficera", "pw-a", "/api/v1/parties", """
                        {"name":"%s","kind":"ENTITY","countryOfOrganization":"US","principalPlaceOfBusinessUs":true,
                         "significantUsPresence":true,"sufficientUsAssets":true,"controllingOwnersUsPersons":true,
                         "ownsSignificantUsRealProperty":false}""".formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    @Test
    void auditResultsAndTheScoreOnMariaDbAndNoTierWithoutAnInstrument() throws Exception {
        LocalDate today = tiers.today();
        long id = party("IT Tier Importers " + System.nanoTime());
        mvc.perform(post("itofficera", "pw-a", "/api/v1/parties/" + id + "/violations",
                "{\"statute\":\"1592\",\"findingDate\":\"" + today.minusYears(2) + "\"}")).andExpect(status().isCreated());
        for (String ref : new String[] {"IT-FA-1", "IT-FA-2"}) {
            mvc.perform(post("itofficera", "pw-a", "/api/v1/parties/" + id + "/audit-results", """
                            {"auditDate":"%s","kind":"FOCUSED_ASSESSMENT","result":"ADVERSE","reference":"%s","note":"Ünïcode ✓"}"""
                            .formatted(today.minusDays(10), ref)))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("itofficera", "pw-a", "/api/v1/parties/" + id + "/audit-results", """
                        {"auditDate":"%s","kind":"OTHER","result":"ADVERSE","reference":"IT-FA-1"}""".formatted(today)))
                .andExpect(status().isConflict());
        mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases", "{\"partyId\":" + id + ",\"statute\":\"1595a\","
                + "\"violationDate\":\"2025-01-01\",\"discoveryDate\":\"2025-02-01\",\"commercial\":true,"
                + "\"articleValue\":75000}")).andExpect(status().isCreated());
        mvc.perform(get("itofficera", "pw-a", "/api/v1/parties/" + id + "/audit-results"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].note").value("Ünïcode ✓"));

        // the mysql profile records no instrument: no score, no tier, nobody listed
        JsonNode risk = json.readTree(mvc.perform(get("itofficera", "pw-a", "/api/v1/parties/" + id + "/risk"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(risk.get("inForce").asBoolean()).isFalse();
        assertThat(risk.get("riskTier").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT risk_tier FROM party WHERE id = ?", String.class, id)).isNull();
        mvc.perform(get("itsupervisor", "pw-s", "/api/v1/parties/inactive")).andExpect(status().isOk())
                .andExpect(jsonPath("$.inForce").value(false));

        // under a register that puts RISK_TIERS in force: 10 + 2 x 15 + 5 = 45, medium
        RiskScoring.Score score = inTransaction(() -> tiers.score(id, today, new EoGatedParameters(rows(), TIERS), TIERS))
                .orElseThrow();
        assertThat(score.total()).isEqualByComparingTo("45");
        assertThat(score.tier()).isEqualTo(RiskTier.MEDIUM);
        assertThat(score.lines()).extracting(RiskScoring.Line::code, RiskScoring.Line::count).contains(
                org.assertj.core.groups.Tuple.tuple("FINDING", 1L),
                org.assertj.core.groups.Tuple.tuple("ENFORCEMENT_ACTION", 1L),
                org.assertj.core.groups.Tuple.tuple("ADVERSE_AUDIT", 2L),
                org.assertj.core.groups.Tuple.tuple("PAST_DUE_DEBT", 0L));
        // the tier column keeps what the score says, audited once
        assertThat(inTransaction(() -> store.keep(id, score.tier(), "IT"))).isTrue();
        assertThat(inTransaction(() -> store.keep(id, score.tier(), "IT"))).isFalse();
        assertThat(jdbc.queryForObject("SELECT risk_tier FROM party WHERE id = ?", String.class, id)).isEqualTo("MEDIUM");
        inTransaction(() -> store.keep(id, null, "IT"));
    }

    @Test
    void theInactiveListingReadsTheLatestActivityOnMariaDb() throws Exception {
        LocalDate today = tiers.today();
        long quiet = party("IT Quiet Importer " + System.nanoTime());
        long active = party("IT Active Importer " + System.nanoTime());
        jdbc.update("UPDATE party SET created_at = ? WHERE id IN (?, ?)", java.sql.Timestamp.valueOf(
                today.minusDays(800).atTime(12, 0)), quiet, active);
        mvc.perform(post("itofficera", "pw-a", "/api/v1/parties/" + active + "/audit-results", """
                {"auditDate":"%s","kind":"QUICK_RESPONSE","result":"FAVORABLE","reference":"IT-QR-9"}""".formatted(
                today.minusDays(30)))).andExpect(status().isCreated());
        InactiveImporters.Listing listing = inTransaction(() -> inactive.list(today, new EoGatedParameters(rows(), TIERS), TIERS));
        assertThat(listing.inForce()).isTrue();
        assertThat(listing.afterDays()).isEqualTo(365);
        assertThat(listing.parties()).extracting(InactiveImporters.Inactive::partyId).contains(quiet).doesNotContain(active);
        assertThat(listing.parties()).filteredOn(i -> i.partyId() == quiet).singleElement()
                .satisfies(i -> assertThat(i.lastActivityKind()).isEqualTo("REGISTERED"));
    }
}
