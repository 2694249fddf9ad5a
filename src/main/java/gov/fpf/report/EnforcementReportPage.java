package gov.fpf.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.system.BusinessDay;
import gov.fpf.system.Labels;
import gov.fpf.system.Problems;

/**
 * The printable enforcement report for headquarters ({@code /reports/enforcement?year=}): every figure as a table,
 * so it reads without JavaScript and prints as it is, and charts drawn by the locally served chart.js. The CSV of
 * the same figures downloads from {@code /reports/enforcement.csv?year=} with the page's login.
 */
@Controller
class EnforcementReportPage {

    private final EnforcementReportService reports;
    private final Clock clock;
    private final Labels labels;

    EnforcementReportPage(EnforcementReportService reports, Clock clock, Labels labels) {
        this.labels = labels;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/reports/enforcement")
    String page(@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        int latest = BusinessDay.today(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = latest; y >= Math.max(EnforcementReportService.FIRST_YEAR, latest - 9); y--) {
            years.add(y);
        }
        model.addAttribute("years", years);
        int y;
        try {
            y = reports.year(year == null || year.isBlank() ? Integer.toString(latest) : year);
        } catch (Problems.InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", invalid.getMessage());
            model.addAttribute("year", latest);
            return "reports/enforcement";
        }
        EnforcementReport report = reports.report(y);
        model.addAttribute("year", y);
        model.addAttribute("r", report);
        model.addAttribute("charts", charts(report));
        return "reports/enforcement";
    }

    @GetMapping("/reports/enforcement.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String year) {
        return EnforcementReportController.csv(reports.report(reports.year(year)));
    }

    /** What the charts draw: the same figures as the tables, as chart.js data. */
    private Map<String, Object> charts(EnforcementReport r) {
        Map<String, Object> charts = new LinkedHashMap<>();
        List<String> families = r.families().stream().map(EnforcementReportPage::familyLabel).toList();
        charts.put("cases", chart("bar", families,
                dataset("Opened", r.casesOpened().byFamily().values()),
                dataset("Closed", r.casesClosed().byFamily().values())));
        charts.put("amounts", chart("bar", families,
                dataset("Assessed", r.amounts().byFamily().values().stream().map(EnforcementReport.Money::assessed).toList()),
                dataset("Decided", r.amounts().byFamily().values().stream().map(EnforcementReport.Money::decided).toList()),
                dataset("Collected", r.amounts().byFamily().values().stream().map(EnforcementReport.Money::collected).toList())));
        charts.put("mitigation", chart("bar", new ArrayList<>(r.mitigation().byOffice().keySet()),
                dataset("Mitigation rate (%)", r.mitigation().byOffice().values().stream()
                        .map(rate -> rate.mitigationRate() == null ? null : rate.mitigationRate().movePointRight(2)).toList())));
        charts.put("dispositions", chart("bar", r.seizures().dispositionsByMethod().keySet().stream()
                        .map(m -> labels.of("DispositionMethod", m)).toList(),
                dataset("Dispositions", r.seizures().dispositionsByMethod().values())));
        return charts;
    }

    private static Map<String, Object> chart(String type, List<String> labels, Map<?, ?>... datasets) {
        return Map.of("type", type, "labels", labels, "datasets", List.of(datasets));
    }

    private static Map<String, Object> dataset(String label, java.util.Collection<?> data) {
        return Map.of("label", label, "data", new ArrayList<>(data));
    }

    static String familyLabel(String family) {
        try {
            return switch (CaseFamily.valueOf(family)) {
                case PENALTY -> "Penalties";
                case LIQUIDATED_DAMAGES -> "Liquidated damages";
                case SEIZURE -> "Seizures";
            };
        } catch (IllegalArgumentException e) {
            return family;
        }
    }
}
