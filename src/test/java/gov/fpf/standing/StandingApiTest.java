package gov.fpf.standing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;
import gov.fpf.TestClock;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.DeadlineStatus;
import gov.fpf.party.PartyStandings;
import gov.fpf.party.PastDueDebts;

/**
 * Issue 15 item 1: good standing (EO 14411 Sec. 2(d)) through the API and the pages: affiliates, the derived standing
 * with its reasons and citations, the supervisor's override (409 when stale), findings of illegal importation, past-due
 * debts, and the flag on the case page. This context's DEMO instrument puts GOOD_STANDING in force from 2026-09-01.
 */
class StandingApiTest extends ApplicationTest {

    @Autowired
    PartyStandings standings;

    @Autowired
    PastDueDebts pastDueDebts;

    @Autowired
    CaseFileRepository caseFiles;

    @Autowired
    CaseFileService caseFileService;

    @Autowired
    TestClock clock;

    @Autowired
    StandingDemo demo;

    private JsonNode view(long id) throws Exception {
        return json.readTree(mvc.perform(get("officer1", "/api/v1/parties/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private long version(long id) {
        return jdbc.queryForObject("SELECT version FROM party WHERE id = ?", Long.class, id);
    }

    private void finding(long id, LocalDate date, String extra) throws Exception {
        mvc.perform(post("officer1", "/api/v1/parties/" + id + "/violations",
                "{\"statute\":\"1592\",\"findingDate\":\"" + date + "\"" + extra + "}")).andExpect(status().isCreated());
    }

    private static MockHttpServletRequestBuilder page(String user, String path, Object... vars) {
        return MockMvcRequestBuilders.get(path, vars).with(httpBasic(user, user)).accept(MediaType.TEXT_HTML);
    }

    private static MockHttpServletRequestBuilder form(String user, String path, Object... vars) {
        return MockMvcRequestBuilders.post(path, vars).with(httpBasic(user, user)).with(csrf())
                .accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    private String body(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        return mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString();
    }

    @Test
    void affiliatesAreRecordedBetweenTwoPartiesSeenFromEachSideAndEndedNeverDeleted() throws Exception {
        long child = party("Standing Affiliate Child Inc");
        long parent = party("Standing Affiliate Parent Corp");
        JsonNode added = json.readTree(mvc.perform(post("officer1", "/api/v1/parties/" + child + "/affiliates",
                        "{\"affiliatePartyId\":" + parent + ",\"relation\":\"PARENT\",\"since\":\"2020-01-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.partyId").value(parent))
                .andExpect(jsonPath("$.relation").value("PARENT"))
                .andReturn().getResponse().getContentAsString());
        long affiliationId = added.get("affiliationId").asLong();

        // the same live affiliation twice, from either side: 409; the party itself or an unknown party: 400
        mvc.perform(post("officer1", "/api/v1/parties/" + child + "/affiliates",
                "{\"affiliatePartyId\":" + parent + ",\"relation\":\"PARENT\"}")).andExpect(status().isConflict());
        mvc.perform(post("supervisor1", "/api/v1/parties/" + parent + "/affiliates",
                "{\"affiliatePartyId\":" + child + ",\"relation\":\"SUBSIDIARY\"}")).andExpect(status().isConflict());
        mvc.perform(post("officer1", "/api/v1/parties/" + child + "/affiliates",
                        "{\"affiliatePartyId\":" + child + ",\"relation\":\"PARENT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not its own affiliate")));
        mvc.perform(post("officer1", "/api/v1/parties/" + child + "/affiliates",
                "{\"affiliatePartyId\":987654321,\"relation\":\"PARENT\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("officer1", "/api/v1/parties/" + child + "/affiliates",
                "{\"affiliatePartyId\":" + parent + ",\"relation\":\"COUSIN\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("officer1", "/api/v1/parties/" + child + "/affiliates",
                "{\"relation\":\"OFFICER\"}")).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM party_affiliation WHERE party_id IN (?, ?)", Long.class,
                child, parent)).isEqualTo(1);

        JsonNode fromChild = view(child);
        assertThat(fromChild.at("/affiliates/0/affiliationId").asLong()).isEqualTo(affiliationId);
        assertThat(fromChild.at("/affiliates/0/name").asText()).isEqualTo("Standing Affiliate Parent Corp");
        assertThat(fromChild.at("/affiliates/0/relation").asText()).isEqualTo("PARENT");
        assertThat(fromChild.at("/affiliates/0/since").asText()).isEqualTo("2020-01-01");
        assertThat(view(parent).at("/affiliates/0/relation").asText()).isEqualTo("SUBSIDIARY");

        mvc.perform(post("officer1", "/api/v1/parties/" + parent + "/affiliates/" + affiliationId + "/end",
                        "{\"reason\":\"sold to a third party\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.live").value(false));
        mvc.perform(post("officer1", "/api/v1/parties/" + parent + "/affiliates/" + affiliationId + "/end",
                "{\"reason\":\"again\"}")).andExpect(status().isConflict());
        mvc.perform(post("officer1", "/api/v1/parties/" + child + "/affiliates/" + affiliationId + "/end",
                "{}")).andExpect(status().isBadRequest());
        JsonNode after = view(child);
        assertThat(after.get("affiliates")).isEmpty();
        assertThat(after.at("/endedAffiliates/0/endReason").asText()).isEqualTo("sold to a third party");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM party_affiliation WHERE id = ?", Long.class, affiliationId))
                .isEqualTo(1);
        // ended, the same affiliation may be recorded again
        mvc.perform(post("officer1", "/api/v1/parties/" + child + "/affiliates",
                "{\"affiliatePartyId\":" + parent + ",\"relation\":\"PARENT\"}")).andExpect(status().isCreated());
    }

    @Test
    void findingsOfAnAffiliateEndTheStandingOfBothUntilTheAffiliationEnds() throws Exception {
        LocalDate today = standings.today();
        long importer = party("Standing Derived Importer Inc");
        long officer = party("Standing Derived Officer");
        JsonNode clean = view(importer);
        assertThat(clean.get("goodStanding").asBoolean()).isTrue();
        assertThat(clean.get("standingRuleInForce").asBoolean()).isTrue();
        assertThat(clean.get("standingReasons")).isEmpty();

        long affiliationId = json.readTree(mvc.perform(post("officer1", "/api/v1/parties/" + importer + "/affiliates",
                        "{\"affiliatePartyId\":" + officer + ",\"relation\":\"OFFICER\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("affiliationId").asLong();
        finding(officer, today.minusYears(1), ",\"caseNumber\":\"2025-PEN-000901\"");
        assertThat(view(importer).get("goodStanding").asBoolean()).as("one finding: below the threshold of 2").isTrue();
        finding(officer, today.minusYears(2), ",\"caseNumber\":\"2024-PEN-000902\"");

        JsonNode own = view(officer);
        assertThat(own.get("goodStanding").asBoolean()).isFalse();
        assertThat(own.at("/standingReasons/0/code").asText()).isEqualTo("FINDINGS_IN_LOOKBACK");
        assertThat(own.at("/standingReasons/0/citation").asText()).isEqualTo("EO 14411 Sec. 2(d); 19 U.S.C. 1592");
        JsonNode through = view(importer);
        assertThat(through.get("goodStanding").asBoolean()).isFalse();
        assertThat(through.at("/standingReasons/0/code").asText()).isEqualTo("AFFILIATE");
        assertThat(through.at("/standingReasons/0/text").asText()).contains("Standing Derived Officer", "2024-PEN-000902");
        assertThat(jdbc.queryForObject("SELECT good_standing FROM party WHERE id = ?", Boolean.class, importer)).isFalse();

        mvc.perform(post("officer1", "/api/v1/parties/" + importer + "/affiliates/" + affiliationId + "/end",
                "{\"reason\":\"resigned\"}")).andExpect(status().isOk());
        assertThat(view(importer).get("goodStanding").asBoolean()).isTrue();
        assertThat(view(officer).get("goodStanding").asBoolean()).isFalse();
    }

    @Test
    void aFindingOfIllegallyImportingAnIllicitSubstanceEndsGoodStandingAndIsKeptOnTheRecord() throws Exception {
        long id = party("Standing Illicit Importer LLC");
        mvc.perform(post("officer1", "/api/v1/parties/" + id + "/violations",
                "{\"statute\":\"1592\",\"findingDate\":\"2012-05-01\",\"illicitImport\":\"HEROIN\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("officer1", "/api/v1/parties/" + id + "/violations",
                        "{\"statute\":\"1595a\",\"findingDate\":\"2012-05-01\",\"caseNumber\":\"2012-SEZ-000903\","
                                + "\"illicitImport\":\"NITAZENE\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.illicitImport").value("NITAZENE"));
        JsonNode party = view(id);
        assertThat(party.get("goodStanding").asBoolean()).isFalse();
        assertThat(party.at("/standingReasons/0/code").asText()).isEqualTo("ILLICIT_SUBSTANCE_FINDING");
        assertThat(party.at("/standingReasons/0/text").asText()).contains("nitazenes", "2012-SEZ-000903", "2012-05-01");
        assertThat(party.at("/standingReasons/0/citation").asText()).isEqualTo("EO 14411 Sec. 2(d); 19 U.S.C. 1595a");
        assertThat(party.at("/violations/0/illicitImport").asText()).isEqualTo("NITAZENE");
    }

    @Test
    void aSupervisorsOverrideWinsUntilClearedAndAStaleOneIs409() throws Exception {
        LocalDate today = standings.today();
        long id = party("Standing Override Importer Inc");
        finding(id, today.minusMonths(3), "");
        finding(id, today.minusMonths(4), "");
        assertThat(view(id).get("goodStanding").asBoolean()).isFalse();
        long v = version(id);

        mvc.perform(put("supervisor1", "/api/v1/parties/" + id + "/standing",
                "{\"goodStanding\":true,\"reason\":\"r\",\"until\":\"" + today.minusDays(1) + "\",\"version\":" + v + "}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("supervisor1", "/api/v1/parties/" + id + "/standing",
                        "{\"goodStanding\":true,\"reason\":\"findings under appeal\",\"until\":\"" + today.plusDays(30)
                                + "\",\"version\":" + v + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goodStanding").value(true))
                .andExpect(jsonPath("$.standingReasons[0].code").value("OVERRIDE"))
                .andExpect(jsonPath("$.standingOverride.until").value(today.plusDays(30).toString()))
                .andExpect(jsonPath("$.standingOverride.recordedBy").value("supervisor1"))
                .andExpect(jsonPath("$.standingOverride.inForce").value(true));
        mvc.perform(put("supervisor1", "/api/v1/parties/" + id + "/standing",
                "{\"goodStanding\":false,\"reason\":\"stale\",\"version\":" + v + "}")).andExpect(status().isConflict());
        mvc.perform(post("supervisor1", "/api/v1/parties/" + id + "/standing/clear",
                "{\"reason\":\"stale\",\"version\":" + v + "}")).andExpect(status().isConflict());
        assertThat(view(id).get("goodStanding").asBoolean()).isTrue();

        mvc.perform(post("officer1", "/api/v1/parties/" + id + "/standing/clear",
                "{\"reason\":\"officer\",\"version\":" + (v + 1) + "}")).andExpect(status().isForbidden());
        mvc.perform(post("supervisor1", "/api/v1/parties/" + id + "/standing/clear",
                "{\"version\":" + (v + 1) + "}")).andExpect(status().isBadRequest());
        mvc.perform(post("supervisor1", "/api/v1/parties/" + id + "/standing/clear",
                        "{\"reason\":\"appeal lost\",\"version\":" + (v + 1) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goodStanding").value(false))
                .andExpect(jsonPath("$.standingReasons[0].code").value("FINDINGS_IN_LOOKBACK"))
                .andExpect(jsonPath("$.standingOverride").doesNotExist());
        mvc.perform(post("supervisor1", "/api/v1/parties/" + id + "/standing/clear",
                "{\"reason\":\"again\",\"version\":" + (v + 2) + "}")).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'PARTY' AND entity_id = ? AND event IN"
                + " ('STANDING_OVERRIDDEN', 'STANDING_OVERRIDE_CLEARED')", Long.class, String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void beforeTheRuleIsInForceEveryPartyIsInGoodStandingAndTheAnswerSaysSo() throws Exception {
        long id = party("Standing Before The Rule Inc");
        mvc.perform(post("officer1", "/api/v1/parties/" + id + "/violations",
                "{\"statute\":\"1592\",\"findingDate\":\"2020-05-01\",\"illicitImport\":\"FENTANYL\"}"))
                .andExpect(status().isCreated());
        assertThat(view(id).get("goodStanding").asBoolean()).isFalse();
        try {
            // the DEMO instrument of this context puts the rule in force from 2026-09-01
            clock.set(LocalDate.of(2026, 8, 31).atTime(12, 0).toInstant(ZoneOffset.UTC));
            standings.recompute(id);
            JsonNode before = view(id);
            assertThat(before.get("goodStanding").asBoolean()).isTrue();
            assertThat(before.get("standingRuleInForce").asBoolean()).isFalse();
            assertThat(before.get("standingReasons")).isEmpty();
        } finally {
            clock.reset();
        }
        standings.recompute(id);
        assertThat(view(id).get("goodStanding").asBoolean()).isFalse();
    }

    @Test
    void aPastDueDebtEndsGoodStandingAndPayingItRestoresItThroughTheCaseFile() throws Exception {
        LocalDate today = standings.today();
        long id = party("Standing Debtor Inc");
        mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true}""".formatted(id))).andExpect(status().isCreated());
        String caseNumber = jdbc.queryForObject("SELECT case_number FROM case_file WHERE party_id = ?", String.class, id);
        long caseId = jdbc.queryForObject("SELECT id FROM case_file WHERE party_id = ?", Long.class, id);
        // a decided amount whose payment period ended yesterday, nothing paid
        jdbc.update("UPDATE case_file SET decided_amount = 1000, paid_amount = 0 WHERE id = ?", caseId);
        jdbc.update("INSERT INTO case_deadline (case_id, name, trigger_date, due_date, citation, status, created_at)"
                + " VALUES (?, 'Payment of the decided amount', ?, ?, '19 CFR 171.2', 'OPEN', CURRENT_TIMESTAMP)",
                caseId, today.minusDays(31), today.minusDays(1));

        assertThat(pastDueDebts.of(id, today.minusDays(1), 0)).as("due today: not past due yet").isEmpty();
        assertThat(pastDueDebts.of(id, today, 1)).as("within a day's grace").isEmpty();
        assertThat(pastDueDebts.of(id, today, 0)).singleElement().satisfies(d -> {
            assertThat(d.caseNumber()).isEqualTo(caseNumber);
            assertThat(d.amountOwed()).isEqualByComparingTo("1000");
            assertThat(d.dueDate()).isEqualTo(today.minusDays(1));
        });
        standings.recompute(id);
        JsonNode owing = view(id);
        assertThat(owing.get("goodStanding").asBoolean()).isFalse();
        assertThat(owing.at("/standingReasons/0/code").asText()).isEqualTo("PAST_DUE_DEBT");
        assertThat(owing.at("/standingReasons/0/text").asText()).contains(caseNumber, "$1000.00", "due " + today.minusDays(1));

        // the case page flags the party on every case, with the reason and its citation, and its risk tier
        jdbc.update("UPDATE party SET risk_tier = 'HIGH' WHERE id = ?", id);
        String casePage = body(page("officer1", "/cases/{n}", caseNumber), status().isOk());
        assertThat(casePage).contains("id=\"standing-flag\"", "Party not in good standing (EO 14411 Sec. 2(d))",
                "$1000.00", "EO 14411 Sec. 2(d) (payment of required customs liabilities)", "High risk");

        // paid in full (the money recorded on the case file): the change to the case derives the standing again
        jdbc.update("UPDATE case_file SET paid_amount = 1000 WHERE id = ?", caseId);
        inTransaction(() -> {
            CaseFile c = caseFiles.findByCaseNumber(caseNumber).orElseThrow();
            caseFileService.closeDeadline(c, "Payment of the decided amount", DeadlineStatus.MET);
            return null;
        });
        assertThat(view(id).get("goodStanding").asBoolean()).isTrue();
        assertThat(body(page("officer1", "/cases/{n}", caseNumber), status().isOk())).doesNotContain("id=\"standing-flag\"");
    }

    @Test
    void thePartyPageShowsStandingWithReasonsAndTakesAffiliatesAndFindings() throws Exception {
        long id = party("Standing Page Importer Inc");
        long other = party("Standing Page Sister Co");
        assertThat(body(page("counsel1", "/parties/{id}", id), status().isOk()))
                .contains("id=\"standing-section\"", "In good standing", "No live affiliate recorded.")
                .doesNotContain("id=\"standing-affiliate-form\"", "id=\"standing-finding-form\"");

        String refused = body(form("officer1", "/parties/{id}/affiliates", id).param("affiliatePartyId", "abc"),
                status().isBadRequest());
        assertThat(refused).contains("id=\"standing-problem\"", "href=\"#standing-affiliatePartyId\"",
                "href=\"#standing-relation\"", "value=\"abc\"");
        String self = body(form("officer1", "/parties/{id}/affiliates", id).param("affiliatePartyId", String.valueOf(id))
                .param("relation", "COMMON_OWNER"), status().isBadRequest());
        assertThat(self).contains("not its own affiliate");
        mvc.perform(form("officer1", "/parties/{id}/affiliates", id).param("affiliatePartyId", String.valueOf(other))
                        .param("relation", "COMMON_OWNER").param("note", "same owner"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/parties/" + id + "#standing-section"));
        String twice = body(form("supervisor1", "/parties/{id}/affiliates", id).param("affiliatePartyId", String.valueOf(other))
                .param("relation", "COMMON_OWNER"), status().isConflict());
        assertThat(twice).contains("already recorded");

        mvc.perform(form("officer1", "/parties/{id}/violations", other).param("statute", "SEIZURE 1595a(c)")
                        .param("findingDate", "2015-03-03").param("caseNumber", "2015-SEZ-000904")
                        .param("illicitImport", "PRECURSOR_CHEMICAL").param("description", "precursors forfeited"))
                .andExpect(status().is3xxRedirection());
        String shown = body(page("officer1", "/parties/{id}", id), status().isOk());
        assertThat(shown).contains("NOT in good standing", "An affiliate&#39;s record", "2015-SEZ-000904",
                "precursor chemicals", "(EO 14411 Sec. 2(d); 19 U.S.C. 1595a(c))", "Standing Page Sister Co",
                "Under common ownership", "id=\"standing-affiliate-form\"");
        assertThat(body(form("officer1", "/parties/{id}/violations", other).param("findingDate", "2015-03-03"),
                status().isBadRequest())).contains("href=\"#standing-statute\"");
        mvc.perform(form("counsel1", "/parties/{id}/violations", other).param("statute", "1592")
                .param("findingDate", "2015-03-03")).andExpect(status().isForbidden());

        long affiliationId = jdbc.queryForObject("SELECT id FROM party_affiliation WHERE party_id = ?", Long.class, id);
        mvc.perform(form("officer1", "/parties/{id}/affiliates/{a}/end", id, affiliationId).param("reason", "split"))
                .andExpect(status().is3xxRedirection());
        assertThat(body(page("officer1", "/parties/{id}", id), status().isOk()))
                .contains("In good standing", "Ended affiliations", "split");
    }

    @Test
    void theDemoSeedsOnePartyOfEachStandingEachWithADemoCaseOnce() throws Exception {
        demo.seed(SEAPORT, EXPRESS_HUB);
        demo.seed(SEAPORT, EXPRESS_HUB);
        java.util.Map<String, String> expected = java.util.Map.of(
                "DEMO Harbor Goods LLC (in good standing)", "",
                "DEMO Repeat Findings Trading Co (not in good standing: findings)", "FINDINGS_IN_LOOKBACK",
                "DEMO Coastal Pharma Imports (not in good standing: fentanyl)", "ILLICIT_SUBSTANCE_FINDING",
                "DEMO Subsidiary Imports Inc (not in good standing: its parent)", "AFFILIATE",
                "DEMO Override Logistics (not in good standing: supervisor's override)", "OVERRIDE");
        for (var e : expected.entrySet()) {
            java.util.List<Long> ids = jdbc.queryForList("SELECT id FROM party WHERE name = ?", Long.class, e.getKey());
            assertThat(ids).as(e.getKey()).hasSize(1);
            JsonNode party = view(ids.get(0));
            assertThat(party.get("goodStanding").asBoolean()).as(e.getKey()).isEqualTo(e.getValue().isEmpty());
            if (!e.getValue().isEmpty()) {
                assertThat(party.at("/standingReasons/0/code").asText()).as(e.getKey()).isEqualTo(e.getValue());
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE party_id = ? AND demo = TRUE", Long.class,
                    ids.get(0))).as(e.getKey()).isEqualTo(1);
        }
    }
}
