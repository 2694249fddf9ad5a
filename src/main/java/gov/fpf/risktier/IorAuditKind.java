package gov.fpf.risktier;

/** What kind of audit of an importer of record was made (EO 14411 Sec. 2(e) "audit results"; Sec. 4(a) "increasing audits"). */
public enum IorAuditKind {
    /** a focused assessment of the importer's internal controls (Regulatory Audit) */
    FOCUSED_ASSESSMENT,
    /** a quick response audit of one issue */
    QUICK_RESPONSE,
    /** any other audit or compliance review */
    OTHER
}
