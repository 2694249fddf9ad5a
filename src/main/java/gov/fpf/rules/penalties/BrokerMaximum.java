package gov.fpf.rules.penalties;

import static gov.fpf.rules.RuleMath.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/**
 * EO 14411 Sec. 4(a): "imposing maximum penalties for brokers who, for example, fail to conduct due diligence,
 * repeatedly represent noncompliant clients, or fail to cooperate in a timely manner". Once an implementing instrument
 * puts {@link EoRule#BROKER_MAXIMUM} in force, a licensed broker's 1641 case of one of those kinds is assessed at the
 * statutory maximum (1641(d)(2)(A), the aggregate limit) and a petition decision cannot go below it. Like the other EO
 * rules, it is checked on the date of the decision it governs (the assessment, the petition decision); before, today's
 * law applies and nothing here changes the case.
 * <p>
 * The national-security exception of Sec. 4(c) lifts the 4(c) floor only; the order ties no exception to 4(a), so it
 * does not lift this bar (a decision for a broker below the maximum is refused even with an approved exception).
 */
public final class BrokerMaximum {

    public static final String C_4A = "EO 14411 Sec. 4(a); 19 U.S.C. 1641(d)(2)(A)";

    private BrokerMaximum() {
    }

    /** The instrument that ties this case to the maximum on the date, or empty (not a 4(a) kind, or not yet in force). */
    public static Optional<EoRuleSource.InForce> applies(PenaltyFacts f, EoRuleSource rules, LocalDate on) {
        if (f == null || f.statute() != PenaltyStatute.S1641 || !f.licensedBroker() || f.brokerConduct() == null
                || !f.brokerConduct().namedByTheOrder()) {
            return Optional.empty();
        }
        return rules.inForce(EoRule.BROKER_MAXIMUM, on);
    }

    /**
     * The lowest amount a petition decision may reach on a case the rule ties to the maximum: the statutory maximum, or
     * the assessed amount when the penalty was assessed below it before the rule (then it is not mitigated at all).
     */
    public static BigDecimal decisionBound(BigDecimal maximum, BigDecimal assessed) {
        return assessed != null && assessed.compareTo(maximum) < 0 ? assessed : maximum;
    }

    /** The trace step that says the case is assessed at the maximum, and why. */
    public static TraceStep assessedAtMaximum(EoRuleSource.InForce rule, BrokerConduct conduct, BigDecimal maximum) {
        return new TraceStep("Assessed at the statutory maximum (broker)", gov.fpf.rules.RuleMath.cents(maximum).toPlainString(),
                "a broker's " + conduct.describe() + " is assessed at the statutory maximum " + money(maximum)
                        + " and not mitigated below it; in force by " + rule.title() + " (" + rule.instrumentCitation()
                        + ")", rule.citation(), rule.reference());
    }

    /** The sentence the notices print as the basis of the amount. */
    public static String basis(EoRuleSource.InForce rule, BrokerConduct conduct, BigDecimal maximum) {
        return "EO 14411 Sec. 4(a) and 19 U.S.C. 1641(d)(2)(A): a broker's " + conduct.describe() + " is assessed at"
                + " the statutory maximum of " + money(maximum) + " and is not mitigated below it (in force from "
                + rule.effectiveDate() + " by " + rule.instrumentCitation() + ").";
    }

    /** The notices' basis of a 1641(i)(3) identity-verification penalty. */
    public static String identityBasis(int violations, BigDecimal maximum) {
        return "19 U.S.C. 1641(i)(3): a penalty for each of the " + violations + " failure(s) to verify an importer's"
                + " identity, " + money(maximum) + " at most in total, without the aggregate limit of 19 U.S.C."
                + " 1641(d)(2)(A).";
    }

    /** Refuses (422) a proposed or reduced amount below the maximum while the rule holds. */
    public static void checkAmount(EoRuleSource.InForce rule, BrokerConduct conduct, BigDecimal amount,
                                   BigDecimal maximum, String what) {
        if (amount.compareTo(maximum) < 0) {
            throw new Problems.RuleViolation("The " + what + " " + money(amount) + " is below the statutory maximum "
                    + money(maximum) + ". A broker's " + conduct.describe() + " is assessed at the maximum (EO 14411"
                    + " Sec. 4(a), in force from " + rule.effectiveDate() + " by " + rule.instrumentCitation() + ");"
                    + " enter " + money(maximum) + ", or find that no violation occurred.", rule.citation());
        }
    }
}
