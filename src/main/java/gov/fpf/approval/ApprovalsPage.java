package gov.fpf.approval;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gov.fpf.system.Problems;

/**
 * {@code /approvals}: the supervisors' exception queue. A decision is a form POST (CSRF token from the page) with a
 * comment; a refusal shows the page again with the reason and the status of the refusal (400 no comment, 403 four
 * eyes, 404 gone, 409 someone else first, 422 a rule).
 */
@Controller
class ApprovalsPage {

    private final ApprovalService approvals;

    ApprovalsPage(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/approvals")
    String list(Model model) {
        model.addAttribute("approvals", approvals.open());
        return "approvals/index";
    }

    @PostMapping("/approvals/{taskId}")
    String decide(@PathVariable String taskId, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            String caseNumber = approvals.decide(taskId, decision, comment);
            redirect.addFlashAttribute("decided", caseNumber);
            redirect.addFlashAttribute("decision", decision);
            return "redirect:/approvals";
        } catch (Problems.Refusal refusal) {
            response.setStatus(refusal.status().value());
            // a refusal of the comment is shown on the card that failed, next to its comment, without the field key
            String message = refusal.getMessage();
            boolean aboutComment = message.startsWith("comment:");
            String text = aboutComment ? message.substring("comment:".length()).strip() : message;
            model.addAttribute("error", text.isEmpty() ? message
                    : Character.toUpperCase(text.charAt(0)) + text.substring(1));
            model.addAttribute("commentError", aboutComment);
            model.addAttribute("errorTask", taskId);
            model.addAttribute("comment", comment);
            model.addAttribute("approvals", approvals.open());
            return "approvals/index";
        }
    }
}
