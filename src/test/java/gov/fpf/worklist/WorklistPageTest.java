package gov.fpf.worklist;

import static gov.fpf.worklist.WorklistFixtures.entry;
import static gov.fpf.worklist.WorklistFixtures.referralTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gov.fpf.ApplicationTest;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFileService;

/** The worklist page at /: the table for those who work tasks, links for those who do not, claiming in place. */
class WorklistPageTest extends ApplicationTest {

    @Autowired
    TaskService tasks;

    @Autowired
    CaseFileService caseFiles;

    private String[] seaportTask(LocalDate due) {
        String caseNumber = inTransaction(() -> caseFiles.open(CaseFamily.PENALTY, SEAPORT, null, false, "page fixture")
                .getCaseNumber());
        return new String[] {caseNumber, referralTask(runtime, tasks, caseNumber, SEAPORT, due)};
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder claim(String user, String taskId) {
        return MockMvcRequestBuilders.post("/worklist/tasks/{id}/claim", taskId).with(httpBasic(user, user)).with(csrf());
    }

    @Test
    void anOfficerSeesTheTableWithCaseColumnsLinksAndDaysLeft() throws Exception {
        String[] overdue = seaportTask(seaportToday().minusDays(3000));

        String html = page(get("officer1", "/"));

        assertThat(html).contains("<title>Worklist</title>", "<main id=\"main\"", "id=\"worklist-results\"",
                "<th scope=\"col\" class=\"num\">Amount at stake</th>", "<th scope=\"col\">Days left</th>",
                "<label for=\"f-family\">Case family</label>", "<legend>Deadline</legend>",
                "href=\"/cases/" + overdue[0] + "\"", "href=\"/cases/" + overdue[0] + "?task=" + overdue[1] + "\"",
                "Overdue by 3,000 days", "class=\"overdue\"", "Penalty", "name=\"_csrf\"",
                "hx-post=\"/worklist/tasks/" + overdue[1] + "/claim\"", "Claim</span>");
    }

    @Autowired
    gov.fpf.TestClock clock;

    @Test
    void aSeaportTaskDueTodayIsNotOverdueWhileItsDayStillRunsInLongBeach() throws Exception {
        // 06:30 UTC on 8 December: already the 8th in New York, still 7 December at the seaport
        java.time.Instant earlyUtc = java.time.Instant.parse("2026-12-08T06:30:00Z");
        LocalDate seaportDay = LocalDate.ofInstant(earlyUtc, SEAPORT_ZONE);
        assertThat(seaportDay).isEqualTo(LocalDate.of(2026, 12, 7));
        String[] task = seaportTask(seaportDay);
        try {
            clock.set(earlyUtc);
            String html = page(get("officer1", "/?family=PENALTY").header("HX-Request", "true"));
            assertThat(html).contains(task[0]);
            assertThat(page(get("officer1", "/?overdue=true&family=PENALTY").header("HX-Request", "true")))
                    .as("due today at the seaport, not overdue by New York's date").doesNotContain(task[0]);
            clock.set(java.time.Instant.parse("2026-12-08T08:00:00Z")); // midnight has passed in Long Beach
            assertThat(page(get("officer1", "/?overdue=true&family=PENALTY").header("HX-Request", "true")))
                    .contains(task[0]);
        } finally {
            clock.reset();
        }
    }

    @Test
    void htmxGetsOnlyTheResultsAndTheFiltersApply() throws Exception {
        String[] soon = seaportTask(seaportToday().plusDays(3));

        String html = page(get("officer1", "/?dueWithin7Days=true&family=PENALTY").header("HX-Request", "true"));

        assertThat(html).startsWith("<div id=\"worklist-results\"").doesNotContain("<html", "<form class=\"filters\"")
                .contains(soon[0], "3 days left", "class=\"due-soon\"", "autofocus");
        assertThat(page(get("officer1", "/?overdue=true&family=PENALTY").header("HX-Request", "true")))
                .doesNotContain(soon[0]);
    }

    @Test
    void claimingInPlaceSwapsTheRowAndAsksNobodyElse() throws Exception {
        String[] task = seaportTask(seaportToday().plusDays(12));

        String row = page(claim("officer1", task[1]).header("HX-Request", "true").param("page", "0"));

        assertThat(row).startsWith("<tr id=\"task-" + task[1] + "\"").contains("You", "You claimed the task.", "autofocus")
                .doesNotContain("hx-post");
        assertThat(entry(jdbc, task[1]).get("ASSIGNEE")).isEqualTo("officer1");

        // a second claim by a colleague shows who has it
        String lost = page(claim("supervisor1", task[1]).header("HX-Request", "true"));
        assertThat(lost).contains("officer1", "Someone else claimed this task first.");
        assertThat(entry(jdbc, task[1]).get("ASSIGNEE")).isEqualTo("officer1");
    }

    @Test
    void claimingWithoutJavaScriptRedirectsToTheSamePage() throws Exception {
        String[] task = seaportTask(seaportToday().plusDays(14));

        mvc.perform(claim("officer1", task[1]).param("overdue", "true").param("family", "PENALTY").param("page", "2"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/?overdue=true&family=PENALTY&page=2"))
                .andExpect(flash().attribute("outcome", "worklist.claimed"));
        assertThat(entry(jdbc, task[1]).get("ASSIGNEE")).isEqualTo("officer1");
    }

    @Test
    void claimingNeedsTheCsrfTokenAndATaskOfMyOffice() throws Exception {
        String[] task = seaportTask(seaportToday().plusDays(15));

        mvc.perform(MockMvcRequestBuilders.post("/worklist/tasks/{id}/claim", task[1]).with(httpBasic("officer1", "officer1")))
                .andExpect(status().isForbidden());
        // another office's officer: the task does not exist for them
        assertThat(page(claim("officer2", task[1]).header("HX-Request", "true")))
                .contains("This task is no longer open");
        assertThat(entry(jdbc, task[1]).get("ASSIGNEE")).isNull();
    }

    @Test
    void rolesThatWorkNoTasksGetLinksInsteadOfAnEmptyTable() throws Exception {
        String designer = page(get("designer1", "/"));
        assertThat(designer).contains("No case tasks for your roles", "/camunda/app/tasklist/", "/camunda/app/cockpit/",
                "/swagger-ui.html").doesNotContain("id=\"worklist-results\"");
        assertThat(page(get("admin", "/"))).contains("No case tasks for your roles", "/camunda/app/admin/");
        // headquarters works the tasks offered to it (a fraud pre-penalty notice below domestic value), so it has a worklist
        assertThat(page(get("hq1", "/"))).contains("id=\"worklist-results\"").doesNotContain("No case tasks for your roles");
    }
}
