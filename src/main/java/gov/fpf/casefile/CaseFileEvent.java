package gov.fpf.casefile;

/** What the case file records in a case's audit trail. The names are the stored event types. */
public enum CaseFileEvent {
    CASE_OPENED,
    DEADLINE_SET,
    AMOUNTS_SET,
    STATUS_CHANGED,
    NOTICE_ISSUED,
    NOTICE_REISSUED,
    PAYMENT_RECORDED,
    AMOUNT_DECIDED,
    PENALTY_ASSESSED,
    /** EO 14411 Sec. 4(b): the case's enforcement priority recorded (issue 15) */
    PRIORITY_FLAGGED
}
