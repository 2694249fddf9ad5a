package gov.fpf.rules;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.system.BusinessDay;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * The legal parameters in force on a date. A decision reads the row in force on its own date, so a new row changes
 * decisions from its effective date on and never the ones before.
 */
@Service
public class LegalParameters implements ParameterSource {

    private final LegalParameterRepository rows;
    private final AuditLog auditLog;
    private final Clock clock;
    private final EoGatedParameters gated;

    static final java.time.Duration SNAPSHOT_TTL = java.time.Duration.ofSeconds(60);

    private volatile Snapshot snapshot;

    LegalParameters(LegalParameterRepository rows, AuditLog auditLog, Clock clock, EoRules eoRules) {
        this.rows = rows;
        this.auditLog = auditLog;
        this.clock = clock;
        this.gated = new EoGatedParameters(this::rowOn, eoRules);
    }

    /**
     * A parameter of an EO 14411 rule is in force only while an implementing instrument puts its rule in force
     * ({@link EoGatedParameters}, {@link EoRules}); every other parameter is read by date alone.
     *
     * @throws Problems.RuleViolation when no row is in force on that date, or the row in force has no known value
     *                                (the decision cannot be made until an administrator sets it)
     */
    @Override
    public ParameterValue valueOn(String name, LocalDate on) {
        return gated.valueOn(name, on);
    }

    /** the row in force on the date, by date alone */
    private ParameterValue rowOn(String name, LocalDate on) {
        LegalParameter row = snapshot().inForce(name, on)
                .orElseThrow(() -> new ParameterNotInForce(name, on));
        if (row.getValue() == null) {
            throw new ParameterValueUnknown(name, on, row.getNote(), row.getCitation());
        }
        return new ParameterValue(row.getId(), row.getName(), row.getValue(), row.getUnit(), row.getEffectiveFrom(),
                row.getCitation(), row.getConfidence());
    }

    /**
     * The whole table, kept in memory: a few dozen rows read on every computation. A node re-reads it when it adds a
     * row and at least every {@link #SNAPSHOT_TTL}, so another node's new row is seen within that time. New values
     * take effect today at the earliest, so a decision can only miss one added in the last minute for the same day.
     */
    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null || current.readAt().plus(SNAPSHOT_TTL).isBefore(clock.instant())) {
            current = new Snapshot(rows.findAllByOrderByNameAscEffectiveFromAsc(), clock.instant());
            snapshot = current;
        }
        return current;
    }

    private record Snapshot(java.util.Map<String, List<LegalParameter>> byName, java.time.Instant readAt) {

        Snapshot(List<LegalParameter> all, java.time.Instant readAt) {
            this(all.stream().collect(java.util.stream.Collectors.groupingBy(LegalParameter::getName)), readAt);
        }

        /** the row with the latest effective date on or before the date; rows come sorted by effective date */
        java.util.Optional<LegalParameter> inForce(String name, LocalDate on) {
            List<LegalParameter> history = byName.getOrDefault(name, List.of());
            LegalParameter found = null;
            for (LegalParameter row : history) {
                if (!row.getEffectiveFrom().isAfter(on)) {
                    found = row;
                }
            }
            return java.util.Optional.ofNullable(found);
        }
    }

    @Transactional(readOnly = true)
    public List<LegalParameter> all() {
        return rows.findAllByOrderByNameAscEffectiveFromAsc();
    }

    @Transactional(readOnly = true)
    public List<LegalParameter> history(String name) {
        List<LegalParameter> found = rows.findByNameOrderByEffectiveFromAsc(name);
        if (found.isEmpty()) {
            throw new Problems.NotFound("No legal parameter named '" + name + "'.");
        }
        return found;
    }

    /**
     * A new value from a date on. Only parameters that exist can be changed, in their own unit, and never
     * retroactively: decisions already taken used the value then in force and keep it.
     */
    @Transactional
    public LegalParameter addValue(String name, BigDecimal value, LocalDate effectiveFrom, String citation,
                                   String confidence, String note) {
        LegalParameter.Unit unit = checkNewValue(name, value, effectiveFrom);
        LegalParameter saved = rows.save(new LegalParameter(name, value, unit, effectiveFrom, citation, confidence, note,
                clock.instant(), CurrentUser.id()));
        snapshot = null;
        auditLog.entityEvent("LEGAL_PARAMETER", name, "PARAMETER_VALUE_ADDED",
                name + " = " + value.toPlainString() + " " + unit + " from " + effectiveFrom + " (" + citation + ")", note);
        return saved;
    }

    /**
     * The table's checks of {@link #addValue} without storing anything (the what-if dry run uses them too, so a
     * proposal is refused exactly as the recording would be): 400 for an unknown parameter or a value out of its
     * unit's range, 422 for a date in the past, 409 for a date that already has a value. Returns the parameter's unit.
     */
    @Transactional(readOnly = true)
    public LegalParameter.Unit checkNewValue(String name, BigDecimal value, LocalDate effectiveFrom) {
        List<LegalParameter> existing = rows.findByNameOrderByEffectiveFromAsc(name);
        if (existing.isEmpty()) {
            throw new Problems.InvalidInput("name: there is no legal parameter '" + name + "'; parameters are introduced"
                    + " together with the code that reads them.");
        }
        LocalDate today = BusinessDay.today(clock);
        if (effectiveFrom.isBefore(today)) {
            throw new Problems.RuleViolation("effectiveFrom " + effectiveFrom + " is in the past. A parameter change takes"
                    + " effect today or later, so decisions already made keep the value they used.", null);
        }
        if (rows.existsByNameAndEffectiveFrom(name, effectiveFrom)) {
            throw new Problems.Conflict("'" + name + "' already has a value from " + effectiveFrom
                    + "; choose another effective date.");
        }
        LegalParameter.Unit unit = existing.get(existing.size() - 1).getUnit();
        if (value.signum() < 0 || unit == LegalParameter.Unit.SHARE && value.compareTo(BigDecimal.ONE) > 0) {
            throw new Problems.InvalidInput("value: " + value + " is out of range for a " + unit + " parameter.");
        }
        return unit;
    }

    /** A value proposed for a parameter from a date on (checked with {@link #checkNewValue}, never stored). */
    public record ProposedValue(String name, BigDecimal value, LegalParameter.Unit unit, LocalDate effectiveFrom,
                                String citation) {
    }

    /**
     * The parameters as the rules would read them with the proposed value added to the table and the EO rules of the
     * given register (the real one or one with a proposed instrument); {@code proposed} may be null. Nothing is
     * stored: the overlay lives as long as the dry run.
     */
    public ParameterSource overlay(ProposedValue proposed, EoRuleSource rules) {
        ParameterSource rowsWithProposal = (name, on) -> {
            if (proposed == null || !proposed.name().equals(name) || on.isBefore(proposed.effectiveFrom())) {
                return rowOn(name, on);
            }
            java.util.Optional<LegalParameter> recorded = snapshot().inForce(name, on);
            if (recorded.isPresent() && recorded.get().getEffectiveFrom().isAfter(proposed.effectiveFrom())) {
                return rowOn(name, on);
            }
            return new ParameterValue(0, name, proposed.value(), proposed.unit(), proposed.effectiveFrom(),
                    proposed.citation() == null ? "proposed value" : proposed.citation(), "PROPOSED");
        };
        return new EoGatedParameters(rowsWithProposal, rules);
    }
}
