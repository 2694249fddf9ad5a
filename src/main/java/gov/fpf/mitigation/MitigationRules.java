package gov.fpf.mitigation;

import static gov.fpf.rules.RuleMath.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import gov.fpf.casefile.CaseFileService.TraceStep;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;
import gov.fpf.system.Problems;

/**
 * The EO 14411 Sec. 4(c) checks a petition decision must pass (law reference 4 step 3, 9): the penalty floor (at
 * least half of the assessed penalty, the amount in the penalty notice, unless a national-security exception is
 * approved) and no mitigation for a repeat offender. Parameters are read on the decision date. Before the order's
 * parameters take effect there is no row, and the lookup refuses (422): callers decide what a pre-order decision does.
 */
@Component
public class MitigationRules {

    static final String EO = "EO 14411 Sec. 4(c)";

    /** What the officer decides on a petition. */
    public enum Outcome {
        /** the violation did not occur or an essential element is not established: nothing is due (171.11(b)) */
        CANCEL,
        /** relief: a lesser amount */
        MITIGATE,
        /** no relief: the assessed amount */
        DENY
    }

    public record FloorCheck(BigDecimal assessed, BigDecimal floor, List<TraceStep> steps) {
        public FloorCheck {
            steps = List.copyOf(steps);
        }
    }

    /**
     * @param findingsInWindow prior findings of violation dated within the look-back window
     * @param reason           a sentence for the decision letter
     */
    public record RepeatOffenderCheck(boolean repeatOffender, int findingsInWindow, LocalDate windowStart,
                                      String reason, List<TraceStep> steps) {
        public RepeatOffenderCheck {
            steps = List.copyOf(steps);
        }
    }

    /**
     * A proposed exception to the floor for circumstances that materially affect national security.
     *
     * @param approvedBy null until a supervisor other than the proposer approves it
     */
    public record NationalSecurityException(String proposedBy, String justification, String approvedBy) {
        public boolean approved() {
            return approvedBy != null && !approvedBy.isBlank();
        }
    }

    /** The floor: assessed penalty × penalty.floor.share in force on the decision date, HALF_UP to cents. */
    public FloorCheck floor(BigDecimal assessed, LocalDate decisionDate, ParameterSource parameters) {
        return floor(PENALTY_FLOOR, assessed, decisionDate, parameters);
    }

    /** Which parameter holds a family's floor share, and how the trace names it. */
    public record FloorRule(String parameter, String label, String assessedName) {
    }

    public static final FloorRule PENALTY_FLOOR = new FloorRule(ParameterNames.PENALTY_FLOOR_SHARE, "Penalty floor",
            "assessed penalty");
    public static final FloorRule LIQUIDATED_DAMAGES_FLOOR = new FloorRule(ParameterNames.LD_FLOOR_SHARE,
            "Liquidated-damages floor", "assessed liquidated damages");

    /** The floor: the assessed amount × the family's floor share in force on the decision date, HALF_UP to cents. */
    public FloorCheck floor(FloorRule rule, BigDecimal assessed, LocalDate decisionDate, ParameterSource parameters) {
        requireAmount(assessed, "assessed");
        ParameterValue share = parameters.valueOn(rule.parameter(), decisionDate);
        BigDecimal floor = assessed.multiply(share.value()).setScale(2, RoundingMode.HALF_UP);
        TraceStep step = new TraceStep(rule.label(), floor.toPlainString(), share.value().movePointRight(2)
                .stripTrailingZeros().toPlainString() + "% of the " + rule.assessedName() + " " + money(assessed)
                + ", rounded half up to cents; lower only with an approved national-security exception",
                share.citation(), share.reference());
        return new FloorCheck(assessed, floor, List.of(step));
    }

    public boolean belowFloor(BigDecimal decided, BigDecimal floor) {
        return decided.compareTo(floor) < 0;
    }

