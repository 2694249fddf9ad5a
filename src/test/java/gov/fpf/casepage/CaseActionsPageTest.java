package gov.fpf.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import gov.fpf.ApplicationTest;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.seizure.SeizureForfeitureProcess;

/**
 * Recording what arrives from the case page: the action bar offers what the case waits for (by family, status, open
 * deadlines and role), each form records through the API's service, says timely or late and what happened next, and
 * refuses (400 next to the field, 422 with the citation, 403, 404, CSRF) storing nothing.
 */
class CaseActionsPageTest extends ApplicationTest {

    private static final LocalDate TODAY = seaportToday();

    // ------------------------------------------------------------------------------------------ fixtures (API)

    private String penaltyCase(String user, String partyName) throws Exception {
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":false}""".formatted(party(user, partyName));
        return json.readTree(mvc.perform(post(user, "/api/v1/penalty-cases", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    /** A penalty case whose pre-penalty notice is out (the response period runs). */
    private String penaltyCaseAwaitingRepresentations(String partyName) throws Exception {
        String caseNumber = penaltyCase("officer1", partyName);
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT,
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"r\"}");
        return caseNumber;
    }

    private String seizureCase(String partyName) throws Exception {
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/seizure-cases", """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1526(e)","placeOfSeizure":"LALB terminal 3",
                 "cause":"handbags bearing counterfeit marks","possessorName":"Harbor Forwarding",
                 "items":[{"description":"handbags with counterfeit marks","quantity":500,"appraisedValue":900000,
                           "counterfeit":true}]}""".formatted(party(partyName), TODAY.minusDays(2))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        completeOk("custodian1", caseNumber, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY,
                "{\"storageLocation\":\"LALB bonded warehouse, bay 4\",\"dailyStorageRate\":25,\"hazardous\":false,"
                        + "\"highRisk\":false,\"photographReferences\":\"IMG-001\",\"inventoryNote\":\"sealed\"}");
        completeOk("officer1", caseNumber, SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE,
                "{\"appraisedValue\":900000,\"appraisalBasis\":\"wholesale price lists at the port\"}");
        return caseNumber;
    }

    private String ldCase(String partyName) throws Exception {
        long principal = party(partyName);
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
        long bondId = json.readTree(mvc.perform(post("officer1", "/api/v1/bonds", """
                {"bondNumber":"CB-AC-%s","principalPartyId":%d,"suretyName":"Action Surety","type":"CONTINUOUS",
                 "activity":"IMPORTATION_AND_ENTRY","amount":200000,"effectiveDate":"2024-01-01"}""".formatted(suffix, principal)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        return json.readTree(mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", """
                {"bondId":%d,"breach":"LATE_ENTRY_SUMMARY","breachDate":"%s","entryNumber":"AC%s-1",
                 "merchandiseValue":150000,"withheldDuty":12345.67,"daysLate":9}""".formatted(bondId, TODAY.minusDays(20), suffix)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    // ------------------------------------------------------------------------------------------ page helpers

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(user, path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder record(String user, String caseNumber, String action, String... fields) {
        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post("/cases/{n}/actions/{a}", caseNumber, action)
                .with(httpBasic(user, user)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < fields.length; i += 2) {
            post.param(fields[i], fields[i + 1]);
        }
        return post;
    }

    /** Records and follows the redirect: the sentence the case page shows after it. */
    private String recorded(String user, String caseNumber, String action, String... fields) throws Exception {
        MvcResult result = mvc.perform(record(user, caseNumber, action, fields))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/" + caseNumber)).andReturn();
        Object said = result.getFlashMap().get("actionResult");
        assertThat(said).as("the result sentence").isNotNull();
        return said.toString();
    }

    private String refused(int status, String user, String caseNumber, String action, String... fields) throws Exception {
        return text(mvc.perform(record(user, caseNumber, action, fields)).andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString());
    }

    private boolean hasTask(String caseNumber, String taskKey) throws Exception {
        for (JsonNode t : caseFile(caseNumber).get("openTasks")) {
            if (taskKey.equals(t.get("taskDefinitionKey").asText())) {
                return true;
            }
        }
        return false;
    }

    private long events(String caseNumber, String event) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event a WHERE a.case_number = ? AND a.event = ?",
                Long.class, caseNumber, event);
    }

    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html);
    }

    /** Moves the case's open deadline into the past, as if its period had run out before its timer fired. */
    private void deadlinePassed(String caseNumber, String name) {
        assertThat(jdbc.update("UPDATE case_deadline SET due_date = ? WHERE status = 'OPEN' AND name = ? AND case_id ="
                + " (SELECT id FROM case_file WHERE case_number = ?)", TODAY.minusDays(1), name, caseNumber)).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------ penalty

    @Test
    void representationsRecordedFromTheActionBarCreateTheReviewTaskAndAreReadOnTheCorrespondenceTab() throws Exception {
        String caseNumber = penaltyCaseAwaitingRepresentations("Action Bar Fasteners");
        String ppnDue = deadline(caseFile(caseNumber), DeadlineNames.PPN_RESPONSE, "OPEN").get("dueDate").asText();

        String casePage = page("officer1", "/cases/" + caseNumber);
        assertThat(casePage).contains("Record what arrived", "href=\"/cases/" + caseNumber + "?action=representations\"",
                "Response to the pre-penalty notice: due " + ppnDue);
        assertThat(casePage).as("nothing else is expected yet").doesNotContain("?action=petition\"",
                "?action=extension\"");

        String form = page("officer1", "/cases/" + caseNumber + "?action=representations");
        assertThat(form).contains("class=\"case-layout grid2\"", "id=\"action-form\"",
                "action=\"/cases/" + caseNumber + "/actions/representations?tab=summary\"", "name=\"_csrf\"",
                "<label for=\"af-receivedDate\">", "id=\"af-receivedDate\" name=\"receivedDate\" value=\"" + TODAY + "\"",
                "Measured against", "Response to the pre-penalty notice", "due " + ppnDue, "19 CFR 162.78");

        // the form's own checks: required text, no future date; values kept, nothing stored
        String invalid = refused(400, "officer1", caseNumber, "representations", "receivedDate",
                TODAY.plusDays(1).toString(), "summary", "");
        assertThat(invalid).contains("Check the form", "role=\"alert\"", "href=\"#af-summary\"", "Required.",
                "Cannot be after today (" + TODAY + ")", "value=\"" + TODAY.plusDays(1) + "\"",
                "aria-invalid=\"true\"");
        assertThat(events(caseNumber, "REPRESENTATIONS_RECEIVED")).isZero();

        String said = recorded("officer1", caseNumber, "representations", "receivedDate", TODAY.toString(),
                "summary", "the classification was a clerical error <not a pattern>");
        assertThat(said).startsWith("Representations recorded, timely (due " + ppnDue + ")")
                .contains("a task was created: Review representations", "The case is now: Awaiting response.");
        assertThat(hasTask(caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS)).isTrue();
        assertThat(page("officer1", "/cases/" + caseNumber)).as("no longer waiting for them")
                .doesNotContain("?action=representations\"");

        String letters = page("officer1", "/cases/" + caseNumber + "?tab=correspondence");
        assertThat(letters).contains("id=\"tab-correspondence\"", "Correspondence",
                "the classification was a clerical error &lt;not a pattern&gt;", "Timely", "written representations received " + TODAY);

        // sent again: the case no longer waits for representations; the rule's refusal, nothing stored
        String again = refused(422, "officer1", caseNumber, "representations", "receivedDate", TODAY.toString(),
                "summary", "more");
        assertThat(again).contains("is not waiting for representations", "Citation: 19 CFR 162.78", ">more</textarea>");
        assertThat(events(caseNumber, "REPRESENTATIONS_RECEIVED")).isEqualTo(1);
    }

    @Test
    void lateRepresentationsAndALatePetitionAreReportedLate() throws Exception {
        String caseNumber = penaltyCaseAwaitingRepresentations("Late Answer Imports");
        deadlinePassed(caseNumber, DeadlineNames.PPN_RESPONSE);
        String said = recorded("officer1", caseNumber, "representations", "receivedDate", TODAY.toString(),
                "summary", "sorry for the delay");
        assertThat(said).startsWith("Representations recorded, LATE (the period ended " + TODAY.minusDays(1) + ")");
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS,
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"f\"}");

        deadlinePassed(caseNumber, DeadlineNames.PETITION);
        String petition = recorded("officer1", caseNumber, "petition", "filedDate", TODAY.toString(), "grounds",
                "we were late too");
        assertThat(petition).startsWith("Petition recorded, LATE (the period ended " + TODAY.minusDays(1) + ")");
        assertThat(text(page("officer1", "/cases/" + caseNumber + "?tab=correspondence"))).contains("we were late too",
                "Late");
    }

    @Test
    void aPetitionAfterThePeriodRanOutWaitsForTheSupervisorsDecisionOnTheCasePage() throws Exception {
        String caseNumber = penaltyCaseAwaitingRepresentations("Lapsed Period Traders");
        // a long text is kept whole (the API accepts 4000 characters)
        String longText = "We dispute the finding. ".repeat(60).strip();
        recorded("officer1", caseNumber, "representations", "receivedDate", TODAY.toString(), "summary", longText);
        assertThat(page("officer1", "/cases/" + caseNumber + "?tab=correspondence")).contains(longText);
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS,
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"f\"}");
        // the period ran out yesterday and its timer fired (the process no longer waits for a petition)
        deadlinePassed(caseNumber, DeadlineNames.PETITION);
        String due = TODAY.minusDays(1).toString();
        fireTimer(caseNumber, PenaltyCaseProcess.INTERMEDIATE_EVENT_PETITION_PERIOD_ELAPSED);

        assertThat(page("officer1", "/cases/" + caseNumber)).as("a late petition can still be recorded")
                .contains("?action=petition\"", "Petition: due " + due);
        String said = recorded("officer1", caseNumber, "petition", "filedDate", TODAY.toString(), "grounds",
                "the notice went to our old address");
        assertThat(said).contains("LATE (the period ended " + due + ")", "decision of the FP&F Officer");
        assertThat(page("officer1", "/cases/" + caseNumber)).as("the officer does not decide it")
                .doesNotContain("?action=late-petition-decision\"");
        String form = page("supervisor1", "/cases/" + caseNumber + "?action=late-petition-decision");
        assertThat(form).contains("name=\"petitionId\"", "Accept it for review");
        String petitionId = jdbc.queryForObject("SELECT MAX(p.id) FROM petition p JOIN case_file c ON c.id = p.case_id"
                + " WHERE c.case_number = ?", Long.class, caseNumber).toString();
        assertThat(refused(400, "supervisor1", caseNumber, "late-petition-decision", "petitionId", petitionId,
                "accept", "ACCEPT", "reason", "")).contains("href=\"#af-reason\"");
        String decided = recorded("supervisor1", caseNumber, "late-petition-decision", "petitionId", petitionId,
                "accept", "ACCEPT", "reason", "the notice was misaddressed");
        assertThat(decided).startsWith("Decision on the late petition recorded, accepted for review");
        assertThat(text(page("officer1", "/cases/" + caseNumber + "?tab=correspondence")))
                .contains("the notice went to our old address", "Late");
    }

    @Test
    void aPetitionAndThePaymentOfTheDecisionCloseAPenaltyCase() throws Exception {
        String caseNumber = penaltyCaseAwaitingRepresentations("Petition Page Traders");
        recorded("officer1", caseNumber, "representations", "receivedDate", TODAY.toString(), "summary", "s");
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS,
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"f\"}");
        String petitionDue = deadline(caseFile(caseNumber), DeadlineNames.PETITION, "OPEN").get("dueDate").asText();

        String bar = page("officer1", "/cases/" + caseNumber);
        assertThat(bar).contains("?action=petition\"", "?action=payment\"", "?action=offer\"",
                "Petition: due " + petitionDue).doesNotContain("?action=extension\"");
        assertThat(page("supervisor1", "/cases/" + caseNumber)).as("the deciding authority may extend the period")
                .contains("?action=extension\"");

        // a requested amount that is not dollars is refused next to the field, the grounds kept
        String invalid = refused(400, "officer1", caseNumber, "petition", "filedDate", TODAY.toString(),
                "requestedAmount", "5000.123", "grounds", "first offense, good record");
        assertThat(invalid).contains("href=\"#af-requestedAmount\"", "at most two decimals",
                "first offense, good record</textarea>");

        String said = recorded("officer1", caseNumber, "petition", "filedDate", TODAY.toString(), "requestedAmount",
                "5000", "grounds", "first offense, good record");
        assertThat(said).startsWith("Petition recorded, timely (due " + petitionDue + ")")
                .contains("Analyze", "The case is now: Under review.");
        String letters = text(page("officer1", "/cases/" + caseNumber + "?tab=correspondence"));
        assertThat(letters).contains("first offense, good record", "$5,000.00", "Timely", "Received, under review",
                "Filed by");

        completeOk("officer1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION,
                "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":20000,\"findings\":\"first offense\"}");
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("DECIDED");

        // 1592(d): the loss of revenue is owed first; part of it leaves the case decided
        String part = recorded("officer1", caseNumber, "payment", "amount", "15000", "paidDate", TODAY.toString());
        assertThat(part).startsWith("Payment recorded, timely").contains("$15,000.00 paid of $40,000.00 due",
                "The case is now: Decided.");
        String rest = recorded("officer1", caseNumber, "payment", "amount", "25000", "paidDate", TODAY.toString());
        assertThat(rest).contains("paid in full ($40,000.00 in all)", "The case is now: Closed.");
        assertThat(page("officer1", "/cases/" + caseNumber)).as("a closed case waits for nothing")
                .doesNotContain("Record what arrived");
    }

    @Test
    void refusalsStoreNothing403And404AndCsrf() throws Exception {
        String caseNumber = penaltyCaseAwaitingRepresentations("Refusal Page Inc");
        String ppnDue = deadline(caseFile(caseNumber), DeadlineNames.PPN_RESPONSE, "OPEN").get("dueDate").asText();

        // the custodian reads the case but may not record representations
        assertThat(page("custodian1", "/cases/" + caseNumber)).doesNotContain("?action=representations\"");
        mvc.perform(get("custodian1", "/cases/" + caseNumber + "?action=representations")).andExpect(status().isForbidden());
        assertThat(refused(403, "custodian1", caseNumber, "representations", "receivedDate", TODAY.toString(),
                "summary", "s")).contains("Not yours to record").doesNotContain("id=\"action-form\"");
        // an officer is not the deciding authority for an extension
        refused(403, "officer1", caseNumber, "extension", "period", "PPN_RESPONSE", "newLastDay",
                TODAY.plusDays(90).toString(), "reason", "r");
        // another office's case is not disclosed
        mvc.perform(get("officer2", "/cases/" + caseNumber + "?action=representations")).andExpect(status().isNotFound());
        mvc.perform(record("officer2", caseNumber, "representations", "receivedDate", TODAY.toString(), "summary", "s"))
                .andExpect(status().isNotFound());
        // without the CSRF token nothing changes
        mvc.perform(MockMvcRequestBuilders.post("/cases/{n}/actions/representations", caseNumber)
                .with(httpBasic("officer1", "officer1")).param("receivedDate", TODAY.toString()).param("summary", "s"))
                .andExpect(status().isForbidden());
        assertThat(events(caseNumber, "REPRESENTATIONS_RECEIVED")).isZero();

        // the supervisor's extension: the rule refuses a day not after the current last day (422, citation)
        String notLater = refused(422, "supervisor1", caseNumber, "extension", "period", "PPN_RESPONSE", "newLastDay",
                ppnDue, "reason", "counsel asked for time");
        assertThat(notLater).contains("Citation: 19 CFR 162.78(b)", "counsel asked for time</textarea>");
        assertThat(deadline(caseFile(caseNumber), DeadlineNames.PPN_RESPONSE, "OPEN").get("dueDate").asText())
                .isEqualTo(ppnDue);
        String later = LocalDate.parse(ppnDue).plusDays(30).toString();
        assertThat(recorded("supervisor1", caseNumber, "extension", "period", "PPN_RESPONSE", "newLastDay", later,
                "reason", "counsel asked for time")).startsWith("Extension granted, from " + ppnDue + " to " + later);
        assertThat(deadline(caseFile(caseNumber), DeadlineNames.PPN_RESPONSE, "OPEN").get("dueDate").asText())
                .isEqualTo(later);
    }

    @Test
    void anOfferInCompromiseGoesToCounsel() throws Exception {
        String caseNumber = penaltyCaseAwaitingRepresentations("Offer Page Ltd");
        assertThat(page("officer1", "/cases/" + caseNumber)).as("no offer before the penalty notice")
                .doesNotContain("?action=offer\"");
        recorded("officer1", caseNumber, "representations", "receivedDate", TODAY.toString(), "summary", "s");
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS,
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"f\"}");
        String said = recorded("officer1", caseNumber, "offer", "amount", "25000", "offeredDate", TODAY.toString(),
                "terms", "paid within 30 days of acceptance");
        assertThat(said).startsWith("Offer in compromise recorded");
        assertThat(hasTask(caseNumber, PenaltyCaseProcess.TASK_COUNSEL_REVIEW_OFFER)).isTrue();
        assertThat(text(page("officer1", "/cases/" + caseNumber + "?tab=correspondence")))
                .contains("Offer in compromise", "paid within 30 days of acceptance", "$25,000.00");
    }

    // ------------------------------------------------------------------------------------------ liquidated damages

    @Test
    void aLiquidatedDamagesCaseTakesAnExtensionRequestAPetitionAndAPayment() throws Exception {
        String caseNumber = ldCase("Action Bar Electronics");
        String bar = page("officer1", "/cases/" + caseNumber);
        assertThat(bar).contains("?action=petition\"", "?action=payment\"", "?action=extension-request\"");
        assertThat(page("officer1", "/cases/" + caseNumber + "?action=payment")).contains("name=\"paidBy\"",
                "<option value=\"SURETY\">Surety</option>");

        String refusedEarly = refused(400, "officer1", caseNumber, "extension-request", "requestedBy", "PRINCIPAL",
                "requestDate", TODAY.toString(), "requestedUntil", TODAY.toString(), "reason", "broker closed");
        assertThat(refusedEarly).contains("href=\"#af-requestedUntil\"", "is not after the current end of the period");
        String said = recorded("officer1", caseNumber, "extension-request", "requestedBy", "PRINCIPAL", "requestDate",
                TODAY.toString(), "requestedUntil", TODAY.plusDays(90).toString(), "reason", "broker closed");
        assertThat(said).startsWith("Extension request recorded, timely");

        // while the request waits for its decision the process takes no petition: a second claim for the petition
        String other = ldCase("Action Bar Electronics Two");
        String petition = recorded("officer1", other, "petition", "filedDate", TODAY.toString(), "filedBy",
                "SURETY", "grounds", "the entry summary was filed by the broker");
        assertThat(petition).startsWith("Petition recorded, timely");
        assertThat(text(page("officer1", "/cases/" + other + "?tab=correspondence")))
                .contains("the entry summary was filed by the broker", "Surety");

        String paid = recorded("officer1", other, "payment", "amount", "100", "paidDate", TODAY.toString(),
                "paidBy", "SURETY");
        assertThat(paid).startsWith("Payment recorded");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment p JOIN case_file c ON c.id = p.case_id"
                + " WHERE c.case_number = ? AND p.paid_by = 'SURETY'", Long.class, other)).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------ seizure

    @Test
    void theCustodianRecordsCustodyEventsAndNothingElse() throws Exception {
        String caseNumber = seizureCase("Custody Page Handbags");
        String bar = page("custodian1", "/cases/" + caseNumber);
        assertThat(bar).contains("?action=custody-event\"").doesNotContain("?action=abandonment\"",
                "?action=claim\"");
        refused(403, "custodian1", caseNumber, "abandonment", "signedDate", TODAY.toString(), "signedBy", "owner");

        // a move names the new place: the service's field refusal next to the field
        String noPlace = refused(400, "custodian1", caseNumber, "custody-event", "eventDate", TODAY.toString(),
                "kind", "MOVED", "location", "");
        assertThat(noPlace).contains("href=\"#af-location\"", "a move names the new storage location",
                "<option value=\"MOVED\" selected=\"selected\">");
        String said = recorded("custodian1", caseNumber, "custody-event", "eventDate", TODAY.toString(), "kind",
                "MOVED", "location", "LALB bonded warehouse, bay 9", "note", "forklift access");
        assertThat(said).startsWith("Custody event recorded");
        assertThat(page("custodian1", "/cases/" + caseNumber + "?tab=facts")).contains("MOVED",
                "LALB bonded warehouse, bay 9");
    }

    @Test
    void aClaimWithCostBondRefersTheSeizureAndAnAbandonmentForfeitsIt() throws Exception {
        String claimCase = seizureCase("Claim Page Handbags");
        assertThat(page("officer1", "/cases/" + claimCase)).contains("?action=abandonment\"", "?action=claim\"",
                "?action=release-on-payment\"", "?action=custody-event\"");
        String low = refused(422, "officer1", claimCase, "claim", "filedDate", TODAY.toString(), "claimant", "owner",
                "bondAmount", "4000");
        assertThat(low).contains("$5,000.00", "value=\"4000\"");
        String said = recorded("officer1", claimCase, "claim", "filedDate", TODAY.toString(), "claimant", "owner",
                "bondAmount", "5000");
        assertThat(said).startsWith("Claim with cost bond recorded").contains("The case is now: Referred.");

        String abandoned = seizureCase("Abandon Page Handbags");
        assertThat(recorded("officer1", abandoned, "abandonment", "signedDate", TODAY.toString(), "signedBy",
                "owner's attorney")).startsWith("Abandonment recorded");
        assertThat(events(abandoned, "FORFEITED_BY_ASSENT")).isEqualTo(1);
    }
}
