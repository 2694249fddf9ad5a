package gov.fpf.seizure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.TestClock;
import gov.fpf.mitigation.PetitionReviewProcess;

/**
 * The seizure periods of issue 12 at their boundaries, with the application's and the engine's clock moved together
 * (TestClock; the job executor is off, so {@link #runDueJobs} fires what is due, as it would): at 23:59:59 LALB time on
 * the last day a filing is on time and nothing has fired; at midnight after it the period has closed.
 */
class SeizurePeriodBoundaryTest extends ApplicationTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final LocalDate SEIZED = LocalDate.of(2026, 3, 1);
    /** The notice of seizure is mailed when custody and appraisal are done. */
    private static final LocalDate MAILED = LocalDate.of(2026, 3, 5);

    @Autowired
    TestClock clock;

    @AfterEach
    void systemTimeAgain() {
        clock.reset();
    }

    private void at(LocalDate day, LocalTime time) {
        clock.set(day.atTime(time).atZone(LA).toInstant());
    }

    private void lastSecondOf(LocalDate day) {
        at(day, LocalTime.of(23, 59, 59));
    }

    private void midnightAfter(LocalDate day) {
        at(day.plusDays(1), LocalTime.MIDNIGHT);
    }

    /** The case's timers due at the test clock's moment, run as the job executor would. */
    private List<String> runDueJobs(String caseNumber) {
        return gov.fpf.TestClock.runDueTimers(runtime, management, caseNumber);
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(get("officer1", path)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** Seized 2026-03-01; custody, appraisal and the notice of seizure on 2026-03-05. */
    private String noticed(String partyName, String statute, String value) throws Exception {
        at(MAILED, LocalTime.of(9, 0));
        long partyId = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson(partyName)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/seizure-cases", """
                        {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"%s","monetaryInstrument":%s,
                         "items":[{"description":"goods","quantity":1,"appraisedValue":%s}]}"""
                        .formatted(partyId, SEIZED, statute, statute.startsWith("31"), value)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        completeOk("custodian1", caseNumber, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY,
                "{\"storageLocation\":\"bay 2\",\"dailyStorageRate\":1}");
        completeOk("officer1", caseNumber, SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE,
                "{\"appraisedValue\":" + value + ",\"appraisalBasis\":\"price lists\"}");
        assertThat(read("/api/v1/seizure-cases/" + caseNumber + "/property").get("noticeMailed").asText())
                .isEqualTo(MAILED.toString());
        return caseNumber;
    }

    private int claim(String caseNumber, LocalDate filed, String bond) throws Exception {
        return mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/claims",
                        "{\"filedDate\":\"" + filed + "\",\"claimant\":\"owner\"" + (bond == null ? ""
                                : ",\"bondAmount\":" + bond) + "}"))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void aPublicationLaterThanTheMailingMovesTheClaimAndThe1609DateToTheEndOfTheOnlinePosting() throws Exception {
        String caseNumber = noticed("Late Publication Co", "1595a(c)", "12000");
        // first published 2026-03-20, fifteen days after the mailing: claims until 04-09, online until 04-18
        LocalDate first = LocalDate.of(2026, 3, 20);
        at(first, LocalTime.of(10, 0));
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/publication",
                "{\"firstPublicationDate\":\"" + first + "\"}")).andExpect(status().isOk());
        JsonNode timeline = read("/api/v1/seizure-cases/" + caseNumber + "/timeline");
        assertThat(timeline.get("claimDue").asText()).isEqualTo("2026-04-09");
        assertThat(timeline.get("electionDue").asText()).isEqualTo("2026-04-18");

        // the petition period (04-04) and the claim period (04-09) are over, the posting is not: no 1609 yet
        lastSecondOf(LocalDate.of(2026, 4, 18));
        assertThat(runDueJobs(caseNumber)).doesNotContain(SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED);
        assertThat(read("/api/v1/seizure-cases/" + caseNumber + "/property").get("forfeitureDate").isNull()).isTrue();

        midnightAfter(LocalDate.of(2026, 4, 18));
        assertThat(runDueJobs(caseNumber)).contains(SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED);
        assertThat(read("/api/v1/seizure-cases/" + caseNumber + "/property").get("forfeitureBasis").asText())
                .isEqualTo("DECLARED");
    }

    @Test
    void aClaimOnTheTwentiethDayAfterTheRecordedPublicationIsOnTimeAndTheTwentyFirstIsLate() throws Exception {
        String onTime = noticed("Claim Day Twenty", "1595a(c)", "12000");
        String late = noticed("Claim Day Twenty One", "1595a(c)", "12000");
        LocalDate first = LocalDate.of(2026, 3, 6);
        at(first, LocalTime.of(10, 0));
        for (String caseNumber : List.of(onTime, late)) {
            mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/publication",
                    "{\"firstPublicationDate\":\"" + first + "\"}")).andExpect(status().isOk());
        }
        lastSecondOf(first.plusDays(20));
        assertThat(claim(onTime, first.plusDays(20), "1200")).isEqualTo(202);
        midnightAfter(first.plusDays(20));
        assertThat(claim(late, first.plusDays(21), "1200")).isEqualTo(422);
        assertThat(read("/api/v1/cases/" + late).get("status").asText()).isEqualTo("AWAITING_RESPONSE");
    }

    @Test
    void aCafraClaimOnTheThirtyFifthDayAfterMailingIsOnTimeAndAtMidnightAfterItTheForfeitureIsDeclared() throws Exception {
        String onTime = noticed("CAFRA Day 35", "31 U.S.C. 5317", "42000");
        String late = noticed("CAFRA Day 36", "31 U.S.C. 5317", "42000");
        LocalDate due = MAILED.plusDays(35);
        lastSecondOf(due);
        assertThat(runDueJobs(late)).isEmpty();
        assertThat(claim(onTime, due, null)).isEqualTo(202);
        assertThat(read("/api/v1/cases/" + onTime).get("status").asText()).isEqualTo("REFERRED");

        midnightAfter(due);
        assertThat(runDueJobs(late)).contains(SeizureForfeitureProcess.INTERMEDIATE_EVENT_CAFRA_CLAIM_PERIOD_ELAPSED);
        assertThat(read("/api/v1/seizure-cases/" + late + "/property").get("forfeitureBasis").asText())
                .isEqualTo("DECLARED");
        assertThat(claim(late, due.plusDays(1), null)).isEqualTo(422);
    }

    @Test
    void aSupplementalPetitionOnTheSixtiethDayAfterADenialIsHeardAndAfterItThePropertyIsForfeited() throws Exception {
        String heard = noticed("Supplemental Day 60", "1595a(c)", "12000");
        String forfeited = noticed("Supplemental Day 61", "1595a(c)", "12000");
        for (String caseNumber : List.of(heard, forfeited)) {
            mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                            "{\"filedDate\":\"" + MAILED + "\",\"supplemental\":false,\"grounds\":\"innocent owner\"}"))
                    .andExpect(status().isCreated());
            completeOk("supervisor1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION,
                    "{\"petitionOutcome\":\"DENY\",\"proposedAmount\":12000,\"findings\":\"no grounds\"}");
        }
        LocalDate due = MAILED.plusDays(60);
        lastSecondOf(due);
        assertThat(runDueJobs(forfeited)).isEmpty();
        mvc.perform(post("officer1", "/api/v1/cases/" + heard + "/petitions",
                        "{\"filedDate\":\"" + due + "\",\"supplemental\":true,\"grounds\":\"new evidence\"}"))
                .andExpect(status().isCreated());
        // heard: first by the FP&F officer (19 CFR 171.62(a))
        assertThat(taskId("supervisor1", heard, PetitionReviewProcess.TASK_FPF_OFFICER_FIRST_REVIEW_OF_SUPPLEMENTAL))
                .isNotBlank();

        midnightAfter(due);
        assertThat(runDueJobs(forfeited))
                .contains(SeizureForfeitureProcess.INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_PERIOD_ELAPSED);
        assertThat(read("/api/v1/seizure-cases/" + forfeited + "/property").get("forfeitureBasis").asText())
                .isEqualTo("PETITION");
        mvc.perform(post("officer1", "/api/v1/cases/" + forfeited + "/petitions",
                        "{\"filedDate\":\"" + due.plusDays(1) + "\",\"supplemental\":true,\"grounds\":\"late\"}"))
                .andExpect(status().isUnprocessableEntity());
    }
}
