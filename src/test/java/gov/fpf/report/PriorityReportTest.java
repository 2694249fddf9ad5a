package gov.fpf.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;

/**
 * Issue 15 item 5 in the annual report: the year's priority cases by priority, counted from the day the rule is in
 * force (the embedded demo's instrument: 2026-09-01), DEMO cases and cases opened before the rule left out. Other
 * tests open priority cases in the same year, so the figures are compared before and after this test's own rows.
 */
class PriorityReportTest extends ApplicationTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 1, 1);

    @Autowired
    EnforcementReportService reports;

    private int serial;
    private final String run = Long.toString(System.nanoTime() % 1_000_000L);

    private void caseFile(String priority, LocalDateTime opened, LocalDateTime closed, boolean demo, String assessed,
                          String decided, String paid) {
        String number = "2026-PRI-" + String.format("%06d", (Integer.parseInt(run) + serial++) % 1_000_000);
        jdbc.update("INSERT INTO case_file (case_number, family, status, office_code, maximum_amount, assessed_amount,"
                        + " decided_amount, paid_amount, demo, opened_at, opened_by, closed_at, version,"
                        + " enforcement_priority) VALUES (?, 'PENALTY', ?, ?, ?, ?, ?, ?, ?, ?, 'fixture', ?, 0, ?)",
                number, closed == null ? "OPEN" : "CLOSED", SEAPORT, assessed, assessed, decided, paid, demo, opened,
                closed, priority);
    }

    private static Map<String, EnforcementReport.PriorityCount> byPriority(EnforcementReport.Priorities p) {
        return p.byPriority().stream().collect(Collectors.toMap(EnforcementReport.PriorityCount::priority,
                Function.identity()));
    }

    @Test
    void priorityCasesAreCountedByPriorityFromTheDayTheRuleIsInForce() throws Exception {
        LocalDate today = seaportToday();
        EnforcementReport.Priorities before = reports.priorities(START, END, today);
        assertThat(before.inForce()).isTrue();
        assertThat(before.countedFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(before.instrument()).isEqualTo("DEMO-EO-14411");
        assertThat(before.byPriority()).extracting(EnforcementReport.PriorityCount::priority)
                .containsExactly("FORCED_LABOR", "MISCLASSIFICATION", "UNDERVALUATION", "TRANSSHIPMENT", "EAPA");

        caseFile("FORCED_LABOR", LocalDateTime.of(2026, 10, 5, 9, 0), null, false, "1000.00", "800.00", "500.00");
        caseFile("EAPA", LocalDateTime.of(2026, 11, 1, 9, 0), LocalDateTime.of(2026, 11, 20, 9, 0), false, "2000.00",
                null, null);
        // opened before the rule: its close is counted, its opening is not
        caseFile("EAPA", LocalDateTime.of(2026, 8, 15, 9, 0), LocalDateTime.of(2026, 9, 10, 9, 0), false, "50.00", null,
                null);
        caseFile("FORCED_LABOR", LocalDateTime.of(2026, 8, 31, 23, 0), null, false, "70.00", null, null);
        caseFile("FORCED_LABOR", LocalDateTime.of(2026, 10, 6, 9, 0), null, true, "90.00", null, null); // DEMO
        caseFile(null, LocalDateTime.of(2026, 10, 7, 9, 0), LocalDateTime.of(2026, 10, 8, 9, 0), false, "30.00", null,
                null);

        EnforcementReport.Priorities after = reports.priorities(START, END, today);
        Map<String, EnforcementReport.PriorityCount> b = byPriority(before);
        Map<String, EnforcementReport.PriorityCount> a = byPriority(after);
        assertThat(after.opened() - before.opened()).isEqualTo(2);
        assertThat(after.closed() - before.closed()).isEqualTo(2);
        assertThat(a.get("FORCED_LABOR").opened() - b.get("FORCED_LABOR").opened()).isEqualTo(1);
        assertThat(a.get("FORCED_LABOR").closed() - b.get("FORCED_LABOR").closed()).isZero();
        assertThat(a.get("FORCED_LABOR").money().assessed().subtract(b.get("FORCED_LABOR").money().assessed()))
                .isEqualByComparingTo("1000");
        assertThat(a.get("FORCED_LABOR").money().decided().subtract(b.get("FORCED_LABOR").money().decided()))
                .isEqualByComparingTo("800");
        assertThat(a.get("FORCED_LABOR").money().collected().subtract(b.get("FORCED_LABOR").money().collected()))
                .isEqualByComparingTo("500");
        assertThat(a.get("EAPA").opened() - b.get("EAPA").opened()).isEqualTo(1);
        assertThat(a.get("EAPA").closed() - b.get("EAPA").closed()).isEqualTo(2);
        assertThat(a.get("EAPA").money().assessed().subtract(b.get("EAPA").money().assessed()))
                .isEqualByComparingTo("2000");
        assertThat(a.get("UNDERVALUATION").opened()).isEqualTo(b.get("UNDERVALUATION").opened());
        assertThat(a.get("FORCED_LABOR").money().cases()).isEqualTo(a.get("FORCED_LABOR").opened());
    }

    @Test
    void aYearBeforeAnyInstrumentHasNoPriorityCounts() {
        EnforcementReport.Priorities p = reports.priorities(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1),
                seaportToday());
        assertThat(p.inForce()).isFalse();
        assertThat(p.byPriority()).isEmpty();
        assertThat(p.opened()).isZero();
        assertThat(p.countedFrom()).isNull();
    }

    @Test
    void theApiCsvAndPageCarryTheSection() throws Exception {
        mvc.perform(get("hq1", "/api/v1/reports/enforcement?year=2026")).andExpect(status().isOk())
                .andExpect(jsonPath("$.enforcementPriorities.inForce").value(true))
                .andExpect(jsonPath("$.enforcementPriorities.countedFrom").value("2026-09-01"))
                .andExpect(jsonPath("$.enforcementPriorities.byPriority.length()").value(5))
                .andExpect(jsonPath("$.enforcementPriorities.byPriority[0].priority").value("FORCED_LABOR"))
                .andExpect(jsonPath("$.definitions.enforcementPriorities").exists());
        mvc.perform(get("hq1", "/api/v1/reports/enforcement?year=2025")).andExpect(status().isOk())
                .andExpect(jsonPath("$.enforcementPriorities.inForce").value(false));

        String csv = mvc.perform(get("hq1", "/api/v1/reports/enforcement?year=2026").accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("\r\nenforcement_priorities,counted_from,,,,,2026-09-01\r\n",
                "\r\nenforcement_priorities,opened,,,,FORCED_LABOR,", "\r\nenforcement_priorities,closed,,,,EAPA,",
                "\r\nenforcement_priorities,assessed,,,,TRANSSHIPMENT,");
        String csv2025 = mvc.perform(get("hq1", "/api/v1/reports/enforcement?year=2025").accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv2025).doesNotContain("enforcement_priorities");

        String page = mvc.perform(get("hq1", "/reports/enforcement?year=2026")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"priority-report\"", "Enforcement priorities (EO 14411 Sec. 4(b))",
                "data-priority=\"FORCED_LABOR\"", "Forced labor", "Counted from 2026-09-01");
        String page2025 = mvc.perform(get("hq1", "/reports/enforcement?year=2025")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page2025).contains("No implementing instrument put the enforcement priorities in force");
    }
}
