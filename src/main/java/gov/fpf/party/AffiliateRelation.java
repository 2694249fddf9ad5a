package gov.fpf.party;

/**
 * How an affiliate is related to a party (EO 14411 Sec. 2(d): good standing rests on "the IOR's and its affiliates'"
 * history). A constant reads "the affiliate is the party's ...": PARENT (owns or controls the party), SUBSIDIARY
 * (owned or controlled by the party), COMMON_OWNER (both under the same owner), OFFICER (an officer or director of the
 * party) and OFFICER_OF (the party is an officer of the affiliate, the inverse of OFFICER).
 */
public enum AffiliateRelation {
    PARENT,
    SUBSIDIARY,
    COMMON_OWNER,
    OFFICER,
    OFFICER_OF;

    /** the same affiliation seen from the other party */
    public AffiliateRelation inverse() {
        return switch (this) {
            case PARENT -> SUBSIDIARY;
            case SUBSIDIARY -> PARENT;
            case COMMON_OWNER -> COMMON_OWNER;
            case OFFICER -> OFFICER_OF;
            case OFFICER_OF -> OFFICER;
        };
    }

    /** in words, for reasons and audit lines: "parent", "officer of" */
    public String words() {
        return switch (this) {
            case PARENT -> "parent";
            case SUBSIDIARY -> "subsidiary";
            case COMMON_OWNER -> "under common ownership";
            case OFFICER -> "officer";
            case OFFICER_OF -> "the party is its officer";
        };
    }
}
