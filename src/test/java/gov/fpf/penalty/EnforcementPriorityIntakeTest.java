package gov.fpf.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;
import gov.fpf.casefile.EnforcementPriority;

/**
 * Issue 15 item 5: penalty intake takes the enforcement priority of EO 14411 Sec. 4(b) (or none); the penalty view, the
 * case view and the case page show it; a value outside the five is 400 naming them and stores nothing. Seizure and
 * liquidated-damages intake take it too.
 */
class EnforcementPriorityIntakeTest extends ApplicationTest {

    private static String penalty(long partyId, String priorityJson) {
        return """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true%s}""".formatted(partyId, priorityJson == null ? "" : ",\"priority\":" + priorityJson);
    }

    private String open(String body) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    @Test
    void eachPriorityIsTakenStoredAndShownOnThePenaltyAndTheCaseView() throws Exception {
        long party = party("Priority Intake Importer");
        for (EnforcementPriority p : EnforcementPriority.values()) {
            String caseNumber = open(penalty(party, "\"" + p.name() + "\""));

            mvc.perform(get("officer1", "/api/v1/penalty-cases/{n}", caseNumber)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.priority").value(p.name()));
            mvc.perform(get("officer1", "/api/v1/cases/{n}", caseNumber)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.priority").value(p.name()));
            assertThat(jdbc.queryForObject("SELECT enforcement_priority FROM case_file WHERE case_number = ?",
                    String.class, caseNumber)).isEqualTo(p.name());
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_number = ? AND event = ?",
                    Long.class, caseNumber, "PRIORITY_FLAGGED")).isEqualTo(1);
        }
    }

    @Test
    void noPriorityAndAnExplicitNullAreNone() throws Exception {
        long party = party("Priority Intake Plain Importer");
        for (String body : new String[] {penalty(party, null), penalty(party, "null")}) {
            String caseNumber = open(body);
            JsonNode view = caseFile("officer1", caseNumber);
            assertThat(view.has("priority")).isTrue();
            assertThat(view.get("priority").isNull()).isTrue();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_number = ? AND event = ?",
                    Long.class, caseNumber, "PRIORITY_FLAGGED")).isZero();
        }
    }

    @Test
    void aValueOutsideTheFiveIs400NamingThemAndNothingIsStored() throws Exception {
        long party = party("Priority Intake Refused Importer");
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE party_id = ?", Long.class, party);
        for (String bad : new String[] {"\"SMUGGLING\"", "\"forced labor\"", "7", "\"\""}) {
            mvc.perform(post("officer1", "/api/v1/penalty-cases", penalty(party, bad)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(Matchers.allOf(Matchers.containsString("priority"),
                            Matchers.containsString("FORCED_LABOR"), Matchers.containsString("MISCLASSIFICATION"),
                            Matchers.containsString("UNDERVALUATION"), Matchers.containsString("TRANSSHIPMENT"),
                            Matchers.containsString("EAPA"))));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE party_id = ?", Long.class, party))
                .isEqualTo(cases);
    }

    @Test
    void theNewCasePageOffersTheFieldAndTheCasePageShowsTheBadge() throws Exception {
        String form = mvc.perform(get("officer1", "/cases/new/penalty")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).contains("name=\"priority\"", "Enforcement priority", "value=\"FORCED_LABOR\"",
                "Forced labor (19 U.S.C. 1307)", "value=\"EAPA\"");

        long party = party("Priority Intake Page Importer");
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/cases/new/penalty")
                .with(httpBasic("officer1", "officer1")).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("officeCode", SEAPORT).param("partyMode", "existing").param("partyId", String.valueOf(party))
                .param("statute", "1592").param("culpability", "NEGLIGENCE").param("violationDate", "2025-06-02")
                .param("discoveryDate", "2025-09-15").param("commercial", "true").param("dutiableValue", "400000")
                .param("domesticValue", "600000").param("lossOfRevenue", "20000").param("priorDisclosure", "false")
                .param("priority", "TRANSSHIPMENT")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String caseNumber = result.getResponse().getRedirectedUrl().substring("/cases/".length());
        assertThat(caseFile("officer1", caseNumber).get("priority").asText()).isEqualTo("TRANSSHIPMENT");

        String page = mvc.perform(get("officer1", "/cases/" + caseNumber)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("id=\"priority-strip\"", "class=\"priority-badge\"", ">Illegal transshipment</span>",
                "EO 14411 Sec. 4(b)");

        String plain = open(penalty(party, null));
        assertThat(mvc.perform(get("officer1", "/cases/" + plain)).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"priority-strip\"");
    }

    @Test
    void seizureIntakeTakesForcedLabor() throws Exception {
        long party = party("Priority Seizure Importer");
        String body = """
                {"partyId":%d,"discoveryDate":"2025-01-02","seizureDate":"2025-01-02","statute":"1595a(c)",
                 "items":[{"description":"cotton garments of a withhold release order","quantity":100,
                 "appraisedValue":5000}],"priority":"FORCED_LABOR"}""".formatted(party);
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/seizure-cases", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        assertThat(caseFile("officer1", caseNumber).get("priority").asText()).isEqualTo("FORCED_LABOR");

        mvc.perform(post("officer1", "/api/v1/seizure-cases", body.replace("FORCED_LABOR", "PIRACY")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("TRANSSHIPMENT")));
    }
}
