package gov.fpf.liquidateddamages;

import static gov.fpf.rules.RuleMath.atLeastOne;
import static gov.fpf.rules.RuleMath.cents;
import static gov.fpf.rules.RuleMath.money;
import static gov.fpf.rules.RuleMath.nonNegative;
import static gov.fpf.rules.RuleMath.plain;
import static gov.fpf.rules.RuleMath.required;
import static gov.fpf.rules.RuleMath.step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import gov.fpf.bond.BondType;
import gov.fpf.rules.Computation;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/**
 * The assessed liquidated damages of a bond breach (law reference 1.6, 5 step 2, 12.6 and 12.7), always capped at the
 * bond amount, and a bond's remaining coverage across its claims. Multipliers and amounts are effective-dated
 * parameters (db/migration V5) read on the date given, normally the breach date; money is rounded HALF_UP to cents at
 * the end of each step.
 */
@Component
public class LdClaimRules {

    /** Trace step names a caller (and a test) can look for. */
    public static final String STEP_CAPPED_AT_BOND = "Capped at the bond amount";
    public static final String STEP_WITHIN_BOND = "Within the bond amount";
    public static final String STEP_ASSESSED = "Assessed liquidated damages";
    public static final String STEP_LATE_SUMMARY_CONTINUOUS = "Late entry summary, continuous bond: value plus duties, taxes and fees";
    public static final String STEP_LATE_SUMMARY_CONTINUOUS_RESTRICTED = "Late entry summary, continuous bond: restricted merchandise";
    public static final String STEP_TIB_DOUBLE = "TIB not exported: double the duties including fees";
    public static final String STEP_TIB_EXCEPTED = "TIB not exported, excepted class: 110% of the duties including fees";

    /**
     * The HTSUS subheadings whose TIB bond is 110 percent of the estimated duties including fees rather than double
     * (19 CFR 10.31(f): samples solely for taking orders, motion-picture advertising films, professional equipment and
     * tools of trade; HQ 226034; CBLE 2000-04 No. 51). A verified list of the regulation, kept with its citation.
     */
    public static final java.util.Map<String, String> TIB_EXCEPTED_SUBHEADINGS = java.util.Map.of(
            "9813.00.20", "samples solely for use in taking orders",
            "9813.00.25", "motion-picture advertising films",
            "9813.00.50", "professional equipment and tools of trade");
    static final String C_TIB = "19 CFR 10.31(f) (T.D. 95-22)";

    /**
     * The law reference gives no provision for the cap (5 step 2: "cap at the bond amount"); it is the limit of
     * liability written on the bond (CBP Form 301).
     */
    static final String C_BOND_LIMIT = "Bond limit of liability (CBP Form 301; law reference 5 step 2)";

    /** A claim against a bond's remaining coverage: the claim as capped, and whether it had to be. */
    public record BondCoverage(Computation claim, BigDecimal remainingBefore, BigDecimal remainingAfter,
                               boolean exceedsCoverage) {
    }

    public Computation assessed(LdFacts facts, ParameterSource parameters, LocalDate on) {
        if (facts.breach() == null) {
            throw new Problems.InvalidInput("breach: name the breach of the bond condition.");
        }
        if (facts.breachDate() != null && facts.breachDate().isAfter(on)) {
            throw new Problems.InvalidInput("breachDate: " + facts.breachDate() + " is after " + on
                    + "; a breach cannot be assessed before it happens.");
        }
        BigDecimal bond = required(facts.bondAmount(), "bondAmount", "the cap at the bond amount");
        List<TraceStep> steps = new ArrayList<>();
        BigDecimal amount = switch (facts.breach()) {
            case LATE_ENTRY_SUMMARY -> lateEntrySummary(facts, parameters, on, steps);
            case FAILURE_TO_REDELIVER, IN_BOND_NOT_DELIVERED, ENTRY_MERCHANDISE_DEFAULT, CUSTODIAL_MERCHANDISE_DEFAULT ->
                    valueOfMerchandise(facts, parameters, on, steps);
            case FDA_REFUSED_NOT_EXPORTED -> fdaRefused(facts, parameters, on, steps);
            case LATE_ISF -> perDefault(facts, parameters, on, steps, ParameterNames.LD_ISF_PER_VIOLATION, "ISF violation");
            case DUTY_DEPOSIT_DEFAULT -> dutyDeposit(facts, parameters, on, steps);
            case ENTRY_NON_MERCHANDISE_DEFAULT -> perDefault(facts, parameters, on, steps,
                    ParameterNames.LD_ENTRY_NON_MERCHANDISE_PER_DEFAULT, "default with no merchandise involved");
            case CUSTODIAL_NON_MERCHANDISE_DEFAULT -> perDefault(facts, parameters, on, steps,
                    ParameterNames.LD_CUSTODIAL_NON_MERCHANDISE_PER_DEFAULT, "custodial default with no merchandise involved");
            case TIB_NOT_EXPORTED -> tib(facts, parameters, on, steps);
            case TEXTILE_LABELING -> textile(facts, parameters, on, steps);
        };
        BigDecimal assessed = capAtBond(amount, bond, steps);
        steps.add(step(STEP_ASSESSED, assessed, "liquidated damages for " + facts.breach(), facts.breach().citation()
                + " [" + facts.breach().confidence() + "]", null));
        return new Computation(assessed, steps);
    }

