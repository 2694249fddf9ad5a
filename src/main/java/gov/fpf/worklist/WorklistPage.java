package gov.fpf.worklist;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.system.Problems;

/**
 * The worklist page at {@code /}. A plain GET renders the whole page; htmx asks for the results only (filters and
 * paging) or, after a claim, for the claimed row. Without JavaScript every form and link still works: the claim
 * redirects back to the same page of the list.
 */
@Controller
class WorklistPage {

    private final WorklistService worklist;

    WorklistPage(WorklistService worklist) {
        this.worklist = worklist;
    }

    @GetMapping("/")
    String worklist(@RequestParam(required = false) Boolean mine, @RequestParam(required = false) Boolean group,
                    @RequestParam(required = false) Boolean dueWithin7Days, @RequestParam(required = false) Boolean overdue,
                    @RequestParam(required = false) String family, @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size,
                    @RequestHeader(value = "HX-Request", required = false) String htmx,
                    @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
                    Model model) {
        if (!worklist.worksTasks()) {
            model.addAttribute("worksTasks", false);
            return "worklist/worklist";
        }
        WorklistFilter filter = WorklistFilter.fromPage(mine, group, dueWithin7Days, overdue, family, page, size);
        boolean partial = htmx != null && historyRestore == null;
        model.addAttribute("worksTasks", true);
        model.addAttribute("filter", filter);
        model.addAttribute("result", worklist.page(filter));
        model.addAttribute("families", List.of(CaseFamily.values()));
        model.addAttribute("sizes", List.of(WorklistFilter.DEFAULT_SIZE, 50, WorklistFilter.MAX_SIZE));
        model.addAttribute("partial", partial);
        return partial ? "worklist/worklist :: results" : "worklist/worklist";
    }

    /** Claims the task and answers with its row (htmx) or the list again (a plain form post). */
    @PostMapping("/worklist/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @RequestParam(required = false) Boolean mine,
                 @RequestParam(required = false) Boolean group, @RequestParam(required = false) Boolean dueWithin7Days,
                 @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String family,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                 @RequestHeader(value = "HX-Request", required = false) String htmx,
                 Model model, RedirectAttributes redirect) {
        WorklistFilter filter = WorklistFilter.fromPage(mine, group, dueWithin7Days, overdue, family, page, size);
        String outcome;
        try {
            worklist.claim(taskId);
            outcome = "worklist.claimed";
        } catch (Problems.Conflict e) {
            outcome = "worklist.claim.conflict";
        } catch (Problems.NotFound e) {
            outcome = "worklist.claim.gone";
        } catch (Problems.Forbidden e) {
            outcome = "worklist.claim.forbidden";
        }
        if (htmx == null) {
            redirect.addFlashAttribute("outcome", outcome);
            return "redirect:" + filter.href(filter.page());
        }
        model.addAttribute("filter", filter);
        model.addAttribute("rowOutcome", outcome);
        var row = worklist.row(taskId);
        if (row.isEmpty()) {
            model.addAttribute("taskId", taskId);
            return "worklist/worklist :: gone";
        }
        model.addAttribute("row", row.get());
        return "worklist/worklist :: row";
    }
}
