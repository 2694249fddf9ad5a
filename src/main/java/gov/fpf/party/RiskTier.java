package gov.fpf.party;

/** The risk-based tier of an importer of record (EO 14411 Sec. 2(e)); the score that sets it is shown with it. */
public enum RiskTier {
    LOW,
    MEDIUM,
    HIGH
}
