package gov.fpf.casefile;

/** The case families; the code is the middle part of the case number (2026-PEN-000123). */
public enum CaseFamily {
    PENALTY("PEN"),
    LIQUIDATED_DAMAGES("LQD"),
    SEIZURE("SEZ");

    private final String code;

    CaseFamily(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
