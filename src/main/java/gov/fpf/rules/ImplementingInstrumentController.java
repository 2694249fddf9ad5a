package gov.fpf.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of EO 14411 implementing instruments: everyone signed in reads it, administrators record. Also at
 * {@code /api/v1/instruments}, the name issue 15 gives it (same answers, same security).
 */
@RestController
@RequestMapping({"/api/v1/implementing-instruments", "/api/v1/instruments"})
class ImplementingInstrumentController {

    private final EoRules eoRules;

    ImplementingInstrumentController(EoRules eoRules) {
        this.eoRules = eoRules;
    }

    record NewInstrument(String title, String citation, LocalDate effectiveDate, List<String> rules, String note) {
    }

    record RuleView(EoRule code, String label, String citation) {
        static RuleView of(EoRule r) {
            return new RuleView(r, r.label(), r.citation());
        }
    }

    record InstrumentView(long id, String title, String citation, LocalDate effectiveDate, List<RuleView> rules,
                          String note, boolean demo, String recordedBy, Instant recordedAt) {
        static InstrumentView of(ImplementingInstrument i) {
            Set<EoRule> rules = i.getRules();
            return new InstrumentView(i.getId(), i.getTitle(), i.getCitation(), i.getEffectiveDate(),
                    rules.stream().sorted().map(RuleView::of).toList(), i.getNote(), i.isDemo(), i.getRecordedBy(),
                    i.getRecordedAt());
        }
    }

    @GetMapping
    List<InstrumentView> all() {
        return eoRules.all().stream().map(InstrumentView::of).toList();
    }

    @GetMapping("/{id}")
    InstrumentView get(@PathVariable long id) {
        return InstrumentView.of(eoRules.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    InstrumentView record(@RequestBody NewInstrument body) {
        return InstrumentView.of(eoRules.record(new EoRules.NewInstrument(body.title(), body.citation(),
                body.effectiveDate(), body.rules(), body.note())));
    }
}
