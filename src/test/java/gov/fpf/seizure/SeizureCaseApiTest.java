package gov.fpf.seizure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import gov.fpf.ApplicationTest;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.referral.ReferralFollowUpProcess;

/**
 * Seizures through the API as an office works them: custody, appraisal, the path (P8), the notice of seizure and
 * the elections (abandonment P23, no response, claim and cost bond, petition), the 1612 summary sale firing on its own
 * (P10), release on payment of the value (P21), and dispositions including third-party disposal. Timers are fired
 * through the engine; the day each is due is asserted.
 */
class SeizureCaseApiTest extends ApplicationTest {

    private static final LocalDate TODAY = seaportToday();

    private JsonNode open(String user, String body) throws Exception {
        return json.readTree(mvc.perform(post(user, "/api/v1/seizure-cases", body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.family").value("SEIZURE"))
                .andReturn().getResponse().getContentAsString());
    }

    private JsonNode property(String caseNumber) throws Exception {
        return json.readTree(mvc.perform(get("officer1", "/api/v1/seizure-cases/" + caseNumber + "/property"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The seaport's last day of a period whose timer closes at {@code closes} (midnight after that day). */
    private static LocalDate lastDay(java.util.Date closes) {
        assertThat(closes.toInstant().atZone(SEAPORT_ZONE).toLocalTime()).as("closes at midnight at the seaport")
                .isEqualTo(java.time.LocalTime.MIDNIGHT);
        return closes.toInstant().atZone(SEAPORT_ZONE).toLocalDate().minusDays(1);
    }

    private static LocalDate day(java.util.Date date) {
        return date.toInstant().atZone(SEAPORT_ZONE).toLocalDate();
    }

    private static List<String> events(JsonNode caseFile) {
        List<String> events = new ArrayList<>();
        caseFile.get("timeline").forEach(t -> events.add(t.get("event").asText()));
        return events;
    }

    /** Custody, appraisal and the path, up to the notice of seizure. */
    private void custodyAndAppraisal(String caseNumber, String dailyRate, String value) throws Exception {
        assertThat(complete("custodian1", caseNumber, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY,
                "{\"storageLocation\":\"LALB bonded warehouse, bay 4\",\"dailyStorageRate\":" + dailyRate
                        + ",\"hazardous\":false,\"highRisk\":false,\"photographReferences\":\"IMG-001..IMG-012\","
                        + "\"inventoryNote\":\"counted and sealed\"}")).isEqualTo(204);
        assertThat(complete("officer1", caseNumber, SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE,
                "{\"appraisedValue\":" + value + ",\"appraisalBasis\":\"wholesale price lists at the port\"}"))
                .isEqualTo(204);
    }

    private String counterfeitBags(String user, long partyId) throws Exception {
        JsonNode opened = open(user, """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1526(e)","placeOfSeizure":"LALB terminal 3",
                 "cause":"handbags bearing counterfeit marks","possessorName":"Harbor Forwarding",
                 "items":[{"description":"handbags with counterfeit marks","quantity":500,"appraisedValue":900000,
                           "counterfeit":true}]}""".formatted(partyId, TODAY.minusDays(2)));
        // P8: counterfeit goods are prohibited, so administrative forfeiture is allowed at any value
        assertThat(opened.get("path").asText()).isEqualTo("ADMINISTRATIVE");
        assertThat(opened.get("costBond").decimalValue()).isEqualByComparingTo("5000");
        assertThat(noticeKinds(opened)).containsExactly("CUSTODY_RECEIPT");
        return opened.get("caseNumber").asText();
    }

    @Test
    void p23AbandonmentForfeitsByAssentInOneStepAndCounterfeitsAreDestroyed() throws Exception {
        String caseNumber = counterfeitBags("officer1", party("P23 Handbag Importers"));
        custodyAndAppraisal(caseNumber, "25", "900000");
        JsonNode noticed = caseFile(caseNumber);
        assertThat(noticeKinds(noticed)).contains("TRADEMARK_OWNER_NOTICE", "NOTICE_OF_SEIZURE");
        JsonNode prop = property(caseNumber);
        assertThat(prop.get("petitionDue").asText()).isEqualTo(TODAY.plusDays(30).toString());
        // counterfeit goods are a high-risk shipment; the order's higher release bond has no figure yet
        assertThat(prop.get("highRisk").asBoolean()).isTrue();
        assertThat(prop.get("releaseBond").isNull()).isTrue();
        assertThat(prop.get("releaseBondNote").asText()).contains("release-bond.high-risk.multiple");
        // the claim period runs from the recorded first publication (19 U.S.C. 1608), not from the mailing
        assertThat(prop.get("claimDue").isNull()).isTrue();
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/publication",
                        "{\"firstPublicationDate\":\"" + TODAY + "\"}"))
                .andExpect(status().isOk());
        assertThat(property(caseNumber).get("claimDue").asText()).isEqualTo(TODAY.plusDays(20).toString());
        String notice = mvc.perform(get("officer1", noticed.get("notices").get(noticed.get("notices").size() - 1)
                .get("href").asText())).andReturn().getResponse().getContentAsString();
        assertThat(notice).contains("election of proceedings", "CBP Form 4607", "$5,000.00", "30 consecutive days");
        // the letter states the petition deadline the case shows, with the period it was counted with
        assertThat(notice).contains("by " + NoticeHtml.date(LocalDate.parse(prop.get("petitionDue").asText()))
                + ", 30 days from the date of this notice (19 U.S.C. 1618; 19 CFR 171.2(b)(1)).");

        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/abandonment",
                        "{\"signedDate\":\"" + TODAY + "\",\"signedBy\":\"owner's attorney\"}"))
                .andExpect(status().isAccepted());
        JsonNode forfeited = caseFile(caseNumber);
        assertThat(events(forfeited)).contains("FORFEITED_BY_ASSENT");
        assertThat(noticeKinds(forfeited)).doesNotContain("DECLARATION_OF_FORFEITURE");
        assertThat(property(caseNumber).get("forfeitureBasis").asText()).isEqualTo("ASSENT");
        // EO 14411 Sec. 4(c): the party's own abandonment is not a finding of culpability (issue 12 item 22)
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM violation_record WHERE case_number = ?", Long.class,
                caseNumber)).isZero();

        // counterfeits: no sale without the trademark owner's consent; destruction is witnessed and certified
        assertThat(complete("officer1", caseNumber, SeizureForfeitureProcess.TASK_DECIDE_DISPOSITION,
                "{\"dispositionMethod\":\"SALE\",\"ownerConsent\":false}")).isEqualTo(422);
        assertThat(complete("officer1", caseNumber, SeizureForfeitureProcess.TASK_DECIDE_DISPOSITION,
                "{\"dispositionMethod\":\"DESTRUCTION\",\"dispositionNote\":\"default for counterfeits\"}")).isEqualTo(204);
        assertThat(complete("custodian1", caseNumber, SeizureForfeitureProcess.TASK_CARRY_OUT_DISPOSITION,
                "{\"dispositionDate\":\"" + TODAY + "\"}")).isEqualTo(400);
        assertThat(complete("custodian1", caseNumber, SeizureForfeitureProcess.TASK_CARRY_OUT_DISPOSITION,
                "{\"dispositionDate\":\"" + TODAY + "\",\"witness\":\"CBP officer J. Doe\","
                        + "\"certificateReference\":\"DEST-2026-0042\"}")).isEqualTo(204);
        JsonNode closed = caseFile(caseNumber);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(noticeKinds(closed)).contains("DISPOSITION_RECORD");
        JsonNode done = property(caseNumber);
        assertThat(done.get("dispositionMethod").asText()).isEqualTo("DESTRUCTION");
        assertThat(done.get("certificate").asText()).isEqualTo("DEST-2026-0042");
    }