    /**
     * A new claim against what is left of the bond after the earlier claims: capped at the remaining coverage and
     * flagged when it would exceed it (issue 4: a bond's remaining coverage is tracked across its claims).
     */
    public BondCoverage remainingCoverage(BigDecimal bondAmount, List<BigDecimal> earlierClaims, BigDecimal newClaim) {
        BigDecimal bond = required(bondAmount, "bondAmount", "the remaining coverage");
        BigDecimal claimed = BigDecimal.ZERO;
        for (BigDecimal earlier : earlierClaims) {
            claimed = claimed.add(nonNegative(earlier, "earlier claim"));
        }
        BigDecimal wanted = required(newClaim, "newClaim", "a claim against the bond");
        BigDecimal remainingBefore = cents(bond.subtract(claimed).max(BigDecimal.ZERO));
        List<TraceStep> steps = new ArrayList<>();
        steps.add(step("Remaining bond coverage", remainingBefore, "bond amount " + money(bond) + " less "
                + earlierClaims.size() + " earlier claim(s) totalling " + money(claimed) + ", not below 0", C_BOND_LIMIT, null));
        boolean exceeds = wanted.compareTo(remainingBefore) > 0;
        BigDecimal claim = cents(wanted.min(remainingBefore));
        if (exceeds) {
            steps.add(step("Claim capped at the remaining coverage", claim, "the claim " + money(wanted)
                    + " exceeds the remaining coverage " + money(remainingBefore) + "; the excess "
                    + money(wanted.subtract(remainingBefore)) + " is not covered by this bond", C_BOND_LIMIT, null));
        } else {
            steps.add(step("Claim within the remaining coverage", claim, "the claim " + money(wanted)
                    + " is at most the remaining coverage " + money(remainingBefore), C_BOND_LIMIT, null));
        }
        BigDecimal remainingAfter = cents(remainingBefore.subtract(claim));
        return new BondCoverage(new Computation(claim, steps), remainingBefore, remainingAfter, exceeds);
    }

    // --- the breaches ------------------------------------------------------------------------------------------

    /**
     * 142.15: on a single-transaction bond the demand is the full bond amount; under a continuous bond it is "the
     * amount that would have been demanded if the merchandise had been released under a single entry bond", which
     * Customs Directive 099 3510-004 sets at the entered value plus the estimated duties, taxes and fees, or three times
     * the value for merchandise subject to other agencies' requirements (rule audit C2). The duties, taxes and fees are
     * those the late entry summary withheld ({@link LdFacts#withheldDuty()}); the bond cap follows in
     * {@link #capAtBond}.
     */
    private BigDecimal lateEntrySummary(LdFacts f, ParameterSource p, LocalDate on, List<TraceStep> steps) {
        if (f.bondType() == null) {
            throw new Problems.InvalidInput("bondType: a late entry summary is assessed by bond type "
                    + "(SINGLE_TRANSACTION: the full bond; CONTINUOUS: the single-entry bond amount).");
        }
        if (f.bondType() == BondType.SINGLE_TRANSACTION) {
            ParameterValue share = p.valueOn(ParameterNames.LD_SINGLE_TRANSACTION_LATE_SUMMARY_BOND_SHARE, on);
            BigDecimal amount = cents(f.bondAmount().multiply(share.value()));
            steps.add(step("Late entry summary, single-transaction bond", amount, gov.fpf.rules.RuleMath.percent(share.value())
                    + " of the bond amount " + money(f.bondAmount()), share.citation(), share.reference()));
            return amount;
        }
        BigDecimal value = required(f.merchandiseValue(), "merchandiseValue",
                "a late entry summary on a continuous bond (the single-entry bond amount starts from the entered value)");
        if (f.restricted()) {
            ParameterValue multiple = p.valueOn(ParameterNames.LD_CONTINUOUS_LATE_SUMMARY_RESTRICTED_VALUE_MULTIPLE, on);
            BigDecimal amount = cents(value.multiply(multiple.value()));
            steps.add(step(STEP_LATE_SUMMARY_CONTINUOUS_RESTRICTED, amount, "single-entry bond for merchandise subject to "
                    + "other agencies' requirements: " + plain(multiple.value()) + " × value " + money(value),
                    multiple.citation(), multiple.reference()));
            return amount;
        }
        BigDecimal duties = required(f.withheldDuty(), "withheldDuty", "a late entry summary on a continuous bond "
                + "(the estimated duties, taxes and fees the single-entry bond adds to the value; 0 if none)");
        ParameterValue multiple = p.valueOn(ParameterNames.LD_CONTINUOUS_LATE_SUMMARY_SINGLE_ENTRY_MULTIPLE, on);
        BigDecimal amount = cents(value.add(duties).multiply(multiple.value()));
        steps.add(step(STEP_LATE_SUMMARY_CONTINUOUS, amount, "single-entry bond amount: " + plain(multiple.value())
                + " × (entered value " + money(value) + " + estimated duties, taxes and fees " + money(duties) + ")",
                multiple.citation(), multiple.reference()));
        return amount;
    }

