package gov.fpf.liquidateddamages;

/**
 * What the liquidated-damages family writes to the audit log. The name is the stored event type: renaming a
 * constant would split a case's history in two.
 */
enum LdEvent {
    /** The claim against the bond was computed (and whether the bond is exhausted). */
    CLAIM_COMPUTED,
    /** The damages exceed what is left of the bond; the claim is capped at it. */
    BOND_COVERAGE_EXCEEDED,
    /** On the bond: a claim charges its coverage. */
    BOND_CHARGED,
    /** On the case and the bond: paid or cancelled, the charge is lifted (19 CFR 113.51). */
    BOND_CHARGE_CANCELLED,
    EXTENSION_REQUESTED,
    EXTENSION_GRANTED,
    EXTENSION_REFUSED,
    /** The Option 1 sum was paid in lieu of a petition. */
    OPTION_ONE_PAID,
    /** Closed without a claim: nothing was left of the bond. */
    BOND_EXHAUSTED
}
