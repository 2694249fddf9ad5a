package gov.fpf.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;

/** Issue 12 item 21: the register of EO 14411 implementing instruments, through the API and the administrators' page. */
class ImplementingInstrumentApiTest extends ApplicationTest {

    @Autowired
    EoRules eoRules;

    /** today at the demo seaport, the demo office furthest west: the earliest day an instrument may take effect */
    private static final LocalDate TODAY = seaportToday();

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM implementing_instrument", Long.class);
    }

    private static String body(String title, String citation, LocalDate effective, String rules) {
        return """
                {"title":"%s","citation":"%s","effectiveDate":"%s","rules":[%s],"note":"n"}"""
                .formatted(title, citation, effective, rules);
    }

    @Test
    void theEmbeddedDemoSeedsOneMarkedDemoInstrumentThatLeavesTheLdFloorOut() throws Exception {
        JsonNode all = json.readTree(mvc.perform(get("officer1", "/api/v1/implementing-instruments"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode demo = null;
        int demos = 0;
        for (JsonNode i : all) {
            if (i.get("demo").asBoolean()) {
                demos++;
                demo = i;
            }
        }
        assertThat(demos).isEqualTo(1);
        assertThat(demo.get("title").asText()).startsWith("DEMO");
        assertThat(demo.get("citation").asText()).isEqualTo("DEMO-EO-14411");
        assertThat(demo.get("effectiveDate").asText()).isEqualTo("2026-09-01");
        assertThat(demo.get("recordedBy").asText()).isEqualTo("system");
        assertThat(demo.findValuesAsText("code")).containsExactlyInAnyOrder("PENALTY_FLOOR", "REPEAT_OFFENDER",
                "HIGH_RISK_RELEASE_BOND", "THIRD_PARTY_DISPOSAL", "FOREIGN_IOR_CONTINUOUS_BOND", "GOOD_STANDING",
                "RISK_TIERS", "RECURRENT_VETTING", "BROKER_MAXIMUM", "BROKER_IDENTITY_VERIFICATION",
                "ENFORCEMENT_PRIORITIES", "FOREIGN_IOR_INFORMAL_ENTRY", "FOREIGN_IOR_CTPAT", "CONFIDENTIALITY_REVIEW");
        assertThat(eoRules.inForce(EoRule.PENALTY_FLOOR, LocalDate.of(2026, 8, 31))).isEmpty();
        assertThat(eoRules.inForce(EoRule.PENALTY_FLOOR, LocalDate.of(2026, 9, 1))).get()
                .extracting(EoRuleSource.InForce::instrumentCitation).isEqualTo("DEMO-EO-14411");
    }

    @Test
    void anAdministratorRecordsAnInstrumentFromTodayWithItsCitationAndAnAuditEvent() throws Exception {
        JsonNode saved = json.readTree(mvc.perform(post("admin", "/api/v1/implementing-instruments",
                        body("CBP good-standing determinations (test)", "91 FR 70001", TODAY.plusDays(400),
                                "\"GOOD_STANDING\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rules[0].code").value("GOOD_STANDING"))
                .andExpect(jsonPath("$.rules[0].citation").value("EO 14411 Sec. 2(d)"))
                .andExpect(jsonPath("$.recordedBy").value("admin"))
                .andExpect(jsonPath("$.demo").value(false))
                .andReturn().getResponse().getContentAsString());
        long id = saved.get("id").asLong();

        mvc.perform(get("officer1", "/api/v1/implementing-instruments/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.citation").value("91 FR 70001"))
                .andExpect(jsonPath("$.effectiveDate").value(TODAY.plusDays(400).toString()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'IMPLEMENTING_INSTRUMENT'"
                + " AND entity_id = ? AND event = 'IMPLEMENTING_INSTRUMENT_RECORDED' AND actor = 'admin'", Long.class,
                Long.toString(id))).isEqualTo(1);
        // an effective date of today is the earliest accepted
        mvc.perform(post("admin", "/api/v1/implementing-instruments", body("Disposal authorization (test)",
                        "CBP-DIR-TEST-" + TODAY, TODAY, "\"THIRD_PARTY_DISPOSAL\"")))
                .andExpect(status().isCreated());
    }

    @Test
    void refusalsStoreNothing() throws Exception {
        long before = count();
        // only administrators record
        mvc.perform(post("officer1", "/api/v1/implementing-instruments", body("t", "X-1", TODAY.plusDays(1),
                "\"PENALTY_FLOOR\""))).andExpect(status().isForbidden());
        // a rule outside the closed list, none, twice, a missing title, a DEMO title: bad input
        mvc.perform(post("admin", "/api/v1/implementing-instruments", body("t", "X-2", TODAY.plusDays(1),
                        "\"PENALTY_CEILING\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("PENALTY_CEILING")));
        mvc.perform(post("admin", "/api/v1/implementing-instruments", body("t", "X-3", TODAY.plusDays(1), "")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("admin", "/api/v1/implementing-instruments", body("t", "X-4", TODAY.plusDays(1),
                "\"LD_FLOOR\",\"LD_FLOOR\""))).andExpect(status().isBadRequest());
        mvc.perform(post("admin", "/api/v1/implementing-instruments", body(" ", "X-5", TODAY.plusDays(1),
                "\"LD_FLOOR\""))).andExpect(status().isBadRequest());
        mvc.perform(post("admin", "/api/v1/implementing-instruments", body("DEMO again", "X-6", TODAY.plusDays(1),
                "\"LD_FLOOR\""))).andExpect(status().isBadRequest());
        mvc.perform(post("admin", "/api/v1/implementing-instruments", "{\"title\":\"t\",\"citation\":\"X-7\","
                + "\"effectiveDate\":\"tomorrow\",\"rules\":[\"LD_FLOOR\"]}")).andExpect(status().isBadRequest());
        // yesterday: decisions already made keep the law they were made under
        mvc.perform(post("admin", "/api/v1/implementing-instruments", body("t", "X-8", TODAY.minusDays(1),
                        "\"LD_FLOOR\"")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("before today")));
        // a citation already recorded
        mvc.perform(post("admin", "/api/v1/implementing-instruments", body("t", "DEMO-EO-14411", TODAY.plusDays(1),
                "\"LD_FLOOR\""))).andExpect(status().isConflict());
        mvc.perform(get("officer1", "/api/v1/implementing-instruments/{id}", 987654321L)).andExpect(status().isNotFound());

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theAdministratorsPageListsAndRecordsInstrumentsWithTheCsrfToken() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/admin/implementing-instruments")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("EO 14411 implementing instruments", "DEMO-EO-14411", "name=\"_csrf\"",
                "value=\"FOREIGN_IOR_CONTINUOUS_BOND\"");
        mvc.perform(MockMvcRequestBuilders.get("/admin/implementing-instruments").with(httpBasic("officer1", "officer1")))
                .andExpect(status().isForbidden());

        long before = count();
        mvc.perform(MockMvcRequestBuilders.post("/admin/implementing-instruments").with(httpBasic("admin", "admin"))
                        .param("title", "Page test rule").param("citation", "PAGE-TEST-1")
                        .param("effectiveDate", TODAY.plusDays(500).toString()).param("rules", "LD_FLOOR"))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
        String refused = mvc.perform(MockMvcRequestBuilders.post("/admin/implementing-instruments")
                        .with(httpBasic("admin", "admin")).with(csrf())
                        .param("title", "Page test rule").param("citation", "PAGE-TEST-1")
                        .param("effectiveDate", TODAY.minusDays(1).toString()).param("rules", "LD_FLOOR"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("before today", "value=\"PAGE-TEST-1\"");
        mvc.perform(MockMvcRequestBuilders.post("/admin/implementing-instruments").with(httpBasic("admin", "admin"))
                        .with(csrf()).param("title", "Page test rule").param("citation", "PAGE-TEST-1")
                        .param("effectiveDate", TODAY.plusDays(500).toString()).param("rules", "LD_FLOOR")
                        .param("rules", "REPEAT_OFFENDER"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/implementing-instruments"));
        assertThat(count()).isEqualTo(before + 1);
        assertThat(jdbc.queryForList("SELECT r.rule_code FROM implementing_instrument_rule r JOIN implementing_instrument i"
                + " ON i.id = r.instrument_id WHERE i.citation = 'PAGE-TEST-1'", String.class))
                .containsExactlyInAnyOrder("LD_FLOOR", "REPEAT_OFFENDER");
    }
}
