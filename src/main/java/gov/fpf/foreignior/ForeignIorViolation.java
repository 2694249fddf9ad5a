package gov.fpf.foreignior;

import gov.fpf.rules.EoRule;

/**
 * The entry violations EO 14411 Sec. 2(b) and 2(c)(i)(2) direct DHS to create for foreign importers of record, each
 * charged as a 19 U.S.C. 1592 penalty case once an implementing instrument puts its rule in force (the reasoning is on
 * {@link ForeignIorRules}). The case's statute stays 1592; this says which eligibility rule the entry broke.
 */
public enum ForeignIorViolation {

    /** Sec. 2(b)(i): a foreign IOR filed informal entry (regulations under 19 U.S.C. 1498; 19 CFR Part 143 subpart C). */
    FOREIGN_IOR_INFORMAL_ENTRY(EoRule.FOREIGN_IOR_INFORMAL_ENTRY, "EO 14411 Sec. 2(b)(i); 19 U.S.C. 1498"),

    /**
     * Sec. 2(c)(i)(2): a foreign IOR made formal entry (19 U.S.C. 1484) neither validated in CTPAT nor through a
     * CTPAT-validated licensed customs broker.
     */
    FOREIGN_IOR_FORMAL_ENTRY_WITHOUT_CTPAT(EoRule.FOREIGN_IOR_CTPAT, "EO 14411 Sec. 2(c)(i)(2); 19 U.S.C. 1484");

    private final EoRule rule;
    private final String citation;

    ForeignIorViolation(EoRule rule, String citation) {
        this.rule = rule;
        this.citation = citation;
    }

    /** the EO rule whose implementing instrument creates this violation */
    public EoRule rule() {
        return rule;
    }

    /** the order's section and the entry statute it concerns */
    public String citation() {
        return citation;
    }
}
