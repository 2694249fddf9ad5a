package gov.fpf.liquidateddamages;

import static gov.fpf.rules.RuleMath.cents;
import static gov.fpf.rules.RuleMath.money;
import static gov.fpf.rules.RuleMath.nonNegative;
import static gov.fpf.rules.RuleMath.percent;
import static gov.fpf.rules.RuleMath.required;
import static gov.fpf.rules.RuleMath.step;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import gov.fpf.mitigation.GuidelineRanges.Range;
import gov.fpf.rules.Computation;
import gov.fpf.rules.DecisionTables;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/**
 * CBP's mitigation guidelines for liquidated damages (law reference 7.3(c)-(f), 5 step 5 and 12.6): which guideline
 * applies to a breach comes from the decision table {@code processes/liquidateddamages/LdGuideline.dmn}; the amounts
 * come from effective-dated parameters (db/migration V5). Guidelines the reference could not retrieve (failure to
 * redeliver, in-bond, general order) are rows marked unverified in the table, with no formula and no amount.
 */
@Component
public class LdGuidelines {

    public static final String RESOURCE = "processes/liquidateddamages/LdGuideline.dmn";
    public static final String DECISION_KEY = "LdGuideline";

    /** Formula names the decision table returns. */
    public static final String LATE_ENTRY_SUMMARY_INTEREST = "LATE_ENTRY_SUMMARY_INTEREST";
    public static final String ISF_FIRST_VIOLATION_RANGE = "ISF_FIRST_VIOLATION_RANGE";
    public static final String ISF_LATER_VIOLATION_MINIMUM = "ISF_LATER_VIOLATION_MINIMUM";

    /**
     * The guideline for a breach. {@code formula} is null when {@code unverified}: no amount may be computed, and the
     * officer decides the petition on its merits until the source is checked.
     */
    public record Guideline(String formula, boolean optionOne, String citation, String confidence, boolean unverified,
                            String note, String tableReference) {
    }

    private final DecisionTables decisionTables;

    public LdGuidelines(DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
    }

    public Guideline guideline(LdBreach breach, boolean firstViolation) {
        if (breach == null) {
            throw new Problems.InvalidInput("breach: name the breach of the bond condition.");
        }
        DecisionTables.Evaluation evaluation = decisionTables.singleResult(DECISION_KEY, Map.of(
                "breach", breach.name(),
                "firstViolation", firstViolation));
        Map<String, Object> row = evaluation.outputs();
        return new Guideline((String) row.get("formula"), Boolean.TRUE.equals(row.get("optionOne")),
                (String) row.get("citation"), (String) row.get("confidence"), Boolean.TRUE.equals(row.get("unverified")),
                (String) row.get("note"), evaluation.reference());
    }

    /**
     * Late entry summary (7.3(c), P13): $100 plus 0.1% per calendar day late on the withheld duty. The duty is rounded
     * DOWN to the whole dollar and the interest UP to the next dollar, as the guideline says; nothing withheld leaves
     * the $100. The total is also the "Option 1" sum: paid within 60 days it closes the case.
     */
    public Computation lateEntrySummary(BigDecimal withheldDuty, int daysLate, ParameterSource parameters, LocalDate on) {
        BigDecimal withheld = required(withheldDuty, "withheldDuty", "the late entry summary guideline (0 if none)");
        if (daysLate < 1) {
            throw new Problems.InvalidInput("daysLate: a late entry summary is at least 1 day late.");
        }
        ParameterValue base = parameters.valueOn(ParameterNames.LD_LATE_ENTRY_SUMMARY_BASE, on);
        ParameterValue rate = parameters.valueOn(ParameterNames.LD_LATE_ENTRY_SUMMARY_DAILY_RATE, on);
        List<TraceStep> steps = new ArrayList<>();
        BigDecimal wholeDollars = withheld.setScale(0, RoundingMode.DOWN);
        steps.add(step("Withheld duty, rounded down to the whole dollar", wholeDollars, money(withheld)
                + " rounded down", rate.citation(), null));
        BigDecimal exact = wholeDollars.multiply(rate.value()).multiply(BigDecimal.valueOf(daysLate));
        BigDecimal interest = exact.setScale(0, RoundingMode.UP);
        steps.add(step("Interest, " + daysLate + " day(s) late, rounded up to the next dollar", interest,
                percent(rate.value()) + " × " + daysLate + " × " + money(wholeDollars) + " = "
                        + exact.stripTrailingZeros().toPlainString() + ", rounded up", rate.citation(), rate.reference()));
        steps.add(step("Administrative amount", base.value(), money(base.value()) + " for every late entry summary",
                base.citation(), base.reference()));
        BigDecimal total = cents(base.value().add(interest));
        steps.add(step("Late entry summary guideline (Option 1 sum)", total, "administrative amount plus interest; "
                + "paid within 60 days it closes the case and waives the petition (a supplemental petition on new "
                + "facts stays open)", base.citation(), null));
        return new Computation(total, steps);
    }

