package gov.fpf.casenotes;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Notes and documents of a case: {@code POST/GET /api/v1/cases/{caseNumber}/notes} (JSON {@code {"text": ...}}),
 * {@code POST/GET /api/v1/cases/{caseNumber}/attachments} (multipart: {@code file}, {@code category},
 * {@code description}) and {@code GET .../attachments/{id}} for the bytes. Writers write, readers read
 * (SecurityConfig); the office boundary is the service's.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}")
class CaseNotesController {

    private final CaseNotesService service;

    CaseNotesController(CaseNotesService service) {
        this.service = service;
    }

    record NewNote(String text) {
    }

    @GetMapping("/notes")
    List<CaseNotesService.NoteView> notes(@PathVariable String caseNumber) {
        return service.notes(caseNumber);
    }

    @PostMapping("/notes")
    ResponseEntity<CaseNotesService.NoteView> addNote(@PathVariable String caseNumber, @RequestBody NewNote note) {
        CaseNotesService.NoteView added = service.addNote(caseNumber, note.text());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/notes")).body(added);
    }

    @GetMapping("/attachments")
    List<CaseNotesService.AttachmentView> attachments(@PathVariable String caseNumber) {
        return service.attachments(caseNumber);
    }

    @PostMapping(value = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CaseNotesService.AttachmentView> upload(@PathVariable String caseNumber,
                                                           @RequestPart(name = "file", required = false) MultipartFile file,
                                                           @RequestParam(required = false) String category,
                                                           @RequestParam(required = false) String description) {
        CaseNotesService.AttachmentView added = service.upload(caseNumber, file, category, description);
        return ResponseEntity.created(URI.create(added.href())).body(added);
    }

    @GetMapping("/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long id,
                                    @RequestParam(defaultValue = "false") boolean inline) {
        return AttachmentDownloads.response(service.download(caseNumber, id), inline);
    }
}
