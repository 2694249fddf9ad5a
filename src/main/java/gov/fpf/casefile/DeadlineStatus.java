package gov.fpf.casefile;

/** Where a case's deadline stands. Stored by name in {@code case_deadline.status}. */
public enum DeadlineStatus {
    /** Still running. */
    OPEN,
    /** What it waited for happened in time. */
    MET,
    /** It passed, or what it waited for will no longer come. */
    LAPSED,
    /** An extension replaced it with a later deadline of the same name. */
    EXTENDED,
    /** Its date moved (e.g. storage changed the 1612 date, a petition moved the referral); a new deadline replaces it. */
    MOVED,
    /** The party waived it (a statute-of-limitations waiver). */
    WAIVED,
    /** Still open when the case closed (paid, decided, forfeited, cancelled...): nothing more runs against it. */
    CLOSED
}
