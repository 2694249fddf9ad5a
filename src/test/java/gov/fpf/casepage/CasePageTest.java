package gov.fpf.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import gov.fpf.ApplicationTest;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.seizure.SeizureForfeitureProcess;

/**
 * The case page in the shared context: every tab shows the real facts of a penalty, a liquidated-damages and a
 * seizure case opened through the API; tasks are worked through the page's server-rendered forms and completed by
 * the same service and rules as the API (422 keeps what was entered, 403 and 404 as the API has them).
 */
class CasePageTest extends ApplicationTest {

    private static final LocalDate TODAY = seaportToday();

    // ------------------------------------------------------------------------------------------ fixtures (API)

    /** Worked example P1 (maximum $40,000), opened by the given officer in their office. */
    private String penaltyCase(String user, String partyName) throws Exception {
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":false,"merchandiseDescription":"steel fasteners <b>M8</b>",
                 "entryNumbers":["ABC-1234567-8"],"materialFacts":"declared at 5%% instead of 10%%"}"""
                .formatted(party(user, partyName));
        return json.readTree(mvc.perform(post(user, "/api/v1/penalty-cases", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    private boolean hasTask(String caseNumber, String taskKey) throws Exception {
        JsonNode file = caseFile(caseNumber);
        for (JsonNode t : file.get("openTasks")) {
            if (taskKey.equals(t.get("taskDefinitionKey").asText())) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------ page helpers

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(user, path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder submit(String user, String caseNumber, String taskId, String... fields) {
        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post("/cases/{n}/tasks/{t}", caseNumber, taskId)
                .with(httpBasic(user, user)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < fields.length; i += 2) {
            post.param(fields[i], fields[i + 1]);
        }
        return post;
    }

    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html);
    }

    // ------------------------------------------------------------------------------------------ tests

    @Test
    void everyTabOfAPenaltyCaseShowsItsFacts() throws Exception {
        String caseNumber = penaltyCase("officer1", "Page Fasteners & Sons");
        String task = taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);

        String summary = page("officer1", "/cases/" + caseNumber);
        assertThat(summary).contains("<h1>Case " + caseNumber + "</h1>", "Penalty", "LALB", "Page Fasteners &amp; Sons",
                "aria-selected=\"true\"", "id=\"tab-summary\"");
        assertThat(summary).contains("$40,000.00", "Statute of limitations", "2030-06-02", "1621",
                "19 U.S.C. 1592(d)", "Computation trace");
        assertThat(summary).contains("Determine culpability and proposed amount", "Work on this task",
                "/cases/" + caseNumber + "?task=" + task);
        assertThat(summary).as("no form until a task is opened").doesNotContain("class=\"task-form-fields\"");

        String parties = page("officer1", "/cases/" + caseNumber + "?tab=parties");
        assertThat(parties).contains("Page Fasteners &amp; Sons", "U.S. IOR", "EO 14411 Sec. 10(a)-(c)",
                "Entity organized, located", "No violations recorded.");
        assertThat(parties).containsPattern("id=\"tab-parties\"[^>]*aria-selected=\"true\"");

        String facts = page("officer1", "/cases/" + caseNumber + "?tab=facts");
        assertThat(facts).contains("Penalty facts", "19 U.S.C. 1592", "Negligence", "$400,000.00", "$600,000.00",
                "$20,000.00", "steel fasteners &lt;b&gt;M8&lt;/b&gt;", "ABC-1234567-8", "2025-06-02");

        String notices = page("officer1", "/cases/" + caseNumber + "?tab=notices");
        assertThat(notices).contains("No notices issued.");

        String timeline = page("officer1", "/cases/" + caseNumber + "?tab=timeline");
        assertThat(timeline).contains("Case opened", "officer1", "PENALTY case opened in office LALB");

        String diagram = page("officer1", "/cases/" + caseNumber + "?tab=diagram");
        assertThat(diagram.contains("<svg") || diagram.contains("Diagram not available.")).as(diagram).isTrue();

        // an unknown tab is the summary; headquarters reads every office's cases
        assertThat(page("officer1", "/cases/" + caseNumber + "?tab=nonsense")).contains("Computation trace");
        assertThat(page("hq1", "/cases/" + caseNumber)).contains(caseNumber).doesNotContain("Work on this task");
    }

    @Test
    void theCulpabilityTaskIsWorkedThroughThePage() throws Exception {
        String caseNumber = penaltyCase("officer1", "Form Worked Imports");
        String task = taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);

        String form = page("officer1", "/cases/" + caseNumber + "?task=" + task);
        assertThat(form).contains("class=\"case-layout grid2\"", "Task: Determine culpability and proposed amount",
                "<form class=\"task-form\" method=\"post\" action=\"/cases/" + caseNumber + "/tasks/" + task,
                "name=\"_csrf\"", "<select id=\"tf-culpability\" name=\"culpability\" required",
                "<input type=\"number\" id=\"tf-proposedAmount\" name=\"proposedAmount\" required",
                "<textarea rows=\"4\" id=\"tf-amountRationale\"");
        // the disabled fields show the task's variables as text, next to the case
        assertThat(form).contains("<span class=\"field-value\">" + caseNumber + "</span>", "Computation trace");
        assertThat(form).as("tab links keep the open task").contains("?tab=parties&amp;task=" + task);

        // above the statutory maximum: the API's 422, shown with the entered values
        String refused = mvc.perform(submit("officer1", caseNumber, task, "culpability", "NEGLIGENCE",
                        "proposedAmount", "50000", "amountRationale", "too much"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("role=\"alert\"", "Refused by a legal rule", "value=\"50000\"",
                "<option value=\"NEGLIGENCE\" selected>", "too much</textarea>");

        mvc.perform(submit("officer1", caseNumber, task, "culpability", "NEGLIGENCE", "proposedAmount", "40000",
                        "amountRationale", "serious, repeated misclassification", "caseNumber", "2026-PEN-999999"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + caseNumber))
                .andExpect(flash().attribute("completedTask", "Determine culpability and proposed amount"));

        JsonNode afterPpn = caseFile(caseNumber);
        assertThat(afterPpn.get("status").asText()).isEqualTo("AWAITING_RESPONSE");
        assertThat(hasTask(caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT)).isFalse();
        assertThat(afterPpn.findValuesAsText("event")).contains("PENALTY_PROPOSED");

        // the pre-penalty notice is linked on the notices tab and opens with the page's login
        String notices = page("officer1", "/cases/" + caseNumber + "?tab=notices");
        Matcher link = Pattern.compile("href=\"(/cases/" + caseNumber + "/notices/\\d+)\"").matcher(notices);
        assertThat(link.find()).as(notices).isTrue();
        assertThat(page("officer1", link.group(1))).contains("Proposed penalty", "$40,000.00");
        assertThat(page("officer1", "/cases/" + caseNumber + "?tab=facts")).contains("$40,000.00",
                "serious, repeated misclassification");

        // the completed task is gone: opening it again is a 404 page
        mvc.perform(get("officer1", "/cases/" + caseNumber + "?task=" + task)).andExpect(status().isNotFound());
    }

    @Test
    void aDecisionBelowTheFloorShowsThe422AndKeepsWhatWasEntered() throws Exception {
        String caseNumber = penaltyCase("officer1", "Below The Floor Ltd");
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT,
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"r\"}");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + TODAY + "\",\"summary\":\"s\"}")).andExpect(status().isAccepted());
        completeOk("officer1", caseNumber, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS,
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"f\"}");
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                "{\"filedDate\":\"" + TODAY + "\",\"supplemental\":false,\"grounds\":\"first offense\"}"))
                .andExpect(status().isCreated());
        String task = taskId("officer1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);

        String form = page("officer1", "/cases/" + caseNumber + "?task=" + task);
        assertThat(form).contains("name=\"petitionOutcome\" value=\"MITIGATE\"", "id=\"tf-bondNumber-field\"");
        assertThat(form).as("no bond on a penalty case: the bond fields start hidden")
                .containsPattern("id=\"tf-bondNumber-field\"[^>]* hidden>");

        String refused = mvc.perform(submit("officer1", caseNumber, task, "petitionOutcome", "MITIGATE",
                        "proposedAmount", "12000", "findings", "first offense, cooperative <importer>",
                        "mitigatingFactors", "prior good record"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("role=\"alert\"", "Refused by a legal rule");
        assertThat(text(refused)).contains("is below the floor", "$20,000.00");
        assertThat(refused).contains("value=\"MITIGATE\" required checked>", "value=\"12000\"",
                "first offense, cooperative &lt;importer&gt;</textarea>", "prior good record</textarea>");
        assertThat(hasTask(caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION))
                .as("the task stays open").isTrue();

        // the form's own checks answer before the engine is asked
        String invalid = mvc.perform(submit("officer1", caseNumber, task, "petitionOutcome", "MITIGATE",
                        "proposedAmount", "twelve thousand"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("Check the form", "Enter a number", "href=\"#tf-findings\"", "value=\"twelve thousand\"");
    }

    @Test
    void anotherOfficesCaseAndTaskAre404() throws Exception {
        String seaport = penaltyCase("officer1", "Seaport Only Inc");
        String seaportTask = taskId("officer1", seaport, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
        String hub = penaltyCase("officer2", "Hub Only Inc");

        String missing = mvc.perform(get("officer2", "/cases/" + seaport)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("There is no case " + seaport + " in your offices.")
                .doesNotContain("Seaport Only Inc");
        mvc.perform(get("officer2", "/cases/" + seaport + "/notices/1")).andExpect(status().isNotFound());
        mvc.perform(get("officer2", "/cases/not-a-case")).andExpect(status().isNotFound());
        // a task of another office, asked for on one's own case, is not disclosed either
        mvc.perform(get("officer2", "/cases/" + hub + "?task=" + seaportTask)).andExpect(status().isNotFound());
        mvc.perform(submit("officer2", hub, seaportTask, "culpability", "NEGLIGENCE", "proposedAmount", "1",
                "amountRationale", "r")).andExpect(status().isNotFound());
        assertThat(hasTask(seaport, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT)).isTrue();
    }

    @Test
    void aTaskNotOfferedToTheUsersGroupsIs403AndDesignersDoNotReadCases() throws Exception {
        String caseNumber = penaltyCase("officer1", "Not Your Task Co");
        String task = taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);

        String refused = mvc.perform(get("custodian1", "/cases/" + caseNumber + "?task=" + task))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("role=\"alert\"", "not offered to any of your groups").doesNotContain("class=\"task-form-fields\"");
        mvc.perform(submit("custodian1", caseNumber, task, "culpability", "NEGLIGENCE", "proposedAmount", "1",
                "amountRationale", "r")).andExpect(status().isForbidden());
        assertThat(hasTask(caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT)).isTrue();

        mvc.perform(get("designer1", "/cases/" + caseNumber)).andExpect(status().isForbidden());
        // without the CSRF token the page refuses to change anything
        mvc.perform(MockMvcRequestBuilders.post("/cases/{n}/tasks/{t}", caseNumber, task).with(httpBasic("officer1", "officer1"))
                .param("culpability", "NEGLIGENCE")).andExpect(status().isForbidden());
    }

    @Test
    void everyTabOfALiquidatedDamagesCaseShowsItsFacts() throws Exception {
        long principal = party("officer1", "Page Electronics LLC");
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
        long bondId = json.readTree(mvc.perform(post("officer1", "/api/v1/bonds", """
                {"bondNumber":"CB-PG-%s","principalPartyId":%d,"suretyName":"Pacific Page Surety","type":"CONTINUOUS",
                 "activity":"IMPORTATION_AND_ENTRY","amount":200000,"effectiveDate":"2024-01-01"}""".formatted(suffix, principal)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", """
                {"bondId":%d,"breach":"LATE_ENTRY_SUMMARY","breachDate":"%s","entryNumber":"PG%s-1",
                 "merchandiseValue":150000,"withheldDuty":12345.67,"daysLate":9}""".formatted(bondId, TODAY.minusDays(20), suffix)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();

        String summary = page("officer1", "/cases/" + caseNumber);
        assertThat(summary).contains("Liquidated damages", "$150,000.00", "Option 1 payment", "Computation trace");
        assertThat(page("officer1", "/cases/" + caseNumber + "?tab=parties")).contains("Page Electronics LLC", "U.S. IOR");

        String facts = page("officer1", "/cases/" + caseNumber + "?tab=facts");
        assertThat(facts).contains("Bond and claim", "CB-PG-" + suffix, "Pacific Page Surety", "Limit of liability",
                "$200,000.00", "Coverage of the bond", "Late entry summary", "PG" + suffix + "-1", "Option 1", "$212.00",
                TODAY.plusDays(60).toString());
        assertThat(facts).as("codes are written in words").contains("Continuous bond", "Importation and entry")
                .doesNotContain("LATE_ENTRY_SUMMARY", "IMPORTATION_AND_ENTRY", "CONTINUOUS<");

        String notices = page("officer1", "/cases/" + caseNumber + "?tab=notices");
        assertThat(notices).containsPattern("href=\"/cases/" + caseNumber + "/notices/\\d+\"");
        assertThat(page("officer1", "/cases/" + caseNumber + "?tab=timeline")).contains("Case opened", "Notice issued");
    }

    @Test
    void everyTabOfASeizureShowsItsFactsAndTheCustodianWorksCustodyOnThePage() throws Exception {
        long partyId = party("officer1", "Page Handbag Importers");
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/seizure-cases", """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1526(e)","placeOfSeizure":"LALB terminal 3",
                 "cause":"handbags bearing counterfeit marks","possessorName":"Harbor Forwarding",
                 "items":[{"description":"handbags with counterfeit marks","quantity":500,"appraisedValue":900000,
                           "counterfeit":true}]}""".formatted(partyId, TODAY.minusDays(2))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        String custody = taskId("custodian1", caseNumber, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY);

        String form = page("custodian1", "/cases/" + caseNumber + "?task=" + custody);
        assertThat(form).contains("Take custody and inventory the property", "name=\"dailyStorageRate\"",
                "<input type=\"checkbox\" value=\"true\" id=\"tf-perishable\"", "handbags with counterfeit marks");
        mvc.perform(submit("custodian1", caseNumber, custody, "storageLocation", "LALB bonded warehouse, bay 7",
                        "dailyStorageRate", "25.50", "highRisk", "true", "photographReferences", "IMG-001..IMG-012",
                        "inventoryNote", "counted and sealed"))
                .andExpect(status().is3xxRedirection());
        assertThat(hasTask(caseNumber, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY)).isFalse();

        String summary = page("officer1", "/cases/" + caseNumber);
        assertThat(summary).contains("Seizure and forfeiture", "$900,000.00", "Appraise domestic value");
        assertThat(page("officer1", "/cases/" + caseNumber + "?tab=parties")).contains("Page Handbag Importers");

        String facts = page("officer1", "/cases/" + caseNumber + "?tab=facts");
        assertThat(facts).contains("Property", "1526(e)", "LALB terminal 3", "handbags with counterfeit marks", "500",
                "counterfeit", "LALB bonded warehouse, bay 7", "$25.50", "Storage accrued to date",
                "Projected 19 U.S.C. 1612 date", "Custody log", "Received into custody", "custodian1");
        assertThat(facts).as("codes are written in words").doesNotContain(">RECEIVED<");
        assertThat(page("officer1", "/cases/" + caseNumber + "?tab=notices")).contains("Custody receipt");
        assertThat(page("officer1", "/cases/" + caseNumber + "?tab=timeline")).contains("Case opened");
    }
}
