package gov.fpf.risktier;

/** The result of an audit of an importer of record; an adverse result counts toward its risk tier. */
public enum IorAuditOutcome {
    FAVORABLE,
    ADVERSE
}
