package gov.fpf.confidentiality;

import static gov.fpf.confidentiality.ConfidentialityReviewProcess.TASK_DECIDE_RENEWAL;
import static gov.fpf.confidentiality.ConfidentialityReviewProcess.TASK_DECIDE_REQUEST;
import static gov.fpf.confidentiality.ConfidentialityReviewProcess.TASK_PERIODIC_REVIEW;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gov.fpf.office.OfficeAccess;
import gov.fpf.party.PartyService;
import gov.fpf.system.Problems;

/**
 * The pages where a person works confidentiality requests: the list (with the form to record one), and a request's
 * page with its decisions and the step open now (decide, periodic review, renewal) for a supervisor, and withdrawal
 * for officers and supervisors. Every action goes through {@link ConfidentialityService}, as the API does; a refusal is
 * shown on the page with the status the API would answer.
 */
@Controller
class ConfidentialityPages {

    private final ConfidentialityService service;
    private final PartyService parties;
    private final OfficeAccess offices;

    ConfidentialityPages(ConfidentialityService service, PartyService parties, OfficeAccess offices) {
        this.service = service;
        this.parties = parties;
        this.offices = offices;
    }

    /** the open task as a step name the API and pages share */
    static String stepOf(String taskKey) {
        return switch (taskKey) {
            case TASK_DECIDE_REQUEST -> "DECIDE";
            case TASK_PERIODIC_REVIEW -> "PERIODIC_REVIEW";
            case TASK_DECIDE_RENEWAL -> "RENEWAL";
            default -> null;
        };
    }

    @GetMapping("/confidentiality-requests")
    String list(@RequestParam(required = false) Long partyId, @RequestParam(required = false) String status,
                Model model) {
        return listPage(model, partyId, status, new LinkedHashMap<>(), null);
    }

    private String listPage(Model model, Long partyId, String status, Map<String, String> form, String general) {
        ConfidentialityStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = Arrays.stream(ConfidentialityStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                    .orElse(null);
        }
        model.addAttribute("requests", service.list(partyId, wanted));
        model.addAttribute("partyNames", new PartyNames(parties));
        model.addAttribute("statuses", ConfidentialityStatus.values());
        model.addAttribute("scopes", ConfidentialityScope.values());
        model.addAttribute("filterPartyId", partyId);
        model.addAttribute("filterStatus", wanted);
        model.addAttribute("offices", offices.ownOffices());
        model.addAttribute("form", form);
        model.addAttribute("general", general);
        return "confidentiality/list";
    }

    @PostMapping("/confidentiality-requests")
    String record(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        try {
            Long partyId = number(form.get("partyId"), "partyId");
            ConfidentialityScope scope = Arrays.stream(ConfidentialityScope.values())
                    .filter(s -> s.name().equals(form.get("scope"))).findFirst()
                    .orElseThrow(() -> new Problems.InvalidInput("scope: choose what is to be kept confidential."));
            String reason = form.get("reason");
            if (reason == null || reason.isBlank()) {
                throw new Problems.InvalidInput("reason: required; say why the party asks.");
            }
            ConfidentialityRequest saved = service.record(new ConfidentialityService.NewRequest(partyId,
                    form.get("officeCode"), scope, form.get("scopeDescription"), reason,
                    date(form.get("receivedOn"), "receivedOn"), date(form.get("requestedUntil"), "requestedUntil")));
            return "redirect:/confidentiality-requests/" + saved.getId();
        } catch (Problems.Refusal refusal) {
            response.setStatus(refusal.status().value());
            return listPage(model, null, null, form, refusal.getMessage());
        }
    }

    @GetMapping("/confidentiality-requests/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(model, service.get(id), null);
    }

    private String detailPage(Model model, ConfidentialityRequest request, String general) {
        model.addAttribute("request", request);
        model.addAttribute("party", parties.get(request.getPartyId()));
        model.addAttribute("decisions", service.decisions(request.getId()));
        model.addAttribute("openStep", service.openTask(request.getId())
                .map(t -> stepOf(t.taskDefinitionKey())).orElse(null));
        LocalDate today = service.todayAt(request.getOfficeCode());
        model.addAttribute("ruleInForce", service.terms().reviewInForce(today).isPresent());
        model.addAttribute("latestUntil", service.terms().reviewInForce(today).isPresent()
                ? service.terms().latestUntil(today) : null);
        model.addAttribute("mayDecide", ConfidentialityAccess.canDecide() && offices.canSee(request.getOfficeCode()));
        model.addAttribute("mayWithdraw", ConfidentialityAccess.canRecord() && !request.getStatus().isClosed());
        model.addAttribute("general", general);
        return "confidentiality/detail";
    }

    @PostMapping("/confidentiality-requests/{id}/decision")
    String decide(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, model, redirect, response, () -> service.decide(id, version(form), form.get("decision"),
                form.get("reason"), date(form.get("grantedUntil"), "grantedUntil")));
    }

    @PostMapping("/confidentiality-requests/{id}/review")
    String review(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, model, redirect, response, () -> service.review(id, version(form), form.get("outcome"),
                form.get("reason")));
    }

    @PostMapping("/confidentiality-requests/{id}/renewal")
    String renew(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, model, redirect, response, () -> service.renew(id, version(form), form.get("decision"),
                form.get("reason"), date(form.get("renewedUntil"), "renewedUntil")));
    }

    @PostMapping("/confidentiality-requests/{id}/withdrawal")
    String withdraw(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, model, redirect, response, () -> {
            String reason = form.get("reason");
            if (reason == null || reason.isBlank()) {
                throw new Problems.InvalidInput("reason: required; say why the request is withdrawn.");
            }
            return service.withdraw(id, version(form), reason);
        });
    }

    private String act(long id, Model model, RedirectAttributes redirect, HttpServletResponse response,
                       java.util.function.Supplier<ConfidentialityRequest> action) {
        try {
            action.get();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/confidentiality-requests/" + id;
        } catch (Problems.Refusal refusal) {
            response.setStatus(refusal.status().value());
            return detailPage(model, service.get(id), refusal.getMessage());
        }
    }

    private static long version(Map<String, String> form) {
        Long v = number(form.get("version"), "version");
        if (v == null) {
            throw new Problems.InvalidInput("version: missing; reload the page.");
        }
        return v;
    }

    private static Long number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new Problems.InvalidInput(field + ": '" + text + "' is not a number.");
        }
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Problems.InvalidInput(field + ": '" + text + "' is not a date (yyyy-mm-dd).");
        }
    }

    /** party names for the list, looked up once each */
    public static final class PartyNames {
        private final PartyService parties;
        private final Map<Long, String> names = new java.util.HashMap<>();

        PartyNames(PartyService parties) {
            this.parties = parties;
        }

        public String of(long partyId) {
            return names.computeIfAbsent(partyId, id -> parties.get(id).getName());
        }
    }
}
