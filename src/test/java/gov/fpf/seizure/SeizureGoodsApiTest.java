package gov.fpf.seizure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.mitigation.PetitionReviewProcess;

/**
 * Issue 12 items 11, 15, 16 and 19 through the API: counterfeit and prohibited goods are not released on payment
 * (1614) or sold summarily (1612) without the trademark owner's consent; a mixed seizure over the limit goes to the
 * U.S. Attorney (1610); one perishable item opens a sale of that item only; summary-sale proceeds are held and, on
 * relief, pay the 162.48(b)(2) reimbursement (P10); a 1592 seizure's release security is capped at the maximum
 * penalty and its sale returns the excess to the violator (1613(b)). Every ledger adds up to the gross.
 */
class SeizureGoodsApiTest extends ApplicationTest {

    private static final LocalDate TODAY = seaportToday();

    private JsonNode open(String body) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/seizure-cases", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode property(String caseNumber) throws Exception {
        return json.readTree(mvc.perform(get("officer1", "/api/v1/seizure-cases/" + caseNumber + "/property"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private void custodyAndAppraisal(String caseNumber, String dailyRate, String value) throws Exception {
        assertThat(complete("custodian1", caseNumber, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY,
                "{\"storageLocation\":\"LALB bonded warehouse, bay 7\",\"dailyStorageRate\":" + dailyRate
                        + ",\"hazardous\":false,\"highRisk\":false}")).isEqualTo(204);
        assertThat(complete("officer1", caseNumber, SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE,
                "{\"appraisedValue\":" + value + ",\"appraisalBasis\":\"wholesale price lists at the port\"}"))
                .isEqualTo(204);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    // --- item 15 --------------------------------------------------------------------------------------------------

    @Test
    void counterfeitGoodsAreNotReleasedOnPaymentUntilTheTrademarkOwnerConsentsInWriting() throws Exception {
        String caseNumber = open("""
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1526(e)","items":[{"description":"watches with counterfeit marks",
                 "quantity":40,"appraisedValue":12000,"counterfeit":true}]}""".formatted(party("P21 Watch Imports"),
                TODAY.minusDays(1))).get("caseNumber").asText();
        custodyAndAppraisal(caseNumber, "10", "12000");
        long caseId = count("SELECT id FROM case_file WHERE case_number = ?", caseNumber);
        long events = count("SELECT COUNT(*) FROM audit_event WHERE case_number = ?", caseNumber);

        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/release-on-payment",
                        "{\"amount\":12000,\"paidDate\":\"" + TODAY + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("counterfeit mark")))
                .andExpect(jsonPath("$.citation").value("19 U.S.C. 1614, 1526(e)"));
        // nothing stored: no payment, no proceeds, no event, not released
        assertThat(caseFile(caseNumber).get("amounts").get("paid").isNull()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM proceeds_share WHERE case_id = ?", caseId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE case_number = ?", caseNumber)).isEqualTo(events);
        assertThat(property(caseNumber).get("releasedDate").isNull()).isTrue();

        // the owner's written consent is recorded; the release then goes ahead and the shares add up to the payment
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/trademark-owner-consent",
                        "{\"consentDate\":\"" + TODAY + "\",\"reference\":\"letter of Brand Owner LLC\"}"))
                .andExpect(status().isAccepted());
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/release-on-payment",
                        "{\"amount\":12000,\"paidDate\":\"" + TODAY + "\"}"))
                .andExpect(status().isAccepted());
        JsonNode released = property(caseNumber);
        assertThat(released.get("trademarkOwnerConsentDate").asText()).isEqualTo(TODAY.toString());
        assertThat(released.get("releasedDate").asText()).isEqualTo(TODAY.toString());
        assertThat(SeizureCaseApiTest.sumOfShares(released)).isEqualByComparingTo("12000");
    }

    @Test
    void prohibitedGoodsAreNeverReleasedOnPaymentAndConsentIsOnlyForCounterfeits() throws Exception {
        String caseNumber = open("""
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","items":[{"description":"banned pesticide",
                 "quantity":10,"appraisedValue":3000,"prohibited":true}]}""".formatted(party("Banned Chemicals Co"),
                TODAY)).get("caseNumber").asText();
        custodyAndAppraisal(caseNumber, "0", "3000");
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/trademark-owner-consent",
                        "{\"consentDate\":\"" + TODAY + "\",\"reference\":\"n/a\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/release-on-payment",
                        "{\"amount\":3000,\"paidDate\":\"" + TODAY + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.citation").value("19 U.S.C. 1614, 1607(a)(2)"));
        assertThat(caseFile(caseNumber).get("amounts").get("paid").isNull()).isTrue();
    }

    @Test
    void perishableCounterfeitGoodsAreNotSoldSummarily() throws Exception {
        String caseNumber = open("""
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1526(e)","items":[{"description":"chocolates under a counterfeit mark",
                 "quantity":300,"appraisedValue":2500,"perishable":true,"counterfeit":true}]}"""
                .formatted(party("Sweet Fakes Ltd"), TODAY)).get("caseNumber").asText();
        custodyAndAppraisal(caseNumber, "5", "2500");
        fireTimer(caseNumber, SeizureForfeitureProcess.START_EVENT_STORAGE_COST_THRESHOLD_REACHED);
        String before = property(caseNumber).toString();
        assertThat(complete("supervisor1", caseNumber, SeizureForfeitureProcess.TASK_APPROVE_SUMMARY_SALE,
                "{\"summarySaleDecision\":\"SALE\",\"summarySaleReason\":\"spoils soon\"}")).isEqualTo(422);
        assertThat(property(caseNumber).toString()).isEqualTo(before);
        assertThat(noticeKinds(caseFile(caseNumber))).doesNotContain("NOTICE_OF_SALE");
        // rejecting leaves the proceedings as they were
        assertThat(complete("supervisor1", caseNumber, SeizureForfeitureProcess.TASK_APPROVE_SUMMARY_SALE,
                "{\"summarySaleDecision\":\"REJECTED\",\"summarySaleReason\":\"counterfeits: no sale\"}")).isEqualTo(204);
    }

    // --- item 16 --------------------------------------------------------------------------------------------------

    @Test
    void aMixedSeizureOverTheLimitGoesToTheUsAttorneyAndTheTrademarkOwnerIsStillTold() throws Exception {
        JsonNode opened = open("""
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1526(e)","items":[
                 {"description":"handbags with counterfeit marks","quantity":300,"appraisedValue":400000,"counterfeit":true},
                 {"description":"genuine leather goods","quantity":90,"appraisedValue":100000.01}]}"""
                .formatted(party("Mixed Leather Imports"), TODAY.minusDays(1)));
        assertThat(opened.get("path").asText()).isEqualTo("JUDICIAL");
        String caseNumber = opened.get("caseNumber").asText();
        custodyAndAppraisal(caseNumber, "25", "500000.01");
        JsonNode referred = caseFile(caseNumber);
        assertThat(referred.get("status").asText()).isEqualTo("REFERRED");
        assertThat(noticeKinds(referred)).contains("TRADEMARK_OWNER_NOTICE").doesNotContain("NOTICE_OF_SEIZURE");
        assertThat(property(caseNumber).get("path").asText()).isEqualTo("JUDICIAL");

        // a cent lower, the whole seizure is within the 1607(a)(1) limit: administrative, and the owner is told
        JsonNode within = open("""
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1526(e)","items":[
                 {"description":"handbags with counterfeit marks","quantity":300,"appraisedValue":400000,"counterfeit":true},
                 {"description":"genuine leather goods","quantity":90,"appraisedValue":100000}]}"""
                .formatted(party("Mixed Leather Imports II"), TODAY.minusDays(1)));
        assertThat(within.get("path").asText()).isEqualTo("ADMINISTRATIVE");
        custodyAndAppraisal(within.get("caseNumber").asText(), "25", "500000");
        assertThat(noticeKinds(caseFile(within.get("caseNumber").asText())))
                .contains("TRADEMARK_OWNER_NOTICE", "NOTICE_OF_SEIZURE");
    }

    @Autowired
    SeizureSteps seizures;

    @Test
    void aDecisionTableThatDisagreesWithTheRulesIsRefusedNotStored() throws Exception {
        // $650,000 of lawful goods: the rules say JUDICIAL (1610)
        String caseNumber = open("""
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","items":[{"description":"industrial lathes",
                 "quantity":3,"appraisedValue":650000}]}""".formatted(party("Path Mismatch Machinery"), TODAY))
                .get("caseNumber").asText();
        long steps = count("SELECT COUNT(*) FROM computation_step s JOIN case_file c ON c.id = s.case_id"
                + " WHERE c.case_number = ?", caseNumber);

        // a table (as if edited and deployed) answering ADMINISTRATIVE is refused with the rules' reason and citation
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> seizures.recordPath(caseNumber, java.util.Map.of(
                        SeizureForfeitureProcess.VAR_FORFEITURE_PATH, "ADMINISTRATIVE",
                        SeizureForfeitureProcess.VAR_PATH_CITATION, "19 U.S.C. 1607(a)(2)")))
                .isInstanceOf(gov.fpf.system.Problems.RuleViolation.class)
                .hasMessageContaining("the rules give JUDICIAL")
                .satisfies(e -> assertThat(((gov.fpf.system.Problems.RuleViolation) e).citation())
                        .startsWith("19 U.S.C. 1610"));
        assertThat(property(caseNumber).get("path").asText()).isEqualTo("JUDICIAL");
        assertThat(count("SELECT COUNT(*) FROM computation_step s JOIN case_file c ON c.id = s.case_id"
                + " WHERE c.case_number = ?", caseNumber)).isEqualTo(steps);
    }

    // --- item 19 and 11: one perishable item, held proceeds --------------------------------------------------------

    @Test
    void onePerishableItemIsSoldAloneItsProceedsAreHeldAndTheRestFollowsTheOrdinaryPath() throws Exception {
        String caseNumber = open("""
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","items":[
                 {"description":"fresh produce","quantity":200,"appraisedValue":800,"perishable":true},
                 {"description":"packing machinery","quantity":2,"appraisedValue":50000}]}"""
                .formatted(party("Produce And Machines"), TODAY)).get("caseNumber").asText();
        custodyAndAppraisal(caseNumber, "10", "50800");
        fireTimer(caseNumber, SeizureForfeitureProcess.START_EVENT_STORAGE_COST_THRESHOLD_REACHED);
        assertThat(complete("supervisor1", caseNumber, SeizureForfeitureProcess.TASK_APPROVE_SUMMARY_SALE,
                "{\"summarySaleDecision\":\"SALE\",\"summarySaleReason\":\"produce spoils\"}")).isEqualTo(204);
        JsonNode noticed = caseFile(caseNumber);
        String notice = mvc.perform(get("officer1", noticed.get("notices").get(noticed.get("notices").size() - 1)
                .get("href").asText())).andReturn().getResponse().getContentAsString();
        assertThat(notice).contains("fresh produce").doesNotContain("packing machinery");

        assertThat(complete("custodian1", caseNumber, SeizureForfeitureProcess.TASK_CARRY_OUT_PERISHABLE_ITEMS_SALE,
                "{\"saleDate\":\"" + TODAY + "\",\"saleProceeds\":600}")).isEqualTo(204);
        JsonNode prop = property(caseNumber);
        assertThat(prop.get("items")).extracting(i -> i.get("summarilySold").asBoolean()).containsExactly(true, false);
        assertThat(prop.get("heldProceeds").decimalValue()).isEqualByComparingTo("600");
        assertThat(prop.get("proceeds")).isEmpty();
        assertThat(prop.get("dispositionDate").isNull()).isTrue();
        // the election goes on for the machinery
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("AWAITING_RESPONSE");
        fireTimer(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED);
        assertThat(property(caseNumber).get("forfeitureBasis").asText()).isEqualTo("DECLARED");
        assertThat(complete("officer1", caseNumber, SeizureForfeitureProcess.TASK_DECIDE_DISPOSITION,
                "{\"dispositionMethod\":\"DESTRUCTION\"}")).isEqualTo(204);
        assertThat(complete("custodian1", caseNumber, SeizureForfeitureProcess.TASK_CARRY_OUT_DISPOSITION,
                "{\"dispositionDate\":\"" + TODAY + "\",\"witness\":\"CBP officer\",\"certificateReference\":\"D-1\"}"))
                .isEqualTo(204);
        // forfeited: the held proceeds go out under 1613 when the case closes, once, adding up to the $600
        JsonNode closed = property(caseNumber);
        assertThat(closed.get("proceedsDistributed").asText()).isEqualTo(TODAY.toString());
        assertThat(closed.get("proceeds")).extracting(p -> p.get("share").asText())
                .containsExactly(SeizureRules.STEP_TO_FUND);
        assertThat(SeizureCaseApiTest.sumOfShares(closed)).isEqualByComparingTo("600");
    }

    @Test
    void p10ReliefAfterTheSummarySalePaysEightThousandLessTheRemittedAmountAndTheSharesAreTheGross() throws Exception {
        String caseNumber = open("""
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","projectedStorageCost":4500,
                 "items":[{"description":"fresh produce","quantity":200,"appraisedValue":8000,"perishable":true}]}"""
                .formatted(party("P10 Relief Produce"), TODAY.minusDays(1))).get("caseNumber").asText();
        custodyAndAppraisal(caseNumber, "150", "8000");
        fireTimer(caseNumber, SeizureForfeitureProcess.START_EVENT_STORAGE_COST_THRESHOLD_REACHED);
        assertThat(complete("supervisor1", caseNumber, SeizureForfeitureProcess.TASK_APPROVE_SUMMARY_SALE,
                "{\"summarySaleDecision\":\"SALE\",\"summarySaleReason\":\"perishable produce\"}")).isEqualTo(204);
        assertThat(complete("custodian1", caseNumber, SeizureForfeitureProcess.TASK_CARRY_OUT_SUMMARY_SALE,
                "{\"saleDate\":\"" + TODAY + "\",\"saleProceeds\":6000}")).isEqualTo(204);
        assertThat(property(caseNumber).get("proceeds")).isEmpty();

        // the owner petitions for the proceeds and is granted remission on payment of $1,000
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                        "{\"filedDate\":\"" + TODAY + "\",\"supplemental\":false,\"grounds\":\"innocent owner\"}"))
                .andExpect(status().isCreated());
        assertThat(complete("supervisor1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION,
                "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":1000,\"findings\":\"innocent owner\"}"))
                .isEqualTo(204);

        // 162.48(b)(2): $8,000 value at seizure less $1,000 = $7,000; the proceeds pay storage, then $5,850 of it
        JsonNode closed = property(caseNumber);
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("proceeds")).extracting(p -> p.get("share").asText(), p -> p.get("amount").decimalValue().setScale(2))
                .containsExactly(tuple("Expense: Custody and storage", new BigDecimal("150.00")),
                        tuple(SeizureRules.STEP_TO_CLAIMANT, new BigDecimal("5850.00")),
                        tuple(SeizureRules.STEP_TO_FUND, new BigDecimal("0.00")));
        assertThat(SeizureCaseApiTest.sumOfShares(closed)).isEqualByComparingTo("6000");
        assertThat(caseFile(caseNumber).toString()).contains("7000.00").contains("Reimbursement above the proceeds");
    }

    // --- item 11: 1592 seizures ------------------------------------------------------------------------------------

    @Test
    void a1592SeizureIsReleasedOnSecurityCappedAtTheMaximumAndItsSaleReturnsTheExcessToTheViolator() throws Exception {
        String caseNumber = open("""
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1592","items":[{"description":"undervalued electronics",
                 "quantity":100,"appraisedValue":42000}]}""".formatted(party("P18 Undervaluing Imports"),
                TODAY.minusDays(2))).get("caseNumber").asText();
        custodyAndAppraisal(caseNumber, "10", "42000");
        // culpability not recorded yet: the fraud maximum, the domestic value, caps the security
        assertThat(property(caseNumber).get("releaseBond").decimalValue()).isEqualByComparingTo("42000");
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/penalty-1592",
                        "{\"culpability\":\"NEGLIGENCE\",\"dutiableValue\":40000,\"lossOfRevenue\":5000}"))
                .andExpect(status().isAccepted());
        JsonNode negligence = property(caseNumber);
        assertThat(negligence.get("maximumPenalty1592").decimalValue()).isEqualByComparingTo("10000");
        assertThat(negligence.get("releaseBond").decimalValue()).isEqualByComparingTo("10000");   // 2 × LoR
        assertThat(negligence.get("releaseBondNote").asText()).contains("1592(c) maximum penalty $10,000.00");
        // not a 1592 seizure: refused
        String other = open("""
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","items":[{"description":"x","quantity":1,
                 "appraisedValue":10}]}""".formatted(party("Not 1592"), TODAY)).get("caseNumber").asText();
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + other + "/penalty-1592", "{\"finalPenalty\":5}"))
                .andExpect(status().isUnprocessableEntity());

        // forfeited and sold for $30,000: without the final penalty the proceeds cannot be distributed (1613(b))
        fireTimer(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED);
        assertThat(complete("officer1", caseNumber, SeizureForfeitureProcess.TASK_DECIDE_DISPOSITION,
                "{\"dispositionMethod\":\"SALE\"}")).isEqualTo(204);
        assertThat(complete("custodian1", caseNumber, SeizureForfeitureProcess.TASK_CARRY_OUT_DISPOSITION,
                "{\"dispositionDate\":\"" + TODAY + "\",\"saleProceeds\":30000}")).isEqualTo(422);
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/penalty-1592",
                        "{\"culpability\":\"NEGLIGENCE\",\"dutiableValue\":40000,\"lossOfRevenue\":5000,"
                                + "\"finalPenalty\":8000,\"costs\":500}"))
                .andExpect(status().isAccepted());
        assertThat(complete("custodian1", caseNumber, SeizureForfeitureProcess.TASK_CARRY_OUT_DISPOSITION,
                "{\"dispositionDate\":\"" + TODAY + "\",\"saleProceeds\":30000}")).isEqualTo(204);
        // storage 2 days × $10 = $20; the fund keeps the $8,500 penalty and costs; $21,480 goes back (P18, 1613(b))
        JsonNode sold = property(caseNumber);
        assertThat(sold.get("proceeds")).extracting(p -> p.get("share").asText(), p -> p.get("amount").decimalValue().setScale(2))
                .containsExactly(tuple("Expense: Custody and storage", new BigDecimal("20.00")),
                        tuple("Final penalty and costs (1592 forfeiture)", new BigDecimal("8500.00")),
                        tuple(SeizureRules.STEP_TO_VIOLATOR, new BigDecimal("21480.00")));
        assertThat(SeizureCaseApiTest.sumOfShares(sold)).isEqualByComparingTo("30000");
        String record = mvc.perform(get("officer1", caseFile(caseNumber).get("notices").get(
                caseFile(caseNumber).get("notices").size() - 1).get("href").asText()))
                .andReturn().getResponse().getContentAsString();
        assertThat(record).contains("Record of disposition").containsOnlyOnce(SeizureRules.STEP_TO_VIOLATOR);
    }
}
