package gov.fpf.extension;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import gov.fpf.casefile.CaseFamily;

/**
 * POST /api/v1/penalty-cases/{n}/extensions and /api/v1/seizure-cases/{n}/extensions: the deciding authority extends
 * the period the case is waiting on (19 CFR 171.2(c); 162.78(b)). Same shape as the LD extension request.
 */
@RestController
class PeriodExtensionController {

    private final PeriodExtensionService extensions;

    PeriodExtensionController(PeriodExtensionService extensions) {
        this.extensions = extensions;
    }

    record NewExtension(
            @NotBlank @Size(max = 20) String period,
            @NotNull LocalDate newLastDay,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/api/v1/penalty-cases/{caseNumber}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    PeriodExtensionService.ExtensionView penalty(@PathVariable String caseNumber, @Valid @RequestBody NewExtension body) {
        return extensions.extend(CaseFamily.PENALTY, caseNumber, body.period(), body.newLastDay(), body.reason());
    }

    @PostMapping("/api/v1/seizure-cases/{caseNumber}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    PeriodExtensionService.ExtensionView seizure(@PathVariable String caseNumber, @Valid @RequestBody NewExtension body) {
        return extensions.extend(CaseFamily.SEIZURE, caseNumber, body.period(), body.newLastDay(), body.reason());
    }
}
