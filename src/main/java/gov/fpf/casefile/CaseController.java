package gov.fpf.casefile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import gov.fpf.system.Problems;

@RestController
@RequestMapping("/api/v1/cases")
@Validated
class CaseController {

    private final CaseFileService caseFiles;
    private final NoticeDocuments documents;

    CaseController(CaseFileService caseFiles, NoticeDocuments documents) {
        this.caseFiles = caseFiles;
        this.documents = documents;
    }

    @GetMapping("/{caseNumber}")
    CaseView get(@PathVariable String caseNumber) {
        if (!caseNumber.matches("\\d{4}-[A-Z]{3}-\\d{6}")) {
            throw new Problems.InvalidInput("'" + caseNumber + "' is not a case number; case numbers look like 2026-PEN-000123.");
        }
        return caseFiles.view(caseNumber);
    }

    /** A notice exactly as it was sent. */
    /**
     * The notice as sent: its HTML, or, for a client that asks for {@code Accept: application/pdf}, the PDF/A document
     * (the latest version, or {@code ?version=}). A client that states no preference gets the HTML, as before.
     */
    @GetMapping("/{caseNumber}/notices/{noticeId}")
    ResponseEntity<?> notice(@PathVariable String caseNumber, @PathVariable long noticeId,
                             @RequestParam(required = false) @Min(1) Integer version,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (asksForPdf(accept)) {
            return documents.pdf(caseNumber, noticeId, version).response();
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(caseFiles.notice(caseNumber, noticeId).getContentHtml());
    }

    private static boolean asksForPdf(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(m -> m.equalsTypeAndSubtype(MediaType.APPLICATION_PDF) && m.getQualityValue() > 0);
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The notice as the PDF/A document that was sent (the latest version, or {@code ?version=}). */
    @GetMapping(value = "/{caseNumber}/notices/{noticeId}.pdf")
    ResponseEntity<byte[]> noticePdf(@PathVariable String caseNumber, @PathVariable long noticeId,
                                                              @RequestParam(required = false) @Min(1) Integer version) {
        return documents.pdf(caseNumber, noticeId, version).response();
    }

    /** The versions of a notice with their SHA-256, who issued each and why it was re-issued. */
    @GetMapping("/{caseNumber}/notices/{noticeId}/versions")
    java.util.List<NoticeDocuments.Version> noticeVersions(@PathVariable String caseNumber, @PathVariable long noticeId) {
        return documents.versions(caseNumber, noticeId);
    }

    @GetMapping
    CaseFileService.CaseSummaryPage list(@RequestParam(required = false) CaseFamily family,
                                         @RequestParam(required = false) CaseStatus status,
                                         @RequestParam(required = false) Long partyId,
                                         @RequestParam(required = false) String officeCode,
                                         @RequestParam(defaultValue = "0") @Min(0) int page,
                                         @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return caseFiles.search(family, status, partyId, officeCode, page, size);
    }
}
