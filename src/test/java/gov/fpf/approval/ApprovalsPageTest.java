package gov.fpf.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.process.identity.EngineAccess;
import gov.fpf.seizure.SeizureForfeitureProcess;
import gov.fpf.system.Roles;

/**
 * The supervisors' exception queue: what supervisor1 sees (an exception proposed by another supervisor with Approve
 * enabled, one supervisor1 proposed with Approve disabled and the reason beside it, a 1612 summary sale with value
 * and storage), the mandatory comment (refused with nothing changed), four eyes enforced on the server when the
 * button is forced, and an approval that completes the task through the worklist.
 */
class ApprovalsPageTest extends ApplicationTest {

    private static final LocalDate TODAY = seaportToday();

    /** Proposed by approver2 (another supervisor), by supervisor1, and a perishable seizure opened by officer1. */
    private static String byOther;
    private static String bySupervisor1;
    private static String perishable;

    @Autowired
    EngineAccess engineAccess;

    @BeforeEach
    void approvalsWaiting() throws Exception {
        if (byOther != null) {
            return;
        }
        engineAccess.ensureUser("approver2", "approver2", "Second", "Approver", List.of(Roles.SUPERVISOR, Roles.OFFICER),
                Set.of(SEAPORT));
        byOther = exceptionProposedBy("approver2", "Approvals Other Proposer Ltd");
        bySupervisor1 = exceptionProposedBy("supervisor1", "Approvals Own Proposer Ltd");

        perishable = perishableSeizureAtItsApproval("Approvals Produce Traders");
    }

    private String perishableSeizureAtItsApproval(String partyName) throws Exception {
        return perishableSeizureAtItsApproval("officer1", partyName);
    }

