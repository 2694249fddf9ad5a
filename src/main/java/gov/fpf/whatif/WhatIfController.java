package gov.fpf.whatif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import gov.fpf.rules.EoRules;
import gov.fpf.system.Problems;

/**
 * {@code POST /api/v1/what-if} (administrators): the dry run of a proposed implementing instrument
 * {@code {title, citation, effectiveDate, rules[], note?}} or a proposed legal-parameter value
 * {@code {name, value, effectiveFrom, citation?, confidence?, note?}}; answers the open cases it would change, as JSON
 * or, with {@code Accept: text/csv}, as CSV. Stores nothing.
 */
@RestController
@RequestMapping("/api/v1/what-if")
class WhatIfController {

    static final List<String> CSV_HEADER = List.of("caseNumber", "family", "officeCode", "what", "subject", "before",
            "after", "difference", "unit");

    private final WhatIfService whatIf;

    WhatIfController(WhatIfService whatIf) {
        this.whatIf = whatIf;
    }

    /** One body for both kinds: the fields it carries say which it is. */
    record WhatIfRequest(String title, String citation, LocalDate effectiveDate, List<String> rules, String note,
                         String name, BigDecimal value, LocalDate effectiveFrom, String confidence) {

        boolean isParameterValue() {
            return name != null || value != null || effectiveFrom != null || confidence != null;
        }

        boolean isInstrument() {
            return title != null || effectiveDate != null || rules != null;
        }
    }

    /** JSON unless the caller asks for CSV only ({@code Accept: text/csv}); the same dry run either way. */
    @PostMapping(produces = {"application/json", "text/csv"})
    ResponseEntity<?> dryRun(@RequestBody WhatIfRequest body,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        WhatIfResult result = run(body);
        if (accept == null || !accept.contains("text/csv") || accept.contains("application/json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"what-if.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(WhatIfCsv.of(result, CSV_HEADER, code -> code.substring(code.indexOf('.') + 1)));
    }

    private WhatIfResult run(WhatIfRequest body) {
        if (body == null || body.isParameterValue() == body.isInstrument()) {
            throw new Problems.InvalidInput("Propose either an implementing instrument {title, citation, effectiveDate,"
                    + " rules} or a legal-parameter value {name, value, effectiveFrom}, not both and not neither.");
        }
        if (body.isInstrument()) {
            return whatIf.instrument(new EoRules.NewInstrument(body.title(), body.citation(), body.effectiveDate(),
                    body.rules(), body.note()));
        }
        return whatIf.parameterValue(new WhatIfService.ProposedValue(body.name(), body.value(), body.effectiveFrom(),
                body.citation(), body.confidence(), body.note()));
    }
}
