package gov.fpf.casepage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gov.fpf.casenotes.AttachmentCategory;
import gov.fpf.casenotes.AttachmentDownloads;
import gov.fpf.casenotes.CaseNotesService;
import gov.fpf.casenotes.NotesRefusal;

/**
 * The case page's "Notes and documents" tab ({@code ?tab=notes}, drawn by templates/casepage/notes.html): a note
 * added by {@code POST /cases/{caseNumber}/notes}, a document uploaded by {@code POST .../attachments} and downloaded
 * from {@code GET .../attachments/{id}}, each through {@link CaseNotesService}, the service behind the API, so the
 * same checks answer. A refused note or upload shows the case page again with the messages next to the fields and
 * what was entered (a file must be chosen again: browsers do not let a page refill a file input).
 */
@Controller
@RequestMapping("/cases/{caseNumber}")
class CaseNotesPage {

    private final CaseNotesService notes;
    private final CasePage casePage;

    CaseNotesPage(CaseNotesService notes, CasePage casePage) {
        this.notes = notes;
        this.casePage = casePage;
    }

    /** What the tab shows; the form values and errors of a refused submission are already in the model. */
    static void addTab(Model model, CaseNotesService notes, String caseNumber) {
        model.addAttribute("caseNotes", notes.notes(caseNumber));
        model.addAttribute("caseAttachments", notes.attachments(caseNumber));
        model.addAttribute("notesCanWrite", CaseNotesService.canWrite());
        model.addAttribute("attachmentCategories", Arrays.asList(AttachmentCategory.values()));
        model.addAttribute("noteMaxLength", gov.fpf.casenotes.CaseNote.MAX_TEXT);
        model.addAttribute("descriptionMaxLength", gov.fpf.casenotes.CaseAttachment.MAX_DESCRIPTION);
        model.addAttribute("attachmentMaxMb", Math.max(1, notes.maxSize() / (1024 * 1024)));
        model.addAttribute("attachmentMaxBytes", notes.maxSize());
        model.addAttribute("attachmentAccept", ".pdf,.png,.jpg,.jpeg,.gif,.tif,.tiff,.webp,.docx,.xlsx,.pptx,.odt,.ods,"
                + ".doc,.xls,.txt,.csv");
        for (String empty : List.of("noteErrors", "uploadErrors")) {
            if (!model.containsAttribute(empty)) {
                model.addAttribute(empty, Map.of());
            }
        }
    }

    @PostMapping("/notes")
    String addNote(@PathVariable String caseNumber, @RequestParam(required = false) String text, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        try {
            notes.addNote(caseNumber, text);
            redirect.addFlashAttribute("notesSaved", "notes.note.added");
            return "redirect:" + CasePage.caseHref(caseNumber, "notes", null);
        } catch (NotesRefusal r) {
            response.setStatus(r.status().value());
            model.addAttribute("noteText", text);
            model.addAttribute("noteErrors", r.fieldErrors());
            return casePage.show(caseNumber, "notes", model);
        }
    }

    @PostMapping("/attachments")
    String upload(@PathVariable String caseNumber, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String category, @RequestParam(required = false) String description,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            CaseNotesService.AttachmentView added = notes.upload(caseNumber, file, category, description);
            redirect.addFlashAttribute("notesSaved", "notes.upload.added");
            redirect.addFlashAttribute("notesSavedName", added.fileName());
            return "redirect:" + CasePage.caseHref(caseNumber, "notes", null);
        } catch (NotesRefusal r) {
            response.setStatus(r.status().value());
            model.addAttribute("uploadCategory", category);
            model.addAttribute("uploadDescription", description);
            model.addAttribute("uploadErrors", r.fieldErrors());
            return casePage.show(caseNumber, "notes", model);
        }
    }

    /** The document for the page's session; another office's case or attachment is a 404. */
    @GetMapping("/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long id,
                                    @RequestParam(defaultValue = "false") boolean inline) {
        return AttachmentDownloads.response(notes.download(caseNumber, id), inline);
    }
}
