package gov.fpf.referral;

import java.util.List;
import java.util.Set;

import gov.fpf.process.engine.ProcessVariables;

/**
 * Names in {@code processes/shared/ReferralFollowUpProcess.bpmn}: the shared sub-process that keeps a referral
 * (to Office of Chief Counsel, to the Department of Justice or a U.S. Attorney for collection) on someone's
 * worklist until its outcome is recorded.
 *
 * <p>An audit found $84M stalled in referrals nobody tracked (DHS OIG-19-11), so the model reminds an officer
 * on every follow-up cycle and hands the referral to a supervisor once the escalation date passes.
 *
 * <p>Penalty, liquidated-damages and seizure models call it through a call activity and pass in
 * {@link #VAR_CASE_NUMBER}, {@link #VAR_REFERRED_TO}, {@link #VAR_REFERRAL_REASON}, {@link #VAR_FOLLOW_UP_CYCLE},
 * {@link #VAR_REFERRAL_ESCALATION_DATE} and {@link #VAR_OFFICE_CODE}; they read the outcome back from
 * {@link #VAR_REFERRAL_OUTCOME}, {@link #VAR_REFERRAL_OUTCOME_DATE} and {@link #VAR_REFERRAL_OUTCOME_NOTE}.
 */
public final class ReferralFollowUpProcess {

    public static final String KEY = "ReferralFollowUpProcess";
    public static final String RESOURCE = "processes/shared/ReferralFollowUpProcess.bpmn";

    public static final String START_EVENT_REFERRAL_SENT = "StartEvent_ReferralSent";
    public static final String TASK_RECORD_REFERRAL_OPENED = "Task_RecordReferralOpened";
    public static final String TASK_RECORD_REFERRAL_OUTCOME = "Task_RecordReferralOutcome";
    public static final String BOUNDARY_EVENT_FOLLOW_UP_DUE = "BoundaryEvent_FollowUpDue";
    public static final String TASK_FOLLOW_UP_WITH_RECIPIENT = "Task_FollowUpWithRecipient";
    public static final String END_EVENT_FOLLOW_UP_LOGGED = "EndEvent_FollowUpLogged";
    public static final String BOUNDARY_EVENT_ESCALATION_DUE = "BoundaryEvent_EscalationDue";
    public static final String TASK_SUPERVISOR_REVIEW_STALLED_REFERRAL = "Task_SupervisorReviewStalledReferral";
    public static final String TASK_RECORD_REFERRAL_CLOSED = "Task_RecordReferralClosed";
    public static final String END_EVENT_REFERRAL_RESOLVED = "EndEvent_ReferralResolved";

    public static final String FORM_RECORD_REFERRAL_OUTCOME = "RecordReferralOutcomeForm";
    public static final String FORM_FOLLOW_UP_REFERRAL = "FollowUpReferralForm";
    public static final String FORM_REVIEW_STALLED_REFERRAL = "ReviewStalledReferralForm";
    public static final List<String> FORM_RESOURCES = List.of(
            "forms/shared/RecordReferralOutcomeForm.form",
            "forms/shared/FollowUpReferralForm.form",
            "forms/shared/ReviewStalledReferralForm.form");

    // Passed in by the calling model.
    public static final String VAR_CASE_NUMBER = ProcessVariables.CASE_NUMBER;
    /** One of {@link #REFERRED_TO_COUNSEL}, {@link #REFERRED_TO_DOJ}, {@link #REFERRED_TO_US_ATTORNEY}. */
    public static final String VAR_REFERRED_TO = "referredTo";
    public static final String VAR_REFERRAL_REASON = "referralReason";
    /** ISO 8601 repeating interval, for example {@code R/P30D}: how often the officer is reminded. */
    public static final String VAR_FOLLOW_UP_CYCLE = "followUpCycle";
    /**
     * Date (or ISO 8601 string) after which an unanswered referral goes to a supervisor. The caller computes it;
     * the supervisor sets the next one when sending the referral back.
     */
    public static final String VAR_REFERRAL_ESCALATION_DATE = "referralEscalationDate";
    /** Also the engine tenant of the referral: the office whose worklists show it. */
    public static final String VAR_OFFICE_CODE = ProcessVariables.OFFICE_CODE;

    // Entered on the task forms.
    /** One of the {@code OUTCOME_*} values. */
    public static final String VAR_REFERRAL_OUTCOME = "referralOutcome";
    public static final String VAR_REFERRAL_OUTCOME_DATE = "referralOutcomeDate";
    public static final String VAR_REFERRAL_OUTCOME_NOTE = "referralOutcomeNote";
    public static final String VAR_FOLLOW_UP_NOTE = "followUpNote";
    public static final String VAR_SUPERVISOR_INSTRUCTION = "supervisorInstruction";
    /** Set by the supervisor; the review task maps it onto {@link #VAR_REFERRAL_ESCALATION_DATE}. */
    public static final String VAR_NEXT_ESCALATION_DATE = "nextEscalationDate";

    /** Local input parameter of the two audit service tasks: which audit event to write. */
    public static final String VAR_REFERRAL_EVENT = "referralEvent";

    public static final String EVENT_REFERRAL_OPENED = "REFERRAL_OPENED";
    public static final String EVENT_REFERRAL_OUTCOME_RECORDED = "REFERRAL_OUTCOME_RECORDED";

    public static final String REFERRED_TO_COUNSEL = "COUNSEL";
    public static final String REFERRED_TO_DOJ = "DOJ";
    public static final String REFERRED_TO_US_ATTORNEY = "US_ATTORNEY";

    public static final String OUTCOME_ACCEPTED_FOR_ACTION = "ACCEPTED_FOR_ACTION";
    public static final String OUTCOME_DECLINED = "DECLINED";
    public static final String OUTCOME_COLLECTED = "COLLECTED";
    public static final String OUTCOME_JUDGMENT_OBTAINED = "JUDGMENT_OBTAINED";
    public static final String OUTCOME_RETURNED_FOR_MORE_INFORMATION = "RETURNED_FOR_MORE_INFORMATION";

    private ReferralFollowUpProcess() {
    }

    /**
     * The dates this model's timers may wait on, set by the domain from their trigger date and the law (the model
     * linter refuses a timer that waits on anything else).
     */
    public static final Set<String> DUE_DATES = Set.of(
            VAR_FOLLOW_UP_CYCLE,
            VAR_REFERRAL_ESCALATION_DATE,
            VAR_REFERRAL_OUTCOME_DATE,
            VAR_NEXT_ESCALATION_DATE);
}