    /** 113.62(n)(1), 113.63, 141.113(i): the value, or 3x the value for restricted, prohibited or alcohol merchandise. */
    private BigDecimal valueOfMerchandise(LdFacts f, ParameterSource p, LocalDate on, List<TraceStep> steps) {
        BigDecimal value = required(f.merchandiseValue(), "merchandiseValue", "liquidated damages on the value");
        ParameterValue multiple = p.valueOn(f.restricted() ? ParameterNames.LD_RESTRICTED_VALUE_MULTIPLE
                : ParameterNames.LD_MERCHANDISE_VALUE_MULTIPLE, on);
        BigDecimal amount = cents(value.multiply(multiple.value()));
        steps.add(step(f.restricted() ? "Restricted, prohibited or alcohol merchandise: " + plain(multiple.value())
                        + " × value" : "Value of the merchandise", amount, plain(multiple.value()) + " × value "
                        + money(value), f.breach().citation(), multiple.reference()));
        return amount;
    }

    /** Reference 1.6 and P15: typically 3x the value, capped at the bond (the cap is applied for every breach). */
    private BigDecimal fdaRefused(LdFacts f, ParameterSource p, LocalDate on, List<TraceStep> steps) {
        BigDecimal value = required(f.merchandiseValue(), "merchandiseValue", "liquidated damages on refused goods");
        ParameterValue multiple = p.valueOn(ParameterNames.LD_FDA_REFUSED_VALUE_MULTIPLE, on);
        BigDecimal amount = cents(value.multiply(multiple.value()));
        steps.add(step("FDA-refused goods not exported or destroyed: " + plain(multiple.value()) + " × value", amount,
                plain(multiple.value()) + " × value " + money(value), multiple.citation(), multiple.reference()));
        return amount;
    }

    /** 113.62(j), (n)(3) and 113.63: a fixed amount per default or violation. */
    private BigDecimal perDefault(LdFacts f, ParameterSource p, LocalDate on, List<TraceStep> steps, String parameter,
                                  String what) {
        int defaults = atLeastOne(f.defaults(), "defaults", "a per-default amount");
        ParameterValue each = p.valueOn(parameter, on);
        BigDecimal amount = cents(each.value().multiply(BigDecimal.valueOf(defaults)));
        steps.add(step(money(each.value()) + " per " + what + " (" + defaults + ")", amount, money(each.value()) + " × "
                + defaults, each.citation(), each.reference()));
        return amount;
    }

    /** 113.62(n)(4): twice the unpaid duties, taxes and charges, or $1,000, whichever is greater. */
    private BigDecimal dutyDeposit(LdFacts f, ParameterSource p, LocalDate on, List<TraceStep> steps) {
        BigDecimal unpaid = required(f.unpaidDuties(), "unpaidDuties", "a duty-deposit default");
        ParameterValue multiple = p.valueOn(ParameterNames.LD_DUTY_DEPOSIT_UNPAID_MULTIPLE, on);
        ParameterValue minimum = p.valueOn(ParameterNames.LD_DUTY_DEPOSIT_MINIMUM, on);
        BigDecimal multipleOfUnpaid = cents(unpaid.multiply(multiple.value()));
        steps.add(step(plain(multiple.value()) + " × unpaid duties, taxes and charges", multipleOfUnpaid,
                plain(multiple.value()) + " × " + money(unpaid), multiple.citation(), multiple.reference()));
        BigDecimal amount = cents(multipleOfUnpaid.max(minimum.value()));
        steps.add(step("Duty-deposit default", amount, "greater of " + money(multipleOfUnpaid) + " and the minimum "
                + money(minimum.value()), minimum.citation(), minimum.reference()));
        return amount;
    }

