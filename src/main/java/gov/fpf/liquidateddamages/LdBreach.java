package gov.fpf.liquidateddamages;

/**
 * What the bond principal failed to do, with the provision that sets the assessed liquidated damages and the law
 * reference's confidence in it (V verified, S secondary). Section 12 of the reference wins where it differs from 1.6:
 * the 113.62 consequences are paragraph (n), and the ISF amount is paragraph (j) (reference 12.7).
 * Restricted, prohibited or alcohol merchandise is a fact of the breach ({@link LdFacts#restricted()}), not a breach of
 * its own; a late entry summary on a single-transaction bond is {@link #LATE_ENTRY_SUMMARY} with that bond type.
 */
public enum LdBreach {

    /** 113.62(b) make or complete entry: value (3x restricted) under (n)(1); the full single-entry bond under 142.15. */
    LATE_ENTRY_SUMMARY("19 CFR 113.62(b), (n)(1); 142.15", "S"),
    /** 113.62(d) redeliver, and 141.113(i): value, or 3x value if restricted, prohibited or alcohol. */
    FAILURE_TO_REDELIVER("19 CFR 113.62(d), (n)(1); 141.113(i)", "V"),
    /** FDA refusal, CBP Form 4647, not exported or destroyed within 90 days: typically 3x value, capped at the bond. */
    FDA_REFUSED_NOT_EXPORTED("CBP Form 4647 practice; 19 CFR 141.113", "S"),
    /** Part 18 in-bond shortage, irregular delivery, non-delivery or non-export; custodial bond value or 3x value. */
    IN_BOND_NOT_DELIVERED("19 CFR 18.8; 113.63", "S"),
    /** Late or inaccurate ISF, inaccurate update or failure to withdraw: $5,000 per violation. */
    LATE_ISF("19 CFR 113.62(j); CBP Dec. 09-26", "V"),
    /** Deposit of estimated duties alone, (a)(1)(i): 2x unpaid duties, taxes and charges or $1,000, the greater. */
    DUTY_DEPOSIT_DEFAULT("19 CFR 113.62(a)(1)(i), (n)(4)", "V"),
    /** Any other basic-bond condition with merchandise involved: value, or 3x value if restricted. */
    ENTRY_MERCHANDISE_DEFAULT("19 CFR 113.62(n)(1)", "V"),
    /** A basic-bond default with no merchandise involved (other than (a) or (g)): $1,000 per default. */
    ENTRY_NON_MERCHANDISE_DEFAULT("19 CFR 113.62(n)(3)", "V"),
    /** Custodial bond (carriers, CES, FTZ, general order) with merchandise involved: value, or 3x value if restricted. */
    CUSTODIAL_MERCHANDISE_DEFAULT("19 CFR 113.63", "S"),
    /** Custodial bond default with no merchandise involved: $1,000 per default. */
    CUSTODIAL_NON_MERCHANDISE_DEFAULT("19 CFR 113.63", "S"),
    /** Temporary importation under bond not exported: 2x estimated duties (a single, weak secondary source). */
    TIB_NOT_EXPORTED("19 CFR Part 10 (TIB)", "S"),
    /** Wool, fur and textile labeling bond: 2x value plus duty. */
    TEXTILE_LABELING("19 CFR 113.68", "V");

    private final String citation;
    private final String confidence;

    LdBreach(String citation, String confidence) {
        this.citation = citation;
        this.confidence = confidence;
    }

    public String citation() {
        return citation;
    }

    public String confidence() {
        return confidence;
    }
}
