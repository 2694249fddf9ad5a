package gov.fpf.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.TestClock;
import gov.fpf.mitigation.PetitionReviewProcess;

/**
 * Issue 15 item 4 through the API: a broker's conduct the order names is assessed at the statutory maximum and not
 * mitigated below it once EO 14411 Sec. 4(a) is in force (this context's DEMO instrument, from 2026-09-01), exactly as
 * today before it; 1641(i)(3) identity-verification failures cost the per-violation amount each, with no cap; a client's
 * case names its broker, and the broker's client cases are listed office by office.
 */
class BrokerPenaltyApiTest extends ApplicationTest {

    /** a day before the DEMO instrument's 2026-09-01, at noon in Long Beach */
    private static final LocalDate BEFORE_THE_RULE = LocalDate.of(2026, 8, 20);

    @Autowired
    TestClock clock;

    private long broker(String name) throws Exception {
        String body = usEntityJson(name).replace("\"ownsSignificantUsRealProperty\":false",
                "\"ownsSignificantUsRealProperty\":false,\"roles\":[\"CUSTOMS_BROKER\"]");
        return json.readTree(mvc.perform(post("officer1", "/api/v1/parties", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private static String brokerCase(long partyId, String conduct, int violations, LocalDate violation) {
        return """
                {"partyId":%d,"statute":"1641","licensedBroker":true,"brokerViolations":%d,"brokerConduct":"%s",
                 "violationDate":"%s","discoveryDate":"%s","commercial":true,"materialFacts":"no know-your-importer checks"}"""
                .formatted(partyId, violations, conduct, violation, violation);
    }

    private String open(String body) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    private static List<String> trace(JsonNode caseFile) {
        List<String> steps = new ArrayList<>();
        caseFile.get("computation").forEach(s -> steps.add(s.get("step").asText() + " | " + s.get("value").asText()
                + " | " + s.get("rule").asText() + " | " + s.get("citation").asText()));
        return steps;
    }

    private String notice(JsonNode caseFile, String kind) throws Exception {
        for (JsonNode n : caseFile.get("notices")) {
            if (kind.equals(n.get("kind").asText())) {
                return mvc.perform(get("officer1", n.get("href").asText())).andExpect(status().isOk()).andReturn()
                        .getResponse().getContentAsString();
            }
        }
        throw new AssertionError("no " + kind + " on " + caseFile);
    }

    /** up to the petition's proposal task: the officer's proposal, the representations, the penalty notice, a petition */
    private String upToThePetition(String caseNumber, int proposed) throws Exception {
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT,
                "{\"proposedAmount\":" + proposed + ",\"amountRationale\":\"r\"}");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + seaportToday() + "\",\"summary\":\"s\"}")).andExpect(status().isAccepted());
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS,
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"f\"}");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                "{\"filedDate\":\"" + seaportToday() + "\",\"supplemental\":false,\"grounds\":\"g\"}"))
                .andExpect(status().isCreated());
        return taskId("officer1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
    }

    @Test
    void aNamedConductIsAssessedAtTheMaximumAndNotMitigatedBelowItOnceInForce() throws Exception {
        long partyId = broker("Diligence-Free Brokerage LLC");
        String caseNumber = open(brokerCase(partyId, "NO_DUE_DILIGENCE", 2, seaportToday().minusDays(40)));

        JsonNode opened = caseFile(caseNumber);
        assertThat(opened.get("amounts").get("maximum").decimalValue()).isEqualByComparingTo("30000.00");
        assertThat(trace(opened)).anySatisfy(s -> assertThat(s).startsWith(
                "Assessed at the statutory maximum (broker) | 30000.00 | a broker's failure to conduct due diligence")
                .contains("EO 14411 Sec. 4(a); 19 U.S.C. 1641(d)(2)(A); in force from 2026-09-01 by DEMO-EO-14411"));
        mvc.perform(get("officer1", "/api/v1/penalty-cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(jsonPath("$.brokerConduct").value("NO_DUE_DILIGENCE"));

        // the officer's proposal: the maximum, to the cent
        String task = taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
        mvc.perform(post("officer1", "/api/v1/tasks/{id}/complete",
                        "{\"proposedAmount\":29999.99,\"amountRationale\":\"first time\"}", task))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("below the statutory maximum $30,000.00")))
                .andExpect(jsonPath("$.citation").value(containsString("EO 14411 Sec. 4(a)")));
        assertThat(jdbc.queryForObject("SELECT proposed_amount FROM penalty_case p JOIN case_file c ON c.id = p.case_id"
                + " WHERE c.case_number = ?", java.math.BigDecimal.class, caseNumber)).isNull();
        assertThat(complete("officer1", task, "{\"proposedAmount\":30000,\"amountRationale\":\"the order's maximum\"}"))
                .isEqualTo(204);
        JsonNode proposed = caseFile(caseNumber);
        assertThat(notice(proposed, "PRE_PENALTY_NOTICE")).contains("Basis of the amount",
                "EO 14411 Sec. 4(a) and 19 U.S.C. 1641(d)(2)(A): a broker&#39;s failure to conduct due diligence is"
                        + " assessed at the statutory maximum of $30,000.00");

        // representations cannot reduce it below the maximum
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + seaportToday() + "\",\"summary\":\"s\"}")).andExpect(status().isAccepted());
        assertThat(complete("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS,
                "{\"representationsOutcome\":\"REDUCED_AMOUNT\",\"reducedAmount\":25000,\"representationsFindings\":\"f\"}"))
                .isEqualTo(422);
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS,
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"f\"}");
        JsonNode assessed = caseFile(caseNumber);
        assertThat(assessed.get("amounts").get("assessed").decimalValue()).isEqualByComparingTo("30000.00");
        assertThat(notice(assessed, "PENALTY_NOTICE")).contains("Basis of the amount", "not mitigated below it");

        // the petition: above the 4(c) floor ($15,000) but below the maximum is refused, with or without an exception
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                "{\"filedDate\":\"" + seaportToday() + "\",\"supplemental\":false,\"grounds\":\"g\"}"))
                .andExpect(status().isCreated());
        String propose = taskId("officer1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        mvc.perform(post("officer1", "/api/v1/tasks/{id}/complete",
                        "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":20000,\"findings\":\"f\"}", propose))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("not mitigated below the statutory maximum $30,000.00")))
                .andExpect(jsonPath("$.citation").value(containsString("EO 14411 Sec. 4(a)")));
        assertThat(complete("officer1", propose, "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":10000,"
                + "\"findings\":\"f\",\"nationalSecurityException\":true,\"exceptionJustification\":\"informant\"}"))
                .isEqualTo(422);
        assertThat(trace(caseFile(caseNumber))).anySatisfy(s -> assertThat(s)
                .startsWith("No mitigation below the broker maximum | 30000.00"));
        // a denial keeps the maximum
        assertThat(complete("officer1", propose, "{\"petitionOutcome\":\"DENY\",\"proposedAmount\":30000,"
                + "\"findings\":\"the order's maximum\"}")).isEqualTo(204);
        JsonNode decided = caseFile(caseNumber);
        assertThat(decided.get("amounts").get("decided").decimalValue()).isEqualByComparingTo("30000.00");
        assertThat(notice(decided, "DECISION_LETTER")).contains("Basis of the amount", "EO 14411 Sec. 4(a)");
    }

    @Test
    void beforeTheRuleABrokerCaseIsProposedAndMitigatedAsToday() throws Exception {
        long partyId = broker("Pre-Order Brokerage LLC");
        clock.set(BEFORE_THE_RULE.atTime(12, 0).atZone(SEAPORT_ZONE).toInstant());
        try {
            String caseNumber = open(brokerCase(partyId, "UNTIMELY_COOPERATION", 2, BEFORE_THE_RULE.minusDays(30)));
            JsonNode opened = caseFile(caseNumber);
            assertThat(opened.get("amounts").get("maximum").decimalValue()).isEqualByComparingTo("30000.00");
            assertThat(trace(opened)).noneSatisfy(s -> assertThat(s).contains("EO 14411 Sec. 4(a)"));

            String propose = upToThePetition(caseNumber, 12000);
            JsonNode assessed = caseFile(caseNumber);
            assertThat(assessed.get("amounts").get("assessed").decimalValue()).isEqualByComparingTo("12000.00");
            assertThat(notice(assessed, "PENALTY_NOTICE")).doesNotContain("Basis of the amount");
            assertThat(complete("officer1", propose, "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":2500,"
                    + "\"findings\":\"cooperated once asked\"}")).isEqualTo(204);
            assertThat(caseFile(caseNumber).get("amounts").get("decided").decimalValue()).isEqualByComparingTo("2500.00");
            assertThat(trace(caseFile(caseNumber))).noneSatisfy(s -> assertThat(s).startsWith("No mitigation below"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void identityVerificationFailuresCostTenThousandEachWithNoCapAndNotBeforeTheRule() throws Exception {
        long partyId = broker("Unverified Importers Brokerage LLC");
        String caseNumber = open(brokerCase(partyId, "IDENTITY_VERIFICATION", 7, seaportToday().minusDays(10)));
        JsonNode opened = caseFile(caseNumber);
        assertThat(opened.get("amounts").get("maximum").decimalValue()).isEqualByComparingTo("70000.00");
        assertThat(trace(opened)).anySatisfy(s -> assertThat(s).startsWith(
                "Maximum, identity verification (7 violation(s)) | 70000.00 | $10,000.00 × 7")
                .contains("19 U.S.C. 1641(i)(3); in force from 2026-09-01 by DEMO-EO-14411"));
        // not tied to the maximum: the officer may propose less, up to the $70,000
        assertThat(complete("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT,
                "{\"proposedAmount\":70000.01,\"amountRationale\":\"r\"}")).isEqualTo(422);
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT,
                "{\"proposedAmount\":50000,\"amountRationale\":\"five of seven were small importers\"}");
        assertThat(notice(caseFile(caseNumber), "PRE_PENALTY_NOTICE")).contains("19 U.S.C. 1641(i)(3)",
                "7 failure(s) to verify an importer");

        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
        // a failure before the requirements took effect (2026-09-01) is not a 1641(i)(3) violation
        mvc.perform(post("officer1", "/api/v1/penalty-cases",
                        brokerCase(partyId, "IDENTITY_VERIFICATION", 7, LocalDate.of(2026, 8, 31))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("violationDate 2026-08-31 is before 2026-09-01")))
                .andExpect(jsonPath("$.citation").value(containsString("1641(i)(3)")));
        clock.set(BEFORE_THE_RULE.atTime(12, 0).atZone(SEAPORT_ZONE).toInstant());
        try {
            mvc.perform(post("officer1", "/api/v1/penalty-cases",
                            brokerCase(partyId, "IDENTITY_VERIFICATION", 7, BEFORE_THE_RULE.minusDays(3))))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.citation").value("EO 14411 Sec. 4(a); 19 U.S.C. 1641(i)(3)"))
                    .andExpect(jsonPath("$.detail").value(containsString("none does on " + BEFORE_THE_RULE)));
        } finally {
            clock.reset();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).isEqualTo(cases);
    }

    @Test
    void badBrokerFactsAreRefusedAndNothingIsStored() throws Exception {
        long importer = party("Broker Facts Importer Inc");
        long broker = broker("Broker Facts Brokerage LLC");
        LocalDate day = seaportToday().minusDays(5);
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
        String p1592 = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"%s","discoveryDate":"%s",
                 "dutiableValue":1000,"domesticValue":1500,"lossOfRevenue":100,"commercial":true%s}""";
        // a conduct kind outside a licensed broker's 1641 case
        mvc.perform(post("officer1", "/api/v1/penalty-cases", p1592.formatted(importer, day, day,
                        ",\"brokerConduct\":\"NO_DUE_DILIGENCE\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("brokerConduct")));
        mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1641","licensedBroker":false,"unlicensedTransactions":2,
                         "brokerConduct":"NO_DUE_DILIGENCE","violationDate":"%s","discoveryDate":"%s","commercial":true}"""
                        .formatted(broker, day, day)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("licensed broker")));
        mvc.perform(post("officer1", "/api/v1/penalty-cases", brokerCase(broker, "SLOW_PAPERWORK", 1, day)))
                .andExpect(status().isBadRequest());
        // the broker link: no such party, not a broker, the case's own party, not a number
        mvc.perform(post("officer1", "/api/v1/penalty-cases", p1592.formatted(importer, day, day, ",\"brokerPartyId\":987654321")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("brokerPartyId")));
        mvc.perform(post("officer1", "/api/v1/penalty-cases", p1592.formatted(importer, day, day,
                        ",\"brokerPartyId\":" + party("Not A Broker Trading Co"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.citation").value(containsString("1641")));
        mvc.perform(post("officer1", "/api/v1/penalty-cases", brokerCase(broker, "NO_DUE_DILIGENCE", 1, day)
                        .replace("\"commercial\":true", "\"commercial\":true,\"brokerPartyId\":" + broker)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("officer1", "/api/v1/penalty-cases", p1592.formatted(importer, day, day, ",\"brokerPartyId\":-4")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).isEqualTo(cases);
    }

    @Test
    void aClientsCaseNamesItsBrokerAndTheBrokerSeesItsClientsCasesOfficeByOffice() throws Exception {
        long broker = broker("Client List Brokerage LLC");
        long client = party("Client List Importer Inc");
        long hubClient = party("officer2", "Client List Hub Importer Inc");
        LocalDate day = seaportToday().minusDays(20);
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"%s","discoveryDate":"%s",
                 "dutiableValue":1000,"domesticValue":1500,"lossOfRevenue":100,"commercial":true,"brokerPartyId":%d}""";
        String seaportCase = open(body.formatted(client, day, day, broker));
        String otherSeaportCase = open(body.formatted(client, day, day, broker));
        String hubCase = json.readTree(mvc.perform(post("officer2", "/api/v1/penalty-cases",
                        body.formatted(hubClient, day, day, broker))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        open(body.formatted(client, day, day, broker).replace(",\"brokerPartyId\":" + broker, ""));

        mvc.perform(get("officer1", "/api/v1/penalty-cases/" + seaportCase)).andExpect(status().isOk())
                .andExpect(jsonPath("$.brokerPartyId").value(broker))
                .andExpect(jsonPath("$.brokerName").value("Client List Brokerage LLC"));
        assertThat(caseFile(seaportCase).findValuesAsText("event")).contains("BROKER_LINKED");

        // one of the seaport cases ended in a finding against the client
        mvc.perform(post("officer1", "/api/v1/parties/" + client + "/violations",
                "{\"statute\":\"1592\",\"findingDate\":\"" + seaportToday() + "\",\"caseNumber\":\"" + seaportCase + "\"}"))
                .andExpect(status().isCreated());

        JsonNode seenAtTheSeaport = json.readTree(mvc.perform(get("officer1", "/api/v1/parties/{id}/client-cases", broker))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(seenAtTheSeaport.get("total").asLong()).isEqualTo(2);
        assertThat(seenAtTheSeaport.get("endedInFinding").asLong()).isEqualTo(1);
        assertThat(seenAtTheSeaport.findValuesAsText("caseNumber")).containsExactly(otherSeaportCase, seaportCase);
        assertThat(seenAtTheSeaport.get("cases").get(1).get("endedInFinding").asBoolean()).isTrue();
        assertThat(seenAtTheSeaport.get("cases").get(1).get("clientName").asText()).isEqualTo("Client List Importer Inc");
        JsonNode seenAtTheHub = json.readTree(mvc.perform(get("officer2", "/api/v1/parties/{id}/client-cases", broker))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(seenAtTheHub.findValuesAsText("caseNumber")).containsExactly(hubCase);
        assertThat(seenAtTheHub.get("endedInFinding").asLong()).isZero();
        JsonNode seenByHeadquarters = json.readTree(mvc.perform(get("hq1", "/api/v1/parties/{id}/client-cases", broker))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(seenByHeadquarters.findValuesAsText("caseNumber")).containsExactlyInAnyOrder(hubCase, otherSeaportCase,
                seaportCase);
        mvc.perform(get("officer1", "/api/v1/parties/{id}/client-cases", 987654321L)).andExpect(status().isNotFound());
        mvc.perform(get("designer1", "/api/v1/parties/{id}/client-cases", broker)).andExpect(status().isForbidden());

        // the broker's party page shows its clients' cases in the reader's offices; the case page shows the broker
        String page = mvc.perform(get("officer1", "/parties/{id}", broker)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Clients&#39; cases naming this broker", seaportCase, otherSeaportCase,
                "2 case(s) in your offices name this broker; 1 ended in a finding against the client.")
                .doesNotContain(hubCase);
        String casePage = mvc.perform(get("officer1", "/cases/{n}?tab=facts", seaportCase)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("Customs broker the importer used", "href=\"/parties/" + broker + "\"",
                "Client List Brokerage LLC");
        // an importer's own page has no broker section
        assertThat(mvc.perform(get("officer1", "/parties/{id}", client)).andReturn().getResponse().getContentAsString())
                .doesNotContain("broker-clients-heading");
    }
}
