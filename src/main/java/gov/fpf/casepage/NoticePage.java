package gov.fpf.casepage;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseView;
import gov.fpf.casefile.NoticeDocument;
import gov.fpf.casefile.NoticeDocuments;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;
import gov.fpf.system.Roles;

/**
 * A notice on its own page, {@code /cases/{caseNumber}/notices/{noticeId}}: the letter as last issued (the same HTML
 * its PDF was written from), a print button (the page's print CSS prints only the letter), "Download PDF", the list
 * of versions with their SHA-256 and who issued each, and for officers and supervisors the re-issue form (a reason is
 * required). Everything goes through {@link NoticeDocuments}, the service behind the API; another office's case or
 * notice is a 404 page.
 */
@Controller
@RequestMapping("/cases/{caseNumber}/notices")
class NoticePage {

    private final CasePageService pages;
    private final CaseFileService caseFiles;
    private final NoticeDocuments documents;
    private final MessageSource messageSource;
    private final CasePageFormat format = new CasePageFormat(ZoneId.systemDefault());

    NoticePage(CasePageService pages, CaseFileService caseFiles, NoticeDocuments documents, MessageSource messageSource) {
        this.pages = pages;
        this.caseFiles = caseFiles;
        this.documents = documents;
        this.messageSource = messageSource;
    }

    @GetMapping("/{noticeId}")
    String notice(@PathVariable String caseNumber, @PathVariable long noticeId, Model model) {
        return render(caseNumber, noticeId, null, null, model);
    }

    @GetMapping("/{noticeId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String caseNumber, @PathVariable long noticeId,
                               @RequestParam(required = false) Integer version) {
        pages.view(caseNumber); // 404 for another office's case, before anything else
        return documents.pdf(caseNumber, noticeId, version).response();
    }

    @PostMapping("/{noticeId}/reissue")
    String reissue(@PathVariable String caseNumber, @PathVariable long noticeId,
                   @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        try {
            NoticeDocuments.Version v = documents.reissue(caseNumber, noticeId, reason);
            redirect.addFlashAttribute("reissued", v.version());
            return "redirect:/cases/{caseNumber}/notices/" + noticeId;
        } catch (Problems.InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(caseNumber, noticeId, reason, msg(reason == null || reason.isBlank()
                    ? "document.reissue.reason.required" : "document.reissue.reason.tooLong",
                    NoticeDocuments.REASON_MAX), model);
        } catch (Problems.Forbidden | Problems.Conflict e) {
            response.setStatus(e.status().value());
            model.addAttribute("refusal", e instanceof Problems.Forbidden ? msg("document.reissue.forbidden")
                    : e.getMessage());
            return render(caseNumber, noticeId, reason, null, model);
        }
    }

    /** Another office's case, or no such case or notice: a page that discloses nothing (404). */
    @ExceptionHandler(Problems.NotFound.class)
    String missing(Problems.NotFound e, Model model, HttpServletResponse response,
                   jakarta.servlet.http.HttpServletRequest request) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        @SuppressWarnings("unchecked")
        java.util.Map<String, String> vars = (java.util.Map<String, String>) request.getAttribute(
                org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        model.addAttribute("caseNumber", vars == null ? "" : vars.getOrDefault("caseNumber", ""));
        model.addAttribute("taskId", null);
        return "casepage/case-missing";
    }

    private String render(String caseNumber, long noticeId, String reason, String reasonError, Model model) {
        CaseView view = pages.view(caseNumber);
        var notice = caseFiles.notice(caseNumber, noticeId);
        NoticeDocument latest = documents.latest(caseNumber, noticeId).orElse(null);
        model.addAttribute("c", view);
        model.addAttribute("notice", notice);
        model.addAttribute("latest", latest);
        model.addAttribute("letter", body(latest == null ? notice.getContentHtml() : latest.getContentHtml()));
        model.addAttribute("versions", documents.versions(caseNumber, noticeId));
        model.addAttribute("canReissue", latest != null && (CurrentUser.groups().contains(Roles.OFFICER)
                || CurrentUser.groups().contains(Roles.SUPERVISOR)));
        model.addAttribute("reason", reason);
        model.addAttribute("reasonError", reasonError);
        model.addAttribute("reasonMax", NoticeDocuments.REASON_MAX);
        model.addAttribute("fmt", format);
        return "casepage/notice";
    }

    /** The letter's body, to show inside the page (the letter's own head and styles are for print and the PDF). */
    private static String body(String html) {
        return org.jsoup.Jsoup.parse(html).body().html();
    }

    private String msg(String code, Object... args) {
        return messageSource.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
