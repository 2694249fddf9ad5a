package gov.fpf.penalty;

import java.util.List;
import java.util.Set;

import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.process.engine.CaseMessages;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.referral.ReferralFollowUpProcess;
import gov.fpf.rules.penalties.Culpability;

/**
 * Names in {@code processes/penalty/PenaltyCaseProcess.bpmn}: a penalty case (19 U.S.C. 1592, 1641, 1526(f),
 * 1595a(b)) from intake to closure. Business key = case number; every instance carries {@link #VAR_CASE_NUMBER}
 * and {@link #VAR_OFFICE_CODE}. The delegates call {@link PenaltyCaseSteps}; the dates the model waits on are
 * {@link java.util.Date} variables computed by the domain.
 *
 * <p>The work runs inside {@link #SUB_PROCESS_PENALTY_CASE_WITHIN_SOL}. Three non-interrupting event sub-processes
 * inside it guard the statute of limitations (warnings at 24 and 12 months, counsel's decision at 180 days); they end
 * with the case. Every referral path throws an escalation caught by {@link #BOUNDARY_EVENT_CASE_TO_BE_REFERRED}, which
 * interrupts the case and refers it through {@link ReferralFollowUpProcess}; the escalation code is kept in
 * {@link #VAR_REFERRAL_TRIGGER}.
 */
public final class PenaltyCaseProcess {

    public static final String KEY = "PenaltyCaseProcess";
    public static final String RESOURCE = "processes/penalty/PenaltyCaseProcess.bpmn";

