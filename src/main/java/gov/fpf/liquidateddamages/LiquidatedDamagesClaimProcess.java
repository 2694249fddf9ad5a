package gov.fpf.liquidateddamages;

import java.util.List;
import java.util.Set;

import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.process.engine.CaseMessages;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.referral.ReferralFollowUpProcess;

/**
 * Names in {@code processes/liquidateddamages/LiquidatedDamagesClaimProcess.bpmn}: a liquidated-damages claim against
 * a bond (law reference 1.6 and 5; 19 CFR Parts 113 and 172) from the breach to closure. Business key = case number;
 * every instance carries {@link #VAR_CASE_NUMBER} and {@link #VAR_OFFICE_CODE} (the engine tenant). The delegates call
 * {@link LdClaimSteps}; the dates the model waits on are {@link java.util.Date} variables computed by the domain.
 *
 * <p>The flow: the claim is computed against what is left of the bond; an exhausted bond goes to an officer and closes.
 * Otherwise the notice of claim goes to the principal and the surety, and the model waits for payment, a petition
 * (reviewed by {@link PetitionReviewProcess}), an extension request (decided by an officer, after which the wait
 * starts again with the new {@link #VAR_PETITION_DUE_DATE}) or the end of the principal's 60 days. Then, or when a
 * decision expires unpaid, the surety is demanded once ({@link #VAR_SURETY_DEMANDED}), and the model waits for payment
 * or a petition until {@link #VAR_REFERRAL_DATE}, when the claim is referred to the Department of Justice and followed
 * by {@link ReferralFollowUpProcess}.
 *
 * <p>Start variables the task forms show (set by the domain when it opens the case): {@link #VAR_BOND_NUMBER},
 * {@link #VAR_SURETY_NAME}, {@link #VAR_BREACH}, {@link #VAR_BREACH_DATE}, {@link #VAR_GUIDELINE_AMOUNT}; the model
 * itself needs only the case number and office code.
 */
public final class LiquidatedDamagesClaimProcess {

    public static final String KEY = "LiquidatedDamagesClaimProcess";
    public static final String RESOURCE = "processes/liquidateddamages/LiquidatedDamagesClaimProcess.bpmn";

    // Breach and claim.
    public static final String START_EVENT_BREACH_DETECTED = "StartEvent_BreachDetected";
    public static final String TASK_COMPUTE_CLAIM = "Task_ComputeClaim";
    public static final String GATEWAY_BOND_COVERAGE_LEFT = "Gateway_BondCoverageLeft";
    public static final String TASK_REVIEW_EXHAUSTED_BOND = "Task_ReviewExhaustedBond";
    public static final String TASK_CLOSE_CLAIM_BOND_EXHAUSTED = "Task_CloseClaimBondExhausted";
    public static final String END_EVENT_BOND_EXHAUSTED = "EndEvent_BondExhausted";
    public static final String TASK_ISSUE_CLAIM_NOTICE = "Task_IssueClaimNotice";

    // The principal's petition period.
    public static final String GATEWAY_PRINCIPAL_PETITION_PERIOD_OPEN = "Gateway_PrincipalPetitionPeriodOpen";
    public static final String GATEWAY_AWAIT_PRINCIPAL_RESPONSE = "Gateway_AwaitPrincipalResponse";
    public static final String INTERMEDIATE_EVENT_PAYMENT_RECEIVED = "IntermediateEvent_PaymentReceived";
    public static final String TASK_CLOSE_CLAIM_PAID = "Task_CloseClaimPaid";
    public static final String END_EVENT_CLAIM_PAID = "EndEvent_ClaimPaid";
    public static final String INTERMEDIATE_EVENT_PETITION_RECEIVED = "IntermediateEvent_PetitionReceived";
    public static final String INTERMEDIATE_EVENT_EXTENSION_REQUESTED = "IntermediateEvent_ExtensionRequested";
    public static final String TASK_DECIDE_EXTENSION_REQUEST = "Task_DecideExtensionRequest";
    public static final String TASK_RECORD_EXTENSION_DECISION = "Task_RecordExtensionDecision";
    /** Timer on {@link #VAR_PETITION_DUE_DATE} (19 CFR 172.3(b)). */
    public static final String INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED =
            "IntermediateEvent_PrincipalPetitionPeriodElapsed";

