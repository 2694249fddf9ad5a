package gov.fpf.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.system.BusinessDay;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * The register of implementing instruments and the one answer to "is this EO 14411 rule in force on that date?".
 * A rule is in force from the effective date of the earliest instrument that names it; before, today's law applies.
 * <p>
 * Past decisions never change: an instrument takes effect today or later, so no decision already made (and stored
 * with its trace) falls under it, and recording one rewrites nothing. A decision is checked on its own date.
 */
@Service
public class EoRules implements EoRuleSource {

    /** EO 14411 was signed on this day; no instrument can implement it earlier */
    public static final LocalDate ORDER_DATE = LocalDate.of(2026, 6, 3);

    static final java.time.Duration SNAPSHOT_TTL = java.time.Duration.ofSeconds(60);

    private final ImplementingInstrumentRepository instruments;
    private final AuditLog auditLog;
    private final Clock clock;
    private final gov.fpf.office.OfficeRepository offices;
    private final gov.fpf.office.OfficeCalendar calendar;

    private volatile Snapshot snapshot;

    private final org.springframework.context.ApplicationEventPublisher events;

    EoRules(ImplementingInstrumentRepository instruments, AuditLog auditLog, Clock clock,
            gov.fpf.office.OfficeRepository offices, gov.fpf.office.OfficeCalendar calendar,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.instruments = instruments;
        this.auditLog = auditLog;
        this.clock = clock;
        this.offices = offices;
        this.calendar = calendar;
    }

    public record NewInstrument(String title, String citation, LocalDate effectiveDate, List<String> rules, String note) {
    }

