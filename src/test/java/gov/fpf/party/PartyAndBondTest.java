package gov.fpf.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.audit.AuditEventRepository;

class PartyAndBondTest extends ApplicationTest {

    @Autowired
    AuditEventRepository auditEvents;

    private long createParty(String body) throws Exception {
        String response = mvc.perform(post("officer1", "/api/v1/parties", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    @Test
    void aPartyIsClassifiedAndItsCreationAudited() throws Exception {
        long id = createParty(foreignEntityJson("Shenzhen Widget Export Co"));

        mvc.perform(get("hq1", "/api/v1/parties/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.iorClass").value("FOREIGN"))
                .andExpect(jsonPath("$.iorClassCitation").value("EO 14411 Sec. 10(a)-(c)"))
                .andExpect(jsonPath("$.goodStanding").value(true))
                .andExpect(jsonPath("$.violations").isEmpty());
        var events = auditEvents.findByEntityTypeAndEntityIdOrderByIdAsc("PARTY", Long.toString(id));
        assertThat(events.get(0).getEvent()).isEqualTo("PARTY_CREATED");
        // besides its creation, only what is derived from it when the rules are in force (its first risk tier)
        assertThat(events.stream().skip(1).map(e -> e.getEvent())).allMatch("RISK_TIER_CHANGED"::equals);
        assertThat(events).filteredOn(e -> e.getEvent().equals("PARTY_CREATED")).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("officer1");
            assertThat(e.getDetail()).contains("FOREIGN");
        });
    }

    @Test
    void aPartyKeepsTheMailingAddressItsNoticesGoTo() throws Exception {
        String body = foreignEntityJson("Addressed Exporter Ltd");
        body = body.substring(0, body.lastIndexOf('}')) + ",\"mailingAddress\":{\"line1\":\"88 Harbour Road\","
                + "\"city\":\"Shenzhen\",\"region\":\"Guangdong\",\"postalCode\":\"518000\",\"country\":\"CN\"}}";
        long id = createParty(body);

        mvc.perform(get("officer1", "/api/v1/parties/" + id))
                .andExpect(jsonPath("$.mailingAddress.city").value("Shenzhen"))
                .andExpect(jsonPath("$.mailingAddressLines[1]").value("Shenzhen, Guangdong 518000"))
                .andExpect(jsonPath("$.mailingAddressLines[2]").value("CHINA"));

        long parties = jdbc.queryForObject("SELECT COUNT(*) FROM party", Long.class);
        mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("No City Inc").replaceFirst("}$",
                        ",\"mailingAddress\":{\"line1\":\"1 Main St\",\"country\":\"USA\"}}")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM party", Long.class)).isEqualTo(parties);

        long version = json.readTree(mvc.perform(get("officer1", "/api/v1/parties/" + id)).andReturn().getResponse()
                .getContentAsString()).get("version").asLong();
        String change = "{\"mailingAddress\":{\"line1\":\"1 Ocean Blvd\",\"city\":\"Long Beach\",\"region\":\"CA\","
                + "\"postalCode\":\"90802\",\"country\":\"US\"},\"version\":";
        mvc.perform(put("officer1", "/api/v1/parties/" + id + "/address", change + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mailingAddressLines.length()").value(2));
        mvc.perform(put("officer1", "/api/v1/parties/" + id + "/address", change + version + "}"))
                .andExpect(status().isConflict());
    }

    @Test
    void violationHistoryIsPartOfTheParty() throws Exception {
        long id = createParty(usEntityJson("Repeat Importer Inc"));

        mvc.perform(post("officer1", "/api/v1/parties/" + id + "/violations",
                        "{\"statute\":\"1592\",\"findingDate\":\"2024-05-02\",\"caseNumber\":\"2024-PEN-000042\","
                                + "\"description\":\"negligent misclassification\"}"))
                .andExpect(status().isCreated());

        mvc.perform(get("officer1", "/api/v1/parties/" + id))
                .andExpect(jsonPath("$.violations[0].statute").value("1592"))
                .andExpect(jsonPath("$.violations[0].findingDate").value("2024-05-02"))
                .andExpect(jsonPath("$.violations[0].caseNumber").value("2024-PEN-000042"));
    }

    @Test
    void aContinuousBondForAForeignIorIsRefusedUnlessCbpPermittedIt() throws Exception {
        long foreign = createParty(foreignEntityJson("Overseas Seller Ltd"));
        long bondsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM bond", Long.class);
        long auditBefore = auditEvents.count();

        mvc.perform(post("officer1", "/api/v1/bonds", "{\"principalPartyId\":" + foreign + ",\"suretyName\":\"Surety\","
                        + "\"type\":\"CONTINUOUS\",\"activity\":\"IMPORTATION_AND_ENTRY\",\"amount\":50000}"))
                .andExpect(status().isUnprocessableEntity())
                // in force by this context's DEMO instrument from 2026-09-01; the bond takes effect today
                .andExpect(jsonPath("$.citation").value("EO 14411 Sec. 2(c)(i)(1); in force from 2026-09-01 by DEMO-EO-14411"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bond", Long.class)).isEqualTo(bondsBefore);
        assertThat(auditEvents.count()).isEqualTo(auditBefore);

        mvc.perform(post("officer1", "/api/v1/bonds", "{\"principalPartyId\":" + foreign + ",\"suretyName\":\"Surety\","
                        + "\"type\":\"CONTINUOUS\",\"activity\":\"IMPORTATION_AND_ENTRY\",\"amount\":50000,"
                        + "\"foreignContinuousPermitted\":true,\"permitReference\":\"CBP letter 2026-117\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.foreignContinuousPermitted").value(true));
        mvc.perform(post("officer1", "/api/v1/bonds", "{\"principalPartyId\":" + foreign + ",\"suretyName\":\"Surety\","
                        + "\"type\":\"SINGLE_TRANSACTION\",\"activity\":\"IMPORTATION_AND_ENTRY\",\"amount\":12000.50}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(12000.50))
                .andExpect(jsonPath("$.activityCitation").value("19 CFR 113.62"));
    }

    @Test
    void theForeignIorBondRuleGovernsOnlyActivityOneBondsTakingEffectFromItsInstrument() throws Exception {
        // issue 12 item 23; this context's DEMO instrument puts FOREIGN_IOR_CONTINUOUS_BOND in force from 2026-09-01
        long foreign = createParty(foreignEntityJson("Existing Bond Exporter SA"));
        String entryBond = "{\"principalPartyId\":" + foreign + ",\"suretyName\":\"Surety\",\"type\":\"CONTINUOUS\","
                + "\"activity\":\"IMPORTATION_AND_ENTRY\",\"amount\":50000,\"effectiveDate\":\"%s\"}";

        // a bond that took effect the day before the instrument exists and is recorded, flagged, not refused
        String existing = mvc.perform(post("officer1", "/api/v1/bonds", entryBond.formatted("2026-08-31")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.eoNote").value(org.hamcrest.Matchers.startsWith("NON-COMPLIANT from 2026-09-01")))
                .andReturn().getResponse().getContentAsString();
        // one taking effect on the instrument's date is governed: refused, nothing stored
        long bondsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM bond", Long.class);
        mvc.perform(post("officer1", "/api/v1/bonds", entryBond.formatted("2026-09-01")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("formal entry")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bond", Long.class)).isEqualTo(bondsBefore);
        // other activities are not relied on for formal entry: recorded without a note
        mvc.perform(post("officer1", "/api/v1/bonds", "{\"principalPartyId\":" + foreign + ",\"suretyName\":\"Surety\","
                        + "\"type\":\"CONTINUOUS\",\"activity\":\"CUSTODIAL\",\"amount\":25000}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.eoNote").value(org.hamcrest.Matchers.nullValue()));

        // a liquidated-damages claim against the existing bond opens
        long bondId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(existing).get("id").asLong();
        mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", "{\"bondId\":" + bondId
                        + ",\"breach\":\"LATE_ISF\",\"breachDate\":\"" + seaportToday().minusDays(3)
                        + "\",\"entryNumber\":\"ISF-EXIST-0001\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aStaleStandingChangeIs409AndLosesNothing() throws Exception {
        long id = createParty(usEntityJson("Standing Test Corp"));
        String change = "{\"goodStanding\":false,\"reason\":\"%s\",\"version\":0}";

        mvc.perform(put("supervisor1", "/api/v1/parties/" + id + "/standing", change.formatted("illicit precursor import")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goodStanding").value(false))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("supervisor1", "/api/v1/parties/" + id + "/standing", change.formatted("second opinion")))
                .andExpect(status().isConflict());

        mvc.perform(get("officer1", "/api/v1/parties/" + id))
                .andExpect(jsonPath("$.standingOverride.reason").value("illicit precursor import"))
                .andExpect(jsonPath("$.standingReasons[0].code").value("OVERRIDE"));
    }

    @Test
    void theAuditTrailCannotBeEditedOrDeletedThroughTheApplication() {
        assertThat(Arrays.stream(AuditEventRepository.class.getMethods()).map(java.lang.reflect.Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.equals("saveAll"));
        assertThat(gov.fpf.audit.AuditEvent.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
    }
}
