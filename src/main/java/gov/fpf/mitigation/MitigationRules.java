package gov.fpf.mitigation;

import static gov.fpf.rules.RuleMath.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import gov.fpf.rules.Deadlines;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/**
 * The EO 14411 Sec. 4(c) checks a petition decision must pass (law reference 4 step 3, 9): the penalty floor (at
 * least half of the assessed penalty, the amount in the penalty notice, unless a national-security exception is
 * approved) and no mitigation for a repeat offender. Parameters are read on the decision date. Each rule applies only
 * while an implementing instrument puts it in force (gov.fpf.rules.EoRules, consulted by the parameter lookup);
 * before, the lookup refuses (422) and the *InForce methods answer none: today's law applies.
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
     * @param findingsInWindow final findings of culpability counted: dated inside the look-back and before the violation
     * @param counted          those findings, for the trace and the letter
     * @param reason           a sentence for the decision letter
     */
    public record RepeatOffenderCheck(boolean repeatOffender, int findingsInWindow, LocalDate windowStart,
                                      String reason, List<TraceStep> steps, List<PriorFinding> counted) {
        public RepeatOffenderCheck {
            steps = List.copyOf(steps);
            counted = List.copyOf(counted);
        }
    }

    /**
     * A record on the party's history: a final finding of culpability ({@code finding} true) or a record that is not
     * one (a referral, a compromise, an Option-1 payment, the party's own abandonment), which never counts.
     */
    public record PriorFinding(String caseNumber, String kind, LocalDate date, boolean finding) {

        /** a final finding without a case (unit tests, officer-recorded history) */
        public static PriorFinding on(LocalDate date) {
            return new PriorFinding(null, "RECORDED", date, true);
        }

        String describe() {
            return (caseNumber == null ? "no case" : caseNumber) + " " + kind + " " + date;
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

    /**
     * A bound below which no mitigated decision may go, and no exception lifts (EO 14411 Sec. 4(a) for a broker's
     * named conduct: the statutory maximum).
     *
     * @param reason a sentence for the refusal and the trace
     */
    public record DecisionMinimum(BigDecimal amount, String reason, String citation, TraceStep step) {
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

    /** The repeat-offender check, or none when no instrument puts the rule in force on the decision date. */
    public java.util.Optional<RepeatOffenderCheck> repeatOffenderInForce(List<PriorFinding> prior,
                                                                         LocalDate violationDate,
                                                                         LocalDate decisionDate,
                                                                         ParameterSource parameters) {
        if (parameters.inForce(ParameterNames.REPEAT_OFFENDER_LOOKBACK, decisionDate).isEmpty()
                || parameters.inForce(ParameterNames.REPEAT_OFFENDER_PRIOR_FINDINGS, decisionDate).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(repeatOffender(prior, violationDate, decisionDate, parameters));
    }

    /**
     * A party with at least {@code repeat-offender.prior-findings} final findings of culpability that precede the new
     * violation, dated within the {@code repeat-offender.lookback} before it (window start included, the violation
     * date itself not), is a repeat offender: no mitigation. A referral, a compromise, an Option-1 payment or the
     * party's own abandonment is not a finding and never counts. The rule and its parameters are those in force on
     * the decision date; the window is anchored on the violation ("repeat" needs the earlier finding first).
     *
     * @param prior         the party's record, without the case being decided
     * @param violationDate the new violation's date; null when unknown, then the decision date
     */
    public RepeatOffenderCheck repeatOffender(List<PriorFinding> prior, LocalDate violationDate, LocalDate decisionDate,
                                              ParameterSource parameters) {
        ParameterValue lookback = parameters.valueOn(ParameterNames.REPEAT_OFFENDER_LOOKBACK, decisionDate);
        ParameterValue threshold = parameters.valueOn(ParameterNames.REPEAT_OFFENDER_PRIOR_FINDINGS, decisionDate);
        LocalDate violation = violationDate != null ? violationDate : decisionDate;
        LocalDate windowStart = Deadlines.minus(violation, lookback);
        List<PriorFinding> counted = new java.util.ArrayList<>();
        List<String> notCounted = new java.util.ArrayList<>();
        for (PriorFinding f : prior) {
            if (f == null || f.date() == null) {
                continue;
            }
            if (!f.finding()) {
                notCounted.add(f.describe() + " (not a finding of culpability)");
            } else if (!f.date().isBefore(violation)) {
                notCounted.add(f.describe() + " (not before the violation)");
            } else if (f.date().isBefore(windowStart)) {
                notCounted.add(f.describe() + " (before the look-back)");
            } else {
                counted.add(f);
            }
        }
        int inWindow = counted.size();
        boolean repeat = inWindow >= threshold.asInt();
        String window = "from " + windowStart + " to the day before the violation of " + violation + " (look-back "
                + Deadlines.describe(lookback) + ")";
        String list = counted.isEmpty() ? "none" : String.join("; ", counted.stream().map(PriorFinding::describe).toList());
        String reason = repeat
                ? "The party has " + inWindow + " earlier final finding(s) of culpability " + window + " (" + list
                        + "); a party with " + threshold.asInt() + " or more is a repeat offender and receives no"
                        + " mitigation: the decided amount is the assessed amount (" + EO + ")."
                : "The party has " + inWindow + " earlier final finding(s) of culpability " + window
                        + "; not a repeat offender, mitigation may be considered.";
        String rule = "final findings of culpability " + window + ": " + list
                + (notCounted.isEmpty() ? "" : "; not counted: " + String.join("; ", notCounted));
        List<TraceStep> steps = List.of(
                new TraceStep("Earlier findings in the look-back window", String.valueOf(inWindow),
                        rule.length() <= 1000 ? rule : rule.substring(0, 997) + "...", lookback.citation(),
                        lookback.reference()),
                new TraceStep("Repeat offender", repeat ? "yes" : "no", inWindow + " >= " + threshold.asInt()
                        + (repeat ? "" : " is false") + "; repeat offenders receive no mitigation", threshold.citation(),
                        threshold.reference()));
        return new RepeatOffenderCheck(repeat, inWindow, windowStart, reason, steps, counted);
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
        checkProposedDecision(outcome, assessed, decided, floor, repeatOffender, exception, null);
    }

    /**
     * As above, with a bound no mitigation may go below ({@link DecisionMinimum}, null when none): a mitigated amount
     * under it is refused, with or without a national-security exception (the exception lifts the Sec. 4(c) floor only).
     */
    public void checkProposedDecision(Outcome outcome, BigDecimal assessed, BigDecimal decided, FloorCheck floor,
                                      RepeatOffenderCheck repeatOffender, NationalSecurityException exception,
                                      DecisionMinimum minimum) {
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
                if (minimum != null && decided.compareTo(minimum.amount()) < 0) {
                    throw new Problems.RuleViolation("The decided amount " + money(decided) + " is below "
                            + money(minimum.amount()) + ". " + minimum.reason(), minimum.citation());
                }
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
        checkReadyToIssue(decided, floor, exception, null);
    }

    /** As above; an amount below the {@link DecisionMinimum} is never issued, whatever exception was approved. */
    public void checkReadyToIssue(BigDecimal decided, FloorCheck floor, NationalSecurityException exception,
                                  DecisionMinimum minimum) {
        if (minimum != null && decided.compareTo(minimum.amount()) < 0) {
            throw new Problems.RuleViolation("The decided amount " + money(decided) + " is below " + money(minimum.amount())
                    + " and cannot be issued. " + minimum.reason(), minimum.citation());
        }
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
