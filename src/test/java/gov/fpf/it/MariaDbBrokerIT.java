package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.rules.EoRules;
import gov.fpf.rules.penalties.BrokerConduct;
import gov.fpf.rules.penalties.BrokerMaximum;
import gov.fpf.rules.penalties.PenaltyFacts;
import gov.fpf.rules.penalties.PenaltyMaximums;
import gov.fpf.rules.penalties.PenaltyStatute;
import gov.fpf.system.Problems;

/**
 * Issue 15 item 4 on MariaDB: the broker rules switch on from the instrument an administrator records (the mysql
 * profile seeds none), the conduct kind, the basis and the broker link are stored in V35's columns and table, and the
 * broker's clients' cases are listed office by office. The instrument names only the two broker rules, which no other
 * class's cases use (they name no broker conduct).
 */
class MariaDbBrokerIT extends MariaDbSuite {

    private static final String CITATION = "IT-BROKER-RULES";

    @Autowired
    EoRules eoRules;

    @Autowired
    PenaltyMaximums maximums;

    private long party(String user, String password, String name, String roles) throws Exception {
        String body = ("{\"name\":\"%s\",\"kind\":\"ENTITY\",\"countryOfOrganization\":\"US\",\"principalPlaceOfBusinessUs\":true,"
                + "\"significantUsPresence\":true,\"sufficientUsAssets\":true,\"controllingOwnersUsPersons\":true,"
                + "\"ownsSignificantUsRealProperty\":false%s}").formatted(name, roles == null ? "" : ",\"roles\":[" + roles + "]");
        return json.readTree(mvc.perform(post(user, password, "/api/v1/parties", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private static String brokerCase(long partyId, String conduct, int violations, LocalDate day) {
        return """
                {"partyId":%d,"statute":"1641","licensedBroker":true,"brokerViolations":%d,"brokerConduct":"%s",
                 "violationDate":"%s","discoveryDate":"%s","commercial":true}""".formatted(partyId, violations, conduct, day, day);
    }

    private static PenaltyFacts facts(BrokerConduct conduct, int violations, LocalDate day) {
        return new PenaltyFacts(PenaltyStatute.S1641, null, day, day, null, null, null, true, false, null, null, 0, null,
                violations, 0, true, null, conduct);
    }

    @Test
    void theBrokerRulesApplyFromTheInstrumentAndTheLinksAreStored() throws Exception {
        LocalDate today = todayAtA();
        long broker = party("itofficera", "pw-a", "IT Broker Rules Brokerage " + System.nanoTime(), "\"CUSTOMS_BROKER\"");
        if (jdbc.queryForObject("SELECT COUNT(*) FROM implementing_instrument WHERE citation = ?", Long.class, CITATION) == 0) {
            mvc.perform(post("admin", "it-admin-secret", "/api/v1/implementing-instruments", """
                            {"title":"Broker penalty rules (IT)","citation":"%s","effectiveDate":"%s",
                             "rules":["BROKER_MAXIMUM","BROKER_IDENTITY_VERIFICATION"],"note":"MariaDB"}"""
                            .formatted(CITATION, today)))
                    .andExpect(status().isCreated());
        }
        LocalDate effective = jdbc.queryForObject("SELECT effective_date FROM implementing_instrument WHERE citation = ?",
                LocalDate.class, CITATION);
        LocalDate dayBefore = effective.minusDays(1);

        // the day before the instrument: today's law (no maximum rule, no identity-verification penalty)
        assertThat(BrokerMaximum.applies(facts(BrokerConduct.NO_DUE_DILIGENCE, 1, dayBefore), eoRules, dayBefore)).isEmpty();
        assertThatThrownBy(() -> maximums.maximum(facts(BrokerConduct.IDENTITY_VERIFICATION, 7, dayBefore), parameters,
                dayBefore)).isInstanceOf(Problems.RuleViolation.class).hasMessageContaining("1641(i)(3)");
        // from it: the maximum rule and $10,000 per identity-verification failure, uncapped
        assertThat(BrokerMaximum.applies(facts(BrokerConduct.NO_DUE_DILIGENCE, 1, today), eoRules, today)).isPresent();
        assertThat(maximums.maximum(facts(BrokerConduct.IDENTITY_VERIFICATION, 7, today), parameters, today).amount())
                .isEqualByComparingTo("70000.00");

        // a named conduct through the API: assessed at the maximum, not below
        String opened = mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases",
                        brokerCase(broker, "REPEATED_NONCOMPLIANT_CLIENTS", 3, today)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amounts.maximum").value(30000.00))
                .andExpect(jsonPath("$.computation[*].citation", org.hamcrest.Matchers.hasItem(
                        "EO 14411 Sec. 4(a); 19 U.S.C. 1641(d)(2)(A); in force from " + effective + " by " + CITATION)))
                .andReturn().getResponse().getContentAsString();
        String caseNumber = json.readTree(opened).get("caseNumber").asText();
        assertThat(jdbc.queryForObject("SELECT p.broker_conduct FROM penalty_case p JOIN case_file c ON c.id = p.case_id"
                + " WHERE c.case_number = ?", String.class, caseNumber)).isEqualTo("REPEATED_NONCOMPLIANT_CLIENTS");
        String task = json.readTree(mvc.perform(get("itofficera", "pw-a", "/api/v1/cases/" + caseNumber))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("openTasks").get(0)
                .get("id").asText();
        mvc.perform(post("itofficera", "pw-a", "/api/v1/tasks/" + task + "/complete",
                        "{\"proposedAmount\":20000,\"amountRationale\":\"r\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.citation").value(containsString("EO 14411 Sec. 4(a)")));
        mvc.perform(post("itofficera", "pw-a", "/api/v1/tasks/" + task + "/complete",
                "{\"proposedAmount\":30000,\"amountRationale\":\"r\"}")).andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("SELECT p.broker_basis FROM penalty_case p JOIN case_file c ON c.id = p.case_id"
                + " WHERE c.case_number = ?", String.class, caseNumber)).startsWith("EO 14411 Sec. 4(a)").contains(CITATION);
        assertThat(jdbc.queryForObject("SELECT p.proposed_amount FROM penalty_case p JOIN case_file c ON c.id = p.case_id"
                + " WHERE c.case_number = ?", BigDecimal.class, caseNumber)).isEqualByComparingTo("30000.00");

        // a client's case at each office names the broker; each office sees its own
        long clientA = party("itofficera", "pw-a", "IT Broker Client A " + System.nanoTime(), null);
        long clientB = party("itofficerb", "pw-b", "IT Broker Client B " + System.nanoTime(), null);
        String client = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"%s","discoveryDate":"%s",
                 "dutiableValue":1000,"domesticValue":1500,"lossOfRevenue":100,"commercial":true,"brokerPartyId":%d}""";
        String caseA = json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases",
                        client.formatted(clientA, today, today, broker))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        String caseB = json.readTree(mvc.perform(post("itofficerb", "pw-b", "/api/v1/penalty-cases",
                        client.formatted(clientB, todayAtA(), todayAtA(), broker))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM broker_client_case WHERE broker_party_id = ?", Long.class,
                broker)).isEqualTo(2);
        JsonNode seenAtA = json.readTree(mvc.perform(get("itofficera", "pw-a", "/api/v1/parties/" + broker + "/client-cases"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(seenAtA.findValuesAsText("caseNumber")).containsExactly(caseA);
        JsonNode seenAtB = json.readTree(mvc.perform(get("itofficerb", "pw-b", "/api/v1/parties/" + broker + "/client-cases"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(seenAtB.findValuesAsText("caseNumber")).containsExactly(caseB);
        // a party that is not a broker is refused, nothing stored
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
        mvc.perform(post("itofficera", "pw-a", "/api/v1/penalty-cases", client.formatted(clientA, today, today, clientB)))
                .andExpect(status().isUnprocessableEntity());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).isEqualTo(cases);
    }
}