    public static final String START_EVENT_PENALTY_CASE_OPENED = "StartEvent_PenaltyCaseOpened";
    public static final String TASK_CHECK_STATUTE_OF_LIMITATIONS = "Task_CheckStatuteOfLimitations";
    public static final String GATEWAY_STATUTE_OF_LIMITATIONS_OPEN = "Gateway_StatuteOfLimitationsOpen";
    public static final String TASK_CLOSE_CASE_SOL_EXPIRED = "Task_CloseCaseSolExpired";
    public static final String END_EVENT_SOL_EXPIRED = "EndEvent_SolExpired";
    public static final String SUB_PROCESS_PENALTY_CASE_WITHIN_SOL = "SubProcess_PenaltyCaseWithinSol";
    public static final String START_EVENT_SOL_OPEN = "StartEvent_SolOpen";
    public static final String TASK_DETERMINE_CULPABILITY_AND_AMOUNT = "Task_DetermineCulpabilityAndAmount";
    public static final String TASK_ASSESS_PENALTY_AMOUNT = "Task_AssessPenaltyAmount";
    public static final String GATEWAY_FRAUD_CASE = "Gateway_FraudCase";
    public static final String TASK_COUNSEL_REVIEW_FRAUD = "Task_CounselReviewFraud";
    public static final String GATEWAY_COUNSEL_FRAUD_REVIEW = "Gateway_CounselFraudReview";
    public static final String GATEWAY_PRE_PENALTY_NOTICE_REQUIRED = "Gateway_PrePenaltyNoticeRequired";
    /** 19 CFR Part 171 App. B (E)(1)(b)(i): a fraud pre-penalty notice below domestic value needs Headquarters. */
    public static final String GATEWAY_HQ_APPROVAL_REQUIRED = "Gateway_HqApprovalOfFraudPpnRequired";
    public static final String TASK_HQ_APPROVE_FRAUD_PPN = "Task_HqApproveFraudPpnBelowDomesticValue";
    public static final String TASK_RECORD_HQ_PPN_DECISION = "Task_RecordHqFraudPpnDecision";
    public static final String GATEWAY_HQ_APPROVES = "Gateway_HqApprovesFraudPpn";
    public static final String TASK_ISSUE_PRE_PENALTY_NOTICE = "Task_IssuePrePenaltyNotice";
    public static final String GATEWAY_AWAIT_REPRESENTATIONS = "Gateway_AwaitRepresentations";
    public static final String INTERMEDIATE_EVENT_REPRESENTATIONS_RECEIVED = "IntermediateEvent_RepresentationsReceived";
    public static final String INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED = "IntermediateEvent_PpnResponsePeriodElapsed";
    public static final String TASK_REVIEW_REPRESENTATIONS = "Task_ReviewRepresentations";
    public static final String GATEWAY_REPRESENTATIONS_OUTCOME = "Gateway_RepresentationsOutcome";
    public static final String TASK_ISSUE_NO_VIOLATION_STATEMENT = "Task_IssueNoViolationStatement";
    public static final String TASK_CLOSE_CASE_NO_VIOLATION = "Task_CloseCaseNoViolation";
    public static final String END_EVENT_NO_VIOLATION = "EndEvent_NoViolation";
    public static final String TASK_ISSUE_PENALTY_NOTICE = "Task_IssuePenaltyNotice";
    public static final String GATEWAY_PETITION_WINDOW_OPEN = "Gateway_PetitionWindowOpen";
    public static final String GATEWAY_AWAIT_PETITION_OR_PAYMENT = "Gateway_AwaitPetitionOrPayment";
    public static final String INTERMEDIATE_EVENT_PETITION_RECEIVED = "IntermediateEvent_PetitionReceived";
    public static final String TASK_RECORD_PETITION_RECEIVED = "Task_RecordPetitionReceived";
    public static final String GATEWAY_PETITION_TO_REVIEW = "Gateway_PetitionToReview";
    public static final String CALL_ACTIVITY_REVIEW_PETITION = "CallActivity_ReviewPetition";
    public static final String TASK_ISSUE_DECISION = "Task_IssueDecision";
    public static final String GATEWAY_PENALTY_CANCELLED = "Gateway_PenaltyCancelled";
    public static final String TASK_CLOSE_CASE_CANCELLED = "Task_CloseCaseCancelled";
    public static final String END_EVENT_PENALTY_CANCELLED = "EndEvent_PenaltyCancelled";
    public static final String GATEWAY_DECISION_OUTSTANDING = "Gateway_DecisionOutstanding";
    public static final String GATEWAY_AWAIT_PAYMENT_OR_SUPPLEMENTAL_PETITION = "Gateway_AwaitPaymentOrSupplementalPetition";
    public static final String INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_RECEIVED = "IntermediateEvent_SupplementalPetitionReceived";
    public static final String TASK_RECORD_SUPPLEMENTAL_PETITION = "Task_RecordSupplementalPetition";
    public static final String GATEWAY_WAIVER_REQUIRED = "Gateway_WaiverRequired";
    public static final String TASK_REQUEST_SOL_WAIVER = "Task_RequestSolWaiver";
    public static final String TASK_RECORD_SOL_WAIVER_OUTCOME = "Task_RecordSolWaiverOutcome";
    public static final String GATEWAY_WAIVER_OBTAINED = "Gateway_WaiverObtained";
    public static final String END_EVENT_REFER_WAIVER_REFUSED = "EndEvent_ReferWaiverRefused";
    public static final String INTERMEDIATE_EVENT_PAYMENT_RECEIVED = "IntermediateEvent_PaymentReceived";
    public static final String GATEWAY_PAID_IN_FULL = "Gateway_PaidInFull";
    public static final String TASK_CLOSE_CASE_PAID = "Task_CloseCasePaid";
    public static final String END_EVENT_CASE_PAID = "EndEvent_CasePaid";
    public static final String INTERMEDIATE_EVENT_OFFER_IN_COMPROMISE_RECEIVED = "IntermediateEvent_OfferInCompromiseReceived";
    public static final String TASK_COUNSEL_REVIEW_OFFER = "Task_CounselReviewOffer";
    public static final String GATEWAY_OFFER_ACCEPTED = "Gateway_OfferAccepted";
    public static final String TASK_CLOSE_CASE_COMPROMISED = "Task_CloseCaseCompromised";
    public static final String END_EVENT_CASE_COMPROMISED = "EndEvent_CaseCompromised";
    public static final String INTERMEDIATE_EVENT_PETITION_PERIOD_ELAPSED = "IntermediateEvent_PetitionPeriodElapsed";
    public static final String END_EVENT_REFER_PETITION_PERIOD_ELAPSED = "EndEvent_ReferPetitionPeriodElapsed";
    public static final String INTERMEDIATE_EVENT_DECIDED_AMOUNT_PAYMENT_RECEIVED = "IntermediateEvent_DecidedAmountPaymentReceived";
    public static final String GATEWAY_DECIDED_AMOUNT_PAID_IN_FULL = "Gateway_DecidedAmountPaidInFull";
    public static final String TASK_CLOSE_CASE_DECIDED_PAID = "Task_CloseCaseDecidedPaid";
    public static final String END_EVENT_DECIDED_AMOUNT_PAID = "EndEvent_DecidedAmountPaid";
    public static final String INTERMEDIATE_EVENT_DECISION_EXPIRED = "IntermediateEvent_DecisionExpired";
    public static final String END_EVENT_REFER_DECISION_EXPIRED = "EndEvent_ReferDecisionExpired";
    public static final String EVENT_SUB_PROCESS_SOL_WARNING_24_MONTHS = "EventSubProcess_SolWarning24Months";
    public static final String START_EVENT_SOL_WARNING_24_MONTHS = "StartEvent_SolWarning24Months";
    public static final String TASK_RECORD_SOL_WARNING_24_MONTHS = "Task_RecordSolWarning24Months";
    public static final String END_EVENT_SOL_WARNING_24_MONTHS_RECORDED = "EndEvent_SolWarning24MonthsRecorded";
    public static final String EVENT_SUB_PROCESS_SOL_WARNING_12_MONTHS = "EventSubProcess_SolWarning12Months";
    public static final String START_EVENT_SOL_WARNING_12_MONTHS = "StartEvent_SolWarning12Months";
    public static final String TASK_RECORD_SOL_WARNING_12_MONTHS = "Task_RecordSolWarning12Months";
    public static final String END_EVENT_SOL_WARNING_12_MONTHS_RECORDED = "EndEvent_SolWarning12MonthsRecorded";
    public static final String EVENT_SUB_PROCESS_COUNSEL_DECISION_BEFORE_SOL = "EventSubProcess_CounselDecisionBeforeSol";
    public static final String START_EVENT_SOL_COUNSEL_DATE_REACHED = "StartEvent_SolCounselDateReached";
    public static final String TASK_COUNSEL_DECIDE_BEFORE_SOL = "Task_CounselDecideBeforeSol";
    public static final String TASK_RECORD_SOL_DECISION = "Task_RecordSolDecision";
    public static final String GATEWAY_SOL_DECISION = "Gateway_SolDecision";
    public static final String END_EVENT_REFER_BEFORE_SOL = "EndEvent_ReferBeforeSol";
    public static final String END_EVENT_SOL_DECISION_ON_FILE = "EndEvent_SolDecisionOnFile";
    public static final String INTERMEDIATE_EVENT_NEW_SOL_COUNSEL_DATE_REACHED = "IntermediateEvent_NewSolCounselDateReached";
    public static final String BOUNDARY_EVENT_CASE_TO_BE_REFERRED = "BoundaryEvent_CaseToBeReferred";
    public static final String TASK_PREPARE_REFERRAL = "Task_PrepareReferral";
    public static final String CALL_ACTIVITY_FOLLOW_REFERRAL = "CallActivity_FollowReferral";
    public static final String TASK_CLOSE_CASE_REFERRED = "Task_CloseCaseReferred";
    public static final String END_EVENT_CASE_REFERRED = "EndEvent_CaseReferred";
    public static final String END_EVENT_PENALTY_CASE_CLOSED = "EndEvent_PenaltyCaseClosed";

