package gov.fpf.party;

/**
 * What a record on a party's violation history is. Only a final administrative finding of culpability counts for the
 * EO 14411 Sec. 4(c) repeat-offender rule (App. B aggravating factor 4's "final administrative finding of
 * culpability" is the closest defined term); the other kinds are records made before that rule was corrected.
 */
public enum FindingKind {
    /** penalty paid as assessed: the penalty notice stands as the final finding */
    PENALTY_PAID(true),
    /** penalty decided on a petition and paid */
    PENALTY_DECIDED(true),
    /** liquidated damages paid in full as claimed */
    LD_PAID(true),
    /** liquidated damages decided on a petition and paid */
    LD_DECIDED(true),
    /** property forfeited by a declaration or decision (not by the party's own abandonment) */
    FORFEITURE_DECIDED(true),
    /** a final finding an officer recorded from another source */
    RECORDED(true),
    /** not a finding: a referral for collection adjudicates nothing */
    REFERRAL(false),
    /** not a finding: an offer in compromise (19 U.S.C. 1617) is a settlement */
    COMPROMISE(false),
    /** not a finding: the LD Option-1 sum paid in lieu of a petition */
    LD_OPTION_ONE(false),
    /** not a finding: the party's own voluntary abandonment (CBP Form 4607) */
    ABANDONMENT(false);

    private final boolean finding;

    FindingKind(boolean finding) {
        this.finding = finding;
    }

    /** a final finding of culpability, counted for the repeat-offender rule */
    public boolean isFinding() {
        return finding;
    }
}
