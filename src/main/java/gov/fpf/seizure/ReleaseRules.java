package gov.fpf.seizure;

import static gov.fpf.rules.RuleMath.cents;
import static gov.fpf.rules.RuleMath.money;
import static gov.fpf.rules.RuleMath.nonNegative;
import static gov.fpf.rules.RuleMath.percent;
import static gov.fpf.rules.RuleMath.plain;
import static gov.fpf.rules.RuleMath.required;
import static gov.fpf.rules.RuleMath.step;
import static gov.fpf.seizure.SeizureRules.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import gov.fpf.rules.Computation;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;
import gov.fpf.rules.ParameterValueUnknown;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/**
 * The security for releasing seized property: the release bond, higher for a high-risk shipment (EO 14411 Sec. 5),
 * and the 1592(c)(14) security of a 1592 seizure.
 */
@Component
public class ReleaseRules {

    /**
     * EO 14411 Sec. 5 raises bond requirements for "high-risk shipments" without defining them. The reasons read
     * here: flagged high-risk or hazardous at custody (law reference 6 step 1), any prohibited or counterfeit item, a
     * repeat-offender party (Sec. 4(c)), an importer of record (U.S. or foreign) not in good standing (Sec. 2(d)), an
     * importer of record in the HIGH risk tier (Sec. 2(e)).
     */
    public HighRisk highRisk(SeizureFacts facts) {
        List<String> reasons = new ArrayList<>();
        if (facts.highRisk()) {
            reasons.add("flagged high-risk at custody");
        }
        if (facts.hazardous()) {
            reasons.add("hazardous goods");
        }
        if (facts.anyProhibited()) {
            reasons.add(facts.counterfeit() ? "prohibited importation (counterfeit goods)" : "prohibited importation");
        }
        if (facts.partyRepeatOffender()) {
            reasons.add("the party is a repeat offender (EO 14411 Sec. 4(c))");
        }
        if (facts.iorNotInGoodStanding()) {
            reasons.add("importer of record not in good standing (EO 14411 Sec. 2(d))");
        }
        if (facts.iorHighRiskTier()) {
            reasons.add("importer of record in the high risk tier (EO 14411 Sec. 2(e))");
        }
        return new HighRisk(!reasons.isEmpty(), reasons, C_HIGH_RISK);
    }

    public record HighRisk(boolean highRisk, List<String> reasons, String citation) {

        public HighRisk {
            reasons = List.copyOf(reasons);
        }
    }

    /** {@link #releaseBond(BigDecimal, HighRisk, ParameterSource, LocalDate)} with a yes or no and no reasons. */
    public Computation releaseBond(BigDecimal value, boolean highRisk, ParameterSource parameters, LocalDate on) {
        return releaseBond(value, new HighRisk(highRisk, highRisk ? List.of("marked high-risk") : List.of(),
                C_HIGH_RISK), parameters, on);
    }