    /**
     * 19 CFR 10.31(f) (as amended by T.D. 95-22): the TIB bond, and so the damages for not exporting, is double the
     * estimated duties INCLUDING fees (MPF, HMF), or 110 percent of them for the excepted classes (samples 9813.00.20,
     * advertising films 9813.00.25, tools of trade 9813.00.50) (rule audit C5).
     */
    private BigDecimal tib(LdFacts f, ParameterSource p, LocalDate on, List<TraceStep> steps) {
        BigDecimal duties = required(f.estimatedDuties(), "estimatedDuties", "a TIB not exported");
        BigDecimal fees = f.estimatedFees() == null ? BigDecimal.ZERO : nonNegative(f.estimatedFees(), "estimatedFees");
        BigDecimal base = duties.add(fees);
        String subheading = tibSubheading(f.tibSubheading());
        String what = subheading == null ? null : TIB_EXCEPTED_SUBHEADINGS.get(subheading);
        if (what != null) {
            ParameterValue multiple = p.valueOn(ParameterNames.LD_TIB_EXCEPTED_CLASS_DUTY_MULTIPLE, on);
            BigDecimal amount = cents(base.multiply(multiple.value()));
            steps.add(step(STEP_TIB_EXCEPTED, amount, "subheading " + subheading + " (" + what + "): "
                    + plain(multiple.value()) + " × (estimated duties " + money(duties) + " + fees " + money(fees) + ")",
                    multiple.citation(), multiple.reference()));
            return amount;
        }
        ParameterValue multiple = p.valueOn(ParameterNames.LD_TIB_ESTIMATED_DUTY_MULTIPLE, on);
        BigDecimal amount = cents(base.multiply(multiple.value()));
        steps.add(step(STEP_TIB_DOUBLE, amount, (subheading == null ? "no excepted subheading named" : "subheading "
                + subheading + " is not an excepted class") + ": " + plain(multiple.value()) + " × (estimated duties "
                + money(duties) + " + fees " + money(fees) + ")", C_TIB + "; " + multiple.citation(), multiple.reference()));
        return amount;
    }

    /** A subheading as 9813.00.50 (10 digits or dots are accepted: 9813005000, 9813.00.5000); null when not given. */
    static String tibSubheading(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String digits = given.strip().replace(".", "");
        if (!digits.matches("[0-9]{8}([0-9]{2})?")) {
            throw new Problems.InvalidInput("tibSubheading: '" + given + "' is not an HTSUS subheading such as 9813.00.50.");
        }
        return digits.substring(0, 4) + "." + digits.substring(4, 6) + "." + digits.substring(6, 8);
    }

    /** 113.68: twice the value plus the duty (read as 2 × value + duty, not 2 × (value + duty)). */
    private BigDecimal textile(LdFacts f, ParameterSource p, LocalDate on, List<TraceStep> steps) {
        BigDecimal value = required(f.merchandiseValue(), "merchandiseValue", "a textile labeling default");
        BigDecimal duty = required(f.estimatedDuties(), "estimatedDuties", "a textile labeling default (the duty added)");
        ParameterValue multiple = p.valueOn(ParameterNames.LD_TEXTILE_VALUE_MULTIPLE, on);
        BigDecimal amount = cents(value.multiply(multiple.value()).add(duty));
        steps.add(step("Textile labeling default: " + plain(multiple.value()) + " × value plus duty", amount,
                plain(multiple.value()) + " × " + money(value) + " + " + money(duty), multiple.citation(),
                multiple.reference()));
        return amount;
    }

    /** Every claim, whatever the breach, is at most the bond amount; the trace says which way it went. */
    private static BigDecimal capAtBond(BigDecimal amount, BigDecimal bond, List<TraceStep> steps) {
        if (amount.compareTo(bond) > 0) {
            BigDecimal capped = cents(bond);
            steps.add(step(STEP_CAPPED_AT_BOND, capped, "the computed " + money(amount) + " exceeds the bond amount "
                    + money(bond) + "; liquidated damages are capped at the bond", C_BOND_LIMIT, null));
            return capped;
        }
        steps.add(step(STEP_WITHIN_BOND, amount, money(amount) + " is at most the bond amount " + money(bond),
                C_BOND_LIMIT, null));
        return cents(amount);
    }
}
