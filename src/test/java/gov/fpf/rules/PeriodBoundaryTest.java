package gov.fpf.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.TestClock;
import gov.fpf.liquidateddamages.LiquidatedDamagesClaimProcess;
import gov.fpf.penalty.PenaltyCaseProcess;

/**
 * Issue 12, item 1: a period includes its last day, at the case's office. The application's clock and the engine's
 * clock move together (TestClock); the job executor is off, so {@link #runDueJobs} does its work: it runs the case's
 * timers that are due at that moment, as the executor would. On the last day, at 23:59:59 office time, nothing has
 * fired and a filing is accepted as timely; at 00:00 the next day the period has closed and the case has moved on.
 */
class PeriodBoundaryTest extends ApplicationTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final ZoneId NY = ZoneId.of("America/New_York");
    /** Worked example P5: a pre-penalty notice mailed 2026-03-02 is answered by 2026-04-01. */
    private static final LocalDate MAILED = LocalDate.of(2026, 3, 2);

    @Autowired
    TestClock clock;

    @AfterEach
    void systemTimeAgain() {
        clock.reset();
    }

    private void at(LocalDate day, LocalTime time, ZoneId zone) {
        clock.set(day.atTime(time).atZone(zone).toInstant());
    }

    private static Instant midnightAfter(LocalDate lastDay, ZoneId zone) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The case's timers that are due now, run as the job executor would; returns the activities that fired. */
    /** The case's timers due at the test clock's moment, run as the job executor would. */
    private List<String> runDueJobs(String caseNumber) {
        return gov.fpf.TestClock.runDueTimers(runtime, management, caseNumber);
    }

    private Instant timerDue(String caseNumber, String activityId) {
        List<Job> jobs = new ArrayList<>();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().forEach(pi ->
                jobs.addAll(management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).list()));
        assertThat(jobs).as("timer %s of %s", activityId, caseNumber).hasSize(1);
        return jobs.get(0).getDuedate().toInstant();
    }

    private LocalDate openDeadline(String user, String caseNumber, String name) throws Exception {
        for (JsonNode d : caseFile(user, caseNumber).get("deadlines")) {
            if (name.equals(d.get("name").asText()) && "OPEN".equals(d.get("status").asText())) {
                return LocalDate.parse(d.get("dueDate").asText());
            }
        }
        throw new AssertionError("no open deadline " + name + " on " + caseNumber);
    }

    /** A P1 negligence case opened and proposed at 40,000 by the user, so its pre-penalty notice is mailed now. */
    private String penaltyCaseWithPrePenaltyNotice(String user, String party) throws Exception {
        long partyId = json.readTree(mvc.perform(post(user, "/api/v1/parties", usEntityJson(party)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String caseNumber = json.readTree(mvc.perform(post(user, "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true}""".formatted(partyId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        mvc.perform(post(user, "/api/v1/tasks/{id}/complete", "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,"
                        + "\"amountRationale\":\"misclassification\"}",
                taskId(user, caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT)))
                .andExpect(status().isNoContent());
        return caseNumber;
    }

    @Test
    void representationsAndAPetitionOnTheLastDayAreOnTimeAtTheSeaport() throws Exception {
        at(MAILED, LocalTime.of(10, 0), LA);
        String caseNumber = penaltyCaseWithPrePenaltyNotice("officer1", "Boundary Fasteners Inc");
        LocalDate lastDay = openDeadline("officer1", caseNumber, "Response to the pre-penalty notice");
        assertThat(lastDay).isEqualTo(LocalDate.of(2026, 4, 1)); // P5: 30 days from mailing (19 CFR 162.78(a))
        assertThat(timerDue(caseNumber, PenaltyCaseProcess.INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED))
                .as("closes at midnight in Long Beach after the last day").isEqualTo(midnightAfter(lastDay, LA))
                .isEqualTo(Instant.parse("2026-04-02T07:00:00Z"));

        // the last second of the last day at the office: still open; the representations are taken
        at(lastDay, LocalTime.of(23, 59, 59), LA);
        assertThat(runDueJobs(caseNumber)).isEmpty();
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                        "{\"receivedDate\":\"" + lastDay + "\",\"summary\":\"filed on the last day\"}"))
                .andExpect(status().isAccepted());
        mvc.perform(post("officer1", "/api/v1/tasks/{id}/complete",
                        "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"no new facts\"}",
                        taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS)))
                .andExpect(status().isNoContent());

        // the penalty notice is mailed that day (office date 2026-04-01): 60 days to petition (19 CFR 171.2(b))
        LocalDate petitionLastDay = openDeadline("officer1", caseNumber, "Petition");
        assertThat(petitionLastDay).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(timerDue(caseNumber, PenaltyCaseProcess.INTERMEDIATE_EVENT_PETITION_PERIOD_ELAPSED))
                .isEqualTo(midnightAfter(petitionLastDay, LA));
        at(petitionLastDay, LocalTime.of(23, 59, 59), LA);
        assertThat(runDueJobs(caseNumber)).isEmpty();
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                        "{\"filedDate\":\"" + petitionLastDay + "\",\"supplemental\":false,\"grounds\":\"first offense\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timely").value(true));
    }

    @Test
    void atMidnightAfterTheLastDayThePeriodHasClosedAndTheCaseMovesOn() throws Exception {
        at(MAILED, LocalTime.of(10, 0), LA);
        String caseNumber = penaltyCaseWithPrePenaltyNotice("officer1", "Late Boundary Fasteners Inc");
        LocalDate lastDay = openDeadline("officer1", caseNumber, "Response to the pre-penalty notice");

        // 23:59:59 on the last day in New York is still the middle of the last day in Long Beach: nothing fires
        at(lastDay, LocalTime.of(23, 59, 59), NY);
        assertThat(runDueJobs(caseNumber)).isEmpty();

        at(lastDay.plusDays(1), LocalTime.MIDNIGHT, LA);
        assertThat(runDueJobs(caseNumber)).containsExactly(PenaltyCaseProcess.INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED);
        // the period has closed: representations now are refused, and the officer reviews the case without them
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                        "{\"receivedDate\":\"" + lastDay.plusDays(1) + "\",\"summary\":\"one day late\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("officer1", "/api/v1/tasks/{id}/complete",
                        "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"none received\"}",
                        taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS)))
                .andExpect(status().isNoContent());
        LocalDate petitionLastDay = openDeadline("officer1", caseNumber, "Petition");
        assertThat(petitionLastDay).isEqualTo(lastDay.plusDays(1).plusDays(60));

        at(petitionLastDay.plusDays(1), LocalTime.MIDNIGHT, LA);
        assertThat(runDueJobs(caseNumber)).contains(PenaltyCaseProcess.INTERMEDIATE_EVENT_PETITION_PERIOD_ELAPSED);
        assertThat(caseFile("officer1", caseNumber).get("status").asText()).isNotEqualTo("AWAITING_RESPONSE");
    }

    @Test
    void anEasternOfficesPeriodClosesAtItsOwnMidnight() throws Exception {
        at(MAILED, LocalTime.of(10, 0), NY);
        String caseNumber = penaltyCaseWithPrePenaltyNotice("officer2", "Eastern Boundary Parcels LLC");
        LocalDate lastDay = openDeadline("officer2", caseNumber, "Response to the pre-penalty notice");
        assertThat(lastDay).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(timerDue(caseNumber, PenaltyCaseProcess.INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED))
                .isEqualTo(Instant.parse("2026-04-02T04:00:00Z"));
        at(lastDay.plusDays(1), LocalTime.MIDNIGHT, NY);
        assertThat(runDueJobs(caseNumber)).containsExactly(PenaltyCaseProcess.INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED);
    }

    @Test
    void aLiquidatedDamagesPetitionOnTheLastDayIsOnTimeAndTheNextDayTheSuretyIsAskedToPay() throws Exception {
        at(MAILED, LocalTime.of(10, 0), LA);
        long principal = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("Boundary ISF Filers")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        long bondId = json.readTree(mvc.perform(post("officer1", "/api/v1/bonds", """
                        {"bondNumber":"CB-BOUNDARY-1","principalPartyId":%d,"suretyName":"Boundary Surety","type":"CONTINUOUS",
                         "activity":"IMPORTATION_AND_ENTRY","amount":100000,"effectiveDate":"2024-01-01"}""".formatted(principal)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String onTime = openIsfClaim(bondId, "ISF-BOUNDARY-1");
        String late = openIsfClaim(bondId, "ISF-BOUNDARY-2");
        LocalDate lastDay = openDeadline("officer1", onTime, "Petition");
        assertThat(lastDay).isEqualTo(MAILED.plusDays(60)); // 19 CFR 172.3(b)
        assertThat(timerDue(onTime, LiquidatedDamagesClaimProcess.INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED))
                .isEqualTo(midnightAfter(lastDay, LA));

        at(lastDay, LocalTime.of(23, 59, 59), LA);
        assertThat(runDueJobs(onTime)).isEmpty();
        mvc.perform(post("officer1", "/api/v1/cases/" + onTime + "/petitions",
                        "{\"filedDate\":\"" + lastDay + "\",\"supplemental\":false,\"grounds\":\"first ISF\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timely").value(true));

        at(lastDay.plusDays(1), LocalTime.MIDNIGHT, LA);
        assertThat(runDueJobs(late)).contains(LiquidatedDamagesClaimProcess.INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED);
        JsonNode demanded = caseFile("officer1", late);
        assertThat(demanded.findValuesAsText("kind")).contains("LD_SURETY_DEMAND");
        assertThat(openDeadline("officer1", late, "Surety petition")).isEqualTo(lastDay.plusDays(1).plusDays(60));
    }

    private String openIsfClaim(long bondId, String entry) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", """
                        {"bondId":%d,"breach":"LATE_ISF","breachDate":"%s","entryNumber":"%s"}"""
                        .formatted(bondId, MAILED.minusDays(10), entry)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }
}