    // Petition review and decision.
    public static final String GATEWAY_PETITION_FILED = "Gateway_PetitionFiled";
    public static final String TASK_RECORD_PETITION_RECEIVED = "Task_RecordPetitionReceived";
    public static final String GATEWAY_PETITION_TO_REVIEW = "Gateway_PetitionToReview";
    public static final String CALL_ACTIVITY_REVIEW_PETITION = "CallActivity_ReviewPetition";
    public static final String TASK_ISSUE_DECISION = "Task_IssueDecision";
    public static final String GATEWAY_CLAIM_CANCELLED = "Gateway_ClaimCancelled";
    public static final String TASK_CLOSE_CLAIM_CANCELLED = "Task_CloseClaimCancelled";
    public static final String END_EVENT_CLAIM_CANCELLED = "EndEvent_ClaimCancelled";
    public static final String GATEWAY_AWAIT_PAYMENT_OR_SUPPLEMENTAL_PETITION = "Gateway_AwaitPaymentOrSupplementalPetition";
    public static final String INTERMEDIATE_EVENT_DECIDED_AMOUNT_PAYMENT_RECEIVED =
            "IntermediateEvent_DecidedAmountPaymentReceived";
    public static final String TASK_CLOSE_CLAIM_DECIDED_PAID = "Task_CloseClaimDecidedPaid";
    public static final String END_EVENT_DECIDED_AMOUNT_PAID = "EndEvent_DecidedAmountPaid";
    public static final String INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_RECEIVED =
            "IntermediateEvent_SupplementalPetitionReceived";
    public static final String TASK_RECORD_SUPPLEMENTAL_PETITION = "Task_RecordSupplementalPetition";
    /** Timer on {@link #VAR_DECISION_VALID_UNTIL} (19 CFR 172.21). */
    public static final String INTERMEDIATE_EVENT_DECISION_EXPIRED = "IntermediateEvent_DecisionExpired";
    public static final String GATEWAY_SURETY_ALREADY_DEMANDED = "Gateway_SuretyAlreadyDemanded";

    // The surety.
    public static final String TASK_ISSUE_DEMAND_ON_SURETY = "Task_IssueDemandOnSurety";
    public static final String GATEWAY_SURETY_PETITION_PERIOD_OPEN = "Gateway_SuretyPetitionPeriodOpen";
    public static final String GATEWAY_AWAIT_SURETY_RESPONSE = "Gateway_AwaitSuretyResponse";
    public static final String INTERMEDIATE_EVENT_SURETY_PAYMENT_RECEIVED = "IntermediateEvent_SuretyPaymentReceived";
    public static final String TASK_CLOSE_CLAIM_PAID_AFTER_DEMAND = "Task_CloseClaimPaidAfterDemand";
    public static final String END_EVENT_CLAIM_PAID_AFTER_DEMAND = "EndEvent_ClaimPaidAfterDemand";
    /** A petition after the demand on the surety: the surety's, or the principal's filed late. */
    public static final String INTERMEDIATE_EVENT_PETITION_AFTER_DEMAND_RECEIVED =
            "IntermediateEvent_PetitionAfterDemandReceived";

    // Referral.
    /** Timer on {@link #VAR_REFERRAL_DATE} (19 CFR 113.52; not before the surety's 60 days, 172.4). */
    public static final String INTERMEDIATE_EVENT_REFERRAL_DATE_REACHED = "IntermediateEvent_ReferralDateReached";
    public static final String TASK_PREPARE_REFERRAL = "Task_PrepareReferral";
    public static final String CALL_ACTIVITY_FOLLOW_REFERRAL = "CallActivity_FollowReferral";
    public static final String TASK_CLOSE_CLAIM_REFERRED = "Task_CloseClaimReferred";
    public static final String END_EVENT_CLAIM_REFERRED = "EndEvent_ClaimReferred";

