package gov.fpf.confidentiality;

/** A recorded step in a request's life: every one says why, who and when (confidentiality_decision). */
public enum ConfidentialityDecisionKind {
    RECORDED, GRANTED, DENIED, REVIEWED, ENDED_ON_REVIEW, RENEWED, NOT_RENEWED, EXPIRED, WITHDRAWN
}
