package gov.fpf.liquidateddamages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.TestClock;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.referral.ReferralFollowUpProcess;
import gov.fpf.rules.ParameterNames;

/**
 * Liquidated-damages claims through the API as an office works them: the claim capped at the bond (P15) and at what
 * is left of it, Option 1 on a late entry summary (P13), the principal's petition under the EO floor, an extension,
 * the demand on the surety, the surety's petition and payment, and the 113.52 referral. Timers are fired through the
 * engine (the job executor is off); the day each one is due is asserted from the case's deadlines.
 *
 * <p>Each test makes its own parties, bonds and cases, so they run in any order. The floor test puts the EO
 * liquidated-damages floor in force from a day a year ahead and decides on that day (the test clock), so the others,
 * deciding today, find it not in force.
 */
class LdCaseApiTest extends ApplicationTest {

    private static final LocalDate TODAY = seaportToday();

    @Autowired
    TestClock clock;

    private long bond(long principal, String type, String amount, String number) throws Exception {
        String body = """
                {"bondNumber":"%s","principalPartyId":%d,"suretyName":"Atlantic Surety Co","type":"%s",
                 "activity":"IMPORTATION_AND_ENTRY","amount":%s,"effectiveDate":"2024-01-01"}"""
                .formatted(number, principal, type, amount);
        return json.readTree(mvc.perform(post("officer1", "/api/v1/bonds", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private JsonNode open(String body) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.family").value("LIQUIDATED_DAMAGES"))
                .andReturn().getResponse().getContentAsString());
    }

    private JsonNode claim(String caseNumber) throws Exception {
        return json.readTree(mvc.perform(get("officer1", "/api/v1/liquidated-damages-cases/" + caseNumber + "/claim"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode coverage(long bondId) throws Exception {
        return json.readTree(mvc.perform(get("officer1", "/api/v1/bonds/" + bondId + "/coverage"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static LocalDate day(java.util.Date date) {
        return date.toInstant().atZone(SEAPORT_ZONE).toLocalDate();
    }

    private String payment(String caseNumber, String amount, String paidBy) throws Exception {
        return mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/payments",
                        "{\"amount\":" + amount + ",\"paidDate\":\"" + TODAY + "\",\"paidBy\":\"" + paidBy + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void p15AClaimIsCappedAtTheBondAndTheNextOneAtWhatIsLeftOfIt() throws Exception {
        long principal = party("P15 Produce Importers");
        long bondId = bond(principal, "SINGLE_TRANSACTION", "50000", "STB-P15-0001");

        // P15: refused goods of $20,000 not exported: 3 x value = $60,000, capped at the $50,000 bond
        JsonNode opened = open("""
                {"bondId":%d,"breach":"FDA_REFUSED_NOT_EXPORTED","breachDate":"%s","entryNumber":"P15-1234567-8",
                 "merchandiseValue":20000}""".formatted(bondId, TODAY.minusDays(10)));
        String caseNumber = opened.get("caseNumber").asText();
        // the maximum is what the bond can answer for; the trace shows the $60,000 before the cap
        assertThat(opened.get("amounts").get("maximum").decimalValue()).isEqualByComparingTo("50000");
        assertThat(opened.get("amounts").get("assessed").decimalValue()).isEqualByComparingTo("50000");
        assertThat(opened.get("status").asText()).isEqualTo("AWAITING_RESPONSE");
        List<String> steps = new ArrayList<>();
        opened.get("computation").forEach(s -> steps.add(s.get("step").asText()));
        assertThat(steps).contains(LdClaimRules.STEP_CAPPED_AT_BOND, "Claim within the remaining coverage");
        // the principal and the surety are noticed the same day, and the principal has 60 days
        assertThat(noticeKinds(opened)).containsExactly("LD_CLAIM_NOTICE", "LD_SURETY_NOTICE");
        assertThat(deadline(opened, "Petition", "OPEN").get("dueDate").asText()).isEqualTo(TODAY.plusDays(60).toString());
        assertThat(deadline(opened, "Report of the unsatisfied bond to the Department of Justice", "OPEN")
                .get("dueDate").asText()).isEqualTo(TODAY.minusDays(10).plusDays(180).toString());
        String noticeHtml = mvc.perform(get("officer1", opened.get("notices").get(0).get("href").asText()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noticeHtml).contains("CBP Form 5955A", "$50,000.00", "Atlantic Surety Co", "STB-P15-0001",
                "P15-1234567-8", "172.3(b)");
        // the letter states the petition deadline the case shows, with the period it was counted with
        assertThat(noticeHtml).contains("by " + NoticeHtml.date(LocalDate.parse(deadline(opened, "Petition", "OPEN")
                .get("dueDate").asText())) + ", 60 days from the date of mailing (19 CFR 172.3(b)).");
        assertThat(coverage(bondId).get("remaining").decimalValue()).isEqualByComparingTo("0");

        // a second breach on the exhausted bond: nothing left to claim, flagged, and an officer closes it
        JsonNode second = open("""
                {"bondId":%d,"breach":"FDA_REFUSED_NOT_EXPORTED","breachDate":"%s","entryNumber":"P15-7654321-0",
                 "merchandiseValue":1000}""".formatted(bondId, TODAY.minusDays(5)));
        String exhausted = second.get("caseNumber").asText();
        assertThat(second.get("amounts").get("assessed").decimalValue()).isEqualByComparingTo("0");
        assertThat(claim(exhausted).get("exceedsCoverage").asBoolean()).isTrue();
        List<String> events = new ArrayList<>();
        second.get("timeline").forEach(t -> events.add(t.get("event").asText()));
        assertThat(events).contains("BOND_COVERAGE_EXCEEDED");
        String review = taskId("officer1", exhausted, LiquidatedDamagesClaimProcess.TASK_REVIEW_EXHAUSTED_BOND);
        assertThat(complete("officer1", review, "{}")).isEqualTo(400);
        assertThat(complete("officer1", review, "{\"exhaustedBondNote\":\"pursue the principal under bond STB-P15-0002\"}"))
                .isEqualTo(204);
        assertThat(caseFile(exhausted).get("status").asText()).isEqualTo("CLOSED");

        // the principal pays the first claim: the charge is cancelled (113.51) and the coverage restored
        assertThat(json.readTree(payment(caseNumber, "50000", "PRINCIPAL")).get("paidInFull").asBoolean()).isTrue();
        JsonNode paid = caseFile(caseNumber);
        assertThat(paid.get("status").asText()).isEqualTo("CLOSED");
        assertThat(claim(caseNumber).get("charge").asText()).isEqualTo("CANCELLED");
        assertThat(coverage(bondId).get("remaining").decimalValue()).isEqualByComparingTo("50000");
        assertThat(jdbc.queryForObject("SELECT paid_by FROM payment p JOIN case_file c ON c.id = p.case_id"
                + " WHERE c.case_number = ?", String.class, caseNumber)).isEqualTo("PRINCIPAL");
    }

    @Test
    void p13OptionOneClosesALateEntrySummaryOnPaymentOfTheGuidelineSum() throws Exception {
        long principal = party("P13 Electronics LLC");
        long bondId = bond(principal, "CONTINUOUS", "200000", "CB-P13-0001");
        // P13: withheld duty $12,345.67, 9 days late: $100 + $112 = $212
        JsonNode opened = open("""
                {"bondId":%d,"breach":"LATE_ENTRY_SUMMARY","breachDate":"%s","entryNumber":"P13-0000001-1",
                 "merchandiseValue":150000,"withheldDuty":12345.67,"daysLate":9}""".formatted(bondId, TODAY.minusDays(20)));
        String caseNumber = opened.get("caseNumber").asText();
        // 142.15 on a continuous bond: the single-entry amount, value $150,000 + duties, taxes and fees $12,345.67
        assertThat(opened.get("amounts").get("assessed").decimalValue()).isEqualByComparingTo("162345.67");
        JsonNode claim = claim(caseNumber);
        assertThat(claim.get("optionOneAmount").decimalValue()).isEqualByComparingTo("212");
        assertThat(claim.get("optionOneDue").asText()).isEqualTo(TODAY.plusDays(60).toString());
        assertThat(deadline(opened, "Option 1 payment", "OPEN").get("dueDate").asText())
                .isEqualTo(TODAY.plusDays(60).toString());
        String noticeHtml = mvc.perform(get("officer1", opened.get("notices").get(0).get("href").asText()))
                .andReturn().getResponse().getContentAsString();
        assertThat(noticeHtml).contains("Option 1", "$212.00");

        JsonNode receipt = json.readTree(payment(caseNumber, "212", "PRINCIPAL"));
        assertThat(receipt.get("amountDue").decimalValue()).isEqualByComparingTo("212");
        assertThat(receipt.get("paidInFull").asBoolean()).isTrue();
        JsonNode closed = caseFile(caseNumber);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        List<String> events = new ArrayList<>();
        closed.get("timeline").forEach(t -> events.add(t.get("event").asText()));
        assertThat(events).contains("OPTION_ONE_PAID", "BOND_CHARGE_CANCELLED");
        // the Option-1 sum is paid in lieu of a petition: not a finding for the repeat-offender rule (issue 12 item 22)
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM violation_record WHERE case_number = ?", Long.class,
                caseNumber)).isZero();
        assertThat(coverage(bondId).get("remaining").decimalValue()).isEqualByComparingTo("200000");
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        long principal = party("Bad Input Traders");
        long bondId = bond(principal, "CONTINUOUS", "100000", "CB-BAD-0001");
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
        long claims = jdbc.queryForObject("SELECT COUNT(*) FROM ld_claim", Long.class);

        mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases",
                        "{\"bondId\":999999,\"breach\":\"LATE_ISF\",\"breachDate\":\"" + TODAY.minusDays(3) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("no bond with id 999999")));
        mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", "{\"bondId\":" + bondId
                        + ",\"breach\":\"LATE_ENTRY_SUMMARY\",\"breachDate\":\"" + TODAY.minusDays(3)
                        + "\",\"merchandiseValue\":1000,\"withheldDuty\":-5,\"daysLate\":3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("withheldDuty")));
        mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", "{\"bondId\":" + bondId
                        + ",\"breach\":\"LATE_ISF\",\"breachDate\":\"" + TODAY.plusDays(1) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("breachDate")));
        mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", "{\"bondId\":" + bondId
                        + ",\"breach\":\"LATE_PAPERWORK\",\"breachDate\":\"" + TODAY.minusDays(1) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("LATE_ISF")));
        mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", "{\"bondId\":" + bondId
                        + ",\"breach\":\"LATE_ENTRY_SUMMARY\",\"breachDate\":\"" + TODAY.minusDays(1)
                        + "\",\"merchandiseValue\":1000}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("daysLate")));
        // before the bond took effect (2024-01-01): the bond does not cover it
        mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", "{\"bondId\":" + bondId
                        + ",\"breach\":\"LATE_ISF\",\"breachDate\":\"2023-12-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("before bond CB-BAD-0001 took effect")));
        // outside the statute (the six-year limitation parameter) is a rule, not bad input
        mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", "{\"bondId\":" + bondId
                        + ",\"breach\":\"LATE_ISF\",\"breachDate\":\"2017-03-01\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("outside the statute")));
        // a reader may not open claims
        mvc.perform(post("hq1", "/api/v1/liquidated-damages-cases", "{\"bondId\":" + bondId
                        + ",\"breach\":\"LATE_ISF\",\"breachDate\":\"" + TODAY.minusDays(1) + "\"}"))
                .andExpect(status().is4xxClientError());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).isEqualTo(cases);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ld_claim", Long.class)).isEqualTo(claims);

        // the same breach twice: the second is a conflict, not a second claim
        String isf = "{\"bondId\":" + bondId + ",\"breach\":\"LATE_ISF\",\"breachDate\":\"" + TODAY.minusDays(2)
                + "\",\"entryNumber\":\"ISF-0000001\"}";
        open(isf);
        mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", isf)).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ld_claim", Long.class)).isEqualTo(claims + 1);
    }

    @Test
    void unpaidClaimsGoToTheSuretyWhoPetitionsAndThenToTheDepartmentOfJustice() throws Exception {
        long principal = party("P16 Ocean Logistics");
        long bondId = bond(principal, "CONTINUOUS", "100000", "CB-P16-0001");
        LocalDate breachDate = TODAY.minusDays(30);
        // P16: a late ISF is a $5,000 claim; first violation guideline $1,000 to $2,000
        JsonNode opened = open("""
                {"bondId":%d,"breach":"LATE_ISF","breachDate":"%s","entryNumber":"ISF-P16-0001"}"""
                .formatted(bondId, breachDate));
        String caseNumber = opened.get("caseNumber").asText();
        assertThat(opened.get("amounts").get("assessed").decimalValue()).isEqualByComparingTo("5000");
        JsonNode claim = claim(caseNumber);
        assertThat(claim.get("guidelineLow").decimalValue()).isEqualByComparingTo("1000");
        assertThat(claim.get("guidelineHigh").decimalValue()).isEqualByComparingTo("2000");
        assertThat(claim.get("optionOneAmount").isNull()).isTrue();

        // the principal asks for more time within the 60 days; the officer grants 30 days more
        mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases/" + caseNumber + "/extension-requests",
                        "{\"requestedBy\":\"PRINCIPAL\",\"requestDate\":\"" + TODAY + "\",\"requestedUntil\":\""
                                + TODAY.plusDays(60) + "\",\"reason\":\"broker records\"}"))
                .andExpect(status().isBadRequest()); // not after the current end of the period
        mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases/" + caseNumber + "/extension-requests",
                        "{\"requestedBy\":\"PRINCIPAL\",\"requestDate\":\"" + TODAY + "\",\"requestedUntil\":\""
                                + TODAY.plusDays(90) + "\",\"reason\":\"the broker's records are with the auditors\"}"))
                .andExpect(status().isCreated());
        String decide = taskId("officer1", caseNumber, LiquidatedDamagesClaimProcess.TASK_DECIDE_EXTENSION_REQUEST);
        assertThat(complete("officer1", decide, "{\"extensionGranted\":true,\"extendedDueDate\":\"" + TODAY.plusDays(30)
                + "\",\"extensionNote\":\"x\"}")).isEqualTo(400);
        assertThat(complete("officer1", decide, "{\"extensionGranted\":true,\"extendedDueDate\":\"" + TODAY.plusDays(90)
                + "\",\"extensionNote\":\"records with the auditors\"}")).isEqualTo(204);
        assertThat(deadline(caseFile(caseNumber), "Petition", "OPEN").get("dueDate").asText())
                .isEqualTo(TODAY.plusDays(90).toString());

        // nothing from the principal: the petition timer, due on the extended date, puts the demand on the surety
        // the period includes its extended last day: it closes at midnight after it, at the seaport
        assertThat(fireTimer(caseNumber, LiquidatedDamagesClaimProcess.INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED)
                .toInstant()).isEqualTo(TODAY.plusDays(91).atStartOfDay(SEAPORT_ZONE).toInstant());
        JsonNode demanded = caseFile(caseNumber);
        assertThat(noticeKinds(demanded)).contains("LD_SURETY_DEMAND");
        assertThat(deadline(demanded, "Surety petition", "OPEN").get("dueDate").asText())
                .isEqualTo(TODAY.plusDays(60).toString());
        // 180 days after accrual is inside the surety's period? no: breach + 180 = today + 150, after it
        assertThat(claim(caseNumber).get("referralDate").asText()).isEqualTo(breachDate.plusDays(180).toString());

        // the surety petitions within its own 60 days; the officer mitigates to the guideline
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions", "{\"filedDate\":\"" + TODAY
                        + "\",\"supplemental\":false,\"grounds\":\"the surety was not told of the late filing\","
                        + "\"filedBy\":\"SURETY\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timely").value(true))
                .andExpect(jsonPath("$.filedBy").value("SURETY"))
                .andExpect(jsonPath("$.dueDate").value(TODAY.plusDays(60).toString()));
        String propose = taskId("supervisor1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        // EO 14411 Sec. 4(c) only directs DHS to set an LD floor; no instrument puts LD_FLOOR in force (this context's
        // DEMO instrument leaves it out), so the existing guidelines apply (172.11) and a mitigation is not refused
        assertThat(complete("supervisor1", propose, "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":2000,"
                + "\"findings\":\"first violation, ISF filed 3 days late\"}")).isEqualTo(204);
        JsonNode decided = caseFile(caseNumber);
        assertThat(decided.get("status").asText()).isEqualTo("DECIDED");
        assertThat(noticeKinds(decided)).contains("LD_DECISION_LETTER");
        assertThat(decided.toString()).contains("EO rule not in force: LD_FLOOR");
        String letter = mvc.perform(get("officer1", decided.get("notices").get(decided.get("notices").size() - 1)
                .get("href").asText())).andReturn().getResponse().getContentAsString();
        assertThat(letter).contains("Atlantic Surety Co", "$2,000.00", "172.41");

        // the decision lapses unpaid; the surety was already demanded, so the case waits for the referral date
        assertThat(fireTimer(caseNumber, LiquidatedDamagesClaimProcess.INTERMEDIATE_EVENT_DECISION_EXPIRED).toInstant())
                .isEqualTo(TODAY.plusDays(61).atStartOfDay(SEAPORT_ZONE).toInstant());
        LocalDate referredOn = day(fireTimer(caseNumber, LiquidatedDamagesClaimProcess.INTERMEDIATE_EVENT_REFERRAL_DATE_REACHED));
        assertThat(referredOn).isEqualTo(breachDate.plusDays(180));
        JsonNode referred = caseFile(caseNumber);
        assertThat(referred.get("status").asText()).isEqualTo("REFERRED");
        List<String> openTasks = new ArrayList<>();
        referred.get("openTasks").forEach(t -> openTasks.add(t.get("taskDefinitionKey").asText()));
        assertThat(openTasks).contains(ReferralFollowUpProcess.TASK_RECORD_REFERRAL_OUTCOME);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ReferralFollowUpProcess.KEY).singleResult()).isNotNull();
        assertThat(runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ReferralFollowUpProcess.KEY).singleResult().getId(),
                ReferralFollowUpProcess.VAR_REFERRED_TO)).isEqualTo(ReferralFollowUpProcess.REFERRED_TO_DOJ);
        // the charge stays on the bond while the referral is open
        assertThat(coverage(bondId).get("remaining").decimalValue()).isEqualByComparingTo("95000");
    }

    @Test
    void theSuretyPaysAfterTheDemandAndThePaymentIsRecordedAsTheSuretys() throws Exception {
        long principal = party("Surety Pays Imports");
        long bondId = bond(principal, "CONTINUOUS", "80000", "CB-SP-0001");
        String caseNumber = open("""
                {"bondId":%d,"breach":"DUTY_DEPOSIT_DEFAULT","breachDate":"%s","entryNumber":"DD-0000001",
                 "unpaidDuties":700}""".formatted(bondId, TODAY.minusDays(3))).get("caseNumber").asText();
        // 2 x $700 = $1,400, more than the $1,000 minimum
        assertThat(caseFile(caseNumber).get("amounts").get("assessed").decimalValue()).isEqualByComparingTo("1400");
        fireTimer(caseNumber, LiquidatedDamagesClaimProcess.INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED);
        // 180 days after accrual falls after the surety's 60 days
        assertThat(claim(caseNumber).get("referralDate").asText()).isEqualTo(TODAY.minusDays(3).plusDays(180).toString());
        JsonNode receipt = json.readTree(payment(caseNumber, "1400", "SURETY"));
        assertThat(receipt.get("paidInFull").asBoolean()).isTrue();
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("SELECT paid_by FROM payment p JOIN case_file c ON c.id = p.case_id"
                + " WHERE c.case_number = ?", String.class, caseNumber)).isEqualTo("SURETY");
        assertThat(claim(caseNumber).get("charge").asText()).isEqualTo("CANCELLED");
        // the claim paid in full is a final finding (issue 12 item 22)
        assertThat(jdbc.queryForList("SELECT finding_kind FROM violation_record WHERE case_number = ?", String.class,
                caseNumber)).containsExactly("LD_PAID");
    }

    @Test
    void onceAnInstrumentPutsTheLdFloorInForceAndTheAdministratorSetsItAMitigationBelowItIsRefused() throws Exception {
        // EO 14411 Sec. 4(c): the floor applies only from an implementing instrument that puts LD_FLOOR in force; here
        // from a day of this test's own, so that no other test of the shared context decides under it
        LocalDate floorDay = TODAY.plusYears(1);
        mvc.perform(post("admin", "/api/v1/implementing-instruments", """
                        {"title":"LD floor implementing rule (test)","citation":"LD-FLOOR-TEST-%s","effectiveDate":"%s",
                         "rules":["LD_FLOOR"]}""".formatted(floorDay, floorDay)))
                .andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/legal-parameters/" + ParameterNames.LD_FLOOR_SHARE,
                        "{\"value\":0.5,\"effectiveFrom\":\"" + floorDay + "\",\"citation\":\"EO 14411 Sec. 4(c) (test value)\","
                                + "\"confidence\":\"EO\",\"note\":\"test: set by the administrator\"}"))
                .andExpect(status().isCreated());
        long principal = party("Floor Test Trading");
        long bondId = bond(principal, "CONTINUOUS", "100000", "CB-FL-0001");
        LocalDate breachDate = TODAY.minusDays(5);
        String caseNumber = open("""
                {"bondId":%d,"breach":"ENTRY_NON_MERCHANDISE_DEFAULT","breachDate":"%s","entryNumber":"NM-0000001",
                 "defaults":4}""".formatted(bondId, breachDate)).get("caseNumber").asText();
        assertThat(caseFile(caseNumber).get("amounts").get("assessed").decimalValue()).isEqualByComparingTo("4000");

        // the petition filed today is reviewed and decided on the day the floor is in force
        clock.set(floorDay.atTime(12, 0).atZone(SEAPORT_ZONE).toInstant());
        try {
            reviewedAndDecidedUnderTheFloor(principal, caseNumber);
        } finally {
            clock.reset();
        }
    }

    private void reviewedAndDecidedUnderTheFloor(long principal, String caseNumber) throws Exception {
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions", "{\"filedDate\":\"" + TODAY
                        + "\",\"supplemental\":false,\"grounds\":\"clerical errors, since corrected\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.filedBy").value("PRINCIPAL"));
        JsonNode review = caseFile(caseNumber);
        List<String> steps = new ArrayList<>();
        review.get("computation").forEach(s -> steps.add(s.get("step").asText() + "=" + s.get("value").asText()));
        assertThat(steps).contains("Liquidated-damages floor=2000.00");
        String propose = taskId("supervisor1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        assertThat(complete("supervisor1", propose, "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":1500,"
                + "\"findings\":\"f\"}")).isEqualTo(422);
        assertThat(complete("supervisor1", propose, "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":2000,"
                + "\"findings\":\"errors corrected, first occurrence\"}")).isEqualTo(204);
        assertThat(caseFile(caseNumber).get("amounts").get("decided").decimalValue()).isEqualByComparingTo("2000");
        assertThat(json.readTree(payment(caseNumber, "2000", "PRINCIPAL")).get("paidInFull").asBoolean()).isTrue();
        JsonNode closed = caseFile(caseNumber);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(claim(caseNumber).get("charge").asText()).isEqualTo("CANCELLED");
        // the finding goes on the principal's record for the repeat-offender rule
        mvc.perform(get("officer1", "/api/v1/parties/" + principal))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.violations[*].statute", hasItem(LdCaseService.VIOLATION_STATUTE)));
    }

    @Test
    void aLatePrincipalPetitionIsRecordedAsLateAndItsGuidelineCarriesTheSurcharge() throws Exception {
        long principal = party("Late Petition Shipping");
        long bondId = bond(principal, "CONTINUOUS", "100000", "CB-LP-0001");
        String caseNumber = open("""
                {"bondId":%d,"breach":"LATE_ISF","breachDate":"%s","entryNumber":"ISF-LATE-0001"}"""
                .formatted(bondId, TODAY.minusDays(100))).get("caseNumber").asText();
        // make the principal's period end 10 days ago, as if the notice had been mailed 70 days ago
        jdbc.update("UPDATE case_deadline SET due_date = ? WHERE name = 'Petition' AND case_id = (SELECT id FROM"
                + " case_file WHERE case_number = ?)", java.sql.Date.valueOf(TODAY.minusDays(10)), caseNumber);
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions", "{\"filedDate\":\"" + TODAY
                        + "\",\"supplemental\":false,\"grounds\":\"extraordinary: the broker's office flooded\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timely").value(false));
        // 2013 rule: each end of the $1,000-$2,000 range + 0.1% x $5,000 x 10 days = $50
        List<String> steps = new ArrayList<>();
        caseFile(caseNumber).get("computation").forEach(s -> steps.add(s.get("step").asText() + "=" + s.get("value").asText()));
        assertThat(steps).contains("Mitigated amount on a late petition=1050.00", "Mitigated amount on a late petition=2050.00");
        assertThat(new BigDecimal(runtime.getVariable(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).processDefinitionKey(PetitionReviewProcess.KEY).singleResult()
                .getId(), PetitionReviewProcess.VAR_GUIDELINE_LOW).toString())).isEqualByComparingTo("1050");
    }

    @Test
    void aRepeatOffenderGetsNoMitigationOnALiquidatedDamagesClaim() throws Exception {
        long principal = party("Repeat Offender Freight");
        mvc.perform(post("officer1", "/api/v1/parties/" + principal + "/violations",
                        "{\"statute\":\"LD\",\"findingDate\":\"" + TODAY.minusDays(200) + "\"}"))
                .andExpect(status().isCreated());
        long bondId = bond(principal, "CONTINUOUS", "100000", "CB-RO-0001");
        String caseNumber = open("""
                {"bondId":%d,"breach":"ENTRY_NON_MERCHANDISE_DEFAULT","breachDate":"%s","entryNumber":"RO-0000001",
                 "defaults":2}""".formatted(bondId, TODAY.minusDays(5))).get("caseNumber").asText();
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions", "{\"filedDate\":\"" + TODAY
                        + "\",\"supplemental\":false,\"grounds\":\"first time for this kind of default\"}"))
                .andExpect(status().isCreated());
        String propose = taskId("supervisor1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        mvc.perform(post("supervisor1", "/api/v1/tasks/{id}/complete", "{\"petitionOutcome\":\"MITIGATE\","
                        + "\"proposedAmount\":1500,\"findings\":\"f\"}", propose))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("repeat offender")));
        assertThat(complete("supervisor1", propose, "{\"petitionOutcome\":\"DENY\",\"proposedAmount\":2000,"
                + "\"findings\":\"repeat offender: no mitigation\"}")).isEqualTo(204);
        String letter = mvc.perform(get("officer1", caseFile(caseNumber).get("notices").get(2).get("href").asText()))
                .andReturn().getResponse().getContentAsString();
        assertThat(letter).contains("Repeat offender", "$2,000.00");
    }

    /** Rule audit C5: a TIB of tools of trade (9813.00.50) is 110% of the duties including fees, others double. */
    @Test
    void aTibClaimTakesItsFeesAndSubheadingThroughTheApi() throws Exception {
        long principal = party("TIB Tools Inc");
        long bondId = bond(principal, "SINGLE_TRANSACTION", "20000", "STB-TIB-0001");
        JsonNode tools = open("""
                {"bondId":%d,"breach":"TIB_NOT_EXPORTED","breachDate":"%s","entryNumber":"TIB-0000001-1",
                 "estimatedDuties":4000.00,"estimatedFees":123.45,"tibSubheading":"9813.00.50"}""".formatted(bondId,
                TODAY.minusDays(10)));
        assertThat(tools.get("amounts").get("assessed").decimalValue()).isEqualByComparingTo("4535.80");
        JsonNode other = open("""
                {"bondId":%d,"breach":"TIB_NOT_EXPORTED","breachDate":"%s","entryNumber":"TIB-0000002-2",
                 "estimatedDuties":4000.00,"estimatedFees":123.45,"tibSubheading":"9813.00.30"}""".formatted(bondId,
                TODAY.minusDays(10)));
        assertThat(other.get("amounts").get("assessed").decimalValue()).isEqualByComparingTo("8246.90");
        mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", """
                {"bondId":%d,"breach":"TIB_NOT_EXPORTED","breachDate":"%s","estimatedDuties":4000,
                 "tibSubheading":"tools"}""".formatted(bondId, TODAY.minusDays(9))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("tibSubheading")));
    }
}
