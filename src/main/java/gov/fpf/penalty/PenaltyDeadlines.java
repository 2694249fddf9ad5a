package gov.fpf.penalty;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.penalties.PenaltyFacts;
import gov.fpf.rules.penalties.PenaltyStatute;
import gov.fpf.system.Problems;

/**
 * The dates of a penalty case (law reference 3, 7.1 and 12.2-12.4): statute of limitations and its guard dates,
 * response, petition, decision and supplemental-petition deadlines. Every period is a parameter read through
 * {@link Deadlines}; the trigger is always the mailing or notice date, never receipt (7.1 calendar notes).
 */
@Component
public class PenaltyDeadlines {

    private final Deadlines deadlines;

    public PenaltyDeadlines(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * 19 U.S.C. 1621: the last day to sue. 1592 negligence and gross negligence: 5 years from the violation; 1592
     * fraud: from discovery (1621(1)). 1641: from the violation, fraud from discovery (1641(d)(4)). 1526(f) and
     * 1595a(b): the general rule, 5 years from discovery. Time the violator was absent from the United States is not
     * counted (1621) and is not deducted here: record a waiver or a new date by hand when it applies.
     */
    public Deadline statuteOfLimitations(PenaltyFacts facts) {
        if (facts.statute() == null) {
            throw new Problems.InvalidInput("statute: name the penalty statute to compute the statute of limitations.");
        }
        return switch (facts.statute()) {
            case S1592 -> facts.fraud()
                    ? sol(ParameterNames.SOL_1592, "discovery of the fraud", facts.discoveryDate(), "discoveryDate")
                    : sol(ParameterNames.SOL_1592, "violation", facts.violationDate(), "violationDate");
            case S1641 -> facts.fraud()
                    ? sol(ParameterNames.SOL_BROKER, "discovery of the fraud", facts.discoveryDate(), "discoveryDate")
                    : sol(ParameterNames.SOL_BROKER, "violation", facts.violationDate(), "violationDate");
            case S1526F, S1595A -> sol(ParameterNames.SOL_GENERAL, "discovery of the offense", facts.discoveryDate(),
                    "discoveryDate");
        };
    }

    /** Whether the limitation date has passed: suit is still possible on the date itself. */
    public boolean expired(LocalDate on, LocalDate solDate) {
        return on.isAfter(solDate);
    }

    /** The statute-of-limitations guard: warnings 24 and 12 months before, a counsel decision 180 days before. */
    public SolGuard solGuard(LocalDate solDate) {
        return new SolGuard(
                deadlines.before("First statute-of-limitations warning", ParameterNames.SOL_WARNING_FIRST, solDate),
                deadlines.before("Second statute-of-limitations warning", ParameterNames.SOL_WARNING_SECOND, solDate),
                deadlines.before("Counsel decision before the statute of limitations", ParameterNames.SOL_COUNSEL_DECISION,
                        solDate));
    }

    public record SolGuard(Deadline firstWarning, Deadline secondWarning, Deadline counselDecision) {
    }

    /** 19 CFR 162.78(a): less than one year left on the date (the PPN response may be shortened). */
    public boolean lessThanOneYearLeft(LocalDate on, LocalDate solDate) {
        return deadlines.lessThanLeft(ParameterNames.PPN_SHORTENING_WINDOW, on, solDate);
    }

    /**
     * Whether a pre-penalty notice mailed on the date gets the shortened response period: a 1592 notice with less than
     * a year left (19 CFR 162.78(a)); never a broker's notice, which always gives 30 days (19 CFR 111.92(a)) and must
     * still go out near the limitation date (1641(d)(4)).
     */
    public boolean ppnResponseShortened(PenaltyStatute statute, LocalDate mailed, LocalDate solDate) {
        return statute != PenaltyStatute.S1641 && lessThanOneYearLeft(mailed, solDate);
    }

    /** 19 CFR 171.2(e): fewer than 180 days left on the date (the petition period is shortened). */
    public boolean lessThan180DaysLeft(LocalDate on, LocalDate solDate) {
        return deadlines.lessThanLeft(ParameterNames.PETITION_SHORTENING_WINDOW, on, solDate);
    }

    /**
     * 19 CFR 162.78(a): a 1592 pre-penalty notice gets 30 days from mailing; with {@code shorten}, 7 days, which the
     * rule allows only when less than one year remains before the statute of limitations.
     */
    public Deadline ppnResponseDue(LocalDate mailed, LocalDate solDate, boolean shorten) {
        if (!shorten) {
            return deadlines.due("Pre-penalty notice response due", ParameterNames.PPN_RESPONSE, mailed);
        }
        if (!lessThanOneYearLeft(mailed, solDate)) {
            throw new Problems.RuleViolation("The response period can be shortened only when less than one year remains "
                    + "before the statute of limitations; on " + mailed + " the limitation date " + solDate
                    + " is a year or more away. Give the full response period.", "19 CFR 162.78(a)");
        }
        return deadlines.due("Pre-penalty notice response due (shortened)", ParameterNames.PPN_RESPONSE_SHORTENED, mailed);
    }

    /** As above; a broker's pre-penalty notice always gets its 30 days (19 CFR 111.92(a); 1641(d)(2)(A)). */
    public Deadline ppnResponseDue(PenaltyStatute statute, LocalDate mailed, LocalDate solDate, boolean shorten) {
        if (statute != PenaltyStatute.S1641) {
            return ppnResponseDue(mailed, solDate, shorten);
        }
        if (shorten) {
            throw new Problems.RuleViolation("A broker's pre-penalty notice gives 30 days to respond; 162.78(a)'s "
                    + "shortening applies to 1592 notices only.", "19 CFR 111.92(a)");
        }
        return deadlines.due("Broker pre-penalty notice response due", ParameterNames.BROKER_PREPENALTY_RESPONSE, mailed);
    }

    /**
     * 19 CFR 162.78(b): with less than a year left, an extension of the PPN response is for Headquarters, not the
     * FP&F Officer (law reference P5).
     */
    public boolean fpfOfficerMayExtendPpnResponse(LocalDate on, LocalDate solDate) {
        return !lessThanOneYearLeft(on, solDate);
    }

    /**
     * 19 CFR 171.2(b)(2): 60 days from mailing of the penalty notice; when fewer than 180 days remain before the
     * statute of limitations on the mailing date, 7 working days (171.2(e), the shortest period the rule allows).
     */
    public Deadline petitionDue(LocalDate noticeMailed, LocalDate solDate) {
        if (lessThan180DaysLeft(noticeMailed, solDate)) {
            Deadline d = deadlines.due("Petition due (shortened: fewer than 180 days before the statute of limitations)",
                    ParameterNames.PETITION_SHORTENED, noticeMailed);
            return d.withRule(d.rule() + " (limitation date " + solDate + ")");
        }
        return deadlines.due("Petition due", ParameterNames.PETITION_PENALTY, noticeMailed);
    }

    /** 19 CFR 171.22: a conditional decision is effective 60 days from the notice of decision. */
    public Deadline decisionValidUntil(LocalDate decisionNotice) {
        return deadlines.due("Decision valid until", ParameterNames.DECISION_VALIDITY, decisionNotice);
    }

    /**
     * 19 CFR 171.61: 60 days from notice of the decision, or 60 days from a later administrative or judicial decision
     * that reduces the loss of duties the mitigated amount was based on, whichever is later.
     *
     * @param laterDutyReducingDecision null when there is none
     */
    public Deadline supplementalPetitionDue(LocalDate decisionNotice, LocalDate laterDutyReducingDecision) {
        Deadline fromNotice = deadlines.due("Supplemental petition due", ParameterNames.SUPPLEMENTAL_PETITION,
                decisionNotice);
        if (laterDutyReducingDecision == null) {
            return fromNotice;
        }
        Deadline fromRuling = deadlines.due("Supplemental petition due", ParameterNames.SUPPLEMENTAL_PETITION,
                laterDutyReducingDecision);
        Deadline later = fromRuling.due().isAfter(fromNotice.due()) ? fromRuling : fromNotice;
        return later.withRule("later of " + fromNotice.rule() + " (notice of decision) = " + fromNotice.due() + " and "
                        + fromRuling.rule() + " (duty-reducing decision) = " + fromRuling.due());
    }

    /**
     * 19 CFR 171.64 (172.43): a supplemental petition filed with less than one year left before the statute of
     * limitations may be accepted only with a signed waiver; the deciding official asks for one.
     */
    public boolean waiverRequired(LocalDate supplementalFiled, LocalDate solDate) {
        return deadlines.lessThanLeft(ParameterNames.SOL_WAIVER_WINDOW, supplementalFiled, solDate);
    }

    private Deadline sol(String parameterName, String triggerLabel, LocalDate trigger, String field) {
        if (trigger == null) {
            throw new Problems.InvalidInput(field + ": the statute of limitations runs from the " + triggerLabel
                    + "; enter its date.");
        }
        Deadline d = deadlines.due("Statute of limitations", parameterName, trigger);
        return d.withRule(triggerLabel + " " + d.rule());
    }
}