    public static final String FORM_REVIEW_EXHAUSTED_BOND = "ReviewExhaustedBondForm";
    public static final String FORM_DECIDE_EXTENSION_REQUEST = "DecideExtensionRequestForm";
    public static final List<String> FORM_RESOURCES = List.of(
            "forms/liquidateddamages/ReviewExhaustedBondForm.form",
            "forms/liquidateddamages/DecideExtensionRequestForm.form");

    // Messages, correlated by business key (= case number).
    /** Carries {@link #VAR_PETITION_ID} and {@link #VAR_SUPPLEMENTAL} = false; waited for from the principal and, after the demand, from the surety. */
    public static final String MESSAGE_PETITION_RECEIVED = CaseMessages.PETITION_RECEIVED;
    /** Carries {@link #VAR_PETITION_ID}; waited for while a decision is in effect. */
    public static final String MESSAGE_SUPPLEMENTAL_PETITION_RECEIVED = CaseMessages.SUPPLEMENTAL_PETITION_RECEIVED;
    /**
     * Carries {@link #VAR_PAID_IN_FULL}. The model has no part-payment path: the payment service delivers the message
     * only once the amount due is paid in full, and part payments stay on the case file.
     */
    public static final String MESSAGE_PAYMENT_RECEIVED = CaseMessages.PAYMENT_RECEIVED;
    /** Carries {@link #VAR_EXTENSION_REQUEST_ID}; waited for during the principal's petition period only (172.3(c)). */
    public static final String MESSAGE_EXTENSION_REQUESTED = CaseMessages.EXTENSION_REQUESTED;

    // Every instance.
    public static final String VAR_CASE_NUMBER = ProcessVariables.CASE_NUMBER;
    /** Also the engine tenant of the case and of the processes it calls. */
    public static final String VAR_OFFICE_CODE = ProcessVariables.OFFICE_CODE;

    // Set by the domain when it opens the case; shown (read-only) on the task forms, never read by the model.
    public static final String VAR_BOND_NUMBER = "bondNumber";
    public static final String VAR_SURETY_NAME = "suretyName";
    /** The breach of the bond condition, e.g. LATE_ENTRY_SUMMARY. */
    public static final String VAR_BREACH = "breach";
    public static final String VAR_BREACH_DATE = "breachDate";
    /** What the mitigation guideline would accept, where it gives an amount (e.g. the Option 1 sum). */
    public static final String VAR_GUIDELINE_AMOUNT = "guidelineAmount";

    // Set from LdClaimSteps results.
    /** computeClaim: the claim against the bond's remaining coverage. */
    public static final String VAR_CLAIM_AMOUNT = "claimAmount";
    /** computeClaim: nothing is left of the bond to claim against. */
    public static final String VAR_BOND_EXHAUSTED = "bondExhausted";
    /** issueClaimNotice (60 days from mailing), recordExtensionDecision (the extended date if granted). */
    public static final String VAR_PETITION_DUE_DATE = "petitionDueDate";
    /** issueClaimNotice (180 days after liability accrued), issueDemandOnSurety (not before the surety's period ends). */
    public static final String VAR_REFERRAL_DATE = "referralDate";
    /** recordPetitionReceived. */
    public static final String VAR_PETITION_TIMELY = "petitionTimely";
    /** issueDecision, unless the claim was cancelled. */
    public static final String VAR_DECISION_VALID_UNTIL = "decisionValidUntil";
    /** issueDecision, unless the claim was cancelled. */
    public static final String VAR_SUPPLEMENTAL_DUE_DATE = "supplementalDueDate";
    /** issueDemandOnSurety: 60 days from the demand (19 CFR 172.4). */
    public static final String VAR_SURETY_PETITION_DUE_DATE = "suretyPetitionDueDate";
    /**
     * False from the claim notice on (the model sets it), true once issueDemandOnSurety has run: a decision that
     * expires after the demand does not demand the surety again.
     */
    public static final String VAR_SURETY_DEMANDED = "suretyDemanded";
    public static final String VAR_REFERRAL_REASON = ReferralFollowUpProcess.VAR_REFERRAL_REASON;
    public static final String VAR_FOLLOW_UP_CYCLE = ReferralFollowUpProcess.VAR_FOLLOW_UP_CYCLE;
    public static final String VAR_REFERRAL_ESCALATION_DATE = ReferralFollowUpProcess.VAR_REFERRAL_ESCALATION_DATE;

