package gov.fpf.mitigation;

import static gov.fpf.rules.RuleMath.cents;
import static gov.fpf.rules.RuleMath.money;
import static gov.fpf.rules.RuleMath.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import gov.fpf.rules.DecisionTables;
import gov.fpf.rules.TraceStep;
import gov.fpf.rules.penalties.PenaltyFacts;
import gov.fpf.rules.penalties.PenaltyStatute;
import gov.fpf.system.Problems;

/**
 * The App. B guideline range of a 1592 penalty (law reference 12.1), from the decision table
 * {@code processes/mitigation/PenaltyGuidelineRange.dmn}: a designer revises the factors in the table, this class
 * applies them to the case's amounts and caps both ends at the domestic value. It runs the DMN engine standalone (no
 * process engine), so the same table serves the form, the service and a business rule task.
 */
@Component
public class GuidelineRanges {

    public static final String RESOURCE = "processes/mitigation/PenaltyGuidelineRange.dmn";
    public static final String DECISION_KEY = "PenaltyGuidelineRange";

    /** Low and high end of the range in dollars and cents, with the trace that produced them. */
    public record Range(BigDecimal low, BigDecimal high, List<TraceStep> steps) {
        public Range {
            steps = List.copyOf(steps);
        }
    }

    private final DecisionTables decisionTables;

    public GuidelineRanges(DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
    }

    /** The range for a 1592 case; both ends at most the domestic value (App. B (F)(2)). */
    public Range range(PenaltyFacts facts) {
        if (facts.statute() != PenaltyStatute.S1592 || facts.culpability() == null) {
            throw new Problems.InvalidInput("The App. B guideline ranges apply to 19 U.S.C. 1592 penalties with a "
                    + "degree of culpability; this case has statute " + facts.statute() + " and culpability "
                    + facts.culpability() + ".");
        }
        DecisionTables.Evaluation evaluation = decisionTables.singleResult(DECISION_KEY, Map.of(
                "culpability", facts.culpability().name(),
                "revenueLoss", facts.revenueLoss(),
                "priorDisclosure", facts.priorDisclosure()));
        Map<String, Object> row = evaluation.outputs();
        String decisionRef = evaluation.reference();
        BigDecimal lowFactor = number(row.get("lowFactor"));
        BigDecimal highFactor = number(row.get("highFactor"));
        String base = (String) row.get("base");
        String citation = (String) row.get("citation");
        String note = (String) row.get("note");

        BigDecimal baseAmount = baseAmount(facts, base);
        BigDecimal domesticValue = facts.domesticValue();
        if (domesticValue == null) {
            throw new Problems.InvalidInput("domesticValue: the guideline range is capped at the domestic value; enter it.");
        }
        List<TraceStep> steps = new ArrayList<>();
        steps.add(new TraceStep("Guideline factors", plain(lowFactor) + " to " + plain(highFactor) + " × " + describe(base),
                note, citation, decisionRef));
        BigDecimal low = cents(baseAmount.multiply(lowFactor));
        BigDecimal high = cents(baseAmount.multiply(highFactor));
        steps.add(new TraceStep("Guideline low", low.toPlainString(), plain(lowFactor) + " × " + describe(base) + " "
                + money(baseAmount), citation, decisionRef));
        steps.add(new TraceStep("Guideline high", high.toPlainString(), plain(highFactor) + " × " + describe(base) + " "
                + money(baseAmount), citation, decisionRef));
        if (high.compareTo(domesticValue) > 0) {
            low = cents(low.min(domesticValue));
            high = cents(domesticValue);
            steps.add(new TraceStep("Guideline range capped at domestic value", low.toPlainString() + " to "
                    + high.toPlainString(), "each end at most the domestic value " + money(domesticValue), citation,
                    decisionRef));
        }
        return new Range(low, high, steps);
    }

    private static BigDecimal baseAmount(PenaltyFacts facts, String base) {
        BigDecimal amount = switch (base) {
            case "LOR" -> facts.lossOfRevenue();
            case "DUTIABLE_VALUE" -> facts.dutiableValue();
            case "PRIOR_DISCLOSURE_INTEREST" -> facts.priorDisclosureInterest();
            default -> throw new IllegalStateException(DECISION_KEY + " returned an unknown base '" + base + "'");
        };
        if (amount == null) {
            String field = switch (base) {
                case "LOR" -> "lossOfRevenue";
                case "DUTIABLE_VALUE" -> "dutiableValue";
                default -> "priorDisclosureInterest";
            };
            throw new Problems.InvalidInput(field + ": the guideline range for this case is a multiple of it; enter it.");
        }
        return amount;
    }

    private static String describe(String base) {
        return switch (base) {
            case "LOR" -> "loss of revenue";
            case "DUTIABLE_VALUE" -> "dutiable value";
            default -> "prior-disclosure interest";
        };
    }

    private static BigDecimal number(Object value) {
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }
}
