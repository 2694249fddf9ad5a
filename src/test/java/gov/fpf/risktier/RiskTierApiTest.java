package gov.fpf.risktier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;
import gov.fpf.party.RiskTier;
import gov.fpf.rules.EoRules;
import gov.fpf.rules.LegalParameters;
import gov.fpf.seizure.SeizureForfeitureProcess;

/**
 * EO 14411 Sec. 2(e) in the app: the score with its inputs, the tier kept on the party and recomputed when an input
 * changes, audit results, the inactive importers, the release bond of a HIGH-tier importer, and the pages. The
 * shared context's DEMO instrument puts RISK_TIERS and GOOD_STANDING in force from 2026-09-01.
 */
class RiskTierApiTest extends ApplicationTest {

    private static final LocalDate TODAY = seaportToday();

    @Autowired
    RiskTierService tiers;

    @Autowired
    LegalParameters legalParameters;

    @Autowired
    EoRules eoRules;

    private JsonNode risk(long partyId) throws Exception {
        return json.readTree(mvc.perform(get("counsel1", "/api/v1/parties/{id}/risk", partyId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String tier(long partyId) throws Exception {
        return json.readTree(mvc.perform(get("officer1", "/api/v1/parties/{id}", partyId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("riskTier").asText(null);
    }

    private static JsonNode line(JsonNode risk, String code) {
        for (JsonNode l : risk.get("score").get("lines")) {
            if (l.get("code").asText().equals(code)) {
                return l;
            }
        }
        throw new AssertionError(code);
    }

    private void adverseAudit(long partyId, String reference, LocalDate date) throws Exception {
        mvc.perform(post("officer1", "/api/v1/parties/{id}/audit-results", """
                        {"auditDate":"%s","kind":"FOCUSED_ASSESSMENT","result":"ADVERSE","reference":"%s","note":"n"}"""
                        .formatted(date, reference), partyId))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.result").value("ADVERSE"))
                .andExpect(jsonPath("$.recordedBy").value("officer1"));
    }

    private List<String> tierEvents(long partyId) {
        return jdbc.queryForList("SELECT detail FROM audit_event WHERE entity_type = 'PARTY' AND entity_id = ?"
                + " AND event = 'RISK_TIER_CHANGED' ORDER BY id", String.class, Long.toString(partyId));
    }

    @Test
    void theTierFollowsFindingsAuditsAndCasesAndTheScoreShowsEveryInput() throws Exception {
        long id = party("Tier Follows Inputs Co");
        // scored when recorded (its standing is worked out then): nothing on its record, low
        assertThat(tier(id)).isEqualTo("LOW");
        // a finding: 10 points, low
        mvc.perform(post("officer1", "/api/v1/parties/{id}/violations",
                "{\"statute\":\"1592\",\"findingDate\":\"" + TODAY.minusYears(1) + "\"}", id)).andExpect(status().isCreated());
        assertThat(tier(id)).isEqualTo("LOW");
        // an adverse audit: 25, medium
        adverseAudit(id, "FA-TIER-1", TODAY.minusMonths(2));
        assertThat(tier(id)).isEqualTo("MEDIUM");
        // a penalty case opened against it: 30
        mvc.perform(post("officer1", "/api/v1/penalty-cases", "{\"partyId\":" + id + ",\"statute\":\"1595a\","
                + "\"violationDate\":\"2025-01-01\",\"discoveryDate\":\"2025-02-01\",\"commercial\":true,"
                + "\"articleValue\":75000}")).andExpect(status().isCreated());
        // a second adverse audit: 45, still medium; a third: 60, high
        adverseAudit(id, "FA-TIER-2", TODAY.minusMonths(1));
        assertThat(tier(id)).isEqualTo("MEDIUM");
        adverseAudit(id, "FA-TIER-3", TODAY);
        assertThat(tier(id)).isEqualTo("HIGH");

        JsonNode r = risk(id);
        assertThat(r.get("inForce").asBoolean()).isTrue();
        assertThat(r.get("riskTier").asText()).isEqualTo("HIGH");
        assertThat(r.get("score").get("tier").asText()).isEqualTo("HIGH");
        assertThat(r.get("score").get("total").decimalValue()).isEqualByComparingTo("60");
        assertThat(r.get("score").get("citation").asText()).contains("EO 14411 Sec. 2(e)", "DEMO-EO-14411");
        assertThat(line(r, "FINDING").get("count").asInt()).isEqualTo(1);
        assertThat(line(r, "FINDING").get("records").get(0).asText()).startsWith(TODAY.minusYears(1) + " 1592");
        JsonNode cases = line(r, "ENFORCEMENT_ACTION");
        assertThat(cases.get("count").asInt()).isEqualTo(1);
        assertThat(cases.get("records").get(0).asText()).contains("-PEN-", "PENALTY, opened ");
        assertThat(cases.get("subtotal").decimalValue()).isEqualByComparingTo("5");
        JsonNode audits = line(r, "ADVERSE_AUDIT");
        assertThat(audits.get("count").asInt()).isEqualTo(3);
        assertThat(audits.get("pointsEach").decimalValue()).isEqualByComparingTo("15");
        assertThat(audits.get("subtotal").decimalValue()).isEqualByComparingTo("45");
        assertThat(audits.get("records").toString()).contains("FA-TIER-1", "FA-TIER-3");
        assertThat(audits.get("parameterRef").asText()).startsWith("risk-tier.points.adverse-audit = 15");
        assertThat(r.get("score").get("thresholds").get(1).get("from").decimalValue()).isEqualByComparingTo("50");
        assertThat(r.get("auditResults")).hasSize(3);
        // every change of the kept tier is audited with its score, once
        assertThat(tierEvents(id)).containsExactly("no tier -> LOW", "LOW -> MEDIUM", "MEDIUM -> HIGH");
        assertThat(jdbc.queryForObject("SELECT reason FROM audit_event WHERE entity_type = 'PARTY' AND entity_id = ?"
                + " AND event = 'RISK_TIER_CHANGED' AND detail = 'MEDIUM -> HIGH'", String.class, Long.toString(id)))
                .contains("score 60", "ADVERSE_AUDIT 3x15=45");
        // scoring again changes nothing and publishes nothing
        assertThat(inTransaction(() -> tiers.recompute(id))).isEqualTo(RiskTier.HIGH);
        assertThat(tierEvents(id)).hasSize(3);
    }

    @Test
    void beforeTheInstrumentThereIsNoScoreAndNoTier() throws Exception {
        long id = party("Tier Before The Order Co");
        adverseAudit(id, "QR-BEFORE-1", TODAY);
        assertThat(inTransaction(() -> tiers.score(id, LocalDate.of(2026, 8, 31), legalParameters, eoRules))).isEmpty();
        assertThat(inTransaction(() -> tiers.score(id, LocalDate.of(2026, 9, 1), legalParameters, eoRules))).isPresent();
        // a party that is not an importer of record has no tier and keeps no audit result
        long broker = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", """
                        {"name":"Tier Broker Only","kind":"INDIVIDUAL","usCitizenOrLpr":true,"roles":["CUSTOMS_BROKER"]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        assertThat(risk(broker).get("inForce").asBoolean()).isFalse();
        assertThat(risk(broker).get("score").isNull()).isTrue();
        mvc.perform(post("officer1", "/api/v1/parties/{id}/audit-results", """
                        {"auditDate":"%s","kind":"OTHER","result":"ADVERSE","reference":"B-1"}""".formatted(TODAY), broker))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("not an importer of record")));
    }

    @Test
    void badAuditResultsAreRefusedAndStoreNothing() throws Exception {
        long id = party("Tier Refusals Co");
        String ok = "{\"auditDate\":\"%s\",\"kind\":\"QUICK_RESPONSE\",\"result\":\"FAVORABLE\",\"reference\":\"%s\"}";
        mvc.perform(post("officer1", "/api/v1/parties/{id}/audit-results", "{\"kind\":\"QUICK_RESPONSE\"}", id))
                .andExpect(status().isBadRequest());
        mvc.perform(post("officer1", "/api/v1/parties/{id}/audit-results", ok.formatted(TODAY, " "), id))
                .andExpect(status().isBadRequest());
        mvc.perform(post("officer1", "/api/v1/parties/{id}/audit-results",
                "{\"auditDate\":\"" + TODAY + "\",\"kind\":\"AUDIT_OF_DOOM\",\"result\":\"FAVORABLE\",\"reference\":\"x\"}", id))
                .andExpect(status().isBadRequest());
        mvc.perform(post("officer1", "/api/v1/parties/{id}/audit-results", ok.formatted(TODAY.plusDays(2), "F-1"), id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("future")));
        mvc.perform(post("officer1", "/api/v1/parties/{id}/audit-results", ok.formatted(TODAY, "x".repeat(61)), id))
                .andExpect(status().isBadRequest());
        mvc.perform(post("officer1", "/api/v1/parties/{id}/audit-results", ok.formatted(TODAY, "F-1"), 987654321L))
                .andExpect(status().isNotFound());
        mvc.perform(post("counsel1", "/api/v1/parties/{id}/audit-results", ok.formatted(TODAY, "F-1"), id))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM party_audit_result WHERE party_id = ?", Long.class, id)).isZero();
        mvc.perform(post("supervisor1", "/api/v1/parties/{id}/audit-results", ok.formatted(TODAY, "F-1"), id))
                .andExpect(status().isCreated());
        mvc.perform(post("officer1", "/api/v1/parties/{id}/audit-results", ok.formatted(TODAY, "F-1"), id))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM party_audit_result WHERE party_id = ?", Long.class, id)).isEqualTo(1);
        mvc.perform(get("custodian1", "/api/v1/parties/{id}/audit-results", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].reference").value("F-1"))
                .andExpect(jsonPath("$[0].result").value("FAVORABLE"));
        // a favorable audit adds nothing
        assertThat(line(risk(id), "ADVERSE_AUDIT").get("count").asInt()).isZero();
        mvc.perform(get("officer1", "/api/v1/parties/{id}/risk", 987654321L)).andExpect(status().isNotFound());
    }

    /** an importer whose only activity was {@code days} days before today at headquarters */
    private long quietSince(String name, int days) throws Exception {
        long id = party(name);
        LocalDate day = tiers.today().minusDays(days);
        jdbc.update("UPDATE party SET created_at = ? WHERE id = ?", java.sql.Timestamp.from(day.atTime(12, 0)
                .atZone(gov.fpf.system.BusinessDay.HEADQUARTERS_ZONE).toInstant()), id);
        return id;
    }

    @Test
    void inactiveImportersAreListedFromTheDayThePeriodHasRunForSupervisorsAndHeadquarters() throws Exception {
        long exactly = quietSince("Tier Quiet 365 Days", 365);
        long almost = quietSince("Tier Quiet 364 Days", 364);
        long audited = quietSince("Tier Quiet But Audited", 900);
        mvc.perform(post("officer1", "/api/v1/parties/{id}/audit-results", """
                {"auditDate":"%s","kind":"OTHER","result":"FAVORABLE","reference":"ACT-1"}""".formatted(
                tiers.today().minusDays(400)), audited)).andExpect(status().isCreated());
        JsonNode listing = json.readTree(mvc.perform(get("supervisor1", "/api/v1/parties/inactive"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(listing.get("inForce").asBoolean()).isTrue();
        assertThat(listing.get("afterDays").asInt()).isEqualTo(365);
        List<Long> ids = new ArrayList<>();
        listing.get("parties").forEach(p -> ids.add(p.get("partyId").asLong()));
        assertThat(ids).contains(exactly, audited).doesNotContain(almost);
        for (JsonNode p : listing.get("parties")) {
            if (p.get("partyId").asLong() == audited) {
                assertThat(p.get("lastActivityKind").asText()).isEqualTo("AUDIT");
                assertThat(p.get("daysInactive").asLong()).isEqualTo(400);
            }
        }
        mvc.perform(get("hq1", "/api/v1/parties/inactive")).andExpect(status().isOk());
        mvc.perform(get("officer1", "/api/v1/parties/inactive")).andExpect(status().isForbidden());
        String csv = mvc.perform(get("hq1", "/api/v1/parties/inactive").accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("party_id,name,last_activity,last_activity_kind,days_inactive,risk_tier\r\n")
                .contains(exactly + ",\"Tier Quiet 365 Days\",").doesNotContain("Tier Quiet 364 Days");

        String page = mvc.perform(MockMvcRequestBuilders.get("/parties/inactive").with(httpBasic("supervisor1", "supervisor1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Inactive importers of record", "Tier Quiet 365 Days", "/parties/inactive.csv")
                .doesNotContain("Tier Quiet 364 Days");
        mvc.perform(MockMvcRequestBuilders.get("/parties/inactive.csv").with(httpBasic("hq1", "hq1")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")));
        mvc.perform(MockMvcRequestBuilders.get("/parties/inactive").with(httpBasic("officer1", "officer1")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aHighTierImporterMakesItsSeizureHighRiskWithTheReasonInTheTrace() throws Exception {
        long risky = party("Tier High Tire Importers");
        for (int i = 1; i <= 4; i++) {
            adverseAudit(risky, "TIRE-ADV-" + i, TODAY.minusMonths(i));
        }
        assertThat(tier(risky)).isEqualTo("HIGH");
        long calm = party("Tier Low Tire Importers");
        adverseAudit(calm, "TIRE-CALM-1", TODAY);
        assertThat(tier(calm)).isEqualTo("LOW");

        String high = tires(risky);
        String low = tires(calm);
        JsonNode highProperty = property(high);
        assertThat(highProperty.get("highRisk").asBoolean()).isTrue();
        assertThat(highProperty.get("highRiskReasons").asText())
                .isEqualTo("importer of record in the high risk tier (EO 14411 Sec. 2(e))");
        // the order's higher release bond has no figure yet, so the high-risk release says so
        assertThat(highProperty.get("releaseBond").isNull()).isTrue();
        assertThat(highProperty.get("releaseBondNote").asText()).contains("release-bond.high-risk.multiple",
                "high risk tier");
        assertThat(caseFile(high).toString()).contains("High-risk shipment", "high risk tier (EO 14411 Sec. 2(e))");
        JsonNode lowProperty = property(low);
        assertThat(lowProperty.get("highRisk").asBoolean()).isFalse();
        assertThat(lowProperty.get("releaseBond").decimalValue()).isEqualByComparingTo("42000");
    }

    private JsonNode property(String caseNumber) throws Exception {
        return json.readTree(mvc.perform(get("officer1", "/api/v1/seizure-cases/" + caseNumber + "/property"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String tires(long partyId) throws Exception {
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/seizure-cases", """
                        {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)",
                         "placeOfSeizure":"LALB terminal 1","cause":"tires without DOT marks","possessorName":"Forwarder",
                         "items":[{"description":"used tires","quantity":400,"appraisedValue":42000}]}"""
                        .formatted(partyId, TODAY.minusDays(3))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        assertThat(complete("custodian1", caseNumber, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY,
                "{\"storageLocation\":\"LALB bonded warehouse\",\"dailyStorageRate\":10,\"hazardous\":false,"
                        + "\"highRisk\":false}")).isEqualTo(204);
        assertThat(complete("officer1", caseNumber, SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE,
                "{\"appraisedValue\":42000,\"appraisalBasis\":\"price lists\"}")).isEqualTo(204);
        return caseNumber;
    }

    @Test
    void thePartyPageShowsTheScoreItsInputsAndRecordsAnAuditResult() throws Exception {
        long id = party("Tier Page Importers");
        mvc.perform(post("officer1", "/api/v1/parties/{id}/violations",
                "{\"statute\":\"1592\",\"findingDate\":\"" + TODAY.minusMonths(6) + "\"}", id)).andExpect(status().isCreated());
        String page = mvc.perform(MockMvcRequestBuilders.get("/parties/{id}", id).with(httpBasic("counsel1", "counsel1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"tier-risk\"", "Risk tier (EO 14411 Sec. 2(e))", "Low risk",
                "Final findings of culpability (not of illegal importation)", TODAY.minusMonths(6) + " 1592",
                "risk-tier.points.finding = 10", "Medium risk from 20 points", "DEMO-EO-14411")
                .doesNotContain("id=\"tier-audit-form\"");
        // an officer records an adverse audit from the page and is sent back to the section
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM party_audit_result WHERE party_id = ?", Long.class, id);
        mvc.perform(MockMvcRequestBuilders.post("/parties/{id}/audit-results", id).with(httpBasic("officer1", "officer1"))
                        .param("auditDate", TODAY.toString()).param("kind", "QUICK_RESPONSE").param("result", "ADVERSE")
                        .param("reference", "PAGE-QR-1")).andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(MockMvcRequestBuilders.post("/parties/{id}/audit-results", id).with(httpBasic("officer1", "officer1"))
                        .with(csrf()).param("auditDate", "yesterday").param("kind", "QUICK_RESPONSE")
                        .param("result", "ADVERSE").param("reference", "PAGE-QR-1"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/parties/" + id + "#tier-risk"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM party_audit_result WHERE party_id = ?", Long.class, id))
                .isEqualTo(before);
        mvc.perform(MockMvcRequestBuilders.post("/parties/{id}/audit-results", id).with(httpBasic("counsel1", "counsel1"))
                .with(csrf()).param("auditDate", TODAY.toString()).param("kind", "QUICK_RESPONSE")
                .param("result", "ADVERSE").param("reference", "PAGE-QR-1")).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/parties/{id}/audit-results", id).with(httpBasic("officer1", "officer1"))
                        .with(csrf()).param("auditDate", TODAY.toString()).param("kind", "QUICK_RESPONSE")
                        .param("result", "ADVERSE").param("reference", "PAGE-QR-1").param("note", "late entries"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/parties/" + id + "#tier-risk"));
        assertThat(tier(id)).isEqualTo("MEDIUM");
        String after = mvc.perform(MockMvcRequestBuilders.get("/parties/{id}", id).with(httpBasic("officer1", "officer1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Medium risk", "PAGE-QR-1", "Quick response audit", "Adverse", "late entries",
                "id=\"tier-audit-form\"");
    }

    @Test
    void theEnforcementReportCountsImportersPerTier() throws Exception {
        long id = party("Tier Report Importers");
        for (int i = 1; i <= 4; i++) {
            adverseAudit(id, "REP-ADV-" + i, TODAY.minusMonths(i));
        }
        // headquarters' internal working copy has the exact figures; the published copy withholds small ones
        JsonNode report = json.readTree(mvc.perform(get("hq1", "/api/v1/reports/enforcement?release=internal&year="
                        + TODAY.getYear()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode tiersNode = report.get("riskTiers");
        assertThat(tiersNode.get("byTier").fieldNames()).toIterable().containsExactly("LOW", "MEDIUM", "HIGH", "NOT_SCORED");
        assertThat(tiersNode.get("byTier").get("HIGH").asLong()).isPositive();
        assertThat(tiersNode.get("importersOfRecord").asLong()).isEqualTo(tiersNode.get("byTier").get("LOW").asLong()
                + tiersNode.get("byTier").get("MEDIUM").asLong() + tiersNode.get("byTier").get("HIGH").asLong()
                + tiersNode.get("byTier").get("NOT_SCORED").asLong());
        long highBefore = tiersNode.get("byTier").get("HIGH").asLong();
        long high = jdbc.queryForObject("SELECT COUNT(*) FROM party p WHERE p.risk_tier = 'HIGH' AND p.name NOT LIKE 'DEMO%'"
                + " AND EXISTS (SELECT 1 FROM party_role r WHERE r.party_id = p.id AND r.role = 'IMPORTER_OF_RECORD')", Long.class);
        assertThat(highBefore).isEqualTo(high);
        JsonNode published = json.readTree(mvc.perform(get("hq1", "/api/v1/reports/enforcement?year=" + TODAY.getYear()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("riskTiers");
        long minimumCell = report.get("disclosure") == null || report.get("disclosure").isNull() ? 5
                : report.get("disclosure").get("minimumCell").asLong();
        for (String tier : java.util.List.of("LOW", "MEDIUM", "HIGH", "NOT_SCORED")) {
            long exact = tiersNode.get("byTier").get(tier).asLong();
            JsonNode shown = published.get("byTier").get(tier);
            if (exact > 0 && exact < minimumCell) {
                assertThat(shown.isNull()).as(tier + " withheld below the minimum cell").isTrue();
            } else if (!shown.isNull()) {
                assertThat(shown.asLong()).isEqualTo(exact);
            }
        }
        String csv = mvc.perform(get("hq1", "/api/v1/reports/enforcement?year=" + TODAY.getYear()).accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("risk_tiers,importers_of_record,,,,HIGH,", "risk_tiers,importers_of_record,,,,NOT_SCORED,");
        String page = mvc.perform(MockMvcRequestBuilders.get("/reports/enforcement").with(httpBasic("hq1", "hq1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"tier-report\"", "Importers of record by risk tier", "High risk", "Not scored yet");
    }
}
