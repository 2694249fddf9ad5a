package gov.fpf.mitigation;

import java.util.List;
import java.util.Set;

import gov.fpf.process.engine.ProcessVariables;

/**
 * Names in {@code processes/mitigation/PetitionReviewProcess.bpmn}: the mitigation review of a petition, called by
 * every case family with {@link #VAR_CASE_NUMBER}, {@link #VAR_OFFICE_CODE}, {@link #VAR_PETITION_ID} and
 * {@link #VAR_SUPPLEMENTAL}. It routes the petition with the {@code PetitionRouting} decision, has an officer
 * propose a decision, has a supervisor approve a national-security exception, and records the decision; the caller
 * reads {@link #VAR_PETITION_OUTCOME}, {@link #VAR_PROPOSED_AMOUNT} and {@link #VAR_DECIDING_AUTHORITY}.
 */
public final class PetitionReviewProcess {

    public static final String KEY = "PetitionReviewProcess";
    public static final String RESOURCE = "processes/mitigation/PetitionReviewProcess.bpmn";
    public static final String ROUTING_DECISION_KEY = "PetitionRouting";

    public static final String START_EVENT_PETITION_RECEIVED = "StartEvent_PetitionReceived";
    public static final String TASK_PREPARE_PETITION_REVIEW = "Task_PreparePetitionReview";
    public static final String TASK_ROUTE_TO_DECIDING_AUTHORITY = "Task_RouteToDecidingAuthority";
    public static final String TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION = "Task_AnalyzeFactorsAndProposeDecision";
    public static final String GATEWAY_SUPPLEMENTAL = "Gateway_Supplemental";
    /** 171.62(a), 172.42(a): the FP&amp;F officer reviews a supplemental petition first and may grant further relief. */
    public static final String TASK_FPF_OFFICER_FIRST_REVIEW_OF_SUPPLEMENTAL = "Task_FpfOfficerFirstReviewOfSupplemental";
    public static final String GATEWAY_FURTHER_RELIEF_GRANTED = "Gateway_FurtherReliefGranted";
    public static final String GATEWAY_EXCEPTION_PROPOSED = "Gateway_ExceptionProposed";
    public static final String TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION = "Task_ApproveNationalSecurityException";
    public static final String GATEWAY_EXCEPTION_APPROVED = "Gateway_ExceptionApproved";
    public static final String TASK_RECORD_PETITION_DECISION = "Task_RecordPetitionDecision";
    public static final String END_EVENT_DECISION_READY = "EndEvent_DecisionReady";

    public static final String FORM_ANALYZE_FACTORS_AND_PROPOSE_DECISION = "AnalyzeFactorsAndProposeDecisionForm";
    public static final String FORM_APPROVE_NATIONAL_SECURITY_EXCEPTION = "ApproveNationalSecurityExceptionForm";
    public static final List<String> FORM_RESOURCES = List.of(
            "forms/mitigation/AnalyzeFactorsAndProposeDecisionForm.form",
            "forms/mitigation/ApproveNationalSecurityExceptionForm.form");

    // Passed in by the calling model.
    public static final String VAR_CASE_NUMBER = ProcessVariables.CASE_NUMBER;
    public static final String VAR_OFFICE_CODE = ProcessVariables.OFFICE_CODE;
    public static final String VAR_PETITION_ID = "petitionId";
    public static final String VAR_SUPPLEMENTAL = "supplemental";

    // Set from PetitionReviewSteps.prepareReview: routing inputs ...
    public static final String VAR_PETITION_TIMELY = "petitionTimely";
    /** PENALTY | LIQUIDATED_DAMAGES | SEIZURE. */
    public static final String VAR_FAMILY = "family";
    public static final String VAR_STATUTE = "statute";
    public static final String VAR_AMOUNT = "amount";
    public static final String VAR_ORIGINAL_DECIDED_BY = "originalDecidedBy";
    public static final String VAR_FPF_DELEGATION_LIMIT = "fpfDelegationLimit";
    public static final String VAR_BROKER_SUPPLEMENTAL_THRESHOLD = "brokerSupplementalThreshold";
    /** ... and what the officer's form shows. */
    public static final String VAR_GUIDELINE_LOW = "guidelineLow";
    public static final String VAR_GUIDELINE_HIGH = "guidelineHigh";
    public static final String VAR_FLOOR_AMOUNT = "floorAmount";
    public static final String VAR_REPEAT_OFFENDER = "repeatOffender";

