package gov.fpf.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import gov.fpf.liquidateddamages.imports.LdImportRow.Outcome;
import gov.fpf.liquidateddamages.imports.LdImportService;
import gov.fpf.liquidateddamages.imports.LdImportService.ImportFile;
import gov.fpf.liquidateddamages.imports.LdImportService.ImportPage;
import gov.fpf.liquidateddamages.imports.LdImportService.ImportView;
import gov.fpf.liquidateddamages.imports.LdImportService.RowPage;
import gov.fpf.office.OfficeMemberships;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * {@code /imports}: the bulk import of liquidated-damages breach files for officers and supervisors. Upload a CSV or
 * JSON file (checked here for what a person can get wrong: no file, another kind of file, too large), which goes to
 * {@link LdImportService#submit} exactly as the API's upload does; then {@code /imports/{id}} shows the run's progress
 * (a small fragment polled by htmx while it runs) and, once finished, its summary and every line's result, filterable
 * by outcome, paged and downloadable as CSV. Past imports of the offices the user may see are listed newest first.
 * An import of another office is 404 (the service's own office check).
 */
@Controller
class ImportsPage {

    static final int LIST_SIZE = 20;
    static final int LINES_SIZE = 50;
    /** A text file has no NUL byte in its first kilobytes; a spreadsheet, PDF or image has. */
    private static final int SNIFF_BYTES = 4096;

    private final LdImportService imports;
    private final OfficeMemberships memberships;
    private final ImportWords words;

    ImportsPage(LdImportService imports, OfficeMemberships memberships, ImportWords words) {
        this.imports = imports;
        this.memberships = memberships;
        this.words = words;
    }

    // ------------------------------------------------------------------------------------------------ upload and list

    @GetMapping("/imports")
    String index(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean tooLarge,
                 Model model, HttpServletResponse response) {
        if (tooLarge) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            model.addAttribute("fileError", words.tooLarge(imports.maxFileBytes()));
        }
        return index(model, Math.max(0, page), null);
    }

    private String index(Model model, int page, String officeCode) {
        ImportPage list = imports.list(page, LIST_SIZE);
        model.addAttribute("list", list);
        model.addAttribute("rows", list.items().stream().map(words::listed).toList());
        model.addAttribute("hasPrevious", page > 0);
        model.addAttribute("hasNext", (long) (page + 1) * LIST_SIZE < list.totalItems());
        model.addAttribute("page", page);
        model.addAttribute("offices", new TreeSet<>(memberships.officesOf(CurrentUser.id())));
        model.addAttribute("officeCode", officeCode);
        model.addAttribute("maxMegabytes", words.megabytes(imports.maxFileBytes()));
        model.addAttribute("maxBytes", imports.maxFileBytes());
        return "imports/index";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(value = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String officeCode, Model model, HttpServletResponse response)
            throws IOException {
        Set<String> mine = memberships.officesOf(CurrentUser.id());
        if (mine.size() > 1 && (officeCode == null || officeCode.isBlank())) {
            return refused(model, response, HttpStatus.BAD_REQUEST, null, words.text("imports.error.office"), officeCode);
        }
        String problem = fileProblem(file);
        if (problem != null) {
            HttpStatus status = file != null && file.getSize() > imports.maxFileBytes()
                    ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
            return refused(model, response, status, problem, null, officeCode);
        }
        try {
            ImportView started = imports.submit(new ImportFile(file.getOriginalFilename(), file.getContentType(),
                    file.getBytes()), officeCode == null || officeCode.isBlank() ? null : officeCode, false);
            return "redirect:/imports/" + started.id();
        } catch (Problems.Refusal refusal) {
            boolean aboutOffice = refusal instanceof Problems.Forbidden
                    || String.valueOf(refusal.getMessage()).startsWith("officeCode:");
            return refused(model, response, refusal.status(), aboutOffice ? null : words.refusal(refusal),
                    aboutOffice ? refusal.getMessage() : null, officeCode);
        }
    }

    private String refused(Model model, HttpServletResponse response, HttpStatus status, String fileError,
                           String officeError, String officeCode) {
        response.setStatus(status.value());
        model.addAttribute("fileError", fileError);
        model.addAttribute("officeError", officeError);
        return index(model, 0, officeCode);
    }

    /** What is wrong with the file before the import reads it, in words; null when it may be read. */
    private String fileProblem(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return words.text("imports.error.noFile");
        }
        if (file.isEmpty()) {
            return words.text("imports.error.empty", file.getOriginalFilename());
        }
        if (file.getSize() > imports.maxFileBytes()) {
            return words.tooLarge(imports.maxFileBytes());
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (!extension.isEmpty() && !List.of("csv", "json", "txt").contains(extension)) {
            return words.text("imports.error.type", file.getOriginalFilename());
        }
        byte[] head = file.getBytes();
        for (int i = 0; i < Math.min(head.length, SNIFF_BYTES); i++) {
            if (head[i] == 0) {
                return words.text("imports.error.binary", file.getOriginalFilename());
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ one import

    @GetMapping("/imports/{id}")
    String view(@PathVariable long id, @RequestParam(required = false) String outcome,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean tooLarge,
                Model model, HttpServletResponse response) {
        ImportView imp = imports.view(id);
        if (tooLarge) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            model.addAttribute("resumeError", words.tooLarge(imports.maxFileBytes()));
        }
        model.addAttribute("imp", imp);
        model.addAttribute("head", words.listed(imp));
        model.addAttribute("percent", percent(imp));
        if (!imp.status().underWay()) {
            Outcome filter = outcome(outcome);
            int p = Math.max(0, page);
            RowPage lines = imports.rows(id, filter, p, LINES_SIZE);
            model.addAttribute("outcome", filter);
            model.addAttribute("outcomes", Outcome.values());
            model.addAttribute("lines", lines.items().stream().map(words::line).toList());
            model.addAttribute("linesTotal", lines.totalItems());
            model.addAttribute("page", p);
            model.addAttribute("hasPrevious", p > 0);
            model.addAttribute("hasNext", (long) (p + 1) * LINES_SIZE < lines.totalItems());
            model.addAttribute("firstLine", lines.items().isEmpty() ? 0 : p * LINES_SIZE + 1);
            model.addAttribute("lastLine", p * LINES_SIZE + lines.items().size());
        }
        return "imports/view";
    }

    /** The progress fragment htmx polls; once the run has finished, htmx reloads the page to show the results. */
    @GetMapping("/imports/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        ImportView imp = imports.view(id);
        model.addAttribute("imp", imp);
        model.addAttribute("percent", percent(imp));
        if (!imp.status().underWay() && request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Refresh", "true");
        }
        return "imports/view :: progress";
    }

    /** An interrupted import finished with its file sent again. */
    @PostMapping("/imports/{id}/resume")
    String resume(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
                  Model model, HttpServletResponse response) throws IOException {
        String problem = fileProblem(file);
        try {
            if (problem == null) {
                imports.resume(id, new ImportFile(file.getOriginalFilename(), file.getContentType(), file.getBytes()),
                        false);
                return "redirect:/imports/" + id;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (Problems.NotFound gone) {
            throw gone;
        } catch (Problems.Refusal refusal) {
            response.setStatus(refusal.status().value());
            problem = words.refusal(refusal);
        }
        model.addAttribute("resumeError", problem);
        return view(id, null, 0, false, model, response);
    }

    @GetMapping("/imports/{id}/lines.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @RequestParam(required = false) String outcome) {
        Outcome filter = outcome(outcome);
        StringBuilder out = new StringBuilder();
        ImportCsv.header(out, words);
        List<ImportWords.LineRow> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            RowPage page = imports.rows(id, filter, p, 1000);
            page.items().forEach(r -> all.add(words.line(r)));
            if ((long) (p + 1) * 1000 >= page.totalItems()) {
                break;
            }
        }
        all.forEach(line -> ImportCsv.row(out, line));
        String name = "import-" + id + "-lines" + (filter == null ? "" : "-" + filter.name().toLowerCase(Locale.ROOT))
                + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The outcome to show: one of CREATED, SKIPPED, REFUSED, or all for none or anything else. */
    private static Outcome outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Outcome.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Problems.InvalidInput("outcome: '" + value + "' is not one of CREATED, SKIPPED or REFUSED.");
        }
    }

    private static int percent(ImportView imp) {
        return imp.totalRows() == 0 ? 100 : (int) Math.min(100, imp.processedRows() * 100L / imp.totalRows());
    }
}