    public static final String FORM_DETERMINE_CULPABILITY_AND_AMOUNT = "DetermineCulpabilityAndAmountForm";
    public static final String FORM_COUNSEL_REVIEW_FRAUD = "CounselReviewFraudForm";
    public static final String FORM_REVIEW_REPRESENTATIONS = "ReviewRepresentationsForm";
    public static final String FORM_COUNSEL_REVIEW_OFFER = "CounselReviewOfferForm";
    public static final String FORM_REQUEST_SOL_WAIVER = "RequestSolWaiverForm";
    public static final String FORM_COUNSEL_DECIDE_BEFORE_SOL = "CounselDecideBeforeSolForm";
    public static final String FORM_HQ_APPROVE_FRAUD_PPN = "HqApproveFraudPpnForm";
    public static final List<String> FORM_RESOURCES = List.of(
            "forms/penalty/DetermineCulpabilityAndAmountForm.form",
            "forms/penalty/CounselReviewFraudForm.form",
            "forms/penalty/ReviewRepresentationsForm.form",
            "forms/penalty/CounselReviewOfferForm.form",
            "forms/penalty/RequestSolWaiverForm.form",
            "forms/penalty/CounselDecideBeforeSolForm.form",
            "forms/penalty/HqApproveFraudPpnForm.form");