    @Override
    public Optional<InForce> inForce(EoRule rule, LocalDate on) {
        if (rule == null || on == null) {
            return Optional.empty();
        }
        for (ImplementingInstrument i : snapshot().all()) {
            if (i.getEffectiveDate().isAfter(on)) {
                break;
            }
            if (i.getRules().contains(rule)) {
                return Optional.of(new InForce(rule, i.getId(), i.getTitle(), i.getCitation(), i.getEffectiveDate()));
            }
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public List<ImplementingInstrument> all() {
        return instruments.findAllByOrderByEffectiveDateAscIdAsc();
    }

    @Transactional(readOnly = true)
    public ImplementingInstrument get(long id) {
        return instruments.findById(id).orElseThrow(() -> new Problems.NotFound("No implementing instrument with id "
                + id + "."));
    }

    /**
     * Records an instrument (administrators). 400 for a missing or malformed field or an unknown rule code, 422 for an
     * effective date before today (decisions already made keep the law they were made under), 409 for a citation
     * already recorded.
     */
    @Transactional
    public ImplementingInstrument record(NewInstrument request) {
        ValidInstrument valid = validate(request);
        return save(valid.title(), valid.citation(), valid.effectiveDate(), valid.rules(), valid.note(), CurrentUser.id());
    }

    /** An instrument as {@link #record} would store it, after every check it makes. */
    public record ValidInstrument(String title, String citation, LocalDate effectiveDate, Set<EoRule> rules, String note) {
    }

    /**
     * The checks of {@link #record} without storing anything (the what-if dry run uses them too, so a proposal is
     * refused exactly as the recording would be): 400 for a missing or malformed field or an unknown rule code, 422
     * for an effective date before today, 409 for a citation already recorded.
     */
    @Transactional(readOnly = true)
    public ValidInstrument validate(NewInstrument request) {
        String title = required(request.title(), "title", 300);
        String citation = required(request.citation(), "citation", 100);
        if (request.effectiveDate() == null) {
            throw new Problems.InvalidInput("effectiveDate: the date the instrument takes effect is required.");
        }
        if (request.rules() == null || request.rules().isEmpty()) {
            throw new Problems.InvalidInput("rules: name at least one EO rule the instrument puts in force, from "
                    + List.of(EoRule.values()) + ".");
        }
        Set<EoRule> rules = EnumSet.noneOf(EoRule.class);
        for (String code : request.rules()) {
            if (!rules.add(EoRule.of(code))) {
                throw new Problems.InvalidInput("rules: " + code + " is named twice.");
            }
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (note != null && note.length() > 1000) {
            throw new Problems.InvalidInput("note: at most 1000 characters.");
        }
        if (title.startsWith("DEMO")) {
            throw new Problems.InvalidInput("title: titles starting with DEMO mark the embedded default's demonstration"
                    + " instrument; name the published act.");
        }
        LocalDate today = earliestToday();
        if (request.effectiveDate().isBefore(today)) {
            throw new Problems.RuleViolation("effectiveDate " + request.effectiveDate() + " is before today (" + today
                    + "). An instrument is recorded with an effective date of today or later, so no decision already"
                    + " made falls under it; past decisions keep the law they were made under.", "EO 14411 Sec. 12(b)");
        }
        if (instruments.existsByCitation(citation)) {
            throw new Problems.Conflict("An implementing instrument with citation '" + citation + "' is already"
                    + " recorded; instruments are never changed.");
        }
        return new ValidInstrument(title, citation, request.effectiveDate(), rules, note);
    }

    /**
     * The register as it would be with the proposed instrument recorded too (nothing is stored): a rule the proposal
     * names is in force from its effective date unless a recorded instrument already puts it in force earlier.
     */
    public EoRuleSource withProposed(ValidInstrument proposed) {
        return (rule, on) -> {
            Optional<InForce> recorded = inForce(rule, on);
            if (rule == null || on == null || !proposed.rules().contains(rule) || proposed.effectiveDate().isAfter(on)) {
                return recorded;
            }
            if (recorded.isPresent() && !recorded.get().effectiveDate().isAfter(proposed.effectiveDate())) {
                return recorded;
            }
            return Optional.of(new InForce(rule, 0, proposed.title() + " (proposed)", proposed.citation(),
                    proposed.effectiveDate()));
        };
    }

    /**
     * The embedded default's demonstration instrument (never in the mysql profile): puts the EO rules with a known
     * value in force from 2026-09-01 so the demo shows them. It leaves out the liquidated-damages floor, whose amount
     * the order does not state: in force, it would refuse every LD mitigation of the demo.
     */
    @Transactional
    public void seedDemo() {
        if (instruments.existsByTitleStartingWith("DEMO")) {
            return;
        }
        save("DEMO instrument (not a published act): EO 14411 rules in force for the demonstration", "DEMO-EO-14411",
                LocalDate.of(2026, 9, 1), EnumSet.complementOf(EnumSet.of(EoRule.LD_FLOOR)),
                "Seeded by the embedded default's demo data only. A real installation records the published"
                        + " implementing acts (Federal Register citation and effective date).", CurrentUser.SYSTEM);
    }

    private ImplementingInstrument save(String title, String citation, LocalDate effective, Set<EoRule> rules,
                                        String note, String by) {
        ImplementingInstrument saved = instruments.save(new ImplementingInstrument(title, citation, effective, rules,
                note, clock.instant(), by));
        snapshot = null;
        events.publishEvent(new InstrumentRecorded(saved.getId(), effective, Set.copyOf(rules)));
        auditLog.entityEventBy(by, "IMPLEMENTING_INSTRUMENT", saved.getId().toString(), "IMPLEMENTING_INSTRUMENT_RECORDED",
                title + " (" + citation + "), effective " + effective + ", puts in force " + rules, note);
        return saved;
    }

    /**
     * Today where it is earliest: at headquarters or at the office furthest west (a decision is dated in its office's
     * calendar). An instrument takes effect on that day at the earliest, like a new legal parameter value.
     */
    private LocalDate earliestToday() {
        LocalDate headquarters = BusinessDay.today(clock);
        LocalDate offices = calendar.earliestToday(this.offices.findAll().stream().map(gov.fpf.office.Office::getCode).toList());
        return offices.isBefore(headquarters) ? offices : headquarters;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new Problems.InvalidInput(field + ": required.");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new Problems.InvalidInput(field + ": at most " + max + " characters.");
        }
        return v;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null || current.readAt().plus(SNAPSHOT_TTL).isBefore(clock.instant())) {
            current = new Snapshot(instruments.findAllByOrderByEffectiveDateAscIdAsc(), clock.instant());
            snapshot = current;
        }
        return current;
    }

    private record Snapshot(List<ImplementingInstrument> all, Instant readAt) {
    }
}
