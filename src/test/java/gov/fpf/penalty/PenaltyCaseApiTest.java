package gov.fpf.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.casefile.NoticeHtml;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.process.identity.EngineAccess;
import gov.fpf.system.Roles;

/**
 * A 1592 case through the API as an office works it: opened with its maximum and deadlines, the culpability task,
 * the pre-penalty notice and representations, the penalty notice, a petition, the EO 14411 floor (422), the
 * four-eyes national-security exception (403 for the proposer), the decision and payment. Worked example P1.
 */
class PenaltyCaseApiTest extends ApplicationTest {

    @Autowired
    EngineAccess engineAccess;

    @Autowired
    PenaltyCaseSteps penaltyCases;

    /** Worked example P1: dutiable $400,000, LOR $20,000, domestic value $600,000, negligence. */
    private String openP1Case(long partyId) throws Exception {
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":false,"merchandiseDescription":"steel fasteners",
                 "entryNumbers":["ABC-1234567-8"],"materialFacts":"declared at 5%% instead of 10%%"}""".formatted(partyId);
        JsonNode created = json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.family").value("PENALTY"))
                .andExpect(jsonPath("$.officeCode").value(SEAPORT))
                .andExpect(jsonPath("$.amounts.maximum").value(40000.00))
                .andExpect(jsonPath("$.deadlines[0].name").value("Statute of limitations"))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2030-06-02"))
                .andExpect(jsonPath("$.deadlines[0].citation").value(org.hamcrest.Matchers.containsString("1621")))
                .andExpect(jsonPath("$.computation[*].citation", hasItem("19 U.S.C. 1592(d)")))
                .andExpect(jsonPath("$.openTasks[0].taskDefinitionKey").value(PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT))
                .andReturn().getResponse().getContentAsString());
        return created.get("caseNumber").asText();
    }

    @Test
    void anOfficeWorksA1592CaseFromOpeningToPaymentWithTheFloorAndFourEyes() throws Exception {
        engineAccess.ensureUser("supervisor9", "supervisor9", "Second", "Supervisor",
                List.of(Roles.SUPERVISOR, Roles.OFFICER), Set.of(SEAPORT));
        long partyId = party("P1 Fasteners Inc");
        String caseNumber = openP1Case(partyId);

        // the officer cannot propose more than the statutory maximum
        String culpability = taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
        assertThat(complete("officer1", culpability, "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":50000,"
                + "\"amountRationale\":\"x\"}")).isEqualTo(422);
        assertThat(complete("officer1", culpability, "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,"
                + "\"amountRationale\":\"serious, repeated misclassification\"}")).isEqualTo(204);

        // commercial and over $1,000: a pre-penalty notice with 30 days to respond
        JsonNode afterPpn = caseFile(caseNumber);
        assertThat(afterPpn.get("status").asText()).isEqualTo("AWAITING_RESPONSE");
        assertThat(afterPpn.get("notices").get(0).get("kind").asText()).isEqualTo("PRE_PENALTY_NOTICE");
        String ppnHtml = mvc.perform(get("officer1", afterPpn.get("notices").get(0).get("href").asText()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ppnHtml).contains("Proposed penalty", "$40,000.00", "steel fasteners", "ABC-1234567-8",
                "representations", "$20,000.00");
        // the letter states the response deadline the case shows, with the period it was counted with
        for (JsonNode d : afterPpn.get("deadlines")) {
            if (DeadlineNames.PPN_RESPONSE.equals(d.get("name").asText())) {
                assertThat(ppnHtml).contains("by " + NoticeHtml.date(LocalDate.parse(d.get("dueDate").asText()))
                        + ", 30 days from the date of mailing (19 CFR 162.78(a)).");
            }
        }
        assertThat(afterPpn.findValuesAsText("name")).contains(DeadlineNames.PPN_RESPONSE);

        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + seaportToday() + "\",\"summary\":\"the classification was a clerical error\"}"))
                .andExpect(status().isAccepted());
        assertThat(complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS),
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"not clerical: a pattern\"}"))
                .isEqualTo(204);

        // the penalty notice fixes the assessed amount and the EO floor (P1: $20,000)
        JsonNode afterNotice = caseFile(caseNumber);
        assertThat(afterNotice.get("amounts").get("assessed").decimalValue()).isEqualByComparingTo("40000");
        assertThat(afterNotice.get("amounts").get("floor").decimalValue()).isEqualByComparingTo("20000");

        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                        "{\"filedDate\":\"" + seaportToday() + "\",\"supplemental\":false,\"grounds\":\"first offense\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timely").value(true));

        // P1: a proposed $12,000 is below the floor and refused
        String propose = taskId("supervisor1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        String belowFloor = "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":12000,\"findings\":\"f\"}";
        assertThat(complete("supervisor1", propose, belowFloor)).isEqualTo(422);
        // with a national-security exception it goes to a supervisor, who is not the proposer
        assertThat(complete("supervisor1", propose, "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":12000,"
                + "\"findings\":\"cooperating in an investigation\",\"nationalSecurityException\":true,"
                + "\"exceptionJustification\":\"informant in a weapons-parts smuggling case\"}")).isEqualTo(204);
        String approve = taskId("supervisor1", caseNumber, PetitionReviewProcess.TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION);
        assertThat(complete("supervisor1", approve, "{\"exceptionApproval\":\"APPROVED\"}")).isEqualTo(403);
        assertThat(complete("officer1", approve, "{\"exceptionApproval\":\"APPROVED\"}")).isEqualTo(403);
        assertThat(complete("supervisor9", approve, "{\"exceptionApproval\":\"APPROVED\","
                + "\"exceptionApprovalNote\":\"confirmed with HSI\"}")).isEqualTo(204);

        JsonNode decided = caseFile(caseNumber);
        assertThat(decided.get("status").asText()).isEqualTo("DECIDED");
        assertThat(decided.get("amounts").get("decided").decimalValue()).isEqualByComparingTo("12000");
        assertThat(decided.findValuesAsText("kind")).contains("PRE_PENALTY_NOTICE", "PENALTY_NOTICE", "DECISION_LETTER");

        // 1592(d): the $20,000 loss of revenue is owed with the $12,000 penalty; the relief is conditioned on it
        String letter = mvc.perform(get("officer1", href(decided, "DECISION_LETTER"))).andReturn().getResponse().getContentAsString();
        assertThat(letter).contains("Loss of duties, taxes and fees still to be paid (19 U.S.C. 1592(d))", "$20,000.00",
                "$32,000.00", "The relief granted is conditioned on payment of the loss of duties, taxes and fees of $20,000.00");
        String notice = mvc.perform(get("officer1", href(decided, "PENALTY_NOTICE"))).andReturn().getResponse().getContentAsString();
        assertThat(notice).contains("demanded in addition (19 U.S.C. 1592(d))", "$20,000.00", "$60,000.00");

        // money goes to the loss of revenue first: $12,000 does not pay the case
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/payments",
                        "{\"amount\":12000,\"paidDate\":\"" + seaportToday() + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amountDue").value(32000.00))
                .andExpect(jsonPath("$.paidInFull").value(false))
                .andExpect(jsonPath("$.appliedTo[0].appliedTo").value("LOSS_OF_REVENUE"))
                .andExpect(jsonPath("$.appliedTo[0].amount").value(12000))
                .andExpect(jsonPath("$.balances[0].debt").value("LOSS_OF_REVENUE"))
                .andExpect(jsonPath("$.balances[0].outstanding").value(8000.00))
                .andExpect(jsonPath("$.balances[1].debt").value("PENALTY"))
                .andExpect(jsonPath("$.balances[1].outstanding").value(12000.00));
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("DECIDED");
        // $19,999.99 more leaves a cent of the penalty open
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/payments",
                        "{\"amount\":19999.99,\"paidDate\":\"" + seaportToday() + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.paidInFull").value(false))
                .andExpect(jsonPath("$.appliedTo[0].appliedTo").value("LOSS_OF_REVENUE"))
                .andExpect(jsonPath("$.appliedTo[0].amount").value(8000.00))
                .andExpect(jsonPath("$.appliedTo[1].appliedTo").value("PENALTY"))
                .andExpect(jsonPath("$.appliedTo[1].amount").value(11999.99));
        mvc.perform(get("officer1", "/api/v1/penalty-cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(jsonPath("$.lossOfRevenue").value(20000.00))
                .andExpect(jsonPath("$.balances[0].paid").value(20000.00))
                .andExpect(jsonPath("$.balances[0].outstanding").value(0))
                .andExpect(jsonPath("$.balances[1].outstanding").value(0.01));
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/payments",
                        "{\"amount\":0.01,\"paidDate\":\"" + seaportToday() + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.paidInFull").value(true));
        assertThat(jdbc.queryForList("SELECT applied_to, amount FROM payment p JOIN case_file c ON c.id = p.case_id"
                + " WHERE c.case_number = ? ORDER BY p.id", caseNumber)).extracting(r -> r.get("APPLIED_TO") + " " + r.get("AMOUNT"))
                .containsExactly("LOSS_OF_REVENUE 12000.00", "LOSS_OF_REVENUE 8000.00", "PENALTY 11999.99", "PENALTY 0.01");

        JsonNode closed = caseFile(caseNumber);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.findValuesAsText("event")).contains("CASE_OPENED", "PENALTY_PROPOSED", "NOTICE_ISSUED",
                "REPRESENTATIONS_RECEIVED", "PETITION_RECEIVED", "PETITION_DECISION_PROPOSED",
                "NATIONAL_SECURITY_EXCEPTION_APPROVED", "PETITION_DECIDED", "PAYMENT_RECORDED", "STATUS_CHANGED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM violation_record WHERE case_number = ?", Long.class,
                caseNumber)).as("a closed case with a finding joins the party's history").isEqualTo(1);
    }

    private static String href(JsonNode caseFile, String kind) {
        for (JsonNode n : caseFile.get("notices")) {
            if (kind.equals(n.get("kind").asText())) {
                return n.get("href").asText();
            }
        }
        throw new AssertionError("no " + kind + " notice");
    }

    private JsonNode open(String body) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private static List<String> steps(JsonNode caseFile) {
        List<String> steps = new ArrayList<>();
        caseFile.get("computation").forEach(c -> steps.add(c.get("step").asText() + " = " + c.get("value").asText()));
        return steps;
    }

    /** Error 14: a broker (1641) case 11 months before its limitation date gets its pre-penalty notice, 30 days. */
    @Test
    void aBrokerCaseElevenMonthsBeforeItsLimitationDateGetsItsPrePenaltyNoticeWithThirtyDays() throws Exception {
        long partyId = party("Late Broker LLC");
        LocalDate today = seaportToday();
        LocalDate violation = today.minusYears(5).plusMonths(11);
        String caseNumber = open("""
                {"partyId":%d,"statute":"1641","licensedBroker":true,"brokerViolations":2,"violationDate":"%s",
                 "discoveryDate":"%s","commercial":true}""".formatted(partyId, violation, violation)).get("caseNumber").asText();
        assertThat(complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT),
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":20000,\"amountRationale\":\"two violations\"}"))
                .isEqualTo(204);

        JsonNode c = caseFile(caseNumber);
        assertThat(c.get("status").asText()).isEqualTo("AWAITING_RESPONSE");
        assertThat(c.findValuesAsText("kind")).contains("PRE_PENALTY_NOTICE");
        JsonNode response = null;
        for (JsonNode d : c.get("deadlines")) {
            if (d.get("name").asText().toLowerCase().contains("response")) {
                response = d;
            }
        }
        assertThat(response).as("PPN response deadline on %s", c).isNotNull();
        assertThat(response.get("dueDate").asText()).isEqualTo(today.plusDays(30).toString());
        assertThat(response.get("citation").asText()).contains("111.92(a)");
    }

    /** Item 19: a 1526(f) case goes from the proposal straight to the penalty notice; item 13: history from the record. */
    @Test
    void aCounterfeitFineCountsTheRecordedSeizuresAndHasNoPrePenaltyNotice() throws Exception {
        long partyId = party("Knockoff Bags Ltd");
        mvc.perform(post("officer1", "/api/v1/parties/" + partyId + "/violations",
                "{\"statute\":\"1526f\",\"findingDate\":\"2025-01-10\",\"caseNumber\":\"2025-PEN-000411\"}"))
                .andExpect(status().isCreated());
        String body = """
                {"partyId":%d,"statute":"1526f","violationDate":"2025-11-02","discoveryDate":"2025-11-02",
                 "msrpValue":600000,"commercial":true,"priorCounterfeitSeizures":%s}""";

        // the officer's "first seizure" is overridden by the record, and the trace says so
        JsonNode lowered = open(body.formatted(partyId, "0"));
        assertThat(lowered.get("amounts").get("maximum").decimalValue()).isEqualByComparingTo("1200000");
        assertThat(steps(lowered)).contains("Earlier 1526(f) seizures (entry overridden) = 1");
        assertThat(lowered.findValuesAsText("detail")).anyMatch(d -> d.contains("the history is never lowered"));

        // nothing said: the record's count
        assertThat(open(body.formatted(partyId, "null")).get("amounts").get("maximum").decimalValue())
                .isEqualByComparingTo("1200000");

        // more than the record: only with a reason, kept with who added it
        mvc.perform(post("officer1", "/api/v1/penalty-cases", body.formatted(partyId, "2")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("priorCounterfeitSeizuresReason")));
        JsonNode added = open(body.formatted(partyId, "2").replace("}", ",\"priorCounterfeitSeizuresReason\":"
                + "\"2019 seizure in the legacy SEACATS record 2019-2704-000123\"}"));
        String caseNumber = added.get("caseNumber").asText();
        mvc.perform(get("officer1", "/api/v1/penalty-cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(jsonPath("$.priorCounterfeitSeizures").value(2))
                .andExpect(jsonPath("$.priorCounterfeitSeizuresOnRecord").value(1))
                .andExpect(jsonPath("$.priorCounterfeitSeizuresAddedBy").value("officer1"))
                .andExpect(jsonPath("$.priorCounterfeitSeizuresAddedReason").value(org.hamcrest.Matchers.containsString("SEACATS")));
        assertThat(steps(added)).anyMatch(st -> st.startsWith("Earlier 1526(f) seizures (history added) = 2"));

        // no pre-penalty notice for 1526(f): the proposal goes straight to the penalty notice
        assertThat(complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT),
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":50000,\"amountRationale\":\"r\"}")).isEqualTo(204);
        JsonNode noticed = caseFile(caseNumber);
        assertThat(noticed.findValuesAsText("kind")).contains("PENALTY_NOTICE").doesNotContain("PRE_PENALTY_NOTICE");
        assertThat(noticed.findValuesAsText("rule")).anyMatch(r -> r.contains("1592(b) governs 1592 penalties only"));
    }

    /** Item 14: a 1592 case over hundreds of entries stores and shows them all; an absurd list is a 400, never a 5xx. */
    @Test
    void hundredsOfEntryNumbersAreStoredAndShown() throws Exception {
        long partyId = party("Many Entries Corp");
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            entries.add("\"ABC-%07d-%d\"".formatted(i, i % 10));
        }
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"entryNumbers":[%s]}""";
        String caseNumber = open(body.formatted(partyId, String.join(",", entries))).get("caseNumber").asText();
        mvc.perform(get("officer1", "/api/v1/penalty-cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(jsonPath("$.entryNumbers.length()").value(400))
                .andExpect(jsonPath("$.entryNumbers[0]").value("ABC-0000000-0"))
                .andExpect(jsonPath("$.entryNumbers[399]").value("ABC-0000399-9"));
        String page = mvc.perform(get("officer1", "/cases/" + caseNumber + "?tab=facts")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Entries (400)", "ABC-0000399-9", "Loss of revenue to restore",
                "due $20,000.00, paid $0.00, open $20,000.00 (19 U.S.C. 1592(d))");

        List<String> tooMany = new ArrayList<>(java.util.Collections.nCopies(10_001, "\"ABC-1234567-8\""));
        mvc.perform(post("officer1", "/api/v1/penalty-cases", body.formatted(partyId, String.join(",", tooMany))))
                .andExpect(status().isBadRequest());
    }

    @Autowired
    PenaltyCaseSteps penaltyCaseService;

    /** Item 8: a referral for collection names the penalty and the loss of revenue still unpaid. */
    @Test
    void aReferralIncludesTheUnpaidLossOfRevenue() throws Exception {
        String caseNumber = openP1Case(party("Referred Importer"));
        complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT),
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"r\"}");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + seaportToday() + "\",\"summary\":\"s\"}")).andExpect(status().isAccepted());
        complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS),
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"f\"}");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/payments",
                "{\"amount\":5000,\"paidDate\":\"" + seaportToday() + "\"}")).andExpect(status().isCreated());

        PenaltyCaseSteps.Referral referral = inTransaction(() -> penaltyCaseService.prepareReferral(caseNumber,
                "Office of Chief Counsel", null));

        assertThat(referral.reason()).contains("penalty of $40,000.00",
                "unpaid loss of duties, taxes and fees of $15,000.00", "1592(d)");
    }

    /** Item 12: AD/CVD duties above the dutiable value open the case; the maximum still follows 1592(c)(3). */
    @Test
    void aLossOfRevenueAboveTheDutiableValueIsAccepted() throws Exception {
        JsonNode opened = open("""
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":100000,"domesticValue":180000,"lossOfRevenue":250000,
                 "commercial":true}""".formatted(party("Dumped Steel Imports")));
        assertThat(opened.get("amounts").get("maximum").decimalValue()).isEqualByComparingTo("180000");
        assertThat(steps(opened)).contains("Loss of revenue above the dutiable value = 250000.00",
                "Loss of revenue demanded in addition = 250000.00");
    }

    /** Item 9 (P3 fraud): the cap only with a tender at disclosure or within 30 days of CBP's calculation notice. */
    @Test
    void thePriorDisclosureCapNeedsATimelyTender() throws Exception {
        long partyId = party("Disclosing Importer");
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"FRAUD","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":%s%s}""";
        String tendered = ",\"disclosureDate\":\"2025-09-01\",\"lorCalculationNoticeDate\":\"2025-10-01\","
                + "\"tenderDate\":\"%s\",\"tenderAmount\":20000";
        assertThat(open(body.formatted(partyId, "true", "")).get("amounts").get("maximum").decimalValue())
                .isEqualByComparingTo("600000");
        JsonNode day30 = open(body.formatted(partyId, "true", tendered.formatted("2025-10-31")));
        assertThat(day30.get("amounts").get("maximum").decimalValue()).isEqualByComparingTo("20000");
        mvc.perform(get("officer1", "/api/v1/penalty-cases/" + day30.get("caseNumber").asText()))
                .andExpect(jsonPath("$.tenderDate").value("2025-10-31"))
                .andExpect(jsonPath("$.lorCalculationNoticeDate").value("2025-10-01"))
                .andExpect(jsonPath("$.balances[0].debt").value("PENALTY")); // the tender restored the loss
        assertThat(open(body.formatted(partyId, "true", tendered.formatted("2025-11-01"))).get("amounts").get("maximum")
                .decimalValue()).isEqualByComparingTo("600000");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
        mvc.perform(post("officer1", "/api/v1/penalty-cases", body.formatted(partyId, "false", tendered.formatted("2025-10-31"))))
                .andExpect(status().isBadRequest());
        mvc.perform(post("officer1", "/api/v1/penalty-cases", body.formatted(partyId, "true",
                        ",\"tenderDate\":\"2025-10-31\"")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).isEqualTo(before);
    }

    /** Item 18: a fraud pre-penalty notice below domestic value waits for Headquarters (hq1), who approves it. */
    @Test
    void headquartersApprovesAFraudNoticeBelowDomesticValue() throws Exception {
        String caseNumber = open("""
                {"partyId":%d,"statute":"1592","culpability":"FRAUD","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true}""".formatted(party("Fraudulent Invoices Inc"))).get("caseNumber").asText();
        assertThat(complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT),
                "{\"culpability\":\"FRAUD\",\"proposedAmount\":450000,\"amountRationale\":\"cooperation\"}")).isEqualTo(204);
        assertThat(complete("counsel1", taskId("counsel1", caseNumber, PenaltyCaseProcess.TASK_COUNSEL_REVIEW_FRAUD),
                "{\"counselFraudReview\":\"APPROVED\",\"counselFraudComment\":\"intent shown\"}")).isEqualTo(204);
        assertThat(caseFile(caseNumber).findValuesAsText("kind")).doesNotContain("PRE_PENALTY_NOTICE");

        String hqTask = taskId("hq1", caseNumber, PenaltyCaseProcess.TASK_HQ_APPROVE_FRAUD_PPN);
        assertThat(complete("officer1", hqTask, "{\"hqPpnDecision\":\"APPROVED\"}")).isIn(403, 404);
        assertThat(complete("hq1", hqTask, "{\"hqPpnDecision\":\"APPROVED\",\"hqPpnComment\":\"cooperation shown\"}"))
                .isEqualTo(204);

        JsonNode c = caseFile(caseNumber);
        assertThat(c.findValuesAsText("kind")).contains("PRE_PENALTY_NOTICE");
        assertThat(c.findValuesAsText("event")).contains("HQ_PPN_APPROVED");
        assertThat(c.findValuesAsText("actor")).contains("hq1");
        assertThat(c.findValuesAsText("citation")).contains("19 CFR Part 171 App. B (E)(1)(b)(i)");
    }

    @Test
    void twoOfficersCompletingTheSameTaskAtOnceGiveOneSuccessAndOne409() throws Exception {
        String caseNumber = openP1Case(party("Race Condition LLC"));
        String task = taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
        String body = "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":30000,\"amountRationale\":\"r\"}";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = new ArrayList<>();
            both.add(() -> complete("officer1", task, body));
            both.add(() -> complete("supervisor1", task, body));
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(both)) {
                codes.add(f.get());
            }
            assertThat(codes).containsExactlyInAnyOrder(204, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(caseFile(caseNumber).findValuesAsText("event").stream().filter("PENALTY_PROPOSED"::equals)).hasSize(1);
    }

    /** A P1 case (violation 2025-06-02) of the party, up to the officer's proposal on its petition; the task id. */
    private String p1CaseUpToThePetitionProposal(String caseNumber) throws Exception {
        complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT),
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"r\"}");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + seaportToday() + "\",\"summary\":\"s\"}"));
        complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS),
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"f\"}");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                "{\"filedDate\":\"" + seaportToday() + "\",\"supplemental\":false,\"grounds\":\"g\"}"))
                .andExpect(status().isCreated());
        return taskId("officer1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
    }

    private static List<String> trace(JsonNode caseFile) {
        List<String> steps = new ArrayList<>();
        caseFile.get("computation").forEach(s -> steps.add(s.get("step").asText() + " | " + s.get("value").asText()
                + " | " + s.get("rule").asText() + " | " + s.get("citation").asText()));
        return steps;
    }

    @Test
    void aFindingOnTheDayOfTheNewViolationDoesNotMakeARepeatOffender() throws Exception {
        long partyId = party("Same Day Finding Corp");
        mvc.perform(post("officer1", "/api/v1/parties/" + partyId + "/violations",
                "{\"statute\":\"1592\",\"findingDate\":\"2025-06-02\",\"caseNumber\":\"2025-PEN-000602\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("RECORDED"))
                .andExpect(jsonPath("$.finding").value(true));
        String caseNumber = openP1Case(partyId);
        String propose = p1CaseUpToThePetitionProposal(caseNumber);

        // the finding is dated the day of the violation (2025-06-02): it does not precede it, so mitigation is open
        assertThat(trace(caseFile(caseNumber))).anySatisfy(step -> assertThat(step).startsWith(
                "Earlier findings in the look-back window | 0 |").contains(
                "2025-PEN-000602 RECORDED 2025-06-02 (not before the violation)",
                // the rule is in force by this context's DEMO instrument, and the trace says so
                "EO 14411 Sec. 4(c); in force from 2026-09-01 by DEMO-EO-14411"));
        assertThat(complete("officer1", propose, "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":30000,"
                + "\"findings\":\"first violation\"}")).isEqualTo(204);
    }

    @Test
    void aReferralAndAnOfferInCompromiseAreNotFindingsButADecidedPaidPenaltyIs() throws Exception {
        String caseNumber = openP1Case(party("Closing Kinds Corp"));
        inTransaction(() -> {
            penaltyCases.closeCase(caseNumber, PenaltyCaseProcess.Outcome.REFERRED);
            penaltyCases.closeCase(caseNumber, PenaltyCaseProcess.Outcome.COMPROMISED);
            return null;
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM violation_record WHERE case_number = ?", Long.class,
                caseNumber)).isZero();
        inTransaction(() -> {
            penaltyCases.closeCase(caseNumber, PenaltyCaseProcess.Outcome.DECIDED_PAID);
            return null;
        });
        assertThat(jdbc.queryForList("SELECT finding_kind FROM violation_record WHERE case_number = ?", String.class,
                caseNumber)).containsExactly("PENALTY_DECIDED");
    }

    @Test
    void aRepeatOffenderGetsNoMitigation() throws Exception {
        long partyId = party("Twice Caught Corp");
        // a final finding the day before the new violation of 2025-06-02 counts
        mvc.perform(post("officer1", "/api/v1/parties/" + partyId + "/violations",
                "{\"statute\":\"1592\",\"findingDate\":\"2025-06-01\",\"caseNumber\":\"2024-PEN-000777\"}"))
                .andExpect(status().isCreated());
        String caseNumber = openP1Case(partyId);
        String propose = p1CaseUpToThePetitionProposal(caseNumber);
        assertThat(trace(caseFile(caseNumber))).anySatisfy(step -> assertThat(step).startsWith(
                "Earlier findings in the look-back window | 1 |").contains("2024-PEN-000777 RECORDED 2025-06-01"));

        String refused = mvc.perform(post("officer1", "/api/v1/tasks/{id}/complete",
                        "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":30000,\"findings\":\"f\"}", propose))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(refused).get("detail").asText()).contains("repeat offender");
        assertThat(complete("officer1", propose, "{\"petitionOutcome\":\"DENY\",\"proposedAmount\":40000,\"findings\":\"f\"}"))
                .isEqualTo(204);
        JsonNode decided = caseFile(caseNumber);
        assertThat(decided.get("amounts").get("decided").decimalValue()).isEqualByComparingTo("40000");
        String letterHref = null;
        for (JsonNode n : decided.get("notices")) {
            if ("DECISION_LETTER".equals(n.get("kind").asText())) {
                letterHref = n.get("href").asText();
            }
        }
        String letter = mvc.perform(get("officer1", letterHref)).andReturn().getResponse().getContentAsString();
        assertThat(letter).contains("repeat offender", "EO 14411 Sec. 4(c)", "Findings of fact and conclusions of law");
    }

    @Test
    void aCaseWhoseStatuteOfLimitationsHasRunIsOpenedAndClosedAtOnce() throws Exception {
        long partyId = party("Time Barred Imports");
        JsonNode opened = json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2019-01-02",
                         "discoveryDate":"2019-03-01","dutiableValue":10000,"domesticValue":12000,"lossOfRevenue":500,
                         "commercial":true}""".formatted(partyId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(opened.get("status").asText()).isEqualTo("CLOSED");
        List<String> events = new ArrayList<>();
        opened.get("timeline").forEach(t -> events.add(t.get("event").asText()));
        assertThat(events).contains("SOL_EXPIRED");
        assertThat(opened.get("openTasks")).isEmpty();
    }

    @Test
    void badPenaltyCaseInputIsRefusedAndStoresNothing() throws Exception {
        long partyId = party("Bad Input Importer");
        long casesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
        String valid = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true}""".formatted(partyId);
        for (Map.Entry<String, String> bad : Map.of(
                "\"dutiableValue\":400000", "\"dutiableValue\":-5",
                "\"lossOfRevenue\":20000", "\"lossOfRevenue\":-1",
                "\"culpability\":\"NEGLIGENCE\"", "\"culpability\":\"CARELESSNESS\"",
                "\"violationDate\":\"2025-06-02\"", "\"violationDate\":\"2999-01-01\"",
                "\"partyId\":" + partyId, "\"partyId\":987654321",
                "\"domesticValue\":600000", "\"domesticValue\":\"a lot\"",
                "\"statute\":\"1592\"", "\"statute\":\"1234\"").entrySet()) {
            mvc.perform(post("officer1", "/api/v1/penalty-cases", valid.replace(bad.getKey(), bad.getValue())))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.title").value("Invalid input"));
        }
        mvc.perform(post("officer1", "/api/v1/penalty-cases", valid.replace(",\"partyId\":" + partyId, "")
                        .replace("\"partyId\":" + partyId + ",", "")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).isEqualTo(casesBefore);
    }
}
