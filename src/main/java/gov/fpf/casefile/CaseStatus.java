package gov.fpf.casefile;

/** Where a case stands, common to every family; each family's process holds the finer steps. */
public enum CaseStatus {
    /** opened, facts and amounts being established */
    OPEN,
    /** a notice is out and the party's response period runs */
    AWAITING_RESPONSE,
    /** a petition, representation or offer is being reviewed */
    UNDER_REVIEW,
    /** a decision is issued and its validity period runs */
    DECIDED,
    /** referred to counsel, the Department of Justice or the U.S. Attorney */
    REFERRED,
    /** paid, cancelled, forfeited and disposed, or otherwise finished */
    CLOSED
}
