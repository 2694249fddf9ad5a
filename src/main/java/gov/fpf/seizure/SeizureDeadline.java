package gov.fpf.seizure;

/**
 * The deadlines a seizure case file shows besides those every family shares ({@code DeadlineNames}). The label is
 * the name stored on the case's deadline rows, so it never changes: open rows are found and closed by it.
 */
enum SeizureDeadline {

    CLAIM("Claim and cost bond"),
    PUBLICATION("Publication of the notice of seizure"),
    SUMMARY_SALE("Storage reaches the 162.48(b) share (1612 summary sale or destruction)"),
    PROCEEDS("Petition for the proceeds of sale"),
    FORFEITURE_LIMITATION(ForfeitureLimitation.DEADLINE),
    CUSTOMHOUSE_POSTING("Customhouse posting of the notice of seizure"),
    CAFRA_NOTICE("CAFRA notice of seizure (18 U.S.C. 983(a)(1))"),
    CAFRA_CLAIM("CAFRA claim (18 U.S.C. 983(a)(2))"),
    COMPLAINT("Complaint for forfeiture (18 U.S.C. 983(a)(3))");

    private final String label;

    SeizureDeadline(String label) {
        this.label = label;
    }

    /** The name on the case file's deadline row. */
    String label() {
        return label;
    }
}
