package gov.fpf.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/enforcement?year=YYYY}: the annual enforcement report (EO 14411 Sec. 6) for
 * headquarters, as JSON, or as tidy CSV with {@code Accept: text/csv}. Aggregates only.
 */
@RestController
@RequestMapping("/api/v1/reports")
class EnforcementReportController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final EnforcementReportService reports;

    EnforcementReportController(EnforcementReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/enforcement")
    ResponseEntity<?> enforcement(@RequestParam(required = false) String year,
                                  @RequestParam(required = false) String release,
                                  @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        int y = reports.year(year);
        // the published report (disclosure control) unless headquarters asks for its internal working copy
        if (release != null && !"internal".equals(release) && !"published".equals(release)) {
            throw new gov.fpf.system.Problems.InvalidInput("release: 'published' (the default) or 'internal', not '"
                    + release + "'.");
        }
        EnforcementReport report = reports.report(y, !"internal".equals(release));
        if (wantsCsv(accept)) {
            return csv(report);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    static ResponseEntity<String> csv(EnforcementReport report) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"enforcement-report-" + report.year() + ".csv\"")
                .body(EnforcementReportCsv.write(report));
    }

    /** CSV when the client names text/csv and does not prefer JSON to it; anything else (or nothing) gets JSON. */
    static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return false;
        }
        double csv = 0;
        double json = 0;
        int csvAt = Integer.MAX_VALUE;
        int jsonAt = Integer.MAX_VALUE;
        for (int i = 0; i < types.size(); i++) {
            MediaType type = types.get(i);
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            if (type.isCompatibleWith(TEXT_CSV) && type.getQualityValue() > csv) {
                csv = type.getQualityValue();
                csvAt = Math.min(csvAt, i);
            } else if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && type.getQualityValue() > json) {
                json = type.getQualityValue();
                jsonAt = Math.min(jsonAt, i);
            }
        }
        return csv > 0 && (csv > json || csv == json && csvAt < jsonAt);
    }
}
