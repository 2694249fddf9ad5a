package gov.fpf.casepage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gov.fpf.casefile.CaseView;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.system.Problems;

/**
 * Recording what arrives, from the case page: {@code /cases/{n}?action=petition} draws the action's form beside the
 * case (as the task panel), with the received date (today in the office's calendar) and the deadline it is measured
 * against; {@code POST /cases/{n}/actions/{action}} records it through the API's service and redirects to the case
 * with what happened (timely or late, the tasks created, the new status). The form's own checks give 400 with the
 * errors next to the fields; a legal refusal 422 with its citation; an action not the caller's 403; a concurrent change
 * 409. Each refusal shows the form again with what was entered, and nothing is stored.
 */
@Controller
@RequestMapping("/cases")
class CaseActionPage {

    private final CasePage casePage;
    private final CasePageService pages;
    private final CaseActions actions;
    private final CaseActionRecorder recorder;
    private final OfficeCalendar calendar;
    private final MessageSource messageSource;

    CaseActionPage(CasePage casePage, CasePageService pages, CaseActions actions, CaseActionRecorder recorder,
                   OfficeCalendar calendar, MessageSource messageSource) {
        this.casePage = casePage;
        this.pages = pages;
        this.actions = actions;
        this.recorder = recorder;
        this.calendar = calendar;
        this.messageSource = messageSource;
    }

    /** An option of a choice field, with its words. */
    record Choice(String value, String label, boolean selected) {
    }

    /** A field of the action form as drawn: label, hint, the value shown (entered or default) and its error. */
    record FieldView(String name, String id, String type, String label, String hint, boolean required,
                     List<Choice> choices, String value, String error, String max, String describedBy) {
    }

    /**
     * The action panel beside the case. {@code fields} empty when only a message is shown (not the caller's, or the
     * case does not wait for it).
     */
    record ActionPanel(String key, String title, CaseActions.DeadlineRef deadline, List<FieldView> fields,
                       String postTo, String closeHref, String alertTitle, String alertDetail, String citation,
                       List<CasePage.FieldError> fieldErrors) {
    }

    @GetMapping(path = "/{caseNumber}", params = "action")
    String form(@PathVariable String caseNumber, @RequestParam String action, @RequestParam(required = false) String tab,
                Model model, HttpServletResponse response) {
        CaseView view = pages.view(caseNumber);
        String shownTab = CasePage.tab(tab);
        Optional<CaseActions.Action> known = CaseActions.Action.of(action);
        if (known.isEmpty()) {
            return casePage.render(view, shownTab, null, model);
        }
        CaseActions.Action a = known.get();
        if (!a.allowed()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("actionPanel", message(view, shownTab, a, msg("action.forbidden.title"),
                    msg("action.forbidden.detail"), null));
            return casePage.render(view, shownTab, null, model);
        }
        Optional<CaseActions.Offer> offer = actions.offer(view, a);
        if (offer.isEmpty()) {
            model.addAttribute("actionPanel", message(view, shownTab, a, msg("action.notWaiting.title"),
                    msg("action.notWaiting.detail"), null));
            return casePage.render(view, shownTab, null, model);
        }
        model.addAttribute("actionPanel", panel(view, shownTab, offer.get(), Map.of(), Map.of(), null, null, null));
        return casePage.render(view, shownTab, null, model);
    }

    @PostMapping("/{caseNumber}/actions/{action}")
    String record(@PathVariable String caseNumber, @PathVariable String action,
                  @RequestParam(required = false) String tab, @RequestParam Map<String, String> params, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        CaseView view = pages.view(caseNumber);
        String shownTab = CasePage.tab(tab);
        CaseActions.Action a = CaseActions.Action.of(action)
                .orElseThrow(() -> new Problems.NotFound("No action " + action + " on case pages."));
        if (!a.allowed()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("actionPanel", message(view, shownTab, a, msg("action.forbidden.title"),
                    msg("action.forbidden.detail"), null));
            return casePage.render(view, shownTab, null, model);
        }
        // the deadline the form showed; an action the case does not list now still goes to the service, which says why not
        CaseActions.Offer offer = actions.offer(view, a).orElse(new CaseActions.Offer(a, a.key, null));
        Map<String, String> entered = new HashMap<>(params);
        entered.remove("_csrf");
        entered.remove("tab");
        HttpStatus status;
        String title;
        String detail;
        String citation = null;
        Map<String, String> fieldErrors = Map.of();
        try {
            String result = recorder.record(view, a, offer.deadline(), entered);
            redirect.addFlashAttribute("actionResult", result);
            return "redirect:" + CasePage.caseHref(caseNumber, shownTab, null);
        } catch (CaseActionRecorder.InvalidForm e) {
            status = HttpStatus.BAD_REQUEST;
            title = msg("action.invalid.title");
            detail = msg("action.invalid.detail");
            fieldErrors = e.errors;
        } catch (Problems.InvalidInput e) {
            status = HttpStatus.BAD_REQUEST;
            title = e.title();
            detail = e.getMessage();
            fieldErrors = fieldOf(view, a, e.getMessage());
            if (!fieldErrors.isEmpty()) {
                // the service named the field: the message stands next to it, the alert says what to do
                title = msg("action.invalid.title");
                detail = msg("action.invalid.detail");
            }
        } catch (Problems.NotFound e) {
            throw e;
        } catch (Problems.Refusal r) {
            status = HttpStatus.valueOf(r.status().value());
            title = r.title();
            detail = r.getMessage();
            citation = r instanceof Problems.RuleViolation rule ? rule.citation() : null;
        } catch (ConcurrencyFailureException e) {
            status = HttpStatus.CONFLICT;
            title = msg("action.conflict.title");
            detail = msg("action.conflict.detail");
        }
        response.setStatus(status.value());
        CaseView fresh = pages.view(caseNumber);
        model.addAttribute("actionPanel", panel(fresh, shownTab, offer, entered, fieldErrors, title, detail, citation));
        return casePage.render(fresh, shownTab, null, model);
    }