    /** Keys prepareReview must return (values may be null): the routing decision reads every one. */
    static final List<String> ROUTING_INPUTS = List.of(VAR_FAMILY, VAR_STATUTE, VAR_AMOUNT, VAR_SUPPLEMENTAL,
            VAR_ORIGINAL_DECIDED_BY, VAR_FPF_DELEGATION_LIMIT, VAR_BROKER_SUPPLEMENTAL_THRESHOLD);

    // Set by the routing decision.
    /** FPF_OFFICER | HQ_FIELD_OFFICIAL | HQ_PENALTIES_BRANCH | DIRECTOR_BSTC. */
    public static final String VAR_DECIDING_AUTHORITY = "decidingAuthority";
    public static final String VAR_ROUTING_CITATION = "routingCitation";
    /** The group that works the analysis task: the routing table's candidateGroup for the deciding authority. */
    public static final String VAR_DECIDER_GROUP = "deciderGroup";
    /** Who made the FP&amp;F officer's first review of a supplemental petition. */
    public static final String VAR_FIRST_REVIEW_BY = "firstReviewBy";
    public static final String AUTHORITY_FPF_OFFICER = "FPF_OFFICER";

    // Entered by the officer.
    /** One of {@link #OUTCOME_CANCEL}, {@link #OUTCOME_MITIGATE}, {@link #OUTCOME_DENY}. */
    public static final String VAR_PETITION_OUTCOME = "petitionOutcome";
    /** The amount the officer proposes to decide (for DENY the assessed amount; absent or 0 for CANCEL). */
    public static final String VAR_PROPOSED_AMOUNT = "proposedAmount";
    public static final String VAR_MITIGATING_FACTORS = "mitigatingFactors";
    public static final String VAR_AGGRAVATING_FACTORS = "aggravatingFactors";
    public static final String VAR_FINDINGS = "findings";
    public static final String VAR_NATIONAL_SECURITY_EXCEPTION = "nationalSecurityException";
    public static final String VAR_EXCEPTION_JUSTIFICATION = "exceptionJustification";
    // Entered by the supervisor.
    /** {@link #APPROVAL_APPROVED} or {@link #APPROVAL_REJECTED}. */
    public static final String VAR_EXCEPTION_APPROVAL = "exceptionApproval";
    public static final String VAR_EXCEPTION_APPROVAL_NOTE = "exceptionApprovalNote";
    // Set by the task listener once a step passes the checks.
    /** User who completed the propose step (authenticated user, else the task's assignee). */
    public static final String VAR_PROPOSED_BY = "proposedBy";
    /** User who approved or rejected the exception. */
    public static final String VAR_EXCEPTION_REVIEWED_BY = "exceptionReviewedBy";

    // Only in the decision map given to PetitionReviewSteps.checkProposedDecision.
    /** {@link #STEP_PROPOSE} or {@link #STEP_APPROVE_EXCEPTION}. */
    public static final String VAR_DECISION_STEP = "decisionStep";
    /** Who is completing the task now (authenticated user, else the assignee; null if neither is known). */
    public static final String VAR_COMPLETED_BY = "completedBy";
    public static final String STEP_PROPOSE = "PROPOSE";
    public static final String STEP_APPROVE_EXCEPTION = "APPROVE_EXCEPTION";

    /** The variables that make up a decision, handed to checkProposedDecision and recordDecision (absent ones as null). */
    public static final List<String> DECISION_VARIABLES = List.of(VAR_PETITION_OUTCOME, VAR_PROPOSED_AMOUNT,
            VAR_MITIGATING_FACTORS, VAR_AGGRAVATING_FACTORS, VAR_FINDINGS, VAR_NATIONAL_SECURITY_EXCEPTION,
            VAR_EXCEPTION_JUSTIFICATION, VAR_EXCEPTION_APPROVAL, VAR_EXCEPTION_APPROVAL_NOTE, VAR_PROPOSED_BY,
            VAR_EXCEPTION_REVIEWED_BY, VAR_DECIDING_AUTHORITY, VAR_ROUTING_CITATION, VAR_PETITION_TIMELY,
            VAR_SUPPLEMENTAL);

    public static final String OUTCOME_CANCEL = "CANCEL";
    public static final String OUTCOME_MITIGATE = "MITIGATE";
    public static final String OUTCOME_DENY = "DENY";
    public static final String APPROVAL_APPROVED = "APPROVED";
    public static final String APPROVAL_REJECTED = "REJECTED";

    private PetitionReviewProcess() {
    }

    /**
     * The dates this model's timers may wait on, set by the domain from their trigger date and the law (the model
     * linter refuses a timer that waits on anything else).
     */
    public static final Set<String> DUE_DATES = Set.of();
}