    /** False when there is no floor (a decision date before the order's floor took effect). */
    public boolean belowFloor(BigDecimal decided, FloorCheck floor) {
        return floor != null && belowFloor(decided, floor.floor());
    }

    /** The floor, or none when the decision date is before the EO 14411 floor took effect. */
    public java.util.Optional<FloorCheck> floorInForce(BigDecimal assessed, LocalDate decisionDate,
                                                       ParameterSource parameters) {
        return floorInForce(PENALTY_FLOOR, assessed, decisionDate, parameters);
    }

    /**
     * The family's floor, or none before it takes effect. A row in force without a value (the liquidated-damages
     * floor the order requires but does not quantify) refuses with {@link gov.fpf.rules.ParameterValueUnknown}.
     */
    public java.util.Optional<FloorCheck> floorInForce(FloorRule rule, BigDecimal assessed, LocalDate decisionDate,
                                                       ParameterSource parameters) {
        if (assessed == null || parameters.inForce(rule.parameter(), decisionDate).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(floor(rule, assessed, decisionDate, parameters));
    }

    /** The repeat-offender check, or none when the decision date is before the rule took effect. */
    public java.util.Optional<RepeatOffenderCheck> repeatOffenderInForce(List<LocalDate> priorFindingDates,
                                                                         LocalDate decisionDate,
                                                                         ParameterSource parameters) {
        if (parameters.inForce(ParameterNames.REPEAT_OFFENDER_LOOKBACK, decisionDate).isEmpty()
                || parameters.inForce(ParameterNames.REPEAT_OFFENDER_PRIOR_FINDINGS, decisionDate).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(repeatOffender(priorFindingDates, decisionDate, parameters));
    }

    /**
     * A party with at least {@code repeat-offender.prior-findings} findings of violation dated within the
     * {@code repeat-offender.lookback} before the decision date (window start and decision date included) is a
     * repeat offender: no mitigation. The dates are of earlier findings only; leave out the case being decided.
     */
    public RepeatOffenderCheck repeatOffender(List<LocalDate> priorFindingDates, LocalDate decisionDate,
                                              ParameterSource parameters) {
        ParameterValue lookback = parameters.valueOn(ParameterNames.REPEAT_OFFENDER_LOOKBACK, decisionDate);
        ParameterValue threshold = parameters.valueOn(ParameterNames.REPEAT_OFFENDER_PRIOR_FINDINGS, decisionDate);
        LocalDate windowStart = Deadlines.minus(decisionDate, lookback);
        int inWindow = (int) priorFindingDates.stream()
                .filter(d -> d != null && !d.isBefore(windowStart) && !d.isAfter(decisionDate))
                .count();
        boolean repeat = inWindow >= threshold.asInt();
        String window = "between " + windowStart + " and " + decisionDate + " (look-back " + Deadlines.describe(lookback) + ")";
        String reason = repeat
                ? "The party has " + inWindow + " earlier finding(s) of violation " + window + "; a party with "
                        + threshold.asInt() + " or more is a repeat offender and receives no mitigation: the decided "
                        + "amount is the assessed penalty (" + EO + ")."
                : "The party has " + inWindow + " earlier finding(s) of violation " + window
                        + "; not a repeat offender, mitigation may be considered.";
        List<TraceStep> steps = List.of(
                new TraceStep("Earlier findings in the look-back window", String.valueOf(inWindow),
                        "findings of violation dated " + window, lookback.citation(), lookback.reference()),
                new TraceStep("Repeat offender", repeat ? "yes" : "no", inWindow + " >= " + threshold.asInt()
                        + (repeat ? "" : " is false") + "; repeat offenders receive no mitigation", threshold.citation(),
                        threshold.reference()));
        return new RepeatOffenderCheck(repeat, inWindow, windowStart, reason, steps);
    }

    /**
     * Refuses a proposed decision that breaks a rule (law reference P24): a cancellation is 0 and a denial the
     * assessed amount; a mitigation needs a party that is not a repeat offender and an amount at or above the floor,
     * or, below it, a proposed national-security exception with a written justification (approved later by a
     * supervisor, see {@link #checkExceptionApproval} and {@link #checkReadyToIssue}). The exception lifts the floor
     * only: the order ties it to the floor, not to the repeat-offender rule.
     *
     * @param exception null when none is proposed
     */
    public void checkProposedDecision(Outcome outcome, BigDecimal assessed, BigDecimal decided, FloorCheck floor,
                                      RepeatOffenderCheck repeatOffender, NationalSecurityException exception) {
        if (outcome == null) {
            throw new Problems.InvalidInput("outcome: choose CANCEL, MITIGATE or DENY.");
        }
        requireAmount(assessed, "assessed");
        requireAmount(decided, "decidedAmount");
        if (decided.compareTo(assessed) > 0) {
            throw new Problems.RuleViolation("The decided amount " + money(decided) + " is more than the assessed penalty "
                    + money(assessed) + "; a petition decision can only remit or mitigate.", "19 U.S.C. 1618");
        }
        switch (outcome) {
            case CANCEL -> {
                if (decided.signum() != 0) {
                    throw new Problems.InvalidInput("decidedAmount: a cancellation leaves nothing due; enter 0, or choose "
                            + "MITIGATE for a reduced amount.");
                }
            }
            case DENY -> {
                if (decided.compareTo(assessed) != 0) {
                    throw new Problems.InvalidInput("decidedAmount: a denial keeps the assessed penalty " + money(assessed)
                            + "; enter that amount, or choose MITIGATE.");
                }
            }
            case MITIGATE -> {
                if (repeatOffender != null && repeatOffender.repeatOffender() && decided.compareTo(assessed) < 0) {
                    throw new Problems.RuleViolation(repeatOffender.reason() + " Deny the petition (or cancel it if the "
                            + "violation did not occur).", EO);
                }
                if (belowFloor(decided, floor)) {
                    if (exception == null) {
                        throw new Problems.RuleViolation("The decided amount " + money(decided) + " is below the floor "
                                + money(floor.floor()) + " (" + floor.steps().get(0).rule() + "). Decide at least the "
                                + "floor, or propose a national-security exception with a written justification.", EO);
                    }
                    if (exception.justification() == null || exception.justification().isBlank()) {
                        throw new Problems.RuleViolation("A national-security exception to the floor needs a written "
                                + "justification of the circumstances that materially affect national security.", EO);
                    }
                }
            }
        }
    }

    /**
     * Four eyes on the exception: only a supervisor may approve it, and never the officer who proposed it (403).
     */
    public void checkExceptionApproval(NationalSecurityException exception, String approver, boolean approverIsSupervisor) {
        if (!approverIsSupervisor) {
            throw new Problems.Forbidden("Only an FP&F supervisor may approve a national-security exception to the floor.");
        }
        if (approver == null || approver.equals(exception.proposedBy())) {
            throw new Problems.Forbidden("The officer who proposed the national-security exception may not approve it; "
                    + "another supervisor must.");
        }
    }

    /** Before the decision is issued: an amount below the floor needs an exception approved by someone else. */
    public void checkReadyToIssue(BigDecimal decided, FloorCheck floor, NationalSecurityException exception) {
        if (!belowFloor(decided, floor)) {
            return;
        }
        if (exception == null || !exception.approved() || exception.approvedBy().equals(exception.proposedBy())) {
            throw new Problems.RuleViolation("The decided amount " + money(decided) + " is below the floor "
                    + money(floor.floor()) + " and has no national-security exception approved by a supervisor other "
                    + "than the proposer; it cannot be issued.", EO);
        }
    }

    private static void requireAmount(BigDecimal amount, String field) {
        if (amount == null || amount.signum() < 0) {
            throw new Problems.InvalidInput(field + ": must be an amount of 0 or more, in dollars.");
        }
    }
}