    /**
     * A petition filed late (5 step 5, 7.3(d), P14): the guideline base plus a surcharge per day late. The rule is the
     * one in force on the petition's filing date: once the 2013 rate row is in force (January 9, 2013) the rate runs on
     * the FULL assessed claim with no minimum; before it, the rule of T.D. 02-20 (April 19, 2002) ran on the mitigated
     * amount with a $400 minimum.
     */
    public Computation latePetition(BigDecimal fullClaim, BigDecimal guidelineBase, int daysLate,
                                    ParameterSource parameters, LocalDate petitionFiled) {
        BigDecimal claim = required(fullClaim, "fullClaim", "the late-petition surcharge");
        BigDecimal base = required(guidelineBase, "guidelineBase", "the late-petition surcharge");
        if (daysLate < 1) {
            throw new Problems.InvalidInput("daysLate: a late petition is at least 1 day late; a timely petition "
                    + "has no surcharge.");
        }
        List<TraceStep> steps = new ArrayList<>();
        Optional<ParameterValue> rule2013 = parameters.inForce(ParameterNames.LD_LATE_PETITION_2013_DAILY_RATE, petitionFiled);
        ParameterValue rate = rule2013.orElseGet(() ->
                parameters.valueOn(ParameterNames.LD_LATE_PETITION_TD_02_20_DAILY_RATE, petitionFiled));
        BigDecimal basis = rule2013.isPresent() ? claim : base;
        String basisName = rule2013.isPresent() ? "full assessed claim" : "mitigated amount";
        steps.add(step("Guideline base", base, "the mitigated amount the guideline gives for a timely petition",
                rate.citation(), null));
        BigDecimal surcharge = cents(rate.value().multiply(BigDecimal.valueOf(daysLate)).multiply(basis));
        steps.add(step("Late-petition surcharge, " + daysLate + " day(s) late", surcharge, percent(rate.value()) + " × "
                + daysLate + " × " + basisName + " " + money(basis) + " (rule in force on " + petitionFiled + ")",
                rate.citation(), rate.reference()));
        if (rule2013.isEmpty()) {
            ParameterValue minimum = parameters.valueOn(ParameterNames.LD_LATE_PETITION_TD_02_20_MINIMUM, petitionFiled);
            BigDecimal daily = surcharge;
            surcharge = cents(daily.max(minimum.value()));
            steps.add(step("Late-petition surcharge, with the minimum", surcharge, "greater of " + money(daily)
                    + " and the minimum " + money(minimum.value()), minimum.citation(), minimum.reference()));
        }
        BigDecimal total = cents(base.add(surcharge));
        steps.add(step("Mitigated amount on a late petition", total, "guideline base " + money(base) + " + surcharge "
                + money(surcharge), rate.citation(), null));
        return new Computation(total, steps);
    }

    /**
     * The ISF cancellation range (7.3(e), P16; CBP Dec. 09-26): a first violation $1,000 to $2,000 depending on the
     * factors; a later one not less than $2,500, up to the claim. Neither end exceeds the claim. No relief at all
     * when law-enforcement goals were compromised; that finding is the officer's, not this range's.
     */
    public Range isfRange(BigDecimal claim, boolean firstViolation, ParameterSource parameters, LocalDate on) {
        BigDecimal assessed = nonNegative(claim, "claim");
        List<TraceStep> steps = new ArrayList<>();
        BigDecimal low;
        BigDecimal high;
        if (firstViolation) {
            ParameterValue lowRow = parameters.valueOn(ParameterNames.LD_ISF_FIRST_VIOLATION_LOW, on);
            ParameterValue highRow = parameters.valueOn(ParameterNames.LD_ISF_FIRST_VIOLATION_HIGH, on);
            low = cents(lowRow.value().min(assessed));
            high = cents(highRow.value().min(assessed));
            steps.add(step("ISF first violation, guideline low", low, money(lowRow.value()) + ", at most the claim "
                    + money(assessed), lowRow.citation(), lowRow.reference()));
            steps.add(step("ISF first violation, guideline high", high, money(highRow.value()) + ", at most the claim "
                    + money(assessed), highRow.citation(), highRow.reference()));
        } else {
            ParameterValue minimum = parameters.valueOn(ParameterNames.LD_ISF_LATER_VIOLATION_MINIMUM, on);
            low = cents(minimum.value().min(assessed));
            high = cents(assessed);
            steps.add(step("ISF later violation, guideline low", low, "not less than " + money(minimum.value())
                    + ", at most the claim", minimum.citation(), minimum.reference()));
            steps.add(step("ISF later violation, guideline high", high, "the claim " + money(assessed),
                    minimum.citation(), null));
        }
        return new Range(low, high, steps);
    }
}
