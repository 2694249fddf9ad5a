package gov.fpf.liquidateddamages.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import gov.fpf.liquidateddamages.imports.LdImportService.ImportFile;
import gov.fpf.liquidateddamages.imports.LdImportService.ImportView;
import gov.fpf.liquidateddamages.imports.LdImportService.RowPage;

/**
 * POST a file of breaches (multipart part {@code file}, or the file itself as a text/csv or application/json body):
 * 202 with the import and its Location, or with {@code wait=true} 201 once it has finished. GET the import for its
 * progress and, when finished, its summary; GET its rows for every line's outcome.
 */
@RestController
@RequestMapping("/api/v1/liquidated-damages-imports")
@Validated
class LdImportController {

    static final String TEXT_CSV = "text/csv";

    private final LdImportService imports;
    private final LdImportSettings settings;

    LdImportController(LdImportService imports, LdImportSettings settings) {
        this.imports = imports;
        this.settings = settings;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportView> upload(@RequestPart("file") MultipartFile file,
                                      @RequestParam(required = false) String officeCode,
                                      @RequestParam(required = false) String fileName,
                                      @RequestParam(defaultValue = "false") boolean wait) throws IOException {
        String name = fileName != null && !fileName.isBlank() ? fileName : file.getOriginalFilename();
        return started(imports.submit(new ImportFile(name, file.getContentType(), file.getBytes()), officeCode, wait));
    }

    @PostMapping(consumes = {TEXT_CSV, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ImportView> post(InputStream body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                                    @RequestParam(required = false) String officeCode,
                                    @RequestParam(required = false) String fileName,
                                    @RequestParam(defaultValue = "false") boolean wait) throws IOException {
        // read one byte more than allowed, so a larger body is refused without being held whole
        long limit = settings.maxFileSize().toBytes();
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return started(imports.submit(new ImportFile(fileName, contentType, content), officeCode, wait));
    }

    /**
     * An INTERRUPTED import (its server stopped while it ran) resumed with its file sent again, the same bytes as
     * before: the lines it recorded are not worked again. 202 (or with {@code wait=true} 200 once finished), 409
     * unless interrupted, 400 for another file.
     */
    @PostMapping(path = "/{id}/resume", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportView> resumeUpload(@PathVariable long id, @RequestPart("file") MultipartFile file,
                                            @RequestParam(defaultValue = "false") boolean wait) throws IOException {
        return resumed(imports.resume(id, new ImportFile(file.getOriginalFilename(), file.getContentType(),
                file.getBytes()), wait));
    }

    @PostMapping(path = "/{id}/resume", consumes = {TEXT_CSV, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ImportView> resume(@PathVariable long id, InputStream body,
                                      @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                                      @RequestParam(defaultValue = "false") boolean wait) throws IOException {
        long limit = settings.maxFileSize().toBytes();
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return resumed(imports.resume(id, new ImportFile(null, contentType, content), wait));
    }

    private static ResponseEntity<ImportView> resumed(ImportView view) {
        return ResponseEntity.status(view.status().underWay() ? HttpStatus.ACCEPTED : HttpStatus.OK).body(view);
    }

    private static ResponseEntity<ImportView> started(ImportView view) {
        URI location = URI.create("/api/v1/liquidated-damages-imports/" + view.id());
        HttpStatus status = view.status() == LdImport.Status.DONE || view.status() == LdImport.Status.FAILED
                ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).location(location).body(view);
    }

    /** The import: status, counts, processed of total, started and finished, and the summary once finished. */
    @GetMapping("/{id}")
    ImportView get(@PathVariable long id) {
        return imports.view(id);
    }

    /** The import's lines in file order, optionally only CREATED, SKIPPED or REFUSED. */
    @GetMapping("/{id}/rows")
    RowPage rows(@PathVariable long id,
                 @RequestParam(required = false) LdImportRow.Outcome outcome,
                 @RequestParam(defaultValue = "0") @Min(0) int page,
                 @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return imports.rows(id, outcome, page, size);
    }
}
