package gov.fpf.casepage;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseView;
import gov.fpf.casenotes.CaseNotesService;
import gov.fpf.forms.FormDefinition;
import gov.fpf.forms.FormHtml;
import gov.fpf.forms.FormMessages;
import gov.fpf.forms.FormSubmission;
import gov.fpf.process.engine.OpenTask;
import gov.fpf.process.engine.TaskForms;
import gov.fpf.system.Problems;
import gov.fpf.worklist.WorklistService;

/**
 * The case page, {@code /cases/{caseNumber}}: a header, the case's open tasks, and tabs (summary, parties, bond /
 * property / penalty facts, notices, timeline, diagram) as links with {@code ?tab=} (htmx swaps only the tab area when
 * it is there). With {@code ?task=} the task's Camunda Form is drawn beside the case, from the same {@code .form} file
 * Tasklist renders; it is sent to {@code POST /cases/{caseNumber}/tasks/{taskId}} and completed through
 * {@link WorklistService#complete}, the service behind the API, so the same rules answer: a refusal shows the form
 * again with the refusal's message and what was entered. Another office's case, or a task that is not an open task of
 * this case, is a 404 page; a task not offered to the user's groups is a 403.
 */
@Controller
@RequestMapping("/cases")
class CasePage {

    static final List<String> TABS = List.of("summary", "parties", "facts", CaseActionBar.TAB, "notices", "notes",
            "timeline", "diagram");

    private final CasePageService pages;
    private final CaseFileService caseFiles;
    private final TaskForms taskForms;
    private final WorklistService worklist;
    private final MessageSource messageSource;
    private final CaseNotesService caseNotes;
    private final CaseActionBar actionBar;
    private final CasePageFormat format = new CasePageFormat(ZoneId.systemDefault());

    private final CasePartyFlag partyFlag;

    CasePage(CasePageService pages, CaseFileService caseFiles, TaskForms taskForms, WorklistService worklist,
                       MessageSource messageSource, CaseActionBar actionBar, CaseNotesService caseNotes,
                       CasePartyFlag partyFlag) {
        this.partyFlag = partyFlag;
        this.actionBar = actionBar;
        this.caseNotes = caseNotes;
        this.pages = pages;
        this.caseFiles = caseFiles;
        this.taskForms = taskForms;
        this.worklist = worklist;
        this.messageSource = messageSource;
    }

    /** A tab link: its key, the URL with {@code ?tab=} (and the open task), and whether it is the shown one. */
    record TabLink(String key, String label, String href, boolean selected) {
    }

    /** A field the submission checks refused, for the summary at the top of the form (links to the field). */
    record FieldError(String fieldId, String label, String message) {
    }

    /**
     * The task panel beside the case. {@code html} is the drawn form, null when only a message is shown (the task is
     * not offered to the user, is gone, or has no Camunda Form).
     */
    record TaskPanel(String taskId, String taskName, String html, boolean completable, List<String> unsupported,
                     String alertTitle, String alertDetail, String citation, List<FieldError> fieldErrors,
                     String action) {
    }

    @GetMapping("/{caseNumber}")
    String page(@PathVariable String caseNumber, @RequestParam(required = false) String tab,
                @RequestParam(required = false) String task, Model model, HttpServletResponse response) {
        CaseView view = pages.view(caseNumber);
        String shownTab = tab(tab);
        TaskPanel panel = null;
        if (task != null && !task.isBlank()) {
            try {
                OpenTask open = pages.workableTask(caseNumber, task);
                panel = formPanel(caseNumber, open, shownTab, Map.of(), Map.of(), Map.of(), null);
            } catch (Problems.NotFound e) {
                return taskMissing(caseNumber, task, model, response);
            } catch (Problems.Forbidden e) {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                panel = messagePanel(task, null, e);
            }
        }
        return render(view, shownTab, panel, model);
    }

