package gov.fpf.rules.penalties;

import static gov.fpf.rules.RuleMath.atLeastOne;
import static gov.fpf.rules.RuleMath.cents;
import static gov.fpf.rules.RuleMath.money;
import static gov.fpf.rules.RuleMath.nonNegative;
import static gov.fpf.rules.RuleMath.percent;
import static gov.fpf.rules.RuleMath.plain;
import static gov.fpf.rules.RuleMath.required;
import static gov.fpf.rules.RuleMath.step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import gov.fpf.rules.Computation;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/**
 * The statutory maximum penalty (law reference 7.2, 1.1, 1.2 and 12.1) with a trace an officer can read to a
 * petitioner. Multipliers and limits are effective-dated parameters read on the date given (normally the date the
 * maximum is assessed); amounts are dollars, rounded HALF_UP to cents at the end of each step.
 */
@Component
public class PenaltyMaximums {

    private static final String C_1592_D = "19 U.S.C. 1592(d)";
    /** The last step of every maximum: the statutory maximum the case is assessed against. */
    public static final String MAXIMUM_STEP = "Maximum penalty";
    /** The step that states the 1592(d) loss of revenue beside the maximum (not part of it). */
    public static final String LOSS_OF_REVENUE_STEP = "Loss of revenue, demanded in addition to the penalty";
    private static final String C_PRIOR_DISCLOSURE_APP_B = "19 CFR Part 171 App. B (F)(2)(f)";
    private static final String C_1592_C4_TENDER = "19 U.S.C. 1592(c)(4)(A)(i), (B); 19 CFR 162.74(c)";

    public Computation maximum(PenaltyFacts facts, ParameterSource parameters, LocalDate on) {
        if (facts.statute() == null) {
            throw new Problems.InvalidInput("statute: name the penalty statute (1592, 1641, 1526f or 1595a).");
        }
        List<TraceStep> steps = new ArrayList<>();
        BigDecimal maximum = switch (facts.statute()) {
            case S1592 -> maximum1592(facts, parameters, on, steps);
            case S1641 -> maximum1641(facts, parameters, on, steps);
            case S1526F -> maximum1526f(facts, parameters, on, steps);
            case S1595A -> maximum1595a(facts, steps);
        };
        steps.add(step(MAXIMUM_STEP, maximum, "statutory maximum for " + facts.statute().citation(),
                facts.statute().citation(), null));
        return new Computation(maximum, steps);
    }

    /**
     * The maximum's steps without the loss-of-revenue line, for a case file that states the loss of revenue itself
     * (with what a tender already restored), so its trace does not say it twice.
     */
    public static List<TraceStep> withoutLossOfRevenue(List<TraceStep> steps) {
        return steps.stream().filter(s -> !LOSS_OF_REVENUE_STEP.equals(s.step())).toList();
    }

    /** 19 U.S.C. 1592(d): the lost duties, taxes and fees are demanded in addition to any penalty; 0 if none. */
    public BigDecimal lossOfRevenueDemand(PenaltyFacts facts) {
        return facts.statute() == PenaltyStatute.S1592 && facts.revenueLoss() ? cents(facts.lossOfRevenue()) : cents(BigDecimal.ZERO);
    }

    /**
     * 19 U.S.C. 1592(d): what of the loss of revenue the case must still collect: the loss less a tender the person
     * already made (1592(c)(4)), never below zero; 0 for the other statutes.
     */
    public BigDecimal lossOfRevenueToRestore(PenaltyFacts facts) {
        BigDecimal demand = lossOfRevenueDemand(facts);
        PenaltyFacts.Tender t = facts.tenderOrNone();
        if (demand.signum() == 0 || !t.tendered()) {
            return demand;
        }
        return cents(demand.subtract(t.tenderAmount()).max(BigDecimal.ZERO));
    }