    // Messages, correlated by business key (= case number).
    /** Carries {@link #VAR_PETITION_ID} and {@link #VAR_SUPPLEMENTAL} = false. */
    public static final String MESSAGE_PETITION_RECEIVED = CaseMessages.PETITION_RECEIVED;
    /** Carries {@link #VAR_PETITION_ID}. */
    public static final String MESSAGE_SUPPLEMENTAL_PETITION_RECEIVED = CaseMessages.SUPPLEMENTAL_PETITION_RECEIVED;
    /** Carries {@link #VAR_PAID_IN_FULL}; waited for after the penalty notice and after the decision. */
    public static final String MESSAGE_PAYMENT_RECEIVED = CaseMessages.PAYMENT_RECEIVED;
    public static final String MESSAGE_OFFER_IN_COMPROMISE_RECEIVED = CaseMessages.OFFER_IN_COMPROMISE_RECEIVED;
    public static final String MESSAGE_REPRESENTATIONS_RECEIVED = CaseMessages.REPRESENTATIONS_RECEIVED;

    // Escalation codes (end up in VAR_REFERRAL_TRIGGER).
    public static final String ESCALATION_PETITION_PERIOD_ELAPSED = "PETITION_PERIOD_ELAPSED";
    public static final String ESCALATION_DECISION_EXPIRED = "DECISION_EXPIRED";
    public static final String ESCALATION_SOL_WAIVER_REFUSED = "SOL_WAIVER_REFUSED";
    public static final String ESCALATION_COUNSEL_REFERRED_BEFORE_SOL = "COUNSEL_REFERRED_BEFORE_SOL";

    // Every instance.
    public static final String VAR_CASE_NUMBER = ProcessVariables.CASE_NUMBER;
    public static final String VAR_OFFICE_CODE = ProcessVariables.OFFICE_CODE;

    // Set from PenaltyCaseSteps results.
    public static final String VAR_SOL_EXPIRED = "solExpired";
    public static final String VAR_SOL_DATE = "solDate";
    public static final String VAR_SOL_WARNING_24_DATE = "solWarning24Date";
    public static final String VAR_SOL_WARNING_12_DATE = "solWarning12Date";
    public static final String VAR_SOL_COUNSEL_DATE = "solCounselDate";
    public static final String VAR_PPN_REQUIRED = "ppnRequired";
    public static final String VAR_FRAUD = "fraud";
    /** Set by the assessment: a fraud pre-penalty notice below domestic value goes to Headquarters first. */
    public static final String VAR_HQ_APPROVAL_REQUIRED = "hqApprovalRequired";
    public static final String VAR_PPN_RESPONSE_DUE_DATE = "ppnResponseDueDate";
    public static final String VAR_PETITION_DUE_DATE = "petitionDueDate";
    public static final String VAR_DECISION_VALID_UNTIL = "decisionValidUntil";
    public static final String VAR_SUPPLEMENTAL_DUE_DATE = "supplementalDueDate";
    public static final String VAR_WAIVER_REQUIRED = "waiverRequired";
    public static final String VAR_PETITION_TIMELY = "petitionTimely";
    /** Shown on the forms after the assessment and after the penalty notice. */
    public static final String VAR_STATUTORY_MAXIMUM = "statutoryMaximum";
    public static final String VAR_ASSESSED_AMOUNT = "assessedAmount";
    public static final String VAR_REFERRAL_REASON = ReferralFollowUpProcess.VAR_REFERRAL_REASON;
    public static final String VAR_FOLLOW_UP_CYCLE = ReferralFollowUpProcess.VAR_FOLLOW_UP_CYCLE;
    public static final String VAR_REFERRAL_ESCALATION_DATE = ReferralFollowUpProcess.VAR_REFERRAL_ESCALATION_DATE;

    // Set by message correlation.
    public static final String VAR_PETITION_ID = CaseMessages.VAR_PETITION_ID;
    public static final String VAR_PAID_IN_FULL = CaseMessages.VAR_PAID_IN_FULL;