    /** Another office's case, or no such case: the page that discloses nothing (404). */
    @ExceptionHandler(Problems.NotFound.class)
    String missing(Problems.NotFound e, Model model, HttpServletResponse response, HttpServletRequest request) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        @SuppressWarnings("unchecked")
        Map<String, String> vars = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        model.addAttribute("caseNumber", vars == null ? "" : vars.getOrDefault("caseNumber", ""));
        model.addAttribute("taskId", null);
        return "casepage/case-missing";
    }

    // ------------------------------------------------------------------------------------------ building the panel

    /** A service's "field: message" refusal belongs next to that field of the form. */
    private Map<String, String> fieldOf(CaseView view, CaseActions.Action a, String message) {
        int colon = message == null ? -1 : message.indexOf(':');
        if (colon <= 0) {
            return Map.of();
        }
        String field = message.substring(0, colon);
        boolean known = actions.fields(view, a, LocalDate.MIN).stream().anyMatch(f -> f.name().equals(field));
        return known ? Map.of(field, message.substring(colon + 1).strip()) : Map.of();
    }

    private ActionPanel panel(CaseView view, String tab, CaseActions.Offer offer, Map<String, String> entered,
                              Map<String, String> errors, String alertTitle, String alertDetail, String citation) {
        LocalDate today = calendar.today(view.officeCode());
        List<FieldView> fields = new ArrayList<>();
        List<CasePage.FieldError> summary = new ArrayList<>();
        boolean sent = !entered.isEmpty();
        for (CaseActions.Field f : actions.fields(view, offer.action(), today)) {
            String value = sent ? entered.getOrDefault(f.name(), "") : f.defaultValue();
            List<Choice> choices = f.options().stream().map(o -> new Choice(o, messageSource.getMessage("action.option." + f.name() + "." + o,
                    new Object[] {o}, messageSource.getMessage("action.option." + f.name() + ".any", new Object[] {o}, o,
                            LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale()),
                    o.equals(value))).toList();
            String label = msg("action.field." + f.name());
            String hint = messageSource.getMessage("action.hint." + offer.key() + "." + f.name(), null,
                    messageSource.getMessage("action.hint." + f.name(), null, "", LocaleContextHolder.getLocale()),
                    LocaleContextHolder.getLocale());
            String error = errors.get(f.name());
            if (error != null) {
                summary.add(new CasePage.FieldError(f.id(), label, error));
            }
            String shownHint = hint == null || hint.isBlank() ? null : hint;
            String describedBy = ((shownHint != null ? f.id() + "-hint " : "") + (error != null ? f.id() + "-error" : "")).strip();
            fields.add(new FieldView(f.name(), f.id(), f.type().name(), label, shownHint, f.required(), choices, value,
                    error, f.pastOrPresent() ? today.toString() : null, describedBy.isEmpty() ? null : describedBy));
        }
        String postTo = org.springframework.web.util.UriComponentsBuilder.fromPath("/cases/{n}/actions/{a}")
                .queryParam("tab", tab).buildAndExpand(view.caseNumber(), offer.key()).encode().toUriString();
        return new ActionPanel(offer.key(), msg("action.title." + offer.key()), offer.deadline(), fields, postTo,
                CasePage.caseHref(view.caseNumber(), tab, null), alertTitle, alertDetail, citation, summary);
    }

    private ActionPanel message(CaseView view, String tab, CaseActions.Action a, String title, String detail,
                                String citation) {
        return new ActionPanel(a.key, msg("action.title." + a.key), null, List.of(), null,
                CasePage.caseHref(view.caseNumber(), tab, null), title, detail, citation, List.of());
    }

    private String msg(String code, Object... args) {
        return messageSource.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