    @PostMapping("/{caseNumber}/tasks/{taskId}")
    String complete(@PathVariable String caseNumber, @PathVariable String taskId,
                    @RequestParam(required = false) String tab, @RequestParam MultiValueMap<String, String> params,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CaseView view = pages.view(caseNumber);
        String shownTab = tab(tab);
        OpenTask open;
        try {
            open = pages.workableTask(caseNumber, taskId);
        } catch (Problems.NotFound e) {
            return taskMissing(caseNumber, taskId, model, response);
        } catch (Problems.Forbidden e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return render(view, shownTab, messagePanel(taskId, null, e), model);
        }
        TaskForms.TaskForm form = taskForms.form(taskId);
        if (form.formJson() == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(view, shownTab, formPanel(caseNumber, open, shownTab, Map.of(), Map.of(), Map.of(), null), model);
        }
        FormDefinition definition = FormDefinition.parse(form.formJson());
        FormSubmission submission = FormSubmission.read(definition, params, form.variables(), messages(), pages.today());
        if (!submission.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(view, shownTab, formPanel(caseNumber, open, shownTab, submission.typed(), submission.entered(),
                    submission.errors(), new Alert(msg("case.task.invalid.title"), msg("case.task.invalid.detail"), null)),
                    model);
        }
        Alert refusal;
        HttpStatus status;
        try {
            worklist.complete(taskId, submission.variables());
            redirect.addFlashAttribute("completedTask", open.name());
            return "redirect:" + caseHref(caseNumber, shownTab, null);
        } catch (Problems.Refusal r) {
            status = HttpStatus.valueOf(r.status().value());
            refusal = new Alert(r.title(), r.getMessage(),
                    r instanceof Problems.RuleViolation rule ? rule.citation() : null);
        } catch (ConcurrencyFailureException e) {
            status = HttpStatus.CONFLICT;
            refusal = new Alert(msg("case.task.conflict.title"), msg("case.task.conflict.detail"), null);
        }
        response.setStatus(status.value());
        CaseView fresh = pages.view(caseNumber);
        TaskPanel panel;
        try {
            OpenTask still = pages.workableTask(caseNumber, taskId);
            panel = formPanel(caseNumber, still, shownTab, submission.typed(), submission.entered(), Map.of(), refusal);
        } catch (Problems.Refusal gone) {
            panel = new TaskPanel(taskId, open.name(), null, false, List.of(), refusal.title(), refusal.detail(),
                    refusal.citation(), List.of(), null);
        }
        return render(fresh, shownTab, panel, model);
    }