    // Set by the model itself.
    /** True on the supplemental-petition path; passed to the petition review. */
    public static final String VAR_SUPPLEMENTAL = "supplemental";
    /** Always {@link ReferralFollowUpProcess#REFERRED_TO_COUNSEL}: Office of Chief Counsel refers on to DOJ. */
    public static final String VAR_REFERRED_TO = ReferralFollowUpProcess.VAR_REFERRED_TO;
    /** The escalation code that sent the case to referral, one of the {@code ESCALATION_*} values. */
    public static final String VAR_REFERRAL_TRIGGER = "referralTrigger";
    /** Local input of the close tasks: one of the {@code OUTCOME_*} values. */
    public static final String VAR_CLOSE_OUTCOME = "closeOutcome";
    /** Local input of the warning tasks: {@link #SOL_WARNING_24_MONTHS} or {@link #SOL_WARNING_12_MONTHS}. */
    public static final String VAR_SOL_WARNING = "solWarning";

    // Out of the petition review (PetitionReviewProcess).
    public static final String VAR_PETITION_OUTCOME = PetitionReviewProcess.VAR_PETITION_OUTCOME;
    /** The petition review's proposedAmount, renamed so it does not overwrite the officer's proposed penalty. */
    public static final String VAR_DECIDED_AMOUNT = "decidedAmount";
    public static final String VAR_DECIDING_AUTHORITY = PetitionReviewProcess.VAR_DECIDING_AUTHORITY;

    // Out of the referral follow-up.
    public static final String VAR_REFERRAL_OUTCOME = ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME;

    // Entered on the task forms.
    /** One of {@link #CULPABILITY_NEGLIGENCE}, {@link #CULPABILITY_GROSS_NEGLIGENCE}, {@link #CULPABILITY_FRAUD}. */
    public static final String VAR_CULPABILITY = "culpability";
    public static final String VAR_PROPOSED_AMOUNT = "proposedAmount";
    public static final String VAR_AMOUNT_RATIONALE = "amountRationale";
    /** {@link #REVIEW_APPROVED} or {@link #REVIEW_RETURNED}. */
    public static final String VAR_COUNSEL_FRAUD_REVIEW = "counselFraudReview";
    public static final String VAR_COUNSEL_FRAUD_COMMENT = "counselFraudComment";
    /** {@link #REVIEW_APPROVED} or {@link #REVIEW_RETURNED}, on the Headquarters approval task. */
    public static final String VAR_HQ_PPN_DECISION = "hqPpnDecision";
    public static final String VAR_HQ_PPN_COMMENT = "hqPpnComment";
    /** One of the {@code REPRESENTATIONS_*} values. */
    public static final String VAR_REPRESENTATIONS_OUTCOME = "representationsOutcome";
    /** Entered with {@link #REPRESENTATIONS_REDUCED_AMOUNT}. */
    public static final String VAR_REDUCED_AMOUNT = "reducedAmount";
    public static final String VAR_REPRESENTATIONS_FINDINGS = "representationsFindings";
    /** {@link #OFFER_ACCEPTED} or {@link #OFFER_REJECTED}. */
    public static final String VAR_OFFER_DECISION = "offerDecision";
    public static final String VAR_OFFER_DECISION_NOTE = "offerDecisionNote";
    /** {@link #WAIVER_OBTAINED} or {@link #WAIVER_REFUSED} on the waiver request task. */
    public static final String VAR_WAIVER_OUTCOME = "waiverOutcome";
    public static final String VAR_WAIVER_NOTE = "waiverNote";
    /** With a waiver obtained (both tasks): the new statute-of-limitations date, yyyy-MM-dd or a Date. */
    public static final String VAR_NEW_SOL_DATE = "newSolDate";
    /** One of the {@code SOL_DECISION_*} values (counsel's task; the waiver task's outcome is mapped onto it). */
    public static final String VAR_SOL_DECISION = "solDecision";
    public static final String VAR_SOL_DECISION_REASON = "solDecisionReason";