    // Set by message correlation.
    public static final String VAR_PETITION_ID = CaseMessages.VAR_PETITION_ID;
    public static final String VAR_PAID_IN_FULL = CaseMessages.VAR_PAID_IN_FULL;
    public static final String VAR_EXTENSION_REQUEST_ID = CaseMessages.VAR_EXTENSION_REQUEST_ID;

    // Set by the model itself.
    /** False on the petition path, true on the supplemental-petition path; passed to the petition review. */
    public static final String VAR_SUPPLEMENTAL = CaseMessages.VAR_SUPPLEMENTAL;
    /** Always {@link ReferralFollowUpProcess#REFERRED_TO_DOJ}: an unsatisfied bond is reported to DOJ (113.52). */
    public static final String VAR_REFERRED_TO = ReferralFollowUpProcess.VAR_REFERRED_TO;
    /** Local input of the close tasks: the name of an {@link Outcome}. */
    public static final String VAR_CLOSE_OUTCOME = "closeOutcome";

    // Out of the petition review (PetitionReviewProcess).
    public static final String VAR_PETITION_OUTCOME = PetitionReviewProcess.VAR_PETITION_OUTCOME;
    /** The petition review's proposedAmount: what the decision asks to be paid. */
    public static final String VAR_DECIDED_AMOUNT = "decidedAmount";
    public static final String VAR_DECIDING_AUTHORITY = PetitionReviewProcess.VAR_DECIDING_AUTHORITY;

    // Out of the referral follow-up.
    public static final String VAR_REFERRAL_OUTCOME = ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME;
    public static final String VAR_REFERRAL_OUTCOME_DATE = ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_DATE;
    public static final String VAR_REFERRAL_OUTCOME_NOTE = ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_NOTE;

    // Entered on the task forms.
    /** Required on the exhausted-bond review. */
    public static final String VAR_EXHAUSTED_BOND_NOTE = "exhaustedBondNote";
    /**
     * Boolean. The extension task starts with this and the two below blank (local inputs) for every request, and its
     * outputs copy the answer to the case, so an earlier request's answer is never offered again.
     */
    public static final String VAR_EXTENSION_GRANTED = "extensionGranted";
    /** Required when granted: the new petition due date, yyyy-MM-dd as Tasklist's date field sends it, or a Date. */
    public static final String VAR_EXTENDED_DUE_DATE = "extendedDueDate";
    public static final String VAR_EXTENSION_NOTE = "extensionNote";

    /** How a claim closes: the close tasks' {@link #VAR_CLOSE_OUTCOME}; each name is the value the model sets. */
    public enum Outcome {
        /**
         * Paid with no decision in effect: before any petition, or after the demand on the surety (also when an
         * earlier decision had expired unpaid, since the full claim then applies again, 19 CFR 172.21).
         */
        PAID,
        /** The amount of a decision in effect was paid. */
        DECIDED_PAID,
        /** The petition review cancelled the claim; nothing is owed. */
        CANCELLED,
        REFERRED,
        /** Nothing was left of the bond to claim against. */
        BOND_EXHAUSTED
    }

    private LiquidatedDamagesClaimProcess() {
    }

    /**
     * The dates this model's timers may wait on, set by the domain from their trigger date and the law (the model
     * linter refuses a timer that waits on anything else).
     */
    public static final Set<String> DUE_DATES = Set.of(
            VAR_BREACH_DATE,
            VAR_PETITION_DUE_DATE,
            VAR_REFERRAL_DATE,
            VAR_DECISION_VALID_UNTIL,
            VAR_SUPPLEMENTAL_DUE_DATE,
            VAR_SURETY_PETITION_DUE_DATE,
            VAR_FOLLOW_UP_CYCLE,
            VAR_REFERRAL_ESCALATION_DATE,
            VAR_REFERRAL_OUTCOME_DATE,
            VAR_EXTENDED_DUE_DATE);
}
