package gov.fpf.casefile;

/** The deadline names a case file shows; family services set them, petitions and payments read them. */
public final class DeadlineNames {

    public static final String STATUTE_OF_LIMITATIONS = "Statute of limitations";
    public static final String PPN_RESPONSE = "Response to the pre-penalty notice";
    public static final String PETITION = "Petition";
    public static final String DECISION_VALID_UNTIL = "Payment of the decided amount";
    public static final String SUPPLEMENTAL_PETITION = "Supplemental petition";
    /** 19 CFR 172.4: the surety's own period, from the demand on the surety. */
    public static final String SURETY_PETITION = "Surety petition";
    /** Liquidated damages: paying the guideline's Option 1 sum closes the case. */
    public static final String OPTION_ONE_PAYMENT = "Option 1 payment";
    /** 19 CFR 113.52: an unsatisfied bond is reported to the Department of Justice. */
    public static final String DOJ_REFERRAL = "Report of the unsatisfied bond to the Department of Justice";

    private DeadlineNames() {
    }
}
