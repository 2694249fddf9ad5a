package gov.fpf.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import gov.fpf.ApplicationTest;
import gov.fpf.seizure.SeizureForfeitureProcess;

/**
 * The dashboard for a supervisor (their office) and for headquarters (every office): the figures are there, every
 * number links to a list of the cases behind it, and each list has as many cases as the number says (petition and
 * task figures count petitions and tasks: their lists have at most that many cases).
 */
class DashboardPageTest extends ApplicationTest {

    private static final LocalDate TODAY = seaportToday();
    private static final Pattern FIGURE = Pattern.compile("<a href=\"(/dashboard/cases[^\"]*)\"[^>]*>([0-9,]+)</a>");
    private static final Pattern COUNT = Pattern.compile("id=\"case-count\">([0-9,]+) cases<");

    private static String openCase;
    private static String solCase;
    private static String seizure;

    @BeforeEach
    void cases() throws Exception {
        if (openCase != null) {
            return;
        }
        openCase = penalty("Dashboard Open Importer", "2025-06-02", "2025-09-15");
        // 1592 negligence: five years from the violation, so three months from now
        LocalDate violation = TODAY.plusMonths(3).minusYears(5);
        solCase = penalty("Dashboard Limitation Importer", violation.toString(), violation.plusDays(30).toString());
        // perishable: the 1612 date is the seizure date, and the appraisal is due on it (overdue from tomorrow)
        JsonNode opened = json.readTree(mvc.perform(post("officer1", "/api/v1/seizure-cases", """
                {"partyId":%d,"seizureDate":"%s","discoveryDate":"2025-01-02","statute":"1595a(c)","items":[{"description":"cut flowers",
                 "quantity":50,"appraisedValue":3000,"perishable":true}]}""".formatted(party("Dashboard Flowers"),
                TODAY.minusDays(3)))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        seizure = opened.get("caseNumber").asText();
        assertThat(mvc.perform(post("custodian1", "/api/v1/tasks/{id}/complete",
                "{\"storageLocation\":\"cold store\",\"dailyStorageRate\":20,\"hazardous\":false,\"highRisk\":false,"
                        + "\"photographReferences\":\"IMG-9\",\"inventoryNote\":\"chilled\"}",
                taskId("custodian1", seizure, SeizureForfeitureProcess.TASK_RECORD_CUSTODY_AND_INVENTORY)))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
    }

    @Test
    void aSupervisorSeesTheirOfficesFiguresAndEveryNumberOpensItsCases() throws Exception {
        String page = page("supervisor1", "/dashboard").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Open cases by family and status", "Overdue and due-soon tasks by officer",
                "Statute-of-limitations risk", "Mitigation rate by office and statute",
                "Assessed, decided and collected per cohort", "Seizures approaching the 1612 storage threshold",
                "/webjars/chart.js/4.4.1/dist/chart.umd.js", "<th scope=\"row\">LALB</th>");
        assertThat(page).doesNotContain("<th scope=\"row\">CVGX</th>");

        Map<String, Long> figures = figures(page);
        assertThat(figures).isNotEmpty();
        for (Map.Entry<String, Long> f : figures.entrySet()) {
            String list = page("supervisor1", f.getKey()).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            long listed = count(list);
            if (f.getKey().contains("decidedSince=") || f.getKey().contains("task=")) {
                assertThat(listed).as(f.getKey()).isLessThanOrEqualTo(f.getValue());
            } else {
                assertThat(listed).as(f.getKey()).isEqualTo(f.getValue());
            }
        }

        assertThat(list("supervisor1", "/dashboard/cases?open=true&family=PENALTY&status=OPEN")).contains(openCase);
        assertThat(list("supervisor1", "/dashboard/cases?office=LALB&sol=6")).contains(solCase).doesNotContain(openCase);
        assertThat(list("supervisor1", "/dashboard/cases?office=LALB&sol=24")).contains(solCase);
        assertThat(list("supervisor1", "/dashboard/cases?office=LALB&storage=REACHED")).contains(seizure);
        assertThat(list("supervisor1", "/dashboard/cases?task=OVERDUE")).contains(seizure);
        assertThat(list("supervisor1", "/dashboard/cases?openedYear=" + TODAY.getYear() + "&family=PENALTY"))
                .contains(openCase, solCase);
        // a case number links to the case page
        assertThat(list("supervisor1", "/dashboard/cases?open=true&family=PENALTY&status=OPEN"))
                .contains("href=\"/cases/" + openCase + "\"");
        // the 1612 list on the dashboard itself
        assertThat(page).contains(seizure);
    }

    @Test
    void anOverdueTaskCountsForWhoeverClaimedIt() throws Exception {
        String task = taskId("officer1", seizure, SeizureForfeitureProcess.TASK_APPRAISE_DOMESTIC_VALUE);
        mvc.perform(post("officer1", "/api/v1/tasks/{id}/claim", "", task)).andExpect(status().isNoContent());
        String page = page("supervisor1", "/dashboard").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<th scope=\"row\">officer1</th>");
        assertThat(list("supervisor1", "/dashboard/cases?task=OVERDUE&taskUser=officer1")).contains(seizure);
        assertThat(list("supervisor1", "/dashboard/cases?task=OVERDUE&taskUser=-")).doesNotContain(seizure);
    }

    @Test
    void headquartersSeesEveryOfficeAndOneAtATime() throws Exception {
        String page = page("hq1", "/dashboard").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<th scope=\"row\">LALB</th>", "<th scope=\"row\">CVGX</th>");
        for (String href : figures(page).keySet().stream().limit(40).toList()) {
            page("hq1", href).andExpect(status().isOk());
        }
        String one = page("hq1", "/dashboard?office=CVGX").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(one).contains("Dashboard: office CVGX").doesNotContain("<th scope=\"row\">LALB</th>");
        assertThat(list("hq1", "/dashboard/cases?open=true&family=PENALTY")).contains(openCase);
    }

    @Test
    void officersAndOtherOfficesAreRefused() throws Exception {
        page("officer1", "/dashboard").andExpect(status().isForbidden());
        page("officer1", "/dashboard/cases?open=true").andExpect(status().isForbidden());
        page("custodian1", "/dashboard").andExpect(status().isForbidden());
        page("supervisor1", "/dashboard?office=CVGX").andExpect(status().isForbidden());
        page("supervisor1", "/dashboard/cases?office=CVGX").andExpect(status().isForbidden());
        page("supervisor1", "/dashboard/cases?family=NOPE").andExpect(status().isBadRequest());
        page("supervisor1", "/dashboard/cases?openedYear=last").andExpect(status().isBadRequest());
        page("supervisor1", "/dashboard/cases?sol=7").andExpect(status().isBadRequest());
        page("supervisor1", "/dashboard?office=LALB").andExpect(status().isOk());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private ResultActions page(String user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(httpBasic(user, user)));
    }

    private String list(String user, String path) throws Exception {
        return page(user, path).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Every linked number on the page: its list address and its value. */
    private static Map<String, Long> figures(String page) {
        Map<String, Long> figures = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(page);
        while (m.find()) {
            figures.put(HtmlUtils.htmlUnescape(m.group(1)), Long.parseLong(m.group(2).replace(",", "")));
        }
        return figures;
    }

    private static long count(String list) {
        Matcher m = COUNT.matcher(list);
        assertThat(m.find()).as("the list says how many cases").isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private String penalty(String partyName, String violation, String discovery) throws Exception {
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"%s",
                 "discoveryDate":"%s","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true,"priorDisclosure":false}""".formatted(party(partyName), violation, discovery);
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

}
