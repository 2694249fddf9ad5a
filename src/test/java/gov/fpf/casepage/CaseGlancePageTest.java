package gov.fpf.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import gov.fpf.ApplicationTest;
import gov.fpf.penalty.PenaltyCaseProcess;

/**
 * The case page at a glance (issue 14, items 7 and 8): the header strip, the violation, words instead of codes,
 * money in the trace, the parameter in words, no repeated trace lines, a closed case's deadlines closed, and the
 * task form opening with its first input focused, the case's culpability preselected and the rule's bounds set.
 */
class CaseGlancePageTest extends ApplicationTest {

    private static final LocalDate TODAY = seaportToday();

    private String penaltyCase(String partyName) throws Exception {
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":false,"merchandiseDescription":"steel fasteners M8",
                 "entryNumbers":["ABC-1234567-8"],"materialFacts":"declared at 5%% instead of 10%%"}"""
                .formatted(party("officer1", partyName));
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get("officer1", path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The text of the element with that id (up to its closing tag of the same name). */
    private static String element(String html, String tag, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("element " + id).isGreaterThan(0);
        return html.substring(start, html.indexOf("</" + tag + ">", start));
    }

    private static String section(String html, String fromId, String toId) {
        int start = html.indexOf("id=\"" + fromId + "\"");
        int end = html.indexOf("id=\"" + toId + "\"", start);
        assertThat(start).as(fromId).isGreaterThan(0);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    /** From the heading to the end of the table it heads. */
    private static String table(String html, String headingId) {
        int start = html.indexOf("id=\"" + headingId + "\"");
        assertThat(start).as(headingId).isGreaterThan(0);
        return html.substring(start, html.indexOf("</table>", start));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    @Test
    void theSummaryShowsTheCaseAtAGlanceInWordsAndMoney() throws Exception {
        String caseNumber = penaltyCase("Glance Fasteners");
        String summary = page("/cases/" + caseNumber);

        // the header strip: family, statute, party, status, office, amount at stake, next deadline with days left
        String strip = HtmlUtils.htmlUnescape(element(summary, "dl", "case-strip"));
        long days = ChronoUnit.DAYS.between(TODAY, LocalDate.parse("2030-06-02"));
        assertThat(strip).contains("Penalty", "19 U.S.C. 1592 (fraud, gross negligence, negligence)", "Glance Fasteners",
                "Open", "LALB", "$40,000.00", "(statutory maximum)", "Statute of limitations, 2030-06-02",
                NumberFormat.getIntegerInstance(Locale.US).format(days) + " days left");
        // the summary says what the violation is
        assertThat(HtmlUtils.htmlUnescape(summary)).contains("The violation",
                "19 U.S.C. 1592 (fraud, gross negligence, negligence) — Negligence — steel fasteners M8");

        // deadlines: status in words, days with separators
        String deadlines = section(summary, "deadlines-heading", "trace-heading");
        assertThat(deadlines).contains("data-status=\"OPEN\">Open</td>",
                NumberFormat.getIntegerInstance(Locale.US).format(days));
        assertThat(deadlines).doesNotContain(">OPEN<");

        // the trace: amounts as money, the parameter in words with its date and citation, no row numbers or codes
        String trace = HtmlUtils.htmlUnescape(table(summary, "trace-heading"));
        assertThat(trace).contains("<td class=\"num\">$40,000.00</td>", "<td class=\"num\">$20,000.00</td>",
                "Multiple of the loss of revenue, negligence: × 2, in force from 2000-01-01 (19 U.S.C. 1592(c)(3)(A))");
        assertThat(trace).doesNotContain("40000.00", "20000.00", "row ", ", V)", "lor-multiple", " COUNT ");
        // each thing once: the maximum is not restated, the loss of revenue is stated once
        assertThat(trace).contains("<td>Maximum, negligence</td>").doesNotContain("<td>Maximum penalty</td>");
        assertThat(count(trace, "<td>Loss of revenue")).isEqualTo(1);
    }

    @Test
    void theTaskFormOpensFocusedWithTheCasesCulpabilityAndTheRulesBounds() throws Exception {
        String caseNumber = penaltyCase("Glance Form Imports");
        String task = taskId("officer1", caseNumber, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
        String form = page("/cases/" + caseNumber + "?task=" + task);

        // the first input is focused, the culpability on the case is preselected
        assertThat(form).containsPattern("<select id=\"tf-culpability\" name=\"culpability\" required[^>]* autofocus>");
        assertThat(form).contains("<option value=\"NEGLIGENCE\" selected>Negligence</option>");
        // the rule's bounds: more than $0, at most the statutory maximum; read-only amounts as money
        assertThat(form).containsPattern("id=\"tf-proposedAmount\"[^>]* min=\"0.01\" max=\"40000\"");
        assertThat(form).contains("<span class=\"field-value\">$40,000.00</span>");
        // the title once (the panel's heading), and no "Work on this task" for the task whose form is open
        assertThat(count(form, "Determine culpability and proposed amount</h")).isEqualTo(1);
        assertThat(form).contains("The form is open beside the case.");
        assertThat(section(form, "open-tasks-heading", "case-tabs")).doesNotContain("Work on this task");

        // proposing less than the maximum: the status and the amounts read in words and money
        mvc.perform(MockMvcRequestBuilders.post("/cases/{n}/tasks/{t}", caseNumber, task)
                        .with(httpBasic("officer1", "officer1")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("culpability", "NEGLIGENCE").param("proposedAmount", "20000")
                        .param("amountRationale", "first violation"))
                .andExpect(status().is3xxRedirection());
        String after = page("/cases/" + caseNumber);
        assertThat(after).doesNotContain("AWAITING_RESPONSE").contains("Awaiting response");
        String amounts = section(after, "amounts-heading", "deadlines-heading");
        assertThat(amounts).contains("Proposed</dt><dd>$20,000.00</dd>");
        assertThat(element(after, "dl", "case-strip")).contains("$20,000.00", "(proposed)");

        // the timeline and notices say what happened in words
        String timeline = page("/cases/" + caseNumber + "?tab=timeline");
        assertThat(timeline).contains(">Case opened</td>", ">Penalty proposed</td>", "Open → Awaiting response")
                .doesNotContain(">CASE_OPENED<", ">STATUS_CHANGED<", "OPEN -&gt; AWAITING_RESPONSE");
        assertThat(page("/cases/" + caseNumber + "?tab=notices")).contains("<td>Pre-penalty notice</td>")
                .doesNotContain("PRE_PENALTY_NOTICE");
    }

    @Test
    void aClosedCaseShowsItsDeadlinesClosedWithNoDaysLeft() throws Exception {
        long principal = party("officer1", "Glance Produce Importers");
        String bondBody = """
                {"bondNumber":"STB-GL-%d","principalPartyId":%d,"suretyName":"Atlantic Surety Co",
                 "type":"SINGLE_TRANSACTION","activity":"IMPORTATION_AND_ENTRY","amount":50000,"effectiveDate":"2024-01-01"}"""
                .formatted(principal, principal);
        long bondId = json.readTree(mvc.perform(post("officer1", "/api/v1/bonds", bondBody)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        String caseNumber = json.readTree(mvc.perform(post("officer1", "/api/v1/liquidated-damages-cases", """
                        {"bondId":%d,"breach":"FDA_REFUSED_NOT_EXPORTED","breachDate":"%s","entryNumber":"GL-1234567-8",
                         "merchandiseValue":10000}""".formatted(bondId, TODAY.minusDays(10))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        String open = page("/cases/" + caseNumber);
        assertThat(open).contains("data-status=\"OPEN\"", "Refused by FDA and not exported or destroyed");

        // the principal pays the claim in full: the case closes, and so do its deadlines
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/payments",
                        "{\"amount\":30000,\"paidDate\":\"" + TODAY + "\",\"paidBy\":\"PRINCIPAL\"}"))
                .andExpect(status().isCreated());
        assertThat(caseFile(caseNumber).get("status").asText()).isEqualTo("CLOSED");
        String closed = page("/cases/" + caseNumber);
        String deadlines = section(closed, "deadlines-heading", "trace-heading");
        assertThat(deadlines).doesNotContain("data-status=\"OPEN\"", ">Open<", "overdue", "days left");
        Matcher statuses = Pattern.compile("data-status=\"([A-Z]+)\"").matcher(deadlines);
        int rows = 0;
        while (statuses.find()) {
            assertThat(statuses.group(1)).isIn("MET", "WAIVED", "CLOSED", "LAPSED", "EXTENDED", "MOVED");
            rows++;
        }
        assertThat(rows).as(deadlines).isGreaterThan(0);
        // every days-left cell of a closed case is empty
        assertThat(deadlines).doesNotContainPattern("<td class=\"num\"[^>]*>\\s*\\d");
        assertThat(element(closed, "dl", "case-strip")).contains("Closed", "None open");
    }
}
