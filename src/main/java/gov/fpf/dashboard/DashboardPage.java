package gov.fpf.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gov.fpf.system.Labels;
import gov.fpf.system.Problems;

/**
 * {@code /dashboard}: supervisors see their offices (all of them, or one), headquarters every office; every number
 * links to {@code /dashboard/cases} with the filter of the cases behind it.
 */
@Controller
class DashboardPage {

    private final DashboardService dashboards;
    private final Labels labels;
    private final gov.fpf.vetting.VettingService vettings;

    DashboardPage(DashboardService dashboards, Labels labels, gov.fpf.vetting.VettingService vettings) {
        this.labels = labels;
        this.vettings = vettings;
        this.dashboards = dashboards;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String office, Model model) {
        DashboardService.Dashboard d = dashboards.dashboard(blankToNull(office));
        model.addAttribute("d", d);
        model.addAttribute("charts", charts(d));
        // issue 15 (vetting): overdue vettings (EO 14411 Sec. 2(f)) of the offices shown
        model.addAttribute("overdueVettings", vettings.overdue(d.allOffices() ? d.offices() : List.of(d.office())));
        return "dashboard/index";
    }

    @GetMapping("/dashboard/cases")
    String cases(@RequestParam(required = false) String office, @RequestParam(required = false) String family,
                 @RequestParam(required = false) String status, @RequestParam(required = false) String open,
                 @RequestParam(required = false) String statute, @RequestParam(required = false) String sol,
                 @RequestParam(required = false) String openedYear, @RequestParam(required = false) String storage,
                 @RequestParam(required = false) String decidedSince, @RequestParam(required = false) String outcome,
                 @RequestParam(required = false) String task, @RequestParam(required = false) String taskUser,
                 @RequestParam(defaultValue = "0") String page, Model model) {
        CaseFilter filter = new CaseFilter(blankToNull(office), blankToNull(family), blankToNull(status),
                "true".equalsIgnoreCase(open) ? Boolean.TRUE : null, blankToNull(statute), blankToNull(sol),
                number("openedYear", openedYear), blankToNull(storage), date("decidedSince", decidedSince),
                blankToNull(outcome), blankToNull(task), blankToNull(taskUser));
        Integer p = number("page", page);
        DashboardService.CaseList list = dashboards.cases(filter, p == null || p < 0 ? 0 : p);
        model.addAttribute("list", list);
        java.util.Map<String, String> shown = new java.util.LinkedHashMap<>(filter.params());
        shown.computeIfPresent("statute", (k, v) -> DashboardService.statuteLabel(filter.family(), v));
        shown.computeIfPresent("open", (k, v) -> "yes");
        shown.computeIfPresent("taskUser", (k, v) -> CaseFilter.UNASSIGNED.equals(v) ? "nobody yet" : v);
        model.addAttribute("filters", shown);
        String href = filter.href();
        String sep = href.contains("?") ? "&" : "?";
        model.addAttribute("previousHref", list.page() > 0 ? href + sep + "page=" + (list.page() - 1) : null);
        model.addAttribute("nextHref", list.page() + 1 < list.pages() ? href + sep + "page=" + (list.page() + 1) : null);
        return "dashboard/cases";
    }

    /** A refusal on these pages (another office, a filter value that does not exist) as a page with its status. */
    @ExceptionHandler(Problems.Refusal.class)
    String refused(Problems.Refusal refusal, Model model, HttpServletResponse response) {
        response.setStatus(refusal.status().value());
        model.addAttribute("title", refusal.title());
        model.addAttribute("detail", refusal.getMessage());
        return "dashboard/problem";
    }

    private Map<String, Object> charts(DashboardService.Dashboard d) {
        List<String> families = new ArrayList<>(d.open().byFamily().keySet());
        List<Map<String, Object>> byStatus = new ArrayList<>();
        for (String status : d.open().statuses()) {
            byStatus.add(Map.of("label", labels.of("CaseStatus", status), "data", families.stream()
                    .map(f -> d.open().byFamilyAndStatus().get(f).get(status).value()).toList()));
        }
        List<String> cohortLabels = new ArrayList<>();
        List<Object> assessed = new ArrayList<>();
        List<Object> decided = new ArrayList<>();
        List<Object> collected = new ArrayList<>();
        Map<Integer, java.math.BigDecimal[]> byYear = new java.util.TreeMap<>();
        d.cohorts().forEach(c -> {
            java.math.BigDecimal[] sums = byYear.computeIfAbsent(c.year(), y -> new java.math.BigDecimal[] {
                    java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO});
            if (!"SEIZURE".equals(c.family())) {
                sums[0] = sums[0].add(c.assessed());
                sums[1] = sums[1].add(c.decided());
                sums[2] = sums[2].add(c.collected());
            }
        });
        byYear.forEach((year, sums) -> {
            cohortLabels.add(year.toString());
            assessed.add(sums[0]);
            decided.add(sums[1]);
            collected.add(sums[2]);
        });
        return Map.of(
                "open", Map.of("type", "bar", "stacked", true, "labels",
                        families.stream().map(f -> labels.of("CaseFamily", f)).toList(), "datasets", byStatus),
                "cohorts", Map.of("type", "bar", "stacked", false, "labels", cohortLabels, "datasets", List.of(
                        Map.of("label", "Assessed", "data", assessed), Map.of("label", "Decided", "data", decided),
                        Map.of("label", "Collected", "data", collected))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new Problems.InvalidInput(name + ": '" + value + "' is not a whole number.");
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Problems.InvalidInput(name + ": '" + value + "' is not a date (YYYY-MM-DD).");
        }
    }
}
