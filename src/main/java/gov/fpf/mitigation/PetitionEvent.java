package gov.fpf.mitigation;

/** What a petition records in its case's audit trail. The names are the stored event types. */
public enum PetitionEvent {
    LATE_PETITION_RECEIVED,
    LATE_PETITION_REFUSED,
    LATE_PETITION_ACCEPTED,
    NATIONAL_SECURITY_EXCEPTION_APPROVED,
    NATIONAL_SECURITY_EXCEPTION_REJECTED,
    PETITION_DECISION_PROPOSED,
    PETITION_DECIDED,
    SUPPLEMENTAL_PETITION_RECEIVED,
    PETITION_RECEIVED
}