    /**
     * A licensed broker's penalties for several 1641(d) violations: the sum of the amounts, at most the aggregate
     * limit in total (law reference P12: four violations at $10,000 each come to $30,000).
     */
    public Computation brokerTotal(List<BigDecimal> amountsPerViolation, ParameterSource parameters, LocalDate on) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal amount : amountsPerViolation) {
            sum = sum.add(nonNegative(amount, "amount per violation"));
        }
        ParameterValue limit = parameters.valueOn(ParameterNames.BROKER_AGGREGATE_LIMIT, on);
        BigDecimal total = cents(sum.min(limit.value()));
        List<TraceStep> steps = List.of(
                step("Sum of the penalties for " + amountsPerViolation.size() + " violation(s)", sum,
                        "sum of the amounts per violation", "19 U.S.C. 1641(d)(2)(A)", null),
                step("Broker penalty, total", total, "lesser of the sum and the aggregate limit "
                        + money(limit.value()), limit.citation(), limit.reference()));
        return new Computation(total, steps);
    }

    /**
     * 19 U.S.C. 1592(b)(1)(B): no pre-penalty notice when the importation is noncommercial or the proposed claim is
     * the threshold ($1,000) or less; so $1,000 needs none and $1,001 does (law reference P4).
     */
    public boolean ppnRequired(boolean commercial, BigDecimal proposed, ParameterSource parameters, LocalDate on) {
        ParameterValue threshold = parameters.valueOn(ParameterNames.PPN_THRESHOLD, on);
        return commercial && nonNegative(proposed, "proposed penalty").compareTo(threshold.value()) > 0;
    }

    /**
     * The same gateway for any statute of case type A. A 1592 case follows 1592(b)(1)(B). A 1641 case always gets a
     * written pre-penalty notice with 30 days to respond (19 CFR 111.92(a)). 1526(f) and 1595a(b) need none: 1592(b)
     * governs 1592 penalties only, and a notice the law does not require would only spend the limitation period.
     */
    public boolean ppnRequired(PenaltyStatute statute, boolean commercial, BigDecimal proposed, ParameterSource parameters,
                               LocalDate on) {
        return switch (statute) {
            case S1641 -> true;
            case S1592 -> ppnRequired(commercial, proposed, parameters, on);
            case S1526F, S1595A -> false;
        };
    }

    /** Why {@link #ppnRequired(PenaltyStatute, boolean, BigDecimal, ParameterSource, LocalDate)} answered as it did. */
    public static String ppnReason(PenaltyStatute statute, boolean required) {
        return switch (statute) {
            case S1641 -> "required: a broker always gets a pre-penalty notice (19 CFR 111.92(a))";
            case S1592 -> required ? "required (commercial and over the threshold)"
                    : "not required (noncommercial, or $1,000 or less)";
            case S1526F, S1595A -> "not required: 19 U.S.C. 1592(b) governs 1592 penalties only; "
                    + statute.citation() + " has no pre-penalty notice";
        };
    }

    /** The citation of the pre-penalty notice rule for the statute. */
    public static String ppnCitation(PenaltyStatute statute) {
        return switch (statute) {
            case S1641 -> "19 CFR 111.92(a)";
            case S1592 -> "19 U.S.C. 1592(b)(1)";
            case S1526F, S1595A -> "19 U.S.C. 1592(b); " + statute.citation();
        };
    }

    /**
     * 1592(c)(4)(A)(i) and (B): the prior-disclosure cap on a loss of revenue holds "so long as" the person tenders
     * the unpaid amount at the time of disclosure or within 30 days after CBP's notice of its calculation. Qualifies:
     * a tender of at least the loss of revenue, made on or before the disclosure date, or on or before the last day
     * of the period after the calculation notice; while no calculation notice has been given, a tender after the
     * disclosure is still in time (the period has not begun). No tender recorded: no cap.
     */
    public TenderCheck tenderCheck(PenaltyFacts f, ParameterSource p) {
        PenaltyFacts.Tender t = f.tenderOrNone();
        BigDecimal lor = cents(f.lossOfRevenue());
        if (!t.tendered()) {
            return new TenderCheck(false, "no tender of the loss of revenue " + money(lor) + " is recorded", null);
        }
        if (cents(t.tenderAmount()).compareTo(lor) < 0) {
            return new TenderCheck(false, "the tender of " + money(t.tenderAmount()) + " on " + t.tenderDate()
                    + " is less than the unpaid loss of revenue " + money(lor), null);
        }
        if (t.disclosureDate() != null && !t.tenderDate().isAfter(t.disclosureDate())) {
            return new TenderCheck(true, "tendered " + money(t.tenderAmount()) + " on " + t.tenderDate()
                    + ", at the time of the disclosure (" + t.disclosureDate() + ")", null);
        }
        if (t.calculationNoticeDate() == null) {
            return new TenderCheck(true, "tendered " + money(t.tenderAmount()) + " on " + t.tenderDate()
                    + ", before CBP's notice of its calculation (the tender period has not begun)", null);
        }
        ParameterValue period = p.valueOn(ParameterNames.PRIOR_DISCLOSURE_TENDER, t.calculationNoticeDate());
        LocalDate lastDay = Deadlines.plus(t.calculationNoticeDate(), period);
        boolean inTime = !t.tenderDate().isAfter(lastDay);
        return new TenderCheck(inTime, "tendered " + money(t.tenderAmount()) + " on " + t.tenderDate() + "; the period"
                + " after CBP's calculation notice of " + t.calculationNoticeDate() + " ends " + lastDay + " ("
                + Deadlines.describe(period) + ")" + (inTime ? ": in time" : ": late"), period.reference());
    }

    /** Whether the tender condition of 1592(c)(4) is met, and why. */
    public record TenderCheck(boolean qualifies, String reason, String parameterRef) {
    }

    // --- 19 U.S.C. 1592 ------------------------------------------------------------------------------------------

    private BigDecimal maximum1592(PenaltyFacts f, ParameterSource p, LocalDate on, List<TraceStep> steps) {
        if (f.culpability() == null) {
            throw new Problems.InvalidInput("culpability: a 1592 penalty needs the degree of culpability "
                    + "(NEGLIGENCE, GROSS_NEGLIGENCE or FRAUD).");
        }
        BigDecimal maximum = switch (f.culpability()) {
            case FRAUD -> {
                BigDecimal dv = required(f.domesticValue(), "domesticValue", "a fraud maximum");
                steps.add(step("Maximum, fraud", dv, "domestic value of the merchandise", "19 U.S.C. 1592(c)(1)", null));
                yield cents(dv);
            }
            case GROSS_NEGLIGENCE -> nonFraudMaximum(f, p, on, steps, "gross negligence",
                    ParameterNames.GROSS_NEGLIGENCE_LOR_MULTIPLE, ParameterNames.GROSS_NEGLIGENCE_DUTIABLE_SHARE);
            case NEGLIGENCE -> nonFraudMaximum(f, p, on, steps, "negligence",
                    ParameterNames.NEGLIGENCE_LOR_MULTIPLE, ParameterNames.NEGLIGENCE_DUTIABLE_SHARE);
        };
        if (f.priorDisclosure()) {
            maximum = priorDisclosureCap(f, p, on, steps, maximum);
        }
        if (f.revenueLoss()) {
            steps.add(step(LOSS_OF_REVENUE_STEP, lossOfRevenueDemand(f),
                    "the lost duties, taxes and fees are restored whether or not a penalty is assessed; not part of "
                            + "the maximum", C_1592_D, null));
        }
        return maximum;
    }

    /** 1592(c)(2) and (c)(3): the lesser of DV and a multiple of the LOR, or a share of dutiable value if no LOR. */
    private BigDecimal nonFraudMaximum(PenaltyFacts f, ParameterSource p, LocalDate on, List<TraceStep> steps,
                                       String label, String lorMultipleName, String dutiableShareName) {
        if (f.revenueLoss()) {
            BigDecimal lor = f.lossOfRevenue();
            BigDecimal dv = required(f.domesticValue(), "domesticValue", "a " + label + " maximum with a loss of revenue");
            ParameterValue multiple = p.valueOn(lorMultipleName, on);
            BigDecimal multipleOfLor = cents(lor.multiply(multiple.value()));
            steps.add(step(plain(multiple.value()) + " × loss of revenue", multipleOfLor,
                    money(lor) + " × " + plain(multiple.value()), multiple.citation(), multiple.reference()));
            BigDecimal maximum = cents(dv.min(multipleOfLor));
            steps.add(step("Maximum, " + label, maximum, "lesser of domestic value " + money(dv) + " and "
                    + plain(multiple.value()) + " × loss of revenue " + money(multipleOfLor), multiple.citation(), null));
            return maximum;
        }
        BigDecimal dutiable = required(f.dutiableValue(), "dutiableValue", "a " + label + " maximum without a loss of revenue");
        ParameterValue share = p.valueOn(dutiableShareName, on);
        BigDecimal maximum = cents(dutiable.multiply(share.value()));
        steps.add(step("Maximum, " + label + " (duties not affected)", maximum, percent(share.value())
                + " of dutiable value " + money(dutiable), share.citation(), share.reference()));
        return maximum;
    }

    /**
     * 1592(c)(4) and App. B (F)(2)(f): the prior-disclosure cap; the maximum is the lesser of the two. Where there is
     * a loss of revenue the cap holds only with a qualifying tender ({@link #tenderCheck}); without one the ordinary
     * maximum stands, and the trace says why.
     */
    private BigDecimal priorDisclosureCap(PenaltyFacts f, ParameterSource p, LocalDate on, List<TraceStep> steps,
                                          BigDecimal statutoryMaximum) {
        if (f.revenueLoss()) {
            TenderCheck tender = tenderCheck(f, p);
            if (!tender.qualifies()) {
                steps.add(new TraceStep("Prior disclosure cap not applied", cents(statutoryMaximum).toPlainString(),
                        tender.reason() + "; the cap holds only so long as the unpaid loss of revenue is tendered at the"
                                + " time of disclosure or within 30 days after CBP's notice of its calculation, so the"
                                + " ordinary maximum applies", C_1592_C4_TENDER, tender.parameterRef()));
                return statutoryMaximum;
            }
            steps.add(new TraceStep("Prior disclosure tender", cents(f.tenderOrNone().tenderAmount()).toPlainString(),
                    tender.reason(), C_1592_C4_TENDER, tender.parameterRef()));
        }
        BigDecimal cap;
        if (f.fraud() && f.revenueLoss()) {
            ParameterValue share = p.valueOn(ParameterNames.PRIOR_DISCLOSURE_FRAUD_LOR_SHARE, on);
            cap = cents(f.lossOfRevenue().multiply(share.value()));
            steps.add(step("Prior disclosure cap, fraud", cap, percent(share.value()) + " of loss of revenue "
                    + money(f.lossOfRevenue()) + " (the loss was tendered in time)", share.citation(), share.reference()));
        } else if (f.fraud()) {
            BigDecimal dutiable = required(f.dutiableValue(), "dutiableValue", "a fraud prior-disclosure cap without a loss of revenue");
            ParameterValue share = p.valueOn(ParameterNames.PRIOR_DISCLOSURE_FRAUD_DUTIABLE_SHARE, on);
            cap = cents(dutiable.multiply(share.value()));
            steps.add(step("Prior disclosure cap, fraud (duties not affected)", cap, percent(share.value())
                    + " of dutiable value " + money(dutiable), share.citation(), share.reference()));
        } else if (f.revenueLoss()) {
            BigDecimal interest = f.priorDisclosureInterest();
            if (interest == null) {
                throw new Problems.InvalidInput("priorDisclosureInterest: a prior disclosure of negligence or gross "
                        + "negligence with a loss of revenue is capped at the 26 U.S.C. 6621 interest on the loss from "
                        + "liquidation to tender; enter that interest amount (0 if the loss was only potential).");
            }
            cap = cents(nonNegative(interest, "priorDisclosureInterest"));
            steps.add(step("Prior disclosure cap, " + label(f.culpability()), cap, "interest on the loss of revenue "
                    + "from liquidation at the 26 U.S.C. 6621 rate, as entered by the officer (none if the loss "
                    + "was only potential)", "19 U.S.C. 1592(c)(4)(B); " + C_PRIOR_DISCLOSURE_APP_B, null));
        } else {
            cap = cents(BigDecimal.ZERO);
            steps.add(step("Prior disclosure cap, " + label(f.culpability()) + " (duties not affected)", cap,
                    "no penalty when a negligent or grossly negligent violation is disclosed and duties were not "
                            + "affected", "19 U.S.C. 1592(c)(4)(B); " + C_PRIOR_DISCLOSURE_APP_B, null));
        }
        BigDecimal capped = statutoryMaximum.min(cap);
        steps.add(step("Maximum with prior disclosure", capped, "lesser of the maximum " + money(statutoryMaximum)
                + " and the prior-disclosure cap " + money(cap) + "; no seizure is allowed", "19 U.S.C. 1592(c)(4)", null));
        return capped;
    }

    // --- 19 U.S.C. 1641, 1526(f), 1595a(b) --------------------------------------------------------------------

    private BigDecimal maximum1641(PenaltyFacts f, ParameterSource p, LocalDate on, List<TraceStep> steps) {
        if (f.licensedBroker() && f.brokerConduct() == BrokerConduct.IDENTITY_VERIFICATION) {
            return maximumIdentityVerification(f, p, on, steps);
        }
        if (f.licensedBroker()) {
            int violations = atLeastOne(f.brokerViolations(), "brokerViolations", "a licensed broker's penalty");
            ParameterValue limit = p.valueOn(ParameterNames.BROKER_AGGREGATE_LIMIT, on);
            BigDecimal maximum = cents(limit.value());
            steps.add(step("Maximum, licensed broker (" + violations + " violation(s))", maximum, money(limit.value())
                    + " in total for one or more violations", limit.citation(), limit.reference()));
            return maximum;
        }
        int transactions = atLeastOne(f.unlicensedTransactions(), "unlicensedTransactions",
                "a penalty for customs business without a license");
        ParameterValue perTransaction = p.valueOn(ParameterNames.UNLICENSED_PER_TRANSACTION_LIMIT, on);
        BigDecimal statutory = cents(perTransaction.value().multiply(BigDecimal.valueOf(transactions)));
        steps.add(step("Statutory maximum, unlicensed (" + transactions + " transaction(s))", statutory,
                money(perTransaction.value()) + " × " + transactions + " transactions", perTransaction.citation(),
                perTransaction.reference()));
        ParameterValue aggregate = p.valueOn(ParameterNames.UNLICENSED_AGGREGATE_LIMIT, on);
        BigDecimal maximum = cents(statutory.min(aggregate.value()));
        steps.add(step("Maximum, unlicensed, with the regulation's aggregate cap", maximum, "lesser of "
                + money(statutory) + " and the aggregate cap " + money(aggregate.value()), aggregate.citation(),
                aggregate.reference()));
        return maximum;
    }

    /**
     * 19 U.S.C. 1641(i)(3): a broker who fails to verify an importer's identity as CBP's regulations require pays the
     * per-violation amount for each failure, with no aggregate limit (the $30,000 of 1641(d)(2)(A) does not apply; law
     * reference A9). The parameter is EO-gated: before an instrument puts BROKER_IDENTITY_VERIFICATION in force on the
     * date, the penalty cannot be assessed (422).
     */
    private BigDecimal maximumIdentityVerification(PenaltyFacts f, ParameterSource p, LocalDate on, List<TraceStep> steps) {
        int violations = atLeastOne(f.brokerViolations(), "brokerViolations",
                "an identity-verification penalty (one per importer whose identity was not verified)");
        ParameterValue perViolation;
        try {
            perViolation = p.valueOn(ParameterNames.BROKER_IDENTITY_PER_VIOLATION, on);
        } catch (gov.fpf.rules.ParameterNotInForce notInForce) {
            throw new Problems.RuleViolation("brokerConduct IDENTITY_VERIFICATION: the penalty for a broker's failure to"
                    + " verify an importer's identity (19 U.S.C. 1641(i)(3)) applies only once an implementing"
                    + " instrument puts " + gov.fpf.rules.EoRule.BROKER_IDENTITY_VERIFICATION.name()
                    + " (CBP's identity-verification requirements) in force, and none does on " + on + ". Charge the"
                    + " conduct as an ordinary 1641(d)(2)(A) violation, or wait for the instrument.",
                    gov.fpf.rules.EoRule.BROKER_IDENTITY_VERIFICATION.citation());
        }
        BigDecimal maximum = cents(perViolation.value().multiply(BigDecimal.valueOf(violations)));
        steps.add(step("Maximum, identity verification (" + violations + " violation(s))", maximum,
                money(perViolation.value()) + " × " + violations + " failure(s) to verify an importer's identity; no"
                        + " aggregate limit applies", perViolation.citation(), perViolation.reference()));
        return maximum;
    }

    private BigDecimal maximum1526f(PenaltyFacts f, ParameterSource p, LocalDate on, List<TraceStep> steps) {
        BigDecimal msrp = required(f.msrpValue(), "msrpValue", "a 1526(f) fine");
        if (f.priorCounterfeitSeizures() < 0) {
            throw new Problems.InvalidInput("priorCounterfeitSeizures: cannot be negative.");
        }
        boolean first = f.priorCounterfeitSeizures() == 0;
        ParameterValue multiple = p.valueOn(first ? ParameterNames.COUNTERFEIT_FIRST_SEIZURE_MSRP_MULTIPLE
                : ParameterNames.COUNTERFEIT_LATER_SEIZURE_MSRP_MULTIPLE, on);
        BigDecimal maximum = cents(msrp.multiply(multiple.value()));
        steps.add(step(first ? "Maximum, first seizure" : "Maximum, seizure after " + f.priorCounterfeitSeizures()
                        + " earlier seizure(s)", maximum, plain(multiple.value()) + " × value if genuine (MSRP) "
                        + money(msrp), multiple.citation(), multiple.reference()));
        return maximum;
    }

    private BigDecimal maximum1595a(PenaltyFacts f, List<TraceStep> steps) {
        BigDecimal value = required(f.articleValue(), "articleValue", "a 1595a(b) penalty");
        BigDecimal maximum = cents(value);
        steps.add(step("Penalty, aiding unlawful importation", maximum, "equal to the value of the articles",
                "19 U.S.C. 1595a(b)", null));
        return maximum;
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static String label(Culpability culpability) {
        return culpability == Culpability.GROSS_NEGLIGENCE ? "gross negligence" : "negligence";
    }
}