    /** Another office's case, or no such case: a page that discloses nothing (404). */
    @ExceptionHandler(Problems.NotFound.class)
    String missing(Problems.NotFound e, Model model, HttpServletResponse response,
                   jakarta.servlet.http.HttpServletRequest request) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        @SuppressWarnings("unchecked")
        Map<String, String> vars = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        model.addAttribute("caseNumber", vars == null ? "" : vars.getOrDefault("caseNumber", ""));
        model.addAttribute("taskId", null);
        return "casepage/case-missing";
    }

    // ------------------------------------------------------------------------------------------ building the page

    private record Alert(String title, String detail, String citation) {
    }

    private String taskMissing(String caseNumber, String taskId, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("taskId", taskId);
        return "casepage/case-missing";
    }

    /** The case page; {@code model} may already hold an action panel ({@link CaseActionPage}). */
    String render(CaseView view, String tab, TaskPanel panel, Model model) {
        String n = view.caseNumber();
        String taskParam = panel == null || panel.html() == null ? null : panel.taskId();
        List<TabLink> tabs = new ArrayList<>();
        for (String key : TABS) {
            String label = "facts".equals(key) ? msg("case.tab.facts." + view.family().name())
                    : CaseActionBar.TAB.equals(key) ? msg("action.tab")
                    : "notes".equals(key) ? msg("notes.tab") : msg("case.tab." + key);
            tabs.add(new TabLink(key, label, caseHref(n, key, taskParam), key.equals(tab)));
        }
        model.addAttribute("c", view);
        model.addAttribute("partyName", pages.partyName(view.partyId()));
        model.addAttribute("partyFlag", partyFlag.of(view.partyId()).orElse(null));
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", tabs);
        model.addAttribute("tasks", pages.tasks(n));
        model.addAttribute("panel", panel);
        model.addAttribute("fmt", format);
        model.addAttribute("today", pages.today());
        model.addAttribute("caseHref", caseHref(n, tab, null));
        model.addAttribute("glance", pages.glance(view));
        switch (tab) {
            case "summary" -> {
                model.addAttribute("deadlines", pages.deadlines(view));
                model.addAttribute("trace", new TraceView(this::messageOrNull).rows(view.computation()));
            }
            case "parties" -> model.addAttribute("party", pages.party(view.partyId()).orElse(null));
            case "facts" -> {
                if (view.family() == CaseFamily.PENALTY) {
                    model.addAttribute("penalty", pages.penaltyFacts(n).orElse(null));
                } else if (view.family() == CaseFamily.LIQUIDATED_DAMAGES) {
                    model.addAttribute("ld", pages.ldFacts(n));
                } else {
                    model.addAttribute("property", pages.property(n));
                }
            }
            case "diagram" -> model.addAttribute("svg", pages.diagram(n).orElse(null));
            case "notes" -> CaseNotesPage.addTab(model, caseNotes, n);
            default -> {
                // notices and timeline come with the case view
            }
        }
        Object open = model.getAttribute("actionPanel");
        actionBar.decorate(view, tab, open instanceof CaseActionPage.ActionPanel a ? a.key() : null, model);
        return "casepage/case";
    }

    /** The case page with a tab shown and no task form, for another page controller's form answered in place. */
    String show(String caseNumber, String tab, Model model) {
        return render(pages.view(caseNumber), tab(tab), null, model);
    }

    private TaskPanel formPanel(String caseNumber, OpenTask task, String tab, Map<String, Object> typed,
                                Map<String, String> entered, Map<String, String> errors, Alert alert) {
        TaskForms.TaskForm form = taskForms.form(task.id());
        String action = UriComponentsBuilder.fromPath("/cases/{n}/tasks/{t}").queryParam("tab", tab)
                .buildAndExpand(caseNumber, task.id()).encode().toUriString();
        if (form.formJson() == null) {
            return new TaskPanel(task.id(), task.name(), null, false, List.of(), msg("case.task.noForm.title"),
                    msg("case.task.noForm.detail"), null, List.of(), null);
        }
        // the panel's heading names the task: the form's own heading of the same name is not printed again
        FormDefinition definition = FormDefinition.parse(form.formJson()).withoutTitle(task.name());
        FormHtml.Rendered rendered = FormHtml.render(definition, FormHtml.overlay(form.variables(), typed), entered,
                errors, messages(), pages.today());
        List<FieldError> fieldErrors = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        definition.components().forEach(c -> {
            if (c.key() != null) {
                labels.putIfAbsent(c.key(), c.label() == null ? c.key() : c.label());
            }
        });
        errors.forEach((key, message) -> fieldErrors.add(new FieldError(FormHtml.fieldId(key), labels.getOrDefault(key, key),
                message)));
        return new TaskPanel(task.id(), task.name(), rendered.html(), rendered.completable(), rendered.unsupported(),
                alert == null ? null : alert.title(), alert == null ? null : alert.detail(),
                alert == null ? null : alert.citation(), fieldErrors, action);
    }

    private TaskPanel messagePanel(String taskId, String taskName, Problems.Refusal refusal) {
        return new TaskPanel(taskId, taskName, null, false, List.of(), refusal.title(), refusal.getMessage(), null,
                List.of(), null);
    }

    static String tab(String tab) {
        return tab != null && TABS.contains(tab) ? tab : "summary";
    }

    static String caseHref(String caseNumber, String tab, String taskId) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/cases/{n}");
        if (tab != null && !"summary".equals(tab)) {
            b.queryParam("tab", tab);
        }
        if (taskId != null) {
            b.queryParam("task", taskId);
        }
        return b.buildAndExpand(caseNumber).encode().toUriString();
    }

    private FormMessages messages() {
        return FormMessages.of(messageSource, LocaleContextHolder.getLocale());
    }

    private String messageOrNull(String code, Object[] args) {
        return messageSource.getMessage(code, args, null, LocaleContextHolder.getLocale());
    }

    private String msg(String code, Object... args) {
        return messageSource.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
