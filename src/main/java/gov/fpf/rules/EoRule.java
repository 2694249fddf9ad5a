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
    GOOD_STANDING("EO 14411 Sec. 2(d)", "Importers of record not in good standing are high-risk");

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