    /**
     * The security required to release seized property: the ordinary release bond (a share of the appraised value,
     * parameter {@code release-bond.value-share}, [R]: the reference's only figure is 1614's full value); for a
     * high-risk shipment, that bond times the EO 14411 Sec. 5 multiple, from the day a row of it is in force. The
     * order states no figure, so the migration's row is a placeholder: a high-risk release is refused (422) until an
     * administrator sets the value. Before the row's effective date the order's increase does not apply yet.
     */
    public Computation releaseBond(BigDecimal value, HighRisk highRisk, ParameterSource parameters, LocalDate on) {
        BigDecimal appraised = required(value, "appraisedValue", "the release bond");
        ParameterValue share = parameters.valueOn(ParameterNames.RELEASE_BOND_VALUE_SHARE, on);
        BigDecimal ordinary = cents(appraised.multiply(share.value()));
        List<TraceStep> steps = new ArrayList<>();
        steps.add(step("Ordinary release bond", ordinary, percent(share.value()) + " of the appraised value "
                + money(appraised), share.citation() + " [" + share.confidence() + "]", share.reference()));
        if (highRisk == null || !highRisk.highRisk()) {
            steps.add(step(STEP_RELEASE_BOND, ordinary, "not a high-risk shipment: the ordinary release bond",
                    share.citation(), share.reference()));
            return new Computation(ordinary, steps);
        }
        String reasons = String.join("; ", highRisk.reasons());
        Optional<ParameterValue> multiple;
        try {
            multiple = parameters.inForce(ParameterNames.RELEASE_BOND_HIGH_RISK_MULTIPLE, on);
        } catch (ParameterValueUnknown unknown) {
            throw new ParameterValueUnknown(ParameterNames.RELEASE_BOND_HIGH_RISK_MULTIPLE, on, "EO 14411 Sec. 5"
                    + " requires a higher bond for high-risk shipments but states no figure; this shipment is high-risk ("
                    + reasons + "), so it cannot be released on bond until the multiple is set",
                    unknown.citation() != null ? unknown.citation() : C_EO_SEC_5);
        }
        if (multiple.isEmpty()) {
            steps.add(step(STEP_RELEASE_BOND, ordinary, "high-risk (" + reasons + "), but no higher requirement under"
                    + " EO 14411 Sec. 5 is in force on " + on + ": the ordinary release bond", highRisk.citation(),
                    share.reference()));
            return new Computation(ordinary, steps);
        }
        ParameterValue m = multiple.get();
        if (m.value().compareTo(BigDecimal.ONE) < 0) {
            throw new Problems.RuleViolation("The high-risk release-bond multiple " + m.reference() + " is less than 1;"
                    + " EO 14411 Sec. 5 requires an increase. Correct the parameter row.", m.citation());
        }
        BigDecimal bond = cents(ordinary.multiply(m.value()));
        steps.add(step(STEP_RELEASE_BOND, bond, "high-risk (" + reasons + "): " + plain(m.value())
                + " × the ordinary release bond " + money(ordinary), m.citation(), m.reference()));
        return new Computation(bond, steps);
    }

    /**
     * 19 U.S.C. 1592(c)(14): in a 1592 seizure CBP "shall" return non-prohibited merchandise on the deposit of
     * security "not to exceed the maximum monetary penalty which may be assessed under subsection (c)". The security
     * is the ordinary release bond (and, for a high-risk shipment, the EO 14411 Sec. 5 multiple when one is in force
     * with a value), capped at that maximum; a multiple without a value never blocks the release, the statute does
     * not allow it. Prohibited goods are not released (422).
     *
     * @param maximumPenalty the 1592(c) maximum for the violation; null when the culpability is not recorded yet: the
     *                       highest maximum, the domestic value (fraud, 1592(c)(1)), caps it meanwhile
     */
    public Computation releaseSecurity1592(BigDecimal value, BigDecimal maximumPenalty, boolean prohibitedGoods,
                                           HighRisk highRisk, ParameterSource parameters, LocalDate on) {
        BigDecimal appraised = cents(required(value, "appraisedValue", "the 1592(c)(14) release security"));
        if (prohibitedGoods) {
            throw new Problems.RuleViolation("1592(c)(14) returns only merchandise that is not prohibited; prohibited"
                    + " goods are not released on security.", C_1592_C14);
        }
        Computation bond;
        try {
            bond = releaseBond(appraised, highRisk, parameters, on);
        } catch (ParameterValueUnknown unknown) {
            bond = releaseBond(appraised, false, parameters, on);
            List<TraceStep> steps = new ArrayList<>(bond.steps());
            steps.add(new TraceStep("High-risk multiple", "not applied", "the EO 14411 Sec. 5 multiple has no value;"
                    + " a 1592 seizure is released on security all the same (1592(c)(14) says \"shall\")",
                    C_1592_C14, null));
            bond = new Computation(bond.amount(), steps);
        }
        BigDecimal maximum = maximumPenalty == null ? appraised : cents(nonNegative(maximumPenalty, "maximumPenalty"));
        String maxRule = maximumPenalty == null ? "the 1592(c) maximum is not recorded yet (culpability unknown): at most"
                + " the domestic value " + money(appraised) + ", the fraud maximum (1592(c)(1))"
                : "the 1592(c) maximum penalty " + money(maximum);
        BigDecimal security = bond.amount().min(maximum);
        List<TraceStep> steps = new ArrayList<>(bond.steps());
        steps.add(step(STEP_RELEASE_SECURITY_1592, security, "lesser of the release bond " + money(bond.amount())
                + " and " + maxRule, C_1592_C14, null));
        return new Computation(security, steps);
    }
}
