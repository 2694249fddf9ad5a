package gov.fpf.casefile;

/** The deadline names a case file shows; family services set them, petitions and payments read them. */
public final class DeadlineNames {

    public static final String STATUTE_OF_LIMITATIONS = "Statute of limitations";
    public static final String PPN_RESPONSE = "Response to the pre-penalty notice";
    public static final String PETITION = "Petition";
    public static final String DECISION_VALID_UNTIL = "Payment of the decided amount";
    public static final String SUPPLEMENTAL_PETITION = "Supplemental petition";

    private DeadlineNames() {
    }
}