    public static final String CULPABILITY_NEGLIGENCE = Culpability.NEGLIGENCE.name();
    public static final String CULPABILITY_GROSS_NEGLIGENCE = Culpability.GROSS_NEGLIGENCE.name();
    public static final String CULPABILITY_FRAUD = Culpability.FRAUD.name();
    public static final String REVIEW_APPROVED = Review.APPROVED.name();
    public static final String REVIEW_RETURNED = Review.RETURNED.name();
    public static final String REPRESENTATIONS_NO_VIOLATION = Representations.NO_VIOLATION.name();
    public static final String REPRESENTATIONS_SAME_AMOUNT = Representations.SAME_AMOUNT.name();
    public static final String REPRESENTATIONS_REDUCED_AMOUNT = Representations.REDUCED_AMOUNT.name();
    public static final String OFFER_ACCEPTED = "ACCEPTED";
    public static final String OFFER_REJECTED = "REJECTED";
    public static final String WAIVER_OBTAINED = "OBTAINED";
    public static final String WAIVER_REFUSED = "REFUSED";
    public static final String SOL_DECISION_WAIVER_OBTAINED = SolDecision.WAIVER_OBTAINED.name();
    public static final String SOL_DECISION_WAIVER_REFUSED = SolDecision.WAIVER_REFUSED.name();
    public static final String SOL_DECISION_REFER_NOW = SolDecision.REFER_NOW.name();
    public static final String SOL_DECISION_WRITTEN_REASON = SolDecision.WRITTEN_REASON.name();
    public static final String SOL_WARNING_24_MONTHS = SolWarning.SOL_24_MONTHS.name();
    public static final String SOL_WARNING_12_MONTHS = SolWarning.SOL_12_MONTHS.name();

    public static final String OUTCOME_PAID = Outcome.PAID.name();
    public static final String OUTCOME_NO_VIOLATION = Outcome.NO_VIOLATION.name();
    public static final String OUTCOME_COMPROMISED = Outcome.COMPROMISED.name();
    public static final String OUTCOME_REFERRED = Outcome.REFERRED.name();
    public static final String OUTCOME_SOL_EXPIRED = Outcome.SOL_EXPIRED.name();
    public static final String OUTCOME_DECIDED_PAID = Outcome.DECIDED_PAID.name();
    public static final String OUTCOME_CANCELLED = Outcome.CANCELLED.name();

    // The value sets the code compares. Each name() is the value the model and its forms use; the String constants
    // above are the same names for tests and callers that set variables.

    /** {@link #VAR_HQ_PPN_DECISION} (and counsel's fraud review): Headquarters or counsel approves or returns. */
    public enum Review { APPROVED, RETURNED }

    /** {@link #VAR_REPRESENTATIONS_OUTCOME}: what the review of the representations to a pre-penalty notice found. */
    public enum Representations { NO_VIOLATION, SAME_AMOUNT, REDUCED_AMOUNT }

    /** {@link #VAR_SOL_DECISION}: counsel's decision before the statute of limitations, or the waiver's outcome. */
    public enum SolDecision { WAIVER_OBTAINED, WAIVER_REFUSED, REFER_NOW, WRITTEN_REASON }

    /** {@link #VAR_SOL_WARNING}: which statute-of-limitations warning came due. */
    public enum SolWarning { SOL_24_MONTHS, SOL_12_MONTHS }

    /** {@link #VAR_CLOSE_OUTCOME}: how the case ended. */
    public enum Outcome {
        PAID, NO_VIOLATION, COMPROMISED, REFERRED, SOL_EXPIRED, DECIDED_PAID,
        /** The petition review cancelled the penalty (full remission, 19 CFR 171.21); nothing is owed. */
        CANCELLED
    }

    /** The guard timers a recorded waiver moves to the new dates. */
    static final List<String> SOL_GUARD_TIMERS = List.of(START_EVENT_SOL_WARNING_24_MONTHS,
            START_EVENT_SOL_WARNING_12_MONTHS, START_EVENT_SOL_COUNSEL_DATE_REACHED,
            INTERMEDIATE_EVENT_NEW_SOL_COUNSEL_DATE_REACHED);

    private PenaltyCaseProcess() {
    }

    /**
     * The dates this model's timers may wait on, set by the domain from their trigger date and the law (the model
     * linter refuses a timer that waits on anything else).
     */
    public static final Set<String> DUE_DATES = Set.of(
            VAR_SOL_DATE,
            VAR_SOL_WARNING_24_DATE,
            VAR_SOL_WARNING_12_DATE,
            VAR_SOL_COUNSEL_DATE,
            VAR_PPN_RESPONSE_DUE_DATE,
            VAR_PETITION_DUE_DATE,
            VAR_DECISION_VALID_UNTIL,
            VAR_SUPPLEMENTAL_DUE_DATE,
            VAR_FOLLOW_UP_CYCLE,
            VAR_REFERRAL_ESCALATION_DATE,
            VAR_NEW_SOL_DATE);
}
