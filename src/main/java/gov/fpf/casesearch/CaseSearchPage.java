package gov.fpf.casesearch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.system.Problems;

/**
 * {@code /cases}: find any case of one's offices by case number, party, entry or bond number, filtered by family,
 * status, office, what it waits for and how soon its next deadline falls; sortable, paged, and {@code /cases.csv}
 * exports the whole result with the same query string. A value the page cannot take (a size that is no number, a sort
 * that does not exist) shows the page again with the message next to the field and status 400; another office is 403.
 */
@Controller
class CaseSearchPage {

    private static final String VIEW = "casesearch/cases";

    private final CaseSearchService search;
    private final MessageSource messages;

    CaseSearchPage(CaseSearchService search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    /** A refused value for the error summary: the field's id (null when the page has no field for it). */
    record FieldError(String fieldId, String label, String message) {
    }

    /** A sortable column's header: its link and whether (and how) the list is sorted by it. */
    record SortLink(String href, String ariaSort) {
    }

    @GetMapping("/cases")
    String cases(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        CaseSearchQuery.Parsed parsed = CaseSearchQuery.parse(params);
        form(parsed, model);
        if (!parsed.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return VIEW;
        }
        CaseSearchQuery query = parsed.query();
        CaseSearchService.Result result;
        try {
            result = search.search(query);
        } catch (Problems.Forbidden e) {
            return notYourOffice(query, model, response);
        }
        model.addAttribute("result", result);
        Map<String, SortLink> sorts = new LinkedHashMap<>();
        for (CaseSearchQuery.Sort s : CaseSearchQuery.Sort.values()) {
            sorts.put(s.param(), new SortLink(query.sortedBy(s).href("/cases"),
                    s != query.sort() ? null : query.descending() ? "descending" : "ascending"));
        }
        model.addAttribute("sorts", sorts);
        model.addAttribute("csvHref", query.withPage(1).href("/cases.csv"));
        model.addAttribute("previousHref", query.page() > 1 ? query.withPage(query.page() - 1).href("/cases") : null);
        model.addAttribute("nextHref", query.page() < result.pages() ? query.withPage(query.page() + 1).href("/cases") : null);
        model.addAttribute("firstHref", query.page() > result.pages() ? query.withPage(1).href("/cases") : null);
        return VIEW;
    }

    @GetMapping("/cases.csv")
    String csv(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        CaseSearchQuery.Parsed parsed = CaseSearchQuery.parse(params);
        if (!parsed.valid()) {
            form(parsed, model);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return VIEW;
        }
        CaseSearchQuery query = parsed.query();
        if (query.office() != null && !search.offices().contains(query.office())) {
            form(parsed, model);
            return notYourOffice(query, model, response);
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cases.csv\"");
        try {
            PrintWriter out = response.getWriter();
            out.write(CaseCsv.line(List.of(text("search.col.case"), text("search.col.demo"), text("search.col.family"),
                    text("search.col.status"), text("search.col.office"), text("search.col.party"),
                    text("search.col.amount"), text("search.col.nextDeadline"), text("search.col.nextDeadlineName"),
                    text("search.col.opened"))));
            search.export(query, r -> out.write(CaseCsv.line(Arrays.asList(r.caseNumber(),
                    r.demo() ? text("search.demo") : "", text("case.family." + r.family().name()),
                    text("case.status." + r.status().name()), r.office(), r.party(),
                    r.atStake() == null ? "" : r.atStake().toPlainString(),
                    r.nextDue() == null ? "" : r.nextDue().toString(), r.nextDeadline(), r.openedOn().toString()))));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private String notYourOffice(CaseSearchQuery query, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("errors", List.of(new FieldError("s-office", text("search.field.office"),
                text("search.error.notYourOffice", query.office(), String.join(", ", search.offices())))));
        return VIEW;
    }

    /** What the form shows: the values as typed, the choices, and the refused values. */
    private void form(CaseSearchQuery.Parsed parsed, Model model) {
        model.addAttribute("form", parsed.values());
        model.addAttribute("query", parsed.query());
        model.addAttribute("families", CaseFamily.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("waits", WaitingFor.values());
        model.addAttribute("sizes", CaseSearchQuery.SIZES);
        model.addAttribute("offices", search.offices());
        List<FieldError> errors = new ArrayList<>();
        for (CaseSearchQuery.Problem p : parsed.problems()) {
            boolean onForm = !List.of("sort", "dir", "page").contains(p.field());
            errors.add(new FieldError(onForm ? "s-" + p.field() : null, text("search.field." + p.field()),
                    text(p.key(), p.args())));
        }
        model.addAttribute("errors", errors);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        errors.stream().filter(e -> e.fieldId() != null).forEach(e -> fieldErrors.putIfAbsent(e.fieldId(), e.message()));
        model.addAttribute("fieldErrors", fieldErrors);
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
