package gov.fpf.liquidateddamages;

import java.util.Map;

/**
 * What {@code processes/liquidateddamages/LiquidatedDamagesClaimProcess.bpmn} asks of the liquidated-damages domain
 * (law reference 5; 19 CFR 113, 172). As for penalties, the delegates are thin and call one method each; the domain
 * computes every amount and date with its trace and citation, and returns the few values the model's gateways and
 * timers need. Dates are {@link java.util.Date}, flags {@link Boolean}; keys are the {@code VAR_*} names of
 * {@link LiquidatedDamagesClaimProcess}. Every step receives the execution's variables; a delegate refuses a result
 * that lacks a key its model needs next, naming the method and the key.
 *
 * <p>When the domain starts the process (business key = case number) it passes caseNumber and officeCode, and for the
 * task forms bondNumber, suretyName, breach, breachDate and guidelineAmount (see {@link LiquidatedDamagesClaimProcess}).
 */
public interface LdClaimSteps {

    /**
     * The claim against the bond's remaining coverage (law reference 5 step 2). Returns claimAmount (Number) and
     * bondExhausted (Boolean: nothing is left of the bond to claim against).
     */
    Map<String, Object> computeClaim(String caseNumber, Map<String, Object> variables);

    /**
     * 19 CFR 172.1: the notice of claim (CBP Form 5955A) to the principal with simultaneous notice to the surety, and
     * the Option 1 sum where the guideline has one. Returns petitionDueDate (172.3(b), 60 days from mailing) and
     * referralDate (113.52, 180 days after liability accrued). The model itself sets suretyDemanded = false here.
     */
    Map<String, Object> issueClaimNotice(String caseNumber, Map<String, Object> variables);

    /**
     * 19 CFR 172.3(c): records the officer's decision on an extension request (extensionGranted, extendedDueDate,
     * extensionNote on the execution). Returns petitionDueDate (the new one if granted, else the unchanged one).
     * The request is the execution's extensionRequestId. extensionGranted is a Boolean; extendedDueDate is
     * {@code yyyy-MM-dd} text from Tasklist's date field (or a Date from a Java caller) and is never missing when
     * granted (the delegate refuses that); it is not checked against the current due date before this call.
     */
    Map<String, Object> recordExtensionDecision(String caseNumber, Map<String, Object> variables);

    /**
     * Returns petitionTimely (Boolean). The petition id is the execution's petitionId. An original petition
     * (supplemental = false) may come from the principal within its period or, after the demand on the surety, from
     * the surety or late from the principal (suretyDemanded tells which period it was filed in).
     */
    Map<String, Object> recordPetitionReceived(String caseNumber, boolean supplemental, Map<String, Object> variables);

    /**
     * 19 CFR 172.21, 172.41: the decision letter. Returns decisionValidUntil and supplementalDueDate unless the claim
     * was cancelled (decided amount 0), when it may return nothing.
     */
    Map<String, Object> issueDecision(String caseNumber, Map<String, Object> variables);

    /**
     * 19 CFR 172.4: demand on the surety. Returns suretyPetitionDueDate (60 days from the demand), referralDate (not
     * before the surety's period ends nor before 180 days from accrual) and suretyDemanded = true. Called at most once
     * per claim: when the principal's period ends without a response, or when a decision expires unpaid before the
     * surety was demanded (then petitionOutcome and decidedAmount are among the variables).
     */
    Map<String, Object> issueDemandOnSurety(String caseNumber, Map<String, Object> variables);

    /**
     * 19 CFR 113.52. Returns referralReason, followUpCycle (ISO 8601 repeating interval) and referralEscalationDate.
     * referredTo is always DOJ ({@link ReferralFollowUpProcess#REFERRED_TO_DOJ}).
     */
    Map<String, Object> prepareReferral(String caseNumber, String referredTo, Map<String, Object> variables);

    /**
     * Outcome: PAID, DECIDED_PAID, CANCELLED, REFERRED or BOND_EXHAUSTED. DECIDED_PAID means the amount of a decision
     * in effect was paid. PAID means paid with no decision in effect: before any petition, or after the demand on the
     * surety, also when an earlier decision had expired unpaid (the full claim applied again, 172.21); look at
     * petitionOutcome and decidedAmount if that difference matters.
     */
    void closeCase(String caseNumber, String outcome, Map<String, Object> variables);
}
