package gov.fpf.casefile;

/**
 * The enforcement priorities of EO 14411 Sec. 4(b), set at intake: the kind of importation the case is about. The flag
 * is a fact of the case and is recorded whether or not the rule is in force; what it drives (the worklist's order,
 * the report's section) applies only while {@code EoRule.ENFORCEMENT_PRIORITIES} is in force. A case that is none of
 * these carries no priority (null). The constant names are the API's values (POST /api/v1/penalty-cases {@code
 * priority}); each is worded by {@code label.EnforcementPriority.<CONST>}.
 */
public enum EnforcementPriority {
    /** merchandise mined, produced or manufactured by forced labor */
    FORCED_LABOR("19 U.S.C. 1307"),
    /** wrong tariff classification */
    MISCLASSIFICATION("19 U.S.C. 1592; 19 U.S.C. 1484"),
    /** declared value below the transaction value */
    UNDERVALUATION("19 U.S.C. 1592; 19 U.S.C. 1401a"),
    /** illegal transshipment: a false country of origin */
    TRANSSHIPMENT("19 U.S.C. 1592; 19 CFR Part 102"),
    /** evasion of antidumping and countervailing duties, investigated under the Enforce and Protect Act */
    EAPA("19 U.S.C. 1517 (Enforce and Protect Act, Pub. L. 114-125)");

    /** the citation the order names the rule by */
    public static final String ORDER_CITATION = "EO 14411 Sec. 4(b)";

    private final String lawCitation;

    EnforcementPriority(String lawCitation) {
        this.lawCitation = lawCitation;
    }

    /** the law the kind of case is enforced under */
    public String lawCitation() {
        return lawCitation;
    }
}
