package gov.fpf.rules;

import java.util.List;
import java.util.Optional;

/**
 * The EO 14411 rules that apply only once an implementing instrument puts them in force (the closed list an
 * administrator chooses from). The order directs the Secretary to act (Sec. 4(c), 5, 2(c), 2(d)) and to do so
 * consistent with the APA (Sec. 12(b)); it sets no effective date itself. Each rule names the legal parameters whose
 * values it uses, so reading one of them consults the register (see {@link LegalParameters#valueOn}).
 */
public enum EoRule {
    PENALTY_FLOOR("EO 14411 Sec. 4(c)", "Minimum penalty floor (50% of the assessed penalty)",
            ParameterNames.PENALTY_FLOOR_SHARE),
    LD_FLOOR("EO 14411 Sec. 4(c)", "Minimum liquidated-damages floor", ParameterNames.LD_FLOOR_SHARE),
    REPEAT_OFFENDER("EO 14411 Sec. 4(c)", "No mitigation for repeat offenders", ParameterNames.REPEAT_OFFENDER_LOOKBACK,
            ParameterNames.REPEAT_OFFENDER_PRIOR_FINDINGS),
    HIGH_RISK_RELEASE_BOND("EO 14411 Sec. 5", "Higher bond for high-risk shipments",
            ParameterNames.RELEASE_BOND_HIGH_RISK_MULTIPLE),
    THIRD_PARTY_DISPOSAL("EO 14411 Sec. 5", "Disposal by an authorized third party",
            ParameterNames.THIRD_PARTY_DISPOSAL_AUTHORIZED),
    FOREIGN_IOR_CONTINUOUS_BOND("EO 14411 Sec. 2(c)(i)(1)",
            "A foreign IOR may not rely on a continuous bond for formal entry (19 U.S.C. 1484)"),
    GOOD_STANDING("EO 14411 Sec. 2(d)", "Importers of record must keep good standing",
            ParameterNames.STANDING_FINDINGS_LOOKBACK, ParameterNames.STANDING_FINDINGS_THRESHOLD,
            ParameterNames.STANDING_PAST_DUE_GRACE),

    // Issue 15: the order's importer and transparency rules. Each constant keeps its own lines, so the branches that
    // build on one do not touch another's.

    RISK_TIERS("EO 14411 Sec. 2(e)", "Risk-based tiers of importers of record and removal of inactive ones",
            ParameterNames.RISK_TIER_LOOKBACK, ParameterNames.RISK_TIER_POINTS_FINDING,
            ParameterNames.RISK_TIER_POINTS_ILLICIT_FINDING, ParameterNames.RISK_TIER_POINTS_ENFORCEMENT_ACTION,
            ParameterNames.RISK_TIER_POINTS_PAST_DUE_DEBT, ParameterNames.RISK_TIER_POINTS_ADVERSE_AUDIT,
            ParameterNames.RISK_TIER_POINTS_NOT_IN_GOOD_STANDING, ParameterNames.RISK_TIER_MEDIUM_FROM,
            ParameterNames.RISK_TIER_HIGH_FROM, ParameterNames.IOR_INACTIVE_AFTER),

    RECURRENT_VETTING("EO 14411 Sec. 2(f)", "Recurrent vetting of those who conduct import activities",
            ParameterNames.VETTING_CYCLE, ParameterNames.VETTING_DUE),

    BROKER_MAXIMUM("EO 14411 Sec. 4(a); 19 U.S.C. 1641(d)(2)(A)",
            "Maximum penalties for brokers who fail due diligence, represent noncompliant clients or cooperate late"),

    BROKER_IDENTITY_VERIFICATION("EO 14411 Sec. 4(a); 19 U.S.C. 1641(i)(3)",
            "Broker penalty per failure to verify an importer's identity",
            ParameterNames.BROKER_IDENTITY_PER_VIOLATION),

    ENFORCEMENT_PRIORITIES("EO 14411 Sec. 4(b)",
            "Priority for forced labor, misclassification, undervaluation, transshipment and EAPA cases"),

    FOREIGN_IOR_INFORMAL_ENTRY("EO 14411 Sec. 2(b)", "A foreign IOR may not file informal entry (19 U.S.C. 1498)"),

    FOREIGN_IOR_CTPAT("EO 14411 Sec. 2(c)(i)(2)",
            "A foreign IOR's formal entry needs CTPAT validation or a CTPAT-validated licensed broker"),

    CONFIDENTIALITY_REVIEW("EO 14411 Sec. 6", "Periodic review and expiry of confidentiality requests",
            ParameterNames.CONFIDENTIALITY_REVIEW_CYCLE, ParameterNames.CONFIDENTIALITY_GRANT_MAXIMUM,
            ParameterNames.CONFIDENTIALITY_RENEWAL_NOTICE);

    private final String citation;
    private final String label;
    private final List<String> parameters;

    EoRule(String citation, String label, String... parameters) {
        this.citation = citation;
        this.label = label;
        this.parameters = List.of(parameters);
    }

    public String citation() {
        return citation;
    }

    public String label() {
        return label;
    }

    /** the legal parameters whose values this rule uses */
    public List<String> parameters() {
        return parameters;
    }

    /** the rule a legal parameter belongs to, if it is an EO rule's */
    public static Optional<EoRule> governing(String parameterName) {
        for (EoRule rule : values()) {
            if (rule.parameters.contains(parameterName)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** the rule of a code, or a 400 naming the closed list */
    public static EoRule of(String code) {
        if (code != null) {
            for (EoRule rule : values()) {
                if (rule.name().equals(code)) {
                    return rule;
                }
            }
        }
        throw new gov.fpf.system.Problems.InvalidInput("rules: '" + code + "' is not an EO rule; use one of "
                + List.of(values()) + ".");
    }
}
