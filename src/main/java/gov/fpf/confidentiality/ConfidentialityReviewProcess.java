package gov.fpf.confidentiality;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Names in {@code processes/shared/ConfidentialityReviewProcess.bpmn}: one process per confidentiality request
 * (business key {@code CONF-<id>}, tenant = the recording office). A supervisor of that office decides the request;
 * a grant made while EO 14411 Sec. 6 review is in force is reviewed every {@code confidentiality.review.cycle}, a
 * renewal review opens {@code confidentiality.renewal.notice} before the grant ends, and the grant expires on its last
 * day unless renewed. The dates the timers wait on are computed by {@link ConfidentialityService} from the parameters
 * and set through {@link ConfidentialityStepDelegate}.
 */
public final class ConfidentialityReviewProcess {

    public static final String KEY = "ConfidentialityReviewProcess";
    public static final String RESOURCE = "processes/shared/ConfidentialityReviewProcess.bpmn";
    public static final String BUSINESS_KEY_PREFIX = "CONF-";

    public static final String START_EVENT_REQUEST_RECORDED = "StartEvent_RequestRecorded";
    public static final String TASK_DECIDE_REQUEST = "Task_DecideConfidentialityRequest";
    public static final String TASK_RECORD_DECISION = "Task_RecordDecision";
    public static final String END_EVENT_DENIED = "EndEvent_RequestDenied";
    public static final String END_EVENT_GRANTED_WITHOUT_REVIEW = "EndEvent_GrantedWithoutReview";
    public static final String GATEWAY_REVIEW_OR_RENEWAL = "Gateway_ReviewOrRenewal";
    public static final String TIMER_REVIEW_DUE = "IntermediateEvent_PeriodicReviewDue";
    public static final String TIMER_RENEWAL_NOTICE = "IntermediateEvent_RenewalNotice";
    public static final String TASK_PERIODIC_REVIEW = "Task_PeriodicReview";
    public static final String TASK_RECORD_REVIEW = "Task_RecordReview";
    public static final String END_EVENT_ENDED_ON_REVIEW = "EndEvent_EndedOnReview";
    public static final String TASK_DECIDE_RENEWAL = "Task_DecideRenewal";
    public static final String BOUNDARY_GRANT_EXPIRES = "BoundaryEvent_GrantExpiresUndecided";
    public static final String TASK_RECORD_RENEWAL = "Task_RecordRenewal";
    public static final String TIMER_GRANT_EXPIRES = "IntermediateEvent_GrantExpires";
    public static final String TASK_RECORD_EXPIRY = "Task_RecordExpiry";
    public static final String END_EVENT_EXPIRED = "EndEvent_GrantExpired";
    public static final String START_EVENT_WITHDRAWN = "StartEvent_RequestWithdrawn";
    public static final String END_EVENT_WITHDRAWN = "EndEvent_RequestWithdrawn";

    public static final String MESSAGE_WITHDRAWN = "ConfidentialityRequestWithdrawn";

    public static final String FORM_DECIDE_REQUEST = "DecideConfidentialityRequestForm";
    public static final String FORM_PERIODIC_REVIEW = "ReviewConfidentialityGrantForm";
    public static final String FORM_DECIDE_RENEWAL = "DecideConfidentialityRenewalForm";
    public static final List<String> FORM_RESOURCES = List.of(
            "forms/shared/DecideConfidentialityRequestForm.form",
            "forms/shared/ReviewConfidentialityGrantForm.form",
            "forms/shared/DecideConfidentialityRenewalForm.form");

    // set when the process starts
    public static final String VAR_REQUEST_ID = "confidentialityRequestId";
    public static final String VAR_OFFICE_CODE = gov.fpf.process.engine.ProcessVariables.OFFICE_CODE;
    /** shown on the forms */
    public static final String VAR_PARTY_NAME = "partyName";
    public static final String VAR_SCOPE = "confidentialityScope";
    public static final String VAR_REQUEST_REASON = "requestReason";
    public static final String VAR_REQUESTED_UNTIL = "requestedUntil";

    // entered on the forms (or through the API, which completes the same tasks)
    public static final String VAR_DECISION = "decision";
    public static final String VAR_DECISION_REASON = "decisionReason";
    public static final String VAR_GRANTED_UNTIL = "grantedUntil";
    public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";
    public static final String VAR_REVIEW_REASON = "reviewReason";
    public static final String VAR_RENEWAL_DECISION = "renewalDecision";
    public static final String VAR_RENEWAL_REASON = "renewalReason";
    public static final String VAR_RENEWED_UNTIL = "renewedUntil";

    // set by the recording steps
    public static final String VAR_GRANTED = "granted";
    public static final String VAR_PERIODIC_REVIEW = "periodicReview";
    public static final String VAR_CONTINUED = "continued";
    public static final String VAR_RENEWED = "renewed";
    public static final String VAR_REVIEW_DATE = "confidentialityReviewDate";
    public static final String VAR_RENEWAL_DATE = "confidentialityRenewalDate";
    public static final String VAR_EXPIRY_DATE = "confidentialityExpiryDate";
    public static final Set<String> DUE_DATES = Set.of(VAR_REVIEW_DATE, VAR_RENEWAL_DATE, VAR_EXPIRY_DATE);

    /** local input of the recording service tasks: which step */
    public static final String VAR_STEP = "confidentialityStep";
    public static final String STEP_DECISION = "DECISION";
    public static final String STEP_REVIEW = "REVIEW";
    public static final String STEP_RENEWAL = "RENEWAL";
    public static final String STEP_EXPIRY = "EXPIRY";

    public static final String DECISION_GRANT = "GRANT";
    public static final String DECISION_DENY = "DENY";
    public static final String REVIEW_CONTINUE = "CONTINUE";
    public static final String REVIEW_END = "END";
    public static final String RENEWAL_RENEW = "RENEW";
    public static final String RENEWAL_DO_NOT_RENEW = "DO_NOT_RENEW";

    public static String businessKey(long requestId) {
        return BUSINESS_KEY_PREFIX + requestId;
    }

    /** the request id in a business key of this process, or empty */
    public static Optional<Long> requestId(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(BUSINESS_KEY_PREFIX)) {
            return Optional.empty();
        }
        String digits = businessKey.substring(BUSINESS_KEY_PREFIX.length());
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    private ConfidentialityReviewProcess() {
    }
}
