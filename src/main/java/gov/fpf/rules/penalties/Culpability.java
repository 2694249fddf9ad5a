package gov.fpf.rules.penalties;

/**
 * The degree of culpability of a 19 U.S.C. 1592(a) violation; it sets the 1592(c) maximum and the App. B range. For
 * 19 U.S.C. 1641 only FRAUD matters: the limitation period then runs from discovery (1641(d)(4)).
 */
public enum Culpability {
    NEGLIGENCE,
    GROSS_NEGLIGENCE,
    FRAUD
}
