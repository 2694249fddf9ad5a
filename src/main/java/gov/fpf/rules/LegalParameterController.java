package gov.fpf.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/legal-parameters")
class LegalParameterController {

    private final LegalParameters parameters;

    LegalParameterController(LegalParameters parameters) {
        this.parameters = parameters;
    }

    record ParameterRow(long id, String name, BigDecimal value, LegalParameter.Unit unit, LocalDate effectiveFrom,
                        String citation, String confidence, String note, String createdBy) {
        static ParameterRow of(LegalParameter p) {
            return new ParameterRow(p.getId(), p.getName(), p.getValue(), p.getUnit(), p.getEffectiveFrom(),
                    p.getCitation(), p.getConfidence(), p.getNote(), p.getCreatedBy());
        }
    }

    @GetMapping
    List<ParameterRow> all() {
        return parameters.all().stream().map(ParameterRow::of).toList();
    }

    @GetMapping("/{name}")
    List<ParameterRow> history(@PathVariable String name) {
        return parameters.history(name).stream().map(ParameterRow::of).toList();
    }

    @GetMapping("/{name}/in-force")
    ParameterValue inForce(@PathVariable String name,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        parameters.history(name);
        return parameters.valueOn(name, on);
    }

    @PostMapping("/{name}")
    @ResponseStatus(HttpStatus.CREATED)
    ParameterRow addValue(@PathVariable String name, @Valid @RequestBody NewParameterValue body) {
        return ParameterRow.of(parameters.addValue(name, body.value(), body.effectiveFrom(), body.citation(),
                body.confidence(), body.note()));
    }
}