    @Test
    void p8AboveTheLimitGoesToTheUsAttorney() throws Exception {
        JsonNode opened = open("officer1", """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","items":[{"description":"industrial lathes",
                 "quantity":3,"appraisedValue":650000}]}""".formatted(party("P8 Machinery Co"), TODAY.minusDays(1)));
        assertThat(opened.get("path").asText()).isEqualTo("JUDICIAL");
        assertThat(opened.get("costBond").decimalValue()).isEqualByComparingTo("5000");
        String caseNumber = opened.get("caseNumber").asText();
        custodyAndAppraisal(caseNumber, "40", "650000");
        JsonNode referred = caseFile(caseNumber);
        assertThat(referred.get("status").asText()).isEqualTo("REFERRED");
        assertThat(runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                        .processDefinitionKey(ReferralFollowUpProcess.KEY).singleResult().getId(),
                ReferralFollowUpProcess.VAR_REFERRED_TO)).isEqualTo(ReferralFollowUpProcess.REFERRED_TO_US_ATTORNEY);
        assertThat(noticeKinds(referred)).doesNotContain("NOTICE_OF_SEIZURE");
    }

    @Test
    void noResponseByTheDeadlinesIsDeclaredForfeitedAndAThirdPartyDisposes() throws Exception {
        JsonNode opened = open("officer1", """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","items":[{"description":"used tires",
                 "quantity":400,"appraisedValue":42000}]}""".formatted(party("No Response Tire Co"), TODAY.minusDays(3)));
        String caseNumber = opened.get("caseNumber").asText();
        assertThat(opened.get("costBond").decimalValue()).isEqualByComparingTo("4200"); // P7
        custodyAndAppraisal(caseNumber, "10", "42000");
        // no declaration of forfeiture before the first publication is recorded and its periods have run (1608, 1609)
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/publication",
                        "{\"firstPublicationDate\":\"" + TODAY + "\"}"))
                .andExpect(status().isOk());
        // the petition period (30 days from mailing) is the latest; the timer closes when its last day ends
        LocalDate due = lastDay(fireTimer(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED));
        assertThat(due).isEqualTo(TODAY.plusDays(30));
        JsonNode declared = caseFile(caseNumber);
        assertThat(noticeKinds(declared)).contains("DECLARATION_OF_FORFEITURE");
        assertThat(property(caseNumber).get("forfeitureBasis").asText()).isEqualTo("DECLARED");
        // a forfeiture by declaration is a final finding on the party's record (issue 12 item 22)
        assertThat(jdbc.queryForList("SELECT finding_kind FROM violation_record WHERE case_number = ?", String.class,
                caseNumber)).containsExactly("FORFEITURE_DECIDED");

        assertThat(complete("officer1", caseNumber, SeizureForfeitureProcess.TASK_DECIDE_DISPOSITION,
                "{\"dispositionMethod\":\"THIRD_PARTY_DISPOSAL\"}")).isEqualTo(400);
        assertThat(complete("officer1", caseNumber, SeizureForfeitureProcess.TASK_DECIDE_DISPOSITION,
                "{\"dispositionMethod\":\"THIRD_PARTY_DISPOSAL\",\"disposer\":\"Pacific Tire Recycling (authorized)\"}"))
                .isEqualTo(204);
        assertThat(complete("custodian1", caseNumber, SeizureForfeitureProcess.TASK_CARRY_OUT_DISPOSITION,
                "{\"dispositionDate\":\"" + TODAY + "\",\"disposerReference\":\"PTR-7781\"}")).isEqualTo(204);
        JsonNode done = property(caseNumber);
        assertThat(done.get("disposer").asText()).isEqualTo("Pacific Tire Recycling (authorized)");
        assertThat(done.get("highRisk").asBoolean()).isFalse();
        assertThat(done.get("releaseBond").decimalValue()).isEqualByComparingTo("42000");
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void p10PerishableGoodsOpenTheSummarySaleOnTheirOwnAndTheProceedsStandInForThem() throws Exception {
        JsonNode opened = open("officer1", """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","projectedStorageCost":4500,
                 "items":[{"description":"fresh produce","quantity":200,"appraisedValue":8000,"perishable":true}]}"""
                .formatted(party("P10 Produce Traders"), TODAY.minusDays(1)));
        String caseNumber = opened.get("caseNumber").asText();
        custodyAndAppraisal(caseNumber, "150", "8000");
        assertThat(property(caseNumber).get("summarySaleDate").asText()).isEqualTo(TODAY.minusDays(1).toString());
        LocalDate fired = day(fireTimer(caseNumber, SeizureForfeitureProcess.START_EVENT_STORAGE_COST_THRESHOLD_REACHED));
        assertThat(fired).isEqualTo(TODAY.minusDays(1));
        assertThat(complete("supervisor1", caseNumber, SeizureForfeitureProcess.TASK_APPROVE_SUMMARY_SALE,
                "{\"summarySaleDecision\":\"SALE\",\"summarySaleReason\":\"perishable produce\"}")).isEqualTo(204);
        assertThat(noticeKinds(caseFile(caseNumber))).contains("NOTICE_OF_SALE");
        assertThat(complete("custodian1", caseNumber, SeizureForfeitureProcess.TASK_CARRY_OUT_SUMMARY_SALE,
                "{\"saleDate\":\"" + TODAY + "\",\"saleProceeds\":6000}")).isEqualTo(204);
        JsonNode sold = property(caseNumber);
        assertThat(sold.get("proceedsPetitionDue").asText()).isEqualTo(TODAY.plusMonths(3).toString());
        // 1612(a), 1613(a): the proceeds are held subject to claims, nothing is distributed at the sale
        assertThat(sold.get("heldProceeds").decimalValue()).isEqualByComparingTo("6000");
        assertThat(sold.get("proceeds")).isEmpty();
        assertThat(sold.get("proceedsDistributed").isNull()).isTrue();
        LocalDate proceedsDue = lastDay(fireTimer(caseNumber,
                SeizureForfeitureProcess.INTERMEDIATE_EVENT_SUMMARY_SALE_PROCEEDS_PETITION_PERIOD_ELAPSED));
        assertThat(proceedsDue).isEqualTo(TODAY.plusMonths(3));
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("CLOSED");
        // no petition: distributed once the period has run, storage first, the residue once; the shares are the gross
        JsonNode closed = property(caseNumber);
        assertThat(closed.get("proceeds")).extracting(p -> p.get("share").asText(), p -> p.get("amount").decimalValue().setScale(2))
                .containsExactly(tuple("Expense: Custody and storage", new java.math.BigDecimal("150.00")),
                        tuple(SeizureRules.STEP_TO_FUND, new java.math.BigDecimal("5850.00")));
        assertThat(sumOfShares(closed)).isEqualByComparingTo("6000");
    }

    static java.math.BigDecimal sumOfShares(JsonNode property) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (JsonNode share : property.get("proceeds")) {
            sum = sum.add(share.get("amount").decimalValue());
        }
        return sum;
    }

    @Test
    void theOfficerWhoRecordedTheSeizureMayNotApproveItsSummarySale() throws Exception {
        JsonNode opened = open("supervisor1", """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)",
                 "items":[{"description":"cut flowers","quantity":50,"appraisedValue":3000,"perishable":true}]}"""
                .formatted(party("Four Eyes Flowers"), TODAY));
        String caseNumber = opened.get("caseNumber").asText();
        custodyAndAppraisal(caseNumber, "20", "3000");
        fireTimer(caseNumber, SeizureForfeitureProcess.START_EVENT_STORAGE_COST_THRESHOLD_REACHED);
        assertThat(complete("supervisor1", caseNumber, SeizureForfeitureProcess.TASK_APPROVE_SUMMARY_SALE,
                "{\"summarySaleDecision\":\"SALE\",\"summarySaleReason\":\"wilting\"}")).isEqualTo(403);
        // rejecting leaves the seizure where it was
        assertThat(complete("supervisor1", caseNumber, SeizureForfeitureProcess.TASK_APPROVE_SUMMARY_SALE,
                "{\"summarySaleDecision\":\"REJECTED\",\"summarySaleReason\":\"owner collecting today\"}")).isEqualTo(204);
        assertThat(property(caseNumber).get("summaryAction").isNull()).isTrue();
        // P21-style 1614 release on payment of the appraised value, at any time before disposition
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/release-on-payment",
                        "{\"amount\":2999.99,\"paidDate\":\"" + TODAY + "\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/release-on-payment",
                        "{\"amount\":3000,\"paidDate\":\"" + TODAY + "\"}"))
                .andExpect(status().isAccepted());
        JsonNode released = property(caseNumber);
        assertThat(released.get("releasedDate").asText()).isEqualTo(TODAY.toString());
        // P21: the payment is distributed like proceeds (1613), each share once: they add up to the $3,000 paid
        assertThat(released.get("proceeds")).extracting(p -> p.get("share").asText())
                .containsOnlyOnce(SeizureRules.STEP_TO_FUND);
        assertThat(sumOfShares(released)).isEqualByComparingTo("3000");
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void aClaimWithCostBondGoesToTheUsAttorneyAndAPetitionCanEndInRelease() throws Exception {
        long partyId = party("Claim And Petition Imports");
        String claimCase = counterfeitBags("officer1", partyId);
        custodyAndAppraisal(claimCase, "25", "900000");
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + claimCase + "/claims",
                        "{\"filedDate\":\"" + TODAY + "\",\"claimant\":\"owner\",\"bondAmount\":4000}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("$5,000.00")));
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + claimCase + "/claims",
                        "{\"filedDate\":\"" + TODAY + "\",\"claimant\":\"owner\",\"bondAmount\":5000}"))
                .andExpect(status().isAccepted());
        assertThat(caseFile(claimCase).get("status").asText()).isEqualTo("REFERRED");

        JsonNode opened = open("officer1", """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","items":[{"description":"auto parts",
                 "quantity":20,"appraisedValue":12000}]}""".formatted(partyId, TODAY.minusDays(1)));
        String caseNumber = opened.get("caseNumber").asText();
        custodyAndAppraisal(caseNumber, "5", "12000");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                        "{\"filedDate\":\"" + TODAY + "\",\"supplemental\":false,\"grounds\":\"innocent owner\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timely").value(true));
        assertThat(complete("supervisor1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION,
                "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":1200,\"findings\":\"innocent owner\"}"))
                .isEqualTo(204);
        assertThat(noticeKinds(caseFile(caseNumber))).contains("SEIZURE_DECISION_LETTER");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/payments",
                        "{\"amount\":1200,\"paidDate\":\"" + TODAY + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.paidInFull").value(true));
        assertThat(property(caseNumber).get("releasedDate").asText()).isEqualTo(TODAY.toString());
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void theCustodianLogsAMoveAndANewStorageRateWhichMovesThe1612Date() throws Exception {
        JsonNode opened = open("officer1", """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","items":[{"description":"furniture",
                 "quantity":10,"appraisedValue":10000}]}""".formatted(party("Custody Log Furniture"), TODAY.minusDays(4)));
        String caseNumber = opened.get("caseNumber").asText();
        custodyAndAppraisal(caseNumber, "50", "10000");
        // $50 a day reaches half of $10,000 after 100 days
        assertThat(property(caseNumber).get("summarySaleDate").asText()).isEqualTo(TODAY.minusDays(4).plusDays(100).toString());
        mvc.perform(post("custodian1", "/api/v1/seizure-cases/" + caseNumber + "/custody-events",
                        "{\"eventDate\":\"" + TODAY + "\",\"kind\":\"MOVED\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("custodian1", "/api/v1/seizure-cases/" + caseNumber + "/custody-events",
                        "{\"eventDate\":\"" + TODAY + "\",\"kind\":\"MOVED\",\"location\":\"GO warehouse 2\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("custodian1", "/api/v1/seizure-cases/" + caseNumber + "/custody-events",
                        "{\"eventDate\":\"" + TODAY + "\",\"kind\":\"STORAGE_RATE_CHANGED\",\"dailyStorageRate\":100}"))
                .andExpect(status().isCreated());
        JsonNode prop = property(caseNumber);
        assertThat(prop.get("storageLocation").asText()).isEqualTo("GO warehouse 2");
        assertThat(prop.get("summarySaleDate").asText()).isEqualTo(TODAY.minusDays(4).plusDays(50).toString());
        assertThat(prop.get("custody").size()).isEqualTo(3);
        mvc.perform(post("hq1", "/api/v1/seizure-cases/" + caseNumber + "/custody-events",
                        "{\"eventDate\":\"" + TODAY + "\",\"kind\":\"INSPECTED\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        long partyId = party("Bad Seizure Input");
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
        mvc.perform(post("officer1", "/api/v1/seizure-cases", "{\"partyId\":" + partyId + ",\"discoveryDate\":\"2025-01-02\",\"seizureDate\":\""
                        + TODAY + "\",\"statute\":\"1595a(c)\",\"items\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("items")));
        mvc.perform(post("officer1", "/api/v1/seizure-cases", "{\"partyId\":" + partyId + ",\"discoveryDate\":\"2025-01-02\",\"seizureDate\":\""
                        + TODAY + "\",\"statute\":\"1595a(c)\",\"items\":[{\"description\":\"x\",\"quantity\":1,"
                        + "\"appraisedValue\":-1}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("appraisedValue")));
        mvc.perform(post("officer1", "/api/v1/seizure-cases", "{\"partyId\":" + partyId + ",\"discoveryDate\":\"2025-01-02\",\"seizureDate\":\""
                        + TODAY.plusDays(1) + "\",\"statute\":\"1595a(c)\",\"items\":[{\"description\":\"x\","
                        + "\"quantity\":1,\"appraisedValue\":10}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("seizureDate")));
        mvc.perform(post("officer1", "/api/v1/seizure-cases", "{\"partyId\":" + partyId + ",\"discoveryDate\":\"2025-01-02\",\"seizureDate\":\""
                        + TODAY + "\",\"statute\":\"1595a(c)\",\"items\":[{\"description\":\"x\",\"quantity\":0,"
                        + "\"appraisedValue\":10}]}"))
                .andExpect(status().isBadRequest());
        // 19 U.S.C. 1621: the limitation runs from discovery, so intake needs the date; the seizure date is no stand-in
        mvc.perform(post("officer1", "/api/v1/seizure-cases", "{\"partyId\":" + partyId + ",\"seizureDate\":\""
                        + TODAY + "\",\"statute\":\"1595a(c)\",\"items\":[{\"description\":\"x\",\"quantity\":1,"
                        + "\"appraisedValue\":10}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("discoveryDate")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).isEqualTo(cases);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM seizure_case", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE family = 'SEIZURE'", Long.class));
    }

    @Test
    void aUsImporterOfRecordNotInGoodStandingMakesTheShipmentHighRisk() throws Exception {
        // EO 14411 Sec. 2(d) applies to every IOR, U.S. or foreign (issue 12 item 19); this context's DEMO instrument
        // puts GOOD_STANDING in force from 2026-09-01
        long partyId = party("Standing Lapsed Domestic Importer");
        JsonNode party = json.readTree(mvc.perform(get("officer1", "/api/v1/parties/" + partyId))
                .andReturn().getResponse().getContentAsString());
        assertThat(party.get("iorClass").asText()).isEqualTo("US");
        mvc.perform(put("supervisor1", "/api/v1/parties/" + partyId + "/standing",
                        "{\"goodStanding\":false,\"reason\":\"imported precursor chemicals\",\"version\":"
                                + party.get("version").asLong() + "}"))
                .andExpect(status().isOk());
        String caseNumber = open("officer1", """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","items":[{"description":"lab glassware",
                 "quantity":50,"appraisedValue":8000}]}""".formatted(partyId, TODAY.minusDays(1))).get("caseNumber").asText();
        custodyAndAppraisal(caseNumber, "5", "8000");

        JsonNode property = property(caseNumber);
        assertThat(property.get("highRisk").asBoolean()).isTrue();
        assertThat(property.get("highRiskReasons").asText())
                .isEqualTo("importer of record not in good standing (EO 14411 Sec. 2(d))");
    }
}
