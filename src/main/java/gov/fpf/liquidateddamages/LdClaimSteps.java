package gov.fpf.liquidateddamages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

import gov.fpf.liquidateddamages.LiquidatedDamagesClaimProcess.Outcome;

/**
 * What {@code processes/liquidateddamages/LiquidatedDamagesClaimProcess.bpmn} asks of the liquidated-damages domain
 * (law reference 5; 19 CFR 113, 172). As for penalties, the delegates are thin and call one method each; the domain
 * computes every amount and date with its trace and citation, and returns the few values the model's gateways and
 * timers need as a record. The delegates turn the records into the variables named in
 * {@link LiquidatedDamagesClaimProcess}, and the execution's variables into the arguments, in one place each; a
 * delegate refuses a result that lacks a value its model needs next, naming the method and the variable.
 *
 * <p>Dates a timer waits on are {@link Date} instants: when the last lawful day ends (a period) or when a day begins
 * (a referral) at the case's office.
 *
 * <p>When the domain starts the process (business key = case number) it passes caseNumber and officeCode, and for the
 * task forms bondNumber, suretyName, breach, breachDate and guidelineAmount (see {@link LiquidatedDamagesClaimProcess}).
 */
public interface LdClaimSteps {

    /** computeClaim: the claim against the bond's remaining coverage; exhausted when nothing is left to claim against. */
    record ClaimComputed(BigDecimal claimAmount, boolean bondExhausted) {
    }

    /** issueClaimNotice: the principal's petition period (172.3(b)) and the referral date (113.52). */
    record ClaimNoticeIssued(Date petitionDueDate, Date referralDate) {
    }

    /**
     * The officer's answer to an extension request, as the task form gives it. extendedDueDate is never missing when
     * granted (the delegate refuses that); it is not checked against the current due date before the step.
     */
    record ExtensionDecision(String extensionRequestId, boolean granted, LocalDate extendedDueDate, String note) {
    }

    /**
     * recordExtensionDecision: the principal's petition due date the model waits on (the new one if the principal's
     * period was extended, else the unchanged one), and the surety's, only when the surety's period was extended.
     */
    record PetitionPeriods(Date petitionDueDate, Date suretyPetitionDueDate) {
    }

    /** recordPetitionReceived: whether the petition came within its period. */
    record PetitionRecorded(boolean petitionTimely) {
    }

    /** issueDecision: how long the decision is in effect; both null when the claim was cancelled (nothing owed). */
    record DecisionIssued(Date decisionValidUntil, Date supplementalDueDate) {

        public static final DecisionIssued CLAIM_CANCELLED = new DecisionIssued(null, null);
    }

    /** issueDemandOnSurety: the surety's period (172.4) and the referral date, not before that period ends. */
    record SuretyDemandIssued(Date suretyPetitionDueDate, Date referralDate) {
    }

    /** prepareReferral: why, how often the follow-up asks (ISO 8601 repeating interval) and when it escalates. */
    record ReferralPrepared(String referralReason, String followUpCycle, Date referralEscalationDate) {
    }

    /** The claim against the bond's remaining coverage (law reference 5 step 2). */
    ClaimComputed computeClaim(String caseNumber);

    /**
     * 19 CFR 172.1: the notice of claim (CBP Form 5955A) to the principal with simultaneous notice to the surety, and
     * the Option 1 sum where the guideline has one. The model itself sets suretyDemanded = false here.
     */
    ClaimNoticeIssued issueClaimNotice(String caseNumber);

    /** 19 CFR 172.3(c): records the officer's decision on an extension request. */
    PetitionPeriods recordExtensionDecision(String caseNumber, ExtensionDecision decision);

    /**
     * An original petition (supplemental = false) may come from the principal within its period or, after the demand
     * on the surety, from the surety or late from the principal. petitionId is the execution's.
     */
    PetitionRecorded recordPetitionReceived(String caseNumber, boolean supplemental, String petitionId);

    /** 19 CFR 172.21, 172.41: the decision letter on the petition the review decided. */
    DecisionIssued issueDecision(String caseNumber, String petitionId);

    /**
     * 19 CFR 172.4: demand on the surety; the delegate then sets suretyDemanded = true. Called at most once per claim:
     * when the principal's period ends without a response, or when a decision expires unpaid before the surety was
     * demanded.
     */
    SuretyDemandIssued issueDemandOnSurety(String caseNumber);

    /** 19 CFR 113.52. referredTo is always DOJ ({@link gov.fpf.referral.ReferralFollowUpProcess#REFERRED_TO_DOJ}). */
    ReferralPrepared prepareReferral(String caseNumber, String referredTo);

    /**
     * DECIDED_PAID means the amount of a decision in effect was paid. PAID means paid with no decision in effect: before
     * any petition, or after the demand on the surety, also when an earlier decision had expired unpaid (the full
     * claim applied again, 172.21). exhaustedBondNote is the officer's note from the exhausted-bond review (required
     * for BOND_EXHAUSTED), else null.
     */
    void closeCase(String caseNumber, Outcome outcome, String exhaustedBondNote);
}
