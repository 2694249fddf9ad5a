package gov.fpf.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

import gov.fpf.penalty.PenaltyCaseProcess.Outcome;
import gov.fpf.penalty.PenaltyCaseProcess.Representations;
import gov.fpf.penalty.PenaltyCaseProcess.Review;
import gov.fpf.penalty.PenaltyCaseProcess.SolDecision;
import gov.fpf.penalty.PenaltyCaseProcess.SolWarning;
import gov.fpf.rules.penalties.Culpability;
import gov.fpf.system.Problems;

/**
 * What {@code processes/penalty/PenaltyCaseProcess.bpmn} asks of the penalty domain. The model's delegates are thin
 * and call exactly one method each: they read what the person at the last task entered into a command record and set
 * the result record's values on the execution under the descriptor's names ({@link PenaltyCaseDelegates}). The
 * domain computes every amount and date, with its trace and citation.
 *
 * <p>Dates a timer waits on are {@link Date} instants: the domain decides whether a day's timer fires when the day
 * begins at the case's office (a guard, a warning) or when it ends (the last day of a period).
 */
public interface PenaltyCaseSteps {

    /**
     * 19 U.S.C. 1621. {@code solDate} is the limitation date intake gave the process, or null (a migrated or
     * restarted case): then the case file's date is used. When expired, only {@code sol} is set.
     */
    SolDates checkStatuteOfLimitations(String caseNumber, Date solDate);

    /** After the culpability task. */
    Assessment assessAmount(String caseNumber, Proposal proposal);

    /**
     * 19 CFR Part 171 App. B (E)(1)(b)(i): records Headquarters' decision on a fraud pre-penalty notice below domestic
     * value, as the person who completed the task.
     */
    void recordHeadquartersPpnDecision(String caseNumber, HqPpnDecision decision);

    /** 19 CFR 162.78. Returns when the response period closes. */
    Date issuePrePenaltyNotice(String caseNumber);

    /** {@code findings}: why the representations showed no violation, as the reviewer wrote it (may be null). */
    void issueNoViolationStatement(String caseNumber, String findings);

    /** CBP Form 5955A, 19 CFR 171.2. {@code review} is null when no pre-penalty notice drew representations. */
    PenaltyNoticeIssued issuePenaltyNotice(String caseNumber, RepresentationsReview review);

    /** 19 CFR 171.21-22. Both dates are null when the penalty was cancelled. */
    DecisionIssued issueDecision(String caseNumber, String petitionId);

    PetitionFiled recordPetitionReceived(String caseNumber, String petitionId, boolean supplemental);

    Referral prepareReferral(String caseNumber, String referredTo, String trigger);

    void closeCase(String caseNumber, Outcome outcome);

    void recordSolWarning(String caseNumber, SolWarning warning);

    /**
     * Records a decision about the statute of limitations, so every waiver request, waiver outcome and counsel
     * decision is part of the case (DHS OIG-24-49). For WAIVER_OBTAINED returns the new dates (the model re-arms its
     * guard from them); otherwise null.
     */
    SolDates recordSolDecision(String caseNumber, SolDecisionMade decision);

    // ------------------------------------------------------------------------------------------ commands

    /**
     * The culpability task: the culpability as the officer confirmed it (text; read only for a 1592 case, where it
     * must be one of {@link Culpability}), the proposed amount and its rationale.
     */
    record Proposal(String confirmedCulpability, BigDecimal proposedAmount, String rationale) {

        /** The confirmed culpability, null when the officer left it empty; a value outside the set is refused. */
        public Culpability culpability() {
            if (confirmedCulpability == null || confirmedCulpability.isBlank()) {
                return null;
            }
            for (Culpability c : Culpability.values()) {
                if (c.name().equals(confirmedCulpability.strip())) {
                    return c;
                }
            }
            throw new Problems.InvalidInput("culpability: '" + confirmedCulpability + "' is not one of "
                    + java.util.Arrays.toString(Culpability.values()) + ".");
        }
    }

    record HqPpnDecision(Review decision, String comment) {
    }

    /** The review of representations: the outcome and, with REDUCED_AMOUNT, the reduced amount. */
    record RepresentationsReview(Representations outcome, BigDecimal reducedAmount) {
    }

    /** {@code newSolDate} only with WAIVER_OBTAINED. */
    record SolDecisionMade(SolDecision decision, LocalDate newSolDate, String reason) {
    }

    // ------------------------------------------------------------------------------------------ results

    /** The limitation date and its guard dates (timer instants). */
    record SolDates(boolean expired, Date sol, Date warning24, Date warning12, Date counsel) {

        static SolDates expired(Date sol) {
            return new SolDates(true, sol, null, null, null);
        }
    }

    /** Whether a pre-penalty notice, counsel's fraud review and Headquarters' approval are needed; the maximum shown. */
    record Assessment(boolean ppnRequired, boolean fraud, boolean hqApprovalRequired, BigDecimal statutoryMaximum) {
    }

    record PenaltyNoticeIssued(Date petitionDue, BigDecimal assessedAmount) {
    }

    record DecisionIssued(Date validUntil, Date supplementalDue) {

        static DecisionIssued cancelled() {
            return new DecisionIssued(null, null);
        }
    }

    /** {@code waiverRequired} is false for a first petition. */
    record PetitionFiled(boolean timely, boolean waiverRequired) {
    }

    /** What the referral follow-up model needs: why, how often to follow up (ISO 8601 repeating interval), and when to escalate. */
    record Referral(String reason, String followUpCycle, Date escalationDate) {
    }
}
