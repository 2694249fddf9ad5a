package gov.fpf.mitigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.penalty.PenaltyCaseProcess;

/**
 * Issue 12 items 7 and 18 through the API: a petition the routing table sends to headquarters is worked by the
 * headquarters group (not the office's officers); a supplemental petition goes first to the FP&F officer; the deciding
 * authority extends the petition and pre-penalty response periods and the process timer moves to the close of the
 * new last day in the office's zone.
 */
class PetitionRoutingAndExtensionApiTest extends ApplicationTest {

    private static final ZoneId LALB_ZONE = ZoneId.of("America/Los_Angeles");

    /** 1592 negligence, loss of revenue $200,000: the maximum is $400,000 (2 x LOR), above the FP&F delegation. */
    private String openLargeCase(String name) throws Exception {
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":2000000,"domesticValue":3000000,"lossOfRevenue":200000,
                 "commercial":true,"priorDisclosure":false,"merchandiseDescription":"aluminium extrusions",
                 "entryNumbers":["EXT-1234567-8"],"materialFacts":"undervalued"}""".formatted(party(name));
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    private List<String> taskKeys(String user, String caseNumber) throws Exception {
        JsonNode tasks = json.readTree(mvc.perform(get(user, "/api/v1/tasks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        List<String> keys = new ArrayList<>();
        for (JsonNode t : tasks) {
            if (caseNumber.equals(t.get("caseNumber").asText())) {
                keys.add(t.get("taskDefinitionKey").asText());
            }
        }
        return keys;
    }

    private Job penaltyTimer(String caseNumber, String activityId) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(PenaltyCaseProcess.KEY).singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).activityId(activityId).timers().singleResult();
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(LALB_ZONE).toInstant());
    }

    private static String extension(String period, LocalDate newLastDay, String reason) {
        return "{\"period\":\"%s\",\"newLastDay\":\"%s\",\"reason\":\"%s\"}".formatted(period, newLastDay, reason);
    }

    private LocalDate openDue(String caseNumber, String name) throws Exception {
        for (JsonNode d : caseFile(caseNumber).get("deadlines")) {
            if (name.equals(d.get("name").asText()) && "OPEN".equals(d.get("status").asText())) {
                return LocalDate.parse(d.get("dueDate").asText());
            }
        }
        throw new AssertionError("no open deadline " + name + " on " + caseNumber);
    }

    @Test
    void extensionsMoveTheTimersAndAPetitionAboveTheDelegationIsWorkedByHeadquarters() throws Exception {
        String caseNumber = openLargeCase("Extrusions Import LLC");
        assertThat(complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT),
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":300000,\"amountRationale\":\"large undervaluation\"}"))
                .isEqualTo(204);

        // 162.78(b): more than a year before the statute of limitations, the FP&F Officer (supervisor) extends
        LocalDate ppnDue = openDue(caseNumber, "Response to the pre-penalty notice");
        String url = "/api/v1/penalty-cases/" + caseNumber + "/extensions";
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_number = ?", Long.class, caseNumber);
        mvc.perform(post("officer1", url, extension("PPN_RESPONSE", ppnDue.plusDays(10), "counsel retained late")))
                .andExpect(status().isForbidden());
        mvc.perform(post("supervisor1", url, extension("PPN_RESPONSE", ppnDue, "same day")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("not after the current last day")));
        mvc.perform(post("supervisor1", url, extension("PETITION", ppnDue.plusDays(10), "no notice yet")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("not waiting on its petition period")));
        mvc.perform(post("supervisor1", url, extension("LATER", ppnDue.plusDays(10), "x")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_number = ?", Long.class, caseNumber))
                .as("nothing stored on refusal").isEqualTo(events);

        LocalDate newPpnDay = ppnDue.plusDays(14);
        mvc.perform(post("supervisor1", url, extension("PPN_RESPONSE", newPpnDay, "importer's counsel asked for records")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.previousLastDay").value(ppnDue.toString()))
                .andExpect(jsonPath("$.newLastDay").value(newPpnDay.toString()))
                .andExpect(jsonPath("$.grantedBy").value("supervisor1"))
                .andExpect(jsonPath("$.authority").value("FP&F Officer"))
                .andExpect(jsonPath("$.citation").value("19 CFR 162.78(b)"));
        Job ppnTimer = penaltyTimer(caseNumber, PenaltyCaseProcess.INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED);
        // the new last day is whole: the timer fires at the start of the next day in Los Angeles, not before
        assertThat(ppnTimer.getDuedate()).isEqualTo(startOf(newPpnDay.plusDays(1)));
        assertThat(ppnTimer.getDuedate()).isAfter(Date.from(ZonedDateTime.of(newPpnDay.atTime(23, 59, 59), LALB_ZONE).toInstant()));
        assertThat(openDue(caseNumber, "Response to the pre-penalty notice")).isEqualTo(newPpnDay);
        JsonNode extended = caseFile(caseNumber);
        assertThat(extended.findValuesAsText("event")).contains("PERIOD_EXTENDED");
        assertThat(extended.get("computation").findValuesAsText("citation")).contains("19 CFR 162.78(b)");

        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + seaportToday() + "\",\"summary\":\"valuation was disputed\"}"))
                .andExpect(status().isAccepted());
        assertThat(complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS),
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"no new facts\"}"))
                .isEqualTo(204);

        // 171.2(c): the petition period, extended by headquarters; the timer moves with it
        LocalDate petitionDue = openDue(caseNumber, "Petition");
        LocalDate newPetitionDay = petitionDue.plusDays(30);
        mvc.perform(post("hq1", url, extension("PETITION", newPetitionDay, "petitioner abroad, documents in transit")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.authority").value("Headquarters"))
                .andExpect(jsonPath("$.citation").value("19 CFR 171.2(c)"));
        Job petitionTimer = penaltyTimer(caseNumber, PenaltyCaseProcess.INTERMEDIATE_EVENT_PETITION_PERIOD_ELAPSED);
        assertThat(petitionTimer.getDuedate()).isEqualTo(startOf(newPetitionDay.plusDays(1)));
        assertThat(openDue(caseNumber, "Petition")).isEqualTo(newPetitionDay);

        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                        "{\"filedDate\":\"" + seaportToday() + "\",\"supplemental\":false,\"grounds\":\"first offense\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timely").value(true))
                .andExpect(jsonPath("$.dueDate").value(newPetitionDay.toString()));

        // B3: $300,000 is above the FP&F delegation: the HQ Penalties Branch works it, not the office
        assertThat(taskKeys("officer1", caseNumber)).doesNotContain(PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        assertThat(taskKeys("supervisor1", caseNumber)).doesNotContain(PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        String analyze = taskId("hq1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        assertThat(complete("officer1", analyze, "{\"petitionOutcome\":\"DENY\",\"proposedAmount\":300000,\"findings\":\"f\"}"))
                .isNotEqualTo(204);
        assertThat(complete("hq1", analyze, "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":200000,"
                + "\"findings\":\"mitigated for cooperation\"}")).isEqualTo(204);
        JsonNode decided = caseFile(caseNumber);
        assertThat(decided.get("status").asText()).isEqualTo("DECIDED");
        assertThat(decided.get("amounts").get("decided").decimalValue()).isEqualByComparingTo("200000");
        assertThat(decided.findValuesAsText("detail")).anyMatch(d -> d.contains("decided by HQ_PENALTIES_BRANCH"));

        // B4: the supplemental petition goes first to the FP&F officer; without further relief to HQ (Director BSTC,
        // the original decision having been made by the Penalties Branch: 171.62(b))
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                        "{\"filedDate\":\"" + seaportToday() + "\",\"supplemental\":true,\"grounds\":\"inability to pay\"}"))
                .andExpect(status().isCreated());
        assertThat(taskKeys("hq1", caseNumber)).isEmpty();
        String firstReview = taskId("officer1", caseNumber, PetitionReviewProcess.TASK_FPF_OFFICER_FIRST_REVIEW_OF_SUPPLEMENTAL);
        assertThat(complete("officer1", firstReview, "{\"petitionOutcome\":\"DENY\",\"proposedAmount\":300000,"
                + "\"findings\":\"no further relief at the field level\"}")).isEqualTo(204);
        assertThat(taskKeys("officer1", caseNumber)).doesNotContain(PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        assertThat(taskKeys("hq1", caseNumber)).containsExactly(PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        assertThat(jdbc.queryForList("SELECT CAST(ri.GROUP_ID_ AS VARCHAR(64)) FROM ACT_RU_IDENTITYLINK ri JOIN ACT_RU_TASK t"
                + " ON ri.TASK_ID_ = t.ID_ WHERE t.TASK_DEF_KEY_ = ? AND t.PROC_INST_ID_ IN (SELECT ID_ FROM ACT_RU_EXECUTION"
                + " WHERE BUSINESS_KEY_ = ?) AND ri.TYPE_ = 'candidate'", String.class,
                PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION, caseNumber))
                .containsExactly("fpf-hq-director-bstc");
    }

    @Autowired
    gov.fpf.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void systemTimeAgain() {
        clock.reset();
    }

    private void at(LocalDate day, java.time.LocalTime time) {
        clock.set(day.atTime(time).atZone(LALB_ZONE).toInstant());
    }

    /** The case's timers that are due now, run as the job executor would; the activities that fired. */
    /** The case's timers due at the test clock's moment, run as the job executor would. */
    private List<String> runDueJobs(String caseNumber) {
        return gov.fpf.TestClock.runDueTimers(runtime, management, caseNumber);
    }

    /** A P1-sized case (maximum $40,000, within the FP&F delegation) whose penalty notice is mailed on {@code day}. */
    private String caseWaitingForPetition(String name, LocalDate day) throws Exception {
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":false,"merchandiseDescription":"steel fasteners",
                 "entryNumbers":["LTE-1234567-8"],"materialFacts":"declared at 5%% instead of 10%%"}""".formatted(party(name));
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        assertThat(complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT),
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"pattern\"}")).isEqualTo(204);
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + day + "\",\"summary\":\"clerical error\"}")).andExpect(status().isAccepted());
        assertThat(complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS),
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"a pattern\"}")).isEqualTo(204);
        return caseNumber;
    }

    private static String petitionOn(LocalDate filed, String grounds) {
        return "{\"filedDate\":\"" + filed + "\",\"supplemental\":false,\"grounds\":\"" + grounds + "\"}";
    }

    private static final LocalDate MAILED = LocalDate.of(2026, 3, 2);
    /** 60 days from the penalty notice mailed 2026-03-02 (171.2(b)), extended by two weeks. */
    private static final LocalDate EXTENDED_LAST_DAY = LocalDate.of(2026, 5, 15);

    private String extendedCase(String name) throws Exception {
        at(MAILED, java.time.LocalTime.of(10, 0));
        String caseNumber = caseWaitingForPetition(name, MAILED);
        assertThat(openDue(caseNumber, "Petition")).isEqualTo(LocalDate.of(2026, 5, 1));
        mvc.perform(post("supervisor1", "/api/v1/penalty-cases/" + caseNumber + "/extensions",
                        extension("PETITION", EXTENDED_LAST_DAY, "petitioner's records held by a customs broker")))
                .andExpect(status().isCreated());
        return caseNumber;
    }

    /** A16 boundary: after an extension, a petition on the new last day (23:59:59 office time) is on time. */
    @Test
    void aPetitionOnTheExtendedLastDayIsOnTime() throws Exception {
        String caseNumber = extendedCase("Extended Fasteners Inc");
        at(EXTENDED_LAST_DAY, java.time.LocalTime.of(23, 59, 59));
        assertThat(runDueJobs(caseNumber)).doesNotContain(PenaltyCaseProcess.INTERMEDIATE_EVENT_PETITION_PERIOD_ELAPSED);
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions", petitionOn(EXTENDED_LAST_DAY, "on time")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timely").value(true))
                .andExpect(jsonPath("$.status").value("RECEIVED"));
        assertThat(taskKeys("officer1", caseNumber)).contains(PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
    }

    /**
     * A16/B9 boundary: at midnight after the extended last day the period closes; a petition that day is late, is
     * recorded, and the officer's recorded decision refuses it or accepts it for review.
     */
    @Test
    void aPetitionTheDayAfterTheExtendedLastDayIsLateAndTheOfficersRecordedDecisionRefusesOrAcceptsIt() throws Exception {
        String caseNumber = extendedCase("Late Petitioner Inc");
        LocalDate dayAfter = EXTENDED_LAST_DAY.plusDays(1);
        at(dayAfter, java.time.LocalTime.MIDNIGHT);
        assertThat(runDueJobs(caseNumber)).contains(PenaltyCaseProcess.INTERMEDIATE_EVENT_PETITION_PERIOD_ELAPSED);

        String petitions = "/api/v1/cases/" + caseNumber + "/petitions";
        JsonNode first = json.readTree(mvc.perform(post("officer1", petitions, petitionOn(dayAfter, "mail delayed")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timely").value(false))
                .andExpect(jsonPath("$.status").value("LATE_PENDING"))
                .andExpect(jsonPath("$.dueDate").value(EXTENDED_LAST_DAY.toString()))
                .andReturn().getResponse().getContentAsString());
        String firstDecision = petitions + "/" + first.get("id").asText() + "/late-decision";
        mvc.perform(post("officer1", firstDecision, "{\"accept\":true,\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("supervisor1", firstDecision, "{\"accept\":false,\"reason\":\"no cause shown for the delay\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LATE_REFUSED"));
        mvc.perform(post("supervisor1", firstDecision, "{\"accept\":true,\"reason\":\"again\"}"))
                .andExpect(status().isUnprocessableEntity());
        assertThat(jdbc.queryForObject("SELECT late_decision_reason FROM petition WHERE id = ?", String.class,
                first.get("id").asLong())).isEqualTo("no cause shown for the delay");
        assertThat(taskKeys("officer1", caseNumber)).doesNotContain(PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);

        JsonNode second = json.readTree(mvc.perform(post("officer1", petitions, petitionOn(dayAfter, "hospitalised")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("LATE_PENDING"))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(post("supervisor1", petitions + "/" + second.get("id").asText() + "/late-decision",
                        "{\"accept\":true,\"reason\":\"petitioner was hospitalised; records attached\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"));
        // accepted: the case leaves the referral and the petition goes to review
        assertThat(taskKeys("officer1", caseNumber)).contains(PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        JsonNode reviewed = caseFile(caseNumber);
        assertThat(reviewed.findValuesAsText("event")).contains("PERIOD_EXTENDED", "LATE_PETITION_RECEIVED",
                "LATE_PETITION_REFUSED", "LATE_PETITION_ACCEPTED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("ReferralFollowUpProcess").count()).isZero();
    }

    /**
     * Seizures (171.2(c); B9): the petition period is extended, the election timer moves with it (the later of the
     * extended petition day and the 1608 claim day); a petition the day after is late, and once the officer accepts
     * it the case returns from the 1609 declaration to the petition review.
     */
    @Test
    void aSeizurePetitionPeriodIsExtendedAndALatePetitionAcceptedReturnsTheCaseToReview() throws Exception {
        LocalDate mailed = LocalDate.of(2026, 3, 2);
        at(mailed, java.time.LocalTime.of(9, 0));
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/seizure-cases", """
                {"partyId":%d,"seizureDate":"2026-03-01","discoveryDate":"2025-01-02","statute":"1595a(c)","items":[{"description":"used tires",
                 "quantity":400,"appraisedValue":42000}]}""".formatted(party("Extended Tire Co"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        assertThat(complete("custodian1", taskId("custodian1", caseNumber,
                gov.fpf.seizure.SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY),
                "{\"storageLocation\":\"bay 4\",\"dailyStorageRate\":10,\"hazardous\":false,\"highRisk\":false,"
                        + "\"photographReferences\":\"IMG-1\",\"inventoryNote\":\"sealed\"}")).isEqualTo(204);
        assertThat(complete("officer1", taskId("officer1", caseNumber,
                gov.fpf.seizure.SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE),
                "{\"appraisedValue\":42000,\"appraisalBasis\":\"price lists\"}")).isEqualTo(204);
        LocalDate petitionDue = openDue(caseNumber, "Petition");
        LocalDate extended = petitionDue.plusDays(9);

        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/extensions",
                        extension("PETITION", extended, "x"))).andExpect(status().isForbidden());
        mvc.perform(post("supervisor1", "/api/v1/seizure-cases/" + caseNumber + "/extensions",
                        extension("PPN_RESPONSE", extended, "x"))).andExpect(status().isBadRequest());
        mvc.perform(post("supervisor1", "/api/v1/penalty-cases/" + caseNumber + "/extensions",
                        extension("PETITION", extended, "x"))).andExpect(status().isNotFound());
        mvc.perform(post("supervisor1", "/api/v1/seizure-cases/" + caseNumber + "/extensions",
                        extension("PETITION", extended, "owner at sea until April")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.citation").value("19 CFR 171.2(c)"));
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(gov.fpf.seizure.SeizureForfeitureProcess.KEY).singleResult().getId();
        assertThat(management.createJobQuery().processInstanceId(instance)
                .activityId(gov.fpf.seizure.SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED)
                .singleResult().getDuedate()).isEqualTo(startOf(extended.plusDays(1)));

        at(extended, java.time.LocalTime.of(23, 59, 59));
        assertThat(runDueJobs(caseNumber)).doesNotContain(gov.fpf.seizure.SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED);
        at(extended.plusDays(1), java.time.LocalTime.MIDNIGHT);
        assertThat(runDueJobs(caseNumber)).contains(gov.fpf.seizure.SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED);
        assertThat(caseFile(caseNumber).findValuesAsText("kind")).contains("DECLARATION_OF_FORFEITURE");

        String petitions = "/api/v1/cases/" + caseNumber + "/petitions";
        JsonNode late = json.readTree(mvc.perform(post("officer1", petitions, petitionOn(extended.plusDays(1), "owner was at sea")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timely").value(false))
                .andExpect(jsonPath("$.status").value("LATE_PENDING"))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(post("supervisor1", petitions + "/" + late.get("id").asText() + "/late-decision",
                        "{\"accept\":true,\"reason\":\"owner at sea; log book shows it\"}"))
                .andExpect(status().isOk());
        assertThat(taskKeys("officer1", caseNumber)).contains(PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION)
                .doesNotContain(gov.fpf.seizure.SeizureForfeitureProcess.TASK_DECIDE_DISPOSITION);
    }

    /** 162.78(b): with less than a year to the statute of limitations only headquarters extends the PPN response. */
    @Test
    void withLessThanAYearToTheStatuteOfLimitationsOnlyHeadquartersExtendsThePrePenaltyResponse() throws Exception {
        at(LocalDate.of(2029, 8, 1), java.time.LocalTime.of(9, 0)); // the statute of limitations runs on 2030-06-02
        String caseNumber = openLargeCase("Late Limitation Imports");
        assertThat(complete("officer1", taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT),
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":300000,\"amountRationale\":\"undervaluation\"}"))
                .isEqualTo(204);
        LocalDate ppnDue = openDue(caseNumber, "Response to the pre-penalty notice");
        String url = "/api/v1/penalty-cases/" + caseNumber + "/extensions";
        mvc.perform(post("supervisor1", url, extension("PPN_RESPONSE", ppnDue.plusDays(5), "counsel asked")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("only Headquarters")));
        mvc.perform(post("hq1", url, extension("PPN_RESPONSE", ppnDue.plusDays(5), "counsel asked")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.authority").value("Headquarters"));
        assertThat(penaltyTimer(caseNumber, PenaltyCaseProcess.INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED).getDuedate())
                .isEqualTo(startOf(ppnDue.plusDays(6)));
    }
}
