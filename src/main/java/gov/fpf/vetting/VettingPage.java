package gov.fpf.vetting;

import java.util.Map;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gov.fpf.system.Problems;
import gov.fpf.worklist.WorklistService;

/**
 * Where a person completes a vetting: the form in the party page's vetting section posts here, and the completion goes
 * through the worklist's rules (offered to one of your groups, in your office; the model's listener checks the outcome
 * and reason), exactly as {@code POST /api/v1/tasks/{id}/complete}. Answers by returning to the section.
 */
@Controller
class VettingPage {

    private final WorklistService worklist;

    VettingPage(WorklistService worklist) {
        this.worklist = worklist;
    }

    @PostMapping("/parties/{partyId}/vettings/{taskId}")
    String complete(@PathVariable long partyId, @PathVariable String taskId,
                    @RequestParam(required = false) String vettingOutcome,
                    @RequestParam(required = false) String vettingReason, RedirectAttributes redirect) {
        try {
            worklist.complete(taskId, Map.of(
                    RecurrentVettingProcess.VAR_VETTING_OUTCOME, vettingOutcome == null ? "" : vettingOutcome,
                    RecurrentVettingProcess.VAR_VETTING_REASON, vettingReason == null ? "" : vettingReason));
            redirect.addFlashAttribute("vettingDone", true);
        } catch (Problems.Refusal refusal) {
            redirect.addFlashAttribute("vettingError", refusal.getMessage());
            redirect.addFlashAttribute("vettingReasonEntered", vettingReason);
        } catch (ConcurrencyFailureException e) {
            redirect.addFlashAttribute("vettingConflict", true);
        }
        return "redirect:/parties/" + partyId + "#vetting";
    }

    /**
     * The worklist links a row to its case; a vetting's row carries its instance's business key PARTY-&lt;id&gt;
     * instead, whose page is the party's.
     */
    @GetMapping("/cases/PARTY-{partyId:[0-9]+}")
    String partyOfVetting(@PathVariable long partyId) {
        return "redirect:/parties/" + partyId + "#vetting";
    }
}
