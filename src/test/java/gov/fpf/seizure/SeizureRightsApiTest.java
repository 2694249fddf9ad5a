package gov.fpf.seizure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import gov.fpf.ApplicationTest;
import gov.fpf.mitigation.PetitionReviewProcess;

/**
 * Issue 12 in the seizure family, through the API with the engine: the claim period runs from the recorded first
 * publication (1608), the 1612 timer moves with the storage rate, the 1621 limitation runs from discovery, a denied
 * petition waits out the 171.61 window, one party's abandonment leaves the others' rights, and the CAFRA track
 * (18 U.S.C. 983). The office is LALB (America/Los_Angeles): a period closes when its last day ends there.
 */
class SeizureRightsApiTest extends ApplicationTest {

    private static final ZoneId LALB_ZONE = ZoneId.of("America/Los_Angeles");

    private static final LocalDate TODAY = seaportToday();

    // ------------------------------------------------------------------------------------------ fixtures

    private JsonNode open(String body) throws Exception {
        return json.readTree(mvc.perform(post("officer1", "/api/v1/seizure-cases", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private String openGoods(String partyName, LocalDate seized, String value, String extra) throws Exception {
        String discovery = extra.contains("discoveryDate") ? "" : ",\"discoveryDate\":\"2025-01-02\"";
        return open("""
                {"partyId":%d,"seizureDate":"%s","statute":"1595a(c)","items":[{"description":"auto parts",
                 "quantity":20,"appraisedValue":%s}]%s%s}""".formatted(party(partyName), seized, value, discovery, extra))
                .get("caseNumber").asText();
    }

    private JsonNode get(String path) throws Exception {
        return json.readTree(mvc.perform(get("officer1", path)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private JsonNode property(String caseNumber) throws Exception {
        return get("/api/v1/seizure-cases/" + caseNumber + "/property");
    }

    private JsonNode timeline(String caseNumber) throws Exception {
        return get("/api/v1/seizure-cases/" + caseNumber + "/timeline");
    }

    private void custodyAndAppraisal(String caseNumber, String dailyRate, String value) throws Exception {
        assertThat(complete("custodian1", caseNumber, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY,
                "{\"storageLocation\":\"LALB bonded warehouse, bay 9\",\"dailyStorageRate\":" + dailyRate
                        + ",\"hazardous\":false,\"highRisk\":false}")).isEqualTo(204);
        assertThat(complete("officer1", caseNumber, SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE,
                "{\"appraisedValue\":" + value + ",\"appraisalBasis\":\"wholesale price lists\"}")).isEqualTo(204);
    }

    private long jobs(String caseNumber, String activityId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
                .mapToLong(pi -> management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).count())
                .sum();
    }

    /** When a period whose last day is {@code day} closes at LALB. */
    private static Date closesAtLalb(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(LALB_ZONE).toInstant());
    }

    private static Date beginsAtLalb(LocalDate day) {
        return Date.from(day.atStartOfDay(LALB_ZONE).toInstant());
    }

    private static List<String> events(JsonNode caseFile) {
        List<String> events = new ArrayList<>();
        caseFile.get("timeline").forEach(t -> events.add(t.get("event").asText()));
        return events;
    }

    private String publish(String caseNumber, LocalDate first, LocalDate posting, int expectedStatus) throws Exception {
        return mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/publication",
                        "{\"firstPublicationDate\":\"" + first + "\"" + (posting == null ? ""
                                : ",\"customhousePostingDate\":\"" + posting + "\"") + "}"))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
    }

    private int claim(String caseNumber, LocalDate filed, String bond) throws Exception {
        return mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/claims",
                        "{\"filedDate\":\"" + filed + "\",\"claimant\":\"owner\"" + (bond == null ? ""
                                : ",\"bondAmount\":" + bond) + "}"))
                .andReturn().getResponse().getStatus();
    }

    // ------------------------------------------------------------------------------------------ item 2: publication

    @Test
    void theClaimPeriodRunsFromTheRecordedFirstPublicationDay20AcceptedDay21Late() throws Exception {
        // given a seizure whose notice was mailed today; its publication started 25 days ago (before the mailing)
        String caseNumber = openGoods("Publication Day Twenty", TODAY.minusDays(40), "12000", "");
        custodyAndAppraisal(caseNumber, "5", "12000");
        // before publication is recorded there is no claim deadline, and the election cannot close
        assertThat(property(caseNumber).get("claimDue").isNull()).isTrue();
        assertThat(timer(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED).getDuedate())
                .isAfter(java.sql.Timestamp.valueOf("2999-01-01 00:00:00"));

        // when the first publication is recorded
        LocalDate first = TODAY.minusDays(25);
        publish(caseNumber, first, null, 200);

        // then the claim is due 20 days from it, and the election closes after the latest period (petition: mailing + 30)
        JsonNode prop = property(caseNumber);
        assertThat(prop.get("firstPublication").asText()).isEqualTo(first.toString());
        assertThat(prop.get("claimDue").asText()).isEqualTo(first.plusDays(20).toString());
        assertThat(prop.get("publicationEnds").asText()).isEqualTo(first.plusDays(29).toString());
        assertThat(timeline(caseNumber).get("electionDue").asText()).isEqualTo(TODAY.plusDays(30).toString());
        assertThat(timer(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED).getDuedate())
                .isEqualTo(closesAtLalb(TODAY.plusDays(30)));
        assertThat(deadline(caseFile(caseNumber), SeizureDeadline.CLAIM.label(), "OPEN").get("dueDate").asText())
                .isEqualTo(first.plusDays(20).toString());
        // a second recording is refused
        publish(caseNumber, first, null, 422);

        // a claim on day 21 is late, and nothing is recorded
        assertThat(claim(caseNumber, first.plusDays(21), "1200")).isEqualTo(422);
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("AWAITING_RESPONSE");
        // a claim on day 20 is on time
        assertThat(claim(caseNumber, first.plusDays(20), "1200")).isEqualTo(202);
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("REFERRED");
    }

    @Test
    void aClaimBeforeThePublicationIsRecordedIsEarlyNotLate() throws Exception {
        String caseNumber = openGoods("Early Claimant", TODAY.minusDays(3), "12000", "");
        custodyAndAppraisal(caseNumber, "5", "12000");
        assertThat(claim(caseNumber, TODAY, null)).as("a 1608 claim comes with a bond").isEqualTo(400);
        assertThat(claim(caseNumber, TODAY, "1200")).isEqualTo(202);
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("REFERRED");
    }

    @Test
    void lowValuePropertyIsAlsoPostedAtTheCustomhouseUpToTheThresholdParameter() throws Exception {
        // $5,000.00 exactly: posting required (19 CFR 162.45(b)(2))
        String atThreshold = openGoods("Posting At Threshold", TODAY.minusDays(10), "5000", "");
        custodyAndAppraisal(atThreshold, "1", "5000");
        assertThat(publish(atThreshold, TODAY.minusDays(1), null, 400)).contains("customhousePostingDate");
        assertThat(property(atThreshold).get("firstPublication").isNull()).isTrue();
        publish(atThreshold, TODAY.minusDays(1), TODAY, 200);
        JsonNode t = timeline(atThreshold);
        assertThat(t.get("customhousePostingDate").asText()).isEqualTo(TODAY.toString());
        assertThat(t.get("customhousePostingEnds").asText()).isEqualTo(TODAY.plusDays(20).toString());
        assertThat(deadline(caseFile(atThreshold), SeizureDeadline.CUSTOMHOUSE_POSTING.label(), "OPEN")
                .get("citation").asText()).contains("162.45(b)(2)");

        // a cent above: online publication alone
        String above = openGoods("Posting Above Threshold", TODAY.minusDays(10), "5000.01", "");
        custodyAndAppraisal(above, "1", "5000.01");
        publish(above, TODAY.minusDays(1), null, 200);
        assertThat(timeline(above).get("customhousePostingDate").isNull()).isTrue();
    }

    // ------------------------------------------------------------------------------------------ item 3: storage rate

    @Test
    void aNewStorageRateMovesThe1612TimerAndTheCaseDeadline() throws Exception {
        LocalDate seized = TODAY.minusDays(4);
        String caseNumber = openGoods("Storage Rate Mover", seized, "10000", "");
        custodyAndAppraisal(caseNumber, "50", "10000");
        // $50 a day reaches half of $10,000 after 100 days
        assertThat(deadline(caseFile(caseNumber), SeizureDeadline.SUMMARY_SALE.label(), "OPEN").get("dueDate").asText())
                .isEqualTo(seized.plusDays(100).toString());

        // when the custodian logs a new rate of $100 a day
        mvc.perform(post("custodian1", "/api/v1/seizure-cases/" + caseNumber + "/custody-events",
                        "{\"eventDate\":\"" + TODAY + "\",\"kind\":\"STORAGE_RATE_CHANGED\",\"dailyStorageRate\":100}"))
                .andExpect(status().isCreated());

        // then the date halves, on the case and in the process
        JsonNode c = caseFile(caseNumber);
        assertThat(deadline(c, SeizureDeadline.SUMMARY_SALE.label(), "OPEN").get("dueDate").asText())
                .isEqualTo(seized.plusDays(50).toString());
        assertThat(deadline(c, SeizureDeadline.SUMMARY_SALE.label(), SeizureCustody.MOVED).get("dueDate").asText())
                .isEqualTo(seized.plusDays(100).toString());
        assertThat(timer(caseNumber, SeizureForfeitureProcess.START_EVENT_STORAGE_COST_THRESHOLD_REACHED).getDuedate())
                .isEqualTo(beginsAtLalb(seized.plusDays(50)));
        assertThat(events(c)).contains("SUMMARY_SALE_DATE_MOVED");

        // and the moved timer opens the supervisor's approval when it fires
        fireTimer(caseNumber, SeizureForfeitureProcess.START_EVENT_STORAGE_COST_THRESHOLD_REACHED);
        assertThat(complete("supervisor1", caseNumber, SeizureForfeitureProcess.TASK_APPROVE_SUMMARY_SALE,
                "{\"summarySaleDecision\":\"REJECTED\",\"summarySaleReason\":\"owner petitioning\"}")).isEqualTo(204);
    }

    // ------------------------------------------------------------------------------------------ item 4: 1621

    @Test
    void theForfeitureLimitationRunsFromDiscoveryOrTheLaterInvolvementDiscoveryPlusTolling() throws Exception {
        // discovery of the offense before the seizure: 5 years from discovery, not from the seizure
        String fromDiscovery = openGoods("Discovered Earlier", TODAY.minusDays(10), "9000",
                ",\"discoveryDate\":\"" + TODAY.minusDays(400) + "\",\"involvementDiscoveryDate\":\"" + TODAY.minusDays(100)
                        + "\"");
        assertThat(timeline(fromDiscovery).get("limitationDate").asText())
                .isEqualTo(TODAY.minusDays(400).plusYears(5).toString());
        assertThat(deadline(caseFile(fromDiscovery), SeizureDeadline.FORFEITURE_LIMITATION.label(), "OPEN").get("dueDate").asText())
                .isEqualTo(TODAY.minusDays(400).plusYears(5).toString());

        // the property's involvement discovered late: 2 years from that, the later of the two
        LocalDate discovery = TODAY.minusYears(4);
        LocalDate involvement = TODAY.minusDays(10);
        String fromInvolvement = openGoods("Involvement Later", TODAY.minusDays(5), "9000",
                ",\"discoveryDate\":\"" + discovery + "\",\"involvementDiscoveryDate\":\"" + involvement + "\"");
        JsonNode t = timeline(fromInvolvement);
        assertThat(t.get("limitationDate").asText()).isEqualTo(involvement.plusYears(2).toString());
        JsonNode trace = caseFile(fromInvolvement).get("computation");
        assertThat(trace.toString()).contains("19 U.S.C. 1621", "discovery of the property's involvement");

        // 1621(2) tolling entered by hand adds the days not counted
        String tolled = openGoods("Tolled Absence", TODAY.minusDays(5), "9000", ",\"discoveryDate\":\""
                + TODAY.minusDays(30) + "\",\"tolledDays\":45,\"tollingReason\":\"owner absent from the United States\"");
        assertThat(timeline(tolled).get("limitationDate").asText())
                .isEqualTo(TODAY.minusDays(30).plusYears(5).plusDays(45).toString());

        // discovered on the day of the seizure: 5 years from that day
        String sameDay = openGoods("Discovered At Seizure", TODAY.minusDays(5), "9000",
                ",\"discoveryDate\":\"" + TODAY.minusDays(5) + "\"");
        JsonNode u = timeline(sameDay);
        assertThat(u.get("discoveryStated").asBoolean()).isTrue();
        assertThat(u.get("limitationDate").asText()).isEqualTo(TODAY.minusDays(5).plusYears(5).toString());
    }

    @Test
    void badLimitationInputIsRefusedAndNothingIsStored() throws Exception {
        long partyId = party("Bad Limitation Input");
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
        String base = "{\"partyId\":" + partyId + ",\"seizureDate\":\"" + TODAY + "\",\"statute\":\"1595a(c)\","
                + "\"items\":[{\"description\":\"x\",\"quantity\":1,\"appraisedValue\":10}]";
        mvc.perform(post("officer1", "/api/v1/seizure-cases", base + ",\"discoveryDate\":\"" + TODAY.plusDays(1) + "\"}"))
                .andExpect(status().isBadRequest());
        // no discovery date: the limitation cannot run from the seizure date instead (19 U.S.C. 1621)
        mvc.perform(post("officer1", "/api/v1/seizure-cases", base + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("discoveryDate")));
        base = base + ",\"discoveryDate\":\"" + TODAY.minusDays(1) + "\"";
        mvc.perform(post("officer1", "/api/v1/seizure-cases", base + ",\"tolledDays\":10}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("tollingReason")));
        mvc.perform(post("officer1", "/api/v1/seizure-cases", base.replace("1595a(c)", "31 U.S.C. 9999") + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("31 U.S.C. 5317")));
        mvc.perform(post("officer1", "/api/v1/seizure-cases", base
                        + ",\"interestedParties\":[{\"name\":\"Bank\",\"role\":\"NOT_A_ROLE\"}]}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).isEqualTo(cases);
    }

    // ------------------------------------------------------------------------------------------ item 5: 171.61

    @Test
    void aDeniedPetitionWaitsSixtyDaysForASupplementalPetitionBeforeForfeitureAndTheLetterSaysSo() throws Exception {
        String caseNumber = openGoods("Denied Then Supplemental", TODAY.minusDays(2), "12000", "");
        custodyAndAppraisal(caseNumber, "5", "12000");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                        "{\"filedDate\":\"" + TODAY + "\",\"supplemental\":false,\"grounds\":\"innocent owner\"}"))
                .andExpect(status().isCreated());
        assertThat(complete("supervisor1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION,
                "{\"petitionOutcome\":\"DENY\",\"proposedAmount\":12000,\"findings\":\"no grounds shown\"}"))
                .isEqualTo(204);

        // the property is not forfeited; the supplemental window is open to day 60, and the timer closes after it
        assertThat(property(caseNumber).get("forfeitureDate").isNull()).isTrue();
        JsonNode c = caseFile(caseNumber);
        assertThat(deadline(c, "Supplemental petition", "OPEN").get("dueDate").asText())
                .isEqualTo(TODAY.plusDays(60).toString());
        assertThat(timer(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_PERIOD_ELAPSED)
                .getDuedate()).isEqualTo(closesAtLalb(TODAY.plusDays(60)));
        JsonNode letter = c.get("notices").get(c.get("notices").size() - 1);
        String html = mvc.perform(get("officer1", letter.get("href").asText())).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("supplemental petition", "171.61");
        assertThat(timeline(caseNumber).get("supplementalPetitionDue").asText()).isEqualTo(TODAY.plusDays(60).toString());

        // a supplemental petition inside the window goes to review again
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                        "{\"filedDate\":\"" + TODAY + "\",\"supplemental\":true,\"grounds\":\"new evidence\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timely").value(true));
        // (first to the FP&F officer, 19 CFR 171.62(a))
        assertThat(taskId("supervisor1", caseNumber, PetitionReviewProcess.TASK_FPF_OFFICER_FIRST_REVIEW_OF_SUPPLEMENTAL))
                .isNotBlank();
        assertThat(property(caseNumber).get("forfeitureDate").isNull()).isTrue();
    }

    @Test
    void whenTheSupplementalWindowClosesThePropertyIsForfeitedAndALaterSupplementalIsRefused() throws Exception {
        String caseNumber = openGoods("Denied No Supplemental", TODAY.minusDays(2), "12000", "");
        custodyAndAppraisal(caseNumber, "5", "12000");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                        "{\"filedDate\":\"" + TODAY + "\",\"supplemental\":false,\"grounds\":\"innocent owner\"}"))
                .andExpect(status().isCreated());
        assertThat(complete("supervisor1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION,
                "{\"petitionOutcome\":\"DENY\",\"proposedAmount\":12000,\"findings\":\"no grounds shown\"}"))
                .isEqualTo(204);
        fireTimer(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_PERIOD_ELAPSED);
        assertThat(property(caseNumber).get("forfeitureBasis").asText()).isEqualTo("PETITION");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                        "{\"filedDate\":\"" + TODAY + "\",\"supplemental\":true,\"grounds\":\"too late\"}"))
                .andExpect(status().isUnprocessableEntity());
    }

    // ------------------------------------------------------------------------------------------ item 17: abandonment

    @Test
    void oneOwnersAbandonmentLeavesTheLienholdersClaimOpen() throws Exception {
        String caseNumber = openGoods("Abandoning Owner", TODAY.minusDays(3), "20000",
                ",\"interestedParties\":[{\"name\":\"First Harbor Bank\",\"role\":\"LIENHOLDER\"}]");
        custodyAndAppraisal(caseNumber, "5", "20000");
        JsonNode parties = get("/api/v1/seizure-cases/" + caseNumber + "/interested-parties");
        assertThat(parties).hasSize(1);
        assertThat(parties.get(0).get("noticeSentDate").asText()).as("the notice went to the lienholder too")
                .isEqualTo(TODAY.toString());

        // when the owner abandons
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/abandonment",
                        "{\"signedDate\":\"" + TODAY + "\",\"signedBy\":\"owner\"}"))
                .andExpect(status().isAccepted());

        // then nothing is forfeited; the lienholder may still claim
        assertThat(property(caseNumber).get("forfeitureDate").isNull()).isTrue();
        JsonNode c = caseFile(caseNumber);
        assertThat(events(c)).contains("ABANDONMENT_BY_ONE_PARTY").doesNotContain("FORFEITED_BY_ASSENT");
        assertThat(timeline(caseNumber).get("ownerAbandonedDate").asText()).isEqualTo(TODAY.toString());
        // the owner cannot abandon twice
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/abandonment",
                        "{\"signedDate\":\"" + TODAY + "\",\"signedBy\":\"owner\"}"))
                .andExpect(status().isUnprocessableEntity());
        assertThat(claim(caseNumber, TODAY, "2000")).isEqualTo(202);
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("REFERRED");
    }

    @Test
    void whenEveryInterestedPartyAbandonsThePropertyIsForfeitedByAssent() throws Exception {
        String caseNumber = openGoods("All Abandon", TODAY.minusDays(3), "20000", "");
        JsonNode lienholder = json.readTree(mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber
                        + "/interested-parties", "{\"name\":\"Second Harbor Bank\",\"role\":\"LIENHOLDER\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        custodyAndAppraisal(caseNumber, "5", "20000");
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/abandonment",
                        "{\"signedDate\":\"" + TODAY + "\",\"signedBy\":\"bank officer\",\"interestedPartyId\":"
                                + lienholder.get("id").asLong() + "}"))
                .andExpect(status().isAccepted());
        assertThat(property(caseNumber).get("forfeitureDate").isNull()).isTrue();
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/abandonment",
                        "{\"signedDate\":\"" + TODAY + "\",\"signedBy\":\"owner\"}"))
                .andExpect(status().isAccepted());
        assertThat(property(caseNumber).get("forfeitureBasis").asText()).isEqualTo("ASSENT");
        assertThat(events(caseFile(caseNumber))).contains("FORFEITED_BY_ASSENT");
    }

    @Test
    void afterOnePartysAbandonmentForfeitureIsDeclaredWhenTheElectionPeriodEnds() throws Exception {
        String caseNumber = openGoods("Abandon Then Declared", TODAY.minusDays(3), "20000",
                ",\"interestedParties\":[{\"name\":\"Consignee Co\",\"role\":\"CONSIGNEE\"}]");
        custodyAndAppraisal(caseNumber, "5", "20000");
        publish(caseNumber, TODAY, null, 200);
        mvc.perform(post("officer1", "/api/v1/seizure-cases/" + caseNumber + "/abandonment",
                        "{\"signedDate\":\"" + TODAY + "\",\"signedBy\":\"owner\"}"))
                .andExpect(status().isAccepted());
        assertThat(timer(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED).getDuedate())
                .isEqualTo(closesAtLalb(TODAY.plusDays(30)));
        fireTimer(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED);
        assertThat(property(caseNumber).get("forfeitureBasis").asText()).isEqualTo("DECLARED");
    }

    // ------------------------------------------------------------------------------------------ item 20: CAFRA

    private String openCurrency(String partyName, LocalDate seized) throws Exception {
        JsonNode opened = open("""
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"31 U.S.C. 5317","monetaryInstrument":true,
                 "items":[{"description":"unreported U.S. currency","quantity":1,"appraisedValue":42000}]}"""
                .formatted(party(partyName), seized));
        assertThat(opened.get("costBond").decimalValue()).as("no cost bond under CAFRA").isEqualByComparingTo("0");
        return opened.get("caseNumber").asText();
    }

    @Test
    void cafraCurrencySeizureWithoutAClaimIsForfeitedAdministratively() throws Exception {
        LocalDate seized = TODAY.minusDays(5);
        String caseNumber = openCurrency("CAFRA No Claim", seized);
        JsonNode t = timeline(caseNumber);
        assertThat(t.get("cafra").asBoolean()).isTrue();
        assertThat(t.get("cafraNoticeDue").asText()).isEqualTo(seized.plusDays(60).toString());
        assertThat(deadline(caseFile(caseNumber), SeizureDeadline.CAFRA_NOTICE.label(), "OPEN").get("dueDate").asText())
                .isEqualTo(seized.plusDays(60).toString());
        custodyAndAppraisal(caseNumber, "0", "42000");
        JsonNode prop = property(caseNumber);
        assertThat(prop.get("claimDue").asText()).isEqualTo(TODAY.plusDays(35).toString());
        assertThat(timer(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_CAFRA_CLAIM_PERIOD_ELAPSED).getDuedate())
                .isEqualTo(closesAtLalb(TODAY.plusDays(35)));
        assertThat(jobs(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED)).isZero();
        // publication does not start a CAFRA claim period
        publish(caseNumber, TODAY, null, 422);

        fireTimer(caseNumber, SeizureForfeitureProcess.INTERMEDIATE_EVENT_CAFRA_CLAIM_PERIOD_ELAPSED);
        assertThat(property(caseNumber).get("forfeitureBasis").asText()).isEqualTo("DECLARED");
        assertThat(taskId("officer1", caseNumber, SeizureForfeitureProcess.TASK_DECIDE_DISPOSITION)).isNotBlank();
    }

    @Test
    void cafraClaimWithoutBondIsReferredAndWithoutAComplaintIn90DaysThePropertyIsReturned() throws Exception {
        String caseNumber = openCurrency("CAFRA Claimant", TODAY.minusDays(5));
        custodyAndAppraisal(caseNumber, "0", "42000");
        assertThat(claim(caseNumber, TODAY, null)).isEqualTo(202);
        JsonNode c = caseFile(caseNumber);
        assertThat(c.get("status").asText()).isEqualTo("REFERRED");
        assertThat(deadline(c, SeizureDeadline.COMPLAINT.label(), "OPEN").get("dueDate").asText())
                .isEqualTo(TODAY.plusDays(90).toString());
        assertThat(timer(caseNumber, SeizureForfeitureProcess.BOUNDARY_EVENT_NO_COMPLAINT_IN_TIME).getDuedate())
                .isEqualTo(closesAtLalb(TODAY.plusDays(90)));
        assertThat(taskId("officer1", caseNumber, SeizureForfeitureProcess.TASK_RECORD_CAFRA_COMPLAINT)).isNotBlank();

        fireTimer(caseNumber, SeizureForfeitureProcess.BOUNDARY_EVENT_NO_COMPLAINT_IN_TIME);
        JsonNode returned = property(caseNumber);
        assertThat(returned.get("releasedDate").asText()).isEqualTo(TODAY.toString());
        assertThat(returned.get("releaseReason").asText()).contains("983(a)(3)");
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void cafraClaimDeadlineIsMailingPlus35DaysAndARecordedComplaintIsFollowed() throws Exception {
        // the notice is mailed today, so a claim after its date cannot be filed through the API yet (filing dates are
        // not in the future); the deadline itself is mailing + 35 days, and its timer closes when that day ends
        String caseNumber = openCurrency("CAFRA Boundary", TODAY.minusDays(5));
        custodyAndAppraisal(caseNumber, "0", "42000");
        LocalDate due = LocalDate.parse(property(caseNumber).get("claimDue").asText());
        assertThat(due).isEqualTo(TODAY.plusDays(35));
        assertThat(claim(caseNumber, TODAY, null)).isEqualTo(202);
        assertThat(complete("officer1", caseNumber, SeizureForfeitureProcess.TASK_RECORD_CAFRA_COMPLAINT,
                "{\"complaintFiledDate\":\"" + TODAY + "\",\"complaintReference\":\"C.D. Cal. 2:26-cv-00099\"}"))
                .isEqualTo(204);
        assertThat(jobs(caseNumber, SeizureForfeitureProcess.BOUNDARY_EVENT_NO_COMPLAINT_IN_TIME)).isZero();
        assertThat(property(caseNumber).get("releasedDate").isNull()).isTrue();
    }

    @Test
    void cafraNoticeNotMailedWithin60DaysOfTheSeizureReturnsTheProperty() throws Exception {
        // day 60 after the seizure: still in time
        String inTime = openCurrency("CAFRA Day Sixty", TODAY.minusDays(60));
        custodyAndAppraisal(inTime, "0", "42000");
        assertThat(property(inTime).get("noticeMailed").asText()).isEqualTo(TODAY.toString());
        assertThat(caseFile(inTime).get("status").asText()).isEqualTo("AWAITING_RESPONSE");

        // day 61: too late, the property goes back
        String late = openCurrency("CAFRA Day Sixty One", TODAY.minusDays(61));
        custodyAndAppraisal(late, "0", "42000");
        JsonNode returned = property(late);
        assertThat(returned.get("noticeMailed").isNull()).isTrue();
        assertThat(returned.get("releaseReason").asText()).contains("983(a)(1)(F)");
        assertThat(caseFile(late).get("status").asText()).isEqualTo("CLOSED");
    }
}
