package gov.fpf.penalty;

/** What a penalty case records in its audit trail. The names are the stored event types. */
public enum PenaltyEvent {
    SEIZURE_HISTORY,
    REPRESENTATIONS_RECEIVED,
    OFFER_IN_COMPROMISE_RECEIVED,
    SOL_EXPIRED,
    PENALTY_PROPOSED,
    HQ_PPN_APPROVED,
    HQ_PPN_RETURNED,
    SOL_WAIVER_REQUIRED,
    SOL_WARNING,
    SOL_WAIVER_OBTAINED,
    SOL_DECISION
}