    /** Perishable produce seized by that user: the 1612 approval opens at once (the timer is fired here). */
    private String perishableSeizureAtItsApproval(String seizedBy, String partyName) throws Exception {
        JsonNode opened = json.readTree(mvc.perform(post(seizedBy, "/api/v1/seizure-cases", """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","projectedStorageCost":4500,
                 "items":[{"description":"fresh produce","quantity":200,"appraisedValue":8000,"perishable":true}]}"""
                .formatted(party(partyName), TODAY.minusDays(1))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String n = opened.get("caseNumber").asText();
        assertThat(complete("custodian1", taskId("custodian1", n, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY),
                "{\"storageLocation\":\"cold store 2\",\"dailyStorageRate\":150,\"hazardous\":false,\"highRisk\":false,"
                        + "\"photographReferences\":\"IMG-1\",\"inventoryNote\":\"chilled\"}")).isEqualTo(204);
        assertThat(complete("officer1", taskId("officer1", n, SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE),
                "{\"appraisedValue\":8000,\"appraisalBasis\":\"market price\"}")).isEqualTo(204);
        fireTimer(n, SeizureForfeitureProcess.START_EVENT_STORAGE_COST_THRESHOLD_REACHED);
        return n;
    }

    @Test
    void theQueueShowsTheReasoningTheAmountsAndFourEyesAsADisabledButton() throws Exception {
        String page = page("supervisor1").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String other = article(page, byOther);
        assertThat(other).contains("approver2", "$12,000.00", "$40,000.00", "$20,000.00",
                "informant in a weapons-parts smuggling case", "cooperating in an investigation", "name=\"_csrf\"");
        // the proposed outcome in words, not the petition's code
        assertThat(other).contains("<dd>Mitigated</dd>").doesNotContain(">MITIGATE<");
        assertThat(button(other, "APPROVE")).doesNotContain("disabled");
        assertThat(button(other, "REJECT")).doesNotContain("disabled");

        String own = article(page, bySupervisor1);
        assertThat(own).contains("supervisor1", "$12,000.00");
        assertThat(button(own, "APPROVE")).contains("disabled", "aria-describedby=\"blocked-");
        assertThat(own).contains("The officer who proposed the national-security exception may not approve it;"
                + " another supervisor must.");

        String sale = article(page, perishable);
        assertThat(sale).contains("$8,000.00", "cold store 2", "$150.00", "Perishable property", "officer1");
        assertThat(button(sale, "SALE")).doesNotContain("disabled");
        assertThat(button(sale, "DESTRUCTION")).doesNotContain("disabled");

        // the other supervisor sees it the other way round
        String theirs = page("approver2").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(button(article(theirs, byOther), "APPROVE")).contains("disabled");
        assertThat(button(article(theirs, bySupervisor1), "APPROVE")).doesNotContain("disabled");
    }

    @Test
    void anEmptyCommentIsRefusedAndNothingChanges() throws Exception {
        String task = approvalTask(byOther);
        for (String comment : List.of("", "   ")) {
            String body = decide("supervisor1", task, "APPROVE", comment)
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(body).contains("comment: a comment is required");
        }
        decide("supervisor1", task, "APPROVE", null).andExpect(status().isBadRequest());
        assertThat(approvalTask(byOther)).isEqualTo(task);
        assertThat(jdbc.queryForObject("SELECT exception_approved_by FROM petition p JOIN case_file c ON c.id = p.case_id"
                + " WHERE c.case_number = ?", String.class, byOther)).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_number = ? AND event LIKE"
                + " 'NATIONAL_SECURITY_EXCEPTION_%'", Long.class, byOther)).isZero();
    }

    @Test
    void forcingTheDisabledApproveIs403AndTheTaskStays() throws Exception {
        String task = approvalTask(bySupervisor1);
        String body = decide("supervisor1", task, "APPROVE", "looks fine to me")
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("may not approve it");
        // rejecting one's own proposal is the same decision, refused the same way
        decide("supervisor1", task, "REJECT", "withdrawn").andExpect(status().isForbidden());
        assertThat(approvalTask(bySupervisor1)).isEqualTo(task);
        assertThat(jdbc.queryForObject("SELECT exception_approved_by FROM petition p JOIN case_file c ON c.id = p.case_id"
                + " WHERE c.case_number = ?", String.class, bySupervisor1)).isNull();
        // without the page's CSRF token nothing is even looked at
        mvc.perform(MockMvcRequestBuilders.post("/approvals/{id}", task).with(httpBasic("approver2", "approver2"))
                .param("decision", "APPROVE").param("comment", "x")).andExpect(status().isForbidden());
        assertThat(approvalTask(bySupervisor1)).isEqualTo(task);
    }

    @Test
    void approvingWithACommentCompletesTheTaskAndTheDecisionIsIssued() throws Exception {
        String caseNumber = exceptionProposedBy("officer1", "Approvals Approved Ltd");
        String task = approvalTask(caseNumber);
        decide("supervisor1", task, "APPROVE", "confirmed with HSI: informant in an open investigation")
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/approvals"));
        assertThat(openApprovalTasks(caseNumber)).isEmpty();
        JsonNode decided = json.readTree(mvc.perform(get("officer1", "/api/v1/cases/" + caseNumber))
                .andReturn().getResponse().getContentAsString());
        assertThat(decided.get("status").asText()).isEqualTo("DECIDED");
        assertThat(decided.get("amounts").get("decided").decimalValue()).isEqualByComparingTo("12000");
        assertThat(jdbc.queryForObject("SELECT exception_approved_by FROM petition p JOIN case_file c ON c.id = p.case_id"
                + " WHERE c.case_number = ?", String.class, caseNumber)).isEqualTo("supervisor1");
        assertThat(jdbc.queryForObject("SELECT reason FROM audit_event WHERE case_number = ? AND event ="
                + " 'NATIONAL_SECURITY_EXCEPTION_APPROVED'", String.class, caseNumber))
                .isEqualTo("confirmed with HSI: informant in an open investigation");
        // a second decision on the same task finds it gone
        decide("supervisor1", task, "APPROVE", "again").andExpect(status().isNotFound());
    }

    @Test
    void rejectingSendsTheExceptionBackToTheProposer() throws Exception {
        String caseNumber = exceptionProposedBy("officer1", "Approvals Rejected Ltd");
        decide("supervisor1", approvalTask(caseNumber), "REJECT", "no link to national security shown")
                .andExpect(status().isFound());
        assertThat(openApprovalTasks(caseNumber)).isEmpty();
        taskId("officer1", caseNumber, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        assertThat(jdbc.queryForObject("SELECT reason FROM audit_event WHERE case_number = ? AND event ="
                + " 'NATIONAL_SECURITY_EXCEPTION_REJECTED'", String.class, caseNumber))
                .isEqualTo("no link to national security shown");
    }

    @Test
    void aSummarySaleIsApprovedWithItsReason() throws Exception {
        String perishable = perishableSeizureAtItsApproval("Approvals Sold Produce");
        String task = approvalTask(perishable);
        decide("supervisor1", task, "SALE", "").andExpect(status().isBadRequest());
        decide("supervisor1", task, "APPROVE", "wrong button").andExpect(status().isBadRequest());
        decide("supervisor1", task, "SALE", "perishable produce, sell at once").andExpect(status().isFound());
        assertThat(openApprovalTasks(perishable)).isEmpty();
        JsonNode property = json.readTree(mvc.perform(get("officer1", "/api/v1/seizure-cases/" + perishable + "/property"))
                .andReturn().getResponse().getContentAsString());
        assertThat(property.get("summaryAction").asText()).isEqualTo("SALE");
        taskId("custodian1", perishable, SeizureForfeitureProcess.TASK_CARRY_OUT_SUMMARY_SALE);
    }

    @Test
    void theSupervisorWhoRecordedTheSeizureMayOnlyRejectItsSummarySale() throws Exception {
        String own = perishableSeizureAtItsApproval("supervisor1", "Approvals Own Seizure Produce");
        String article = article(page("supervisor1").andReturn().getResponse().getContentAsString(), own);
        assertThat(button(article, "SALE")).contains("disabled");
        assertThat(button(article, "DESTRUCTION")).contains("disabled");
        assertThat(button(article, "REJECT")).doesNotContain("disabled");
        assertThat(article).contains("The officer who recorded the seizure may not approve its summary sale;"
                + " another supervisor must.");
        String task = approvalTask(own);
        decide("supervisor1", task, "DESTRUCTION", "spoiling").andExpect(status().isForbidden());
        assertThat(approvalTask(own)).isEqualTo(task);
        decide("supervisor1", task, "REJECT", "the owner collects it today").andExpect(status().isFound());
        assertThat(openApprovalTasks(own)).isEmpty();
    }

    @Test
    void onlySupervisorsOpenTheQueue() throws Exception {
        for (String user : List.of("officer1", "hq1", "custodian1", "counsel1", "admin")) {
            page(user).andExpect(status().isForbidden());
            mvc.perform(MockMvcRequestBuilders.post("/approvals/{id}", "x").with(httpBasic(user, user)).with(csrf())
                    .param("decision", "APPROVE").param("comment", "x")).andExpect(status().isForbidden());
        }
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/approvals")).andReturn().getResponse().getStatus())
                .as("not logged in: to the login page, or 401").isIn(302, 401);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private ResultActions page(String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/approvals").with(httpBasic(user, user)));
    }

    private ResultActions decide(String user, String task, String decision, String comment) throws Exception {
        var request = MockMvcRequestBuilders.post("/approvals/{id}", task).with(httpBasic(user, user)).with(csrf())
                .param("decision", decision);
        if (comment != null) {
            request.param("comment", comment);
        }
        return mvc.perform(request);
    }

    /** The article of the approval for that case (the page lists each open approval once). */
    private static String article(String page, String caseNumber) {
        Matcher m = Pattern.compile("<article[^>]*data-case=\"" + Pattern.quote(caseNumber) + "\"[\\s\\S]*?</article>")
                .matcher(page);
        assertThat(m.find()).as("an approval for " + caseNumber + " on the page").isTrue();
        return m.group();
    }

    private static String button(String article, String value) {
        Matcher m = Pattern.compile("<button[^>]*value=\"" + value + "\"[^>]*>").matcher(article);
        assertThat(m.find()).as("a " + value + " button").isTrue();
        return m.group();
    }

    /** A P1 penalty case whose officer proposes $12,000 (below the $20,000 floor) with a national-security exception. */
    private String exceptionProposedBy(String proposer, String partyName) throws Exception {
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":false}""".formatted(party(partyName));
        String n = json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        assertThat(complete("officer1", taskId("officer1", n, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT),
                "{\"culpability\":\"NEGLIGENCE\",\"proposedAmount\":40000,\"amountRationale\":\"pattern\"}")).isEqualTo(204);
        mvc.perform(post("officer1", "/api/v1/cases/" + n + "/representations",
                "{\"receivedDate\":\"" + TODAY + "\",\"summary\":\"clerical\"}")).andExpect(status().isAccepted());
        assertThat(complete("officer1", taskId("officer1", n, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS),
                "{\"representationsOutcome\":\"SAME_AMOUNT\",\"representationsFindings\":\"pattern\"}")).isEqualTo(204);
        mvc.perform(post("officer1", "/api/v1/cases/" + n + "/petitions",
                "{\"filedDate\":\"" + TODAY + "\",\"supplemental\":false,\"grounds\":\"first offense\"}"))
                .andExpect(status().isCreated());
        assertThat(complete(proposer, taskId(proposer, n, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION),
                "{\"petitionOutcome\":\"MITIGATE\",\"proposedAmount\":12000,\"findings\":\"cooperating in an investigation\","
                        + "\"nationalSecurityException\":true,"
                        + "\"exceptionJustification\":\"informant in a weapons-parts smuggling case\"}")).isEqualTo(204);
        return n;
    }

    private String approvalTask(String caseNumber) throws Exception {
        List<String> tasks = openApprovalTasks(caseNumber);
        assertThat(tasks).as("the open approval of " + caseNumber).hasSize(1);
        return tasks.get(0);
    }

    private List<String> openApprovalTasks(String caseNumber) throws Exception {
        JsonNode tasks = json.readTree(mvc.perform(get("supervisor1", "/api/v1/tasks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        List<String> ids = new ArrayList<>();
        for (JsonNode t : tasks) {
            String key = t.get("taskDefinitionKey").asText();
            if (caseNumber.equals(t.get("caseNumber").asText())
                    && (PetitionReviewProcess.TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION.equals(key)
                    || SeizureForfeitureProcess.TASK_APPROVE_SUMMARY_SALE.equals(key))) {
                ids.add(t.get("id").asText());
            }
        }
        return ids;
    }

}
