package gov.fpf.seizure;

import static gov.fpf.rules.RuleMath.cents;
import static gov.fpf.rules.RuleMath.money;
import static gov.fpf.rules.RuleMath.percent;
import static gov.fpf.rules.RuleMath.required;
import static gov.fpf.rules.RuleMath.step;
import static gov.fpf.seizure.SeizureRules.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import gov.fpf.rules.Deadline;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/**
 * 19 U.S.C. 1612; 19 CFR 162.48: when the storage cost reaches the presumption share of the value (or the goods are
 * perishable) the property may be sold or destroyed before forfeiture; which goods a summary sale may cover
 * (counterfeit and prohibited goods never, perishable items alone), and the proceeds held in their place.
 */
@Component
public class SummarySaleRules {

    /**
     * {@link #summarySaleThresholdDate(BigDecimal, BigDecimal, LocalDate, boolean, ParameterSource)} for a seizure:
     * its items' appraised value, its daily storage rate and seizure date, perishable if any item is.
     */
    public SummarySaleThreshold summarySaleThresholdDate(SeizureFacts facts, ParameterSource parameters) {
        if (facts == null) {
            throw new Problems.InvalidInput("facts: the seizure's facts are needed for the summary-sale date.");
        }
        return summarySaleThresholdDate(SeizureRules.appraise(facts.items()).amount(), facts.dailyStorageRate(),
                facts.seizureDate(), facts.perishable(), parameters);
    }

    /**
     * The first day on which the accrued storage ({@link SeizureRules#accruedStorage}) reaches the 19 CFR 162.48(b) share of the
     * value, the day the 1612 approval opens on its own; perishable goods: the seizure date (162.48(a), sold as early
     * as possible). With no daily rate the storage never reaches the share, unless the value is 0. The share is the
     * one in force on the seizure date.
     */
    public SummarySaleThreshold summarySaleThresholdDate(BigDecimal value, BigDecimal dailyRate, LocalDate seizureDate,
                                                         boolean perishable, ParameterSource parameters) {
        BigDecimal appraised = required(value, "appraisedValue", "the summary-sale date");
        LocalDate seized = SeizureRules.trigger(seizureDate, "seizureDate", "the summary-sale date");
        if (perishable) {
            return new SummarySaleThreshold(seized, List.of(new TraceStep("Summary sale from", seized.toString(),
                    "perishable property is sold at public auction as early as possible (notice of sale only)",
                    C_PERISHABLE_SALE, null)));
        }
        BigDecimal rate = required(dailyRate, "dailyStorageRate", "the summary-sale date");
        ParameterValue share = parameters.valueOn(ParameterNames.SUMMARY_SALE_STORAGE_SHARE, seized);
        BigDecimal threshold = appraised.multiply(share.value());
        List<TraceStep> steps = new ArrayList<>();
        steps.add(step("Storage cost presumed disproportionate at", threshold, percent(share.value()) + " × value "
                + money(appraised), share.citation(), share.reference()));
        if (threshold.signum() == 0) {
            steps.add(new TraceStep("Summary sale or destruction from", seized.toString(), "the value is "
                    + money(appraised) + ": any storage reaches the share", share.citation(), share.reference()));
            return new SummarySaleThreshold(seized, steps);
        }
        if (rate.signum() == 0) {
            steps.add(new TraceStep("Summary sale or destruction from", "never at this rate", "no storage accrues at "
                    + SeizureRules.perDay(rate), share.citation(), share.reference()));
            return new SummarySaleThreshold(null, steps);
        }
        long days = threshold.divide(rate, 0, RoundingMode.CEILING).longValueExact();
        while (SeizureRules.accrued(rate, days).compareTo(threshold) < 0) {
            days++;
        }
        while (days > 0 && SeizureRules.accrued(rate, days - 1).compareTo(threshold) >= 0) {
            days--;
        }
        LocalDate date = seized.plusDays(days);
        steps.add(new TraceStep("Summary sale or destruction from", date.toString(), days + " calendar day(s) × "
                + SeizureRules.perDay(rate) + " = " + money(SeizureRules.accrued(rate, days)) + " reaches " + money(threshold) + " (from "
                + seized + "); the storage presumption allows destruction or other disposition (162.48(b)), not the"
                + " 162.48(a) sale", share.citation(), share.reference()));
        return new SummarySaleThreshold(date, steps);
    }

    /**
     * @param date the first day the 1612 approval may open; null when the storage never reaches the share
     */
    public record SummarySaleThreshold(LocalDate date, List<TraceStep> steps) {

        public SummarySaleThreshold {
            steps = List.copyOf(steps);
        }

        public boolean never() {
            return date == null;
        }
    }

    /**
     * Whether summary sale or destruction is open (law reference 1.5, 6 step 7, 12.9, P10):
     * <ul>
     * <li>perishable property is sold as early as possible under 162.48(a) (1612(a): property covered by 1607; in a
     * judicial case the U.S. Attorney asks the court);</li>
     * <li>storage that reaches, or is expected to reach, the share of the value (50%) is presumed disproportionate
     * and the property may be destroyed or otherwise disposed of under 162.48(b)(1); the presumption belongs to (b),
     * not to the (a) sale (reference 12.9).</li>
     * </ul>
     *
     * @param storage the accrued storage, or the projected storage when it is expected to reach the share
     */
    public SummarySaleCheck summarySaleAllowed(BigDecimal value, BigDecimal storage, boolean perishable,
                                               ParameterSource parameters, LocalDate on) {
        BigDecimal appraised = required(value, "appraisedValue", "summary sale");
        BigDecimal cost = required(storage, "storageCost", "summary sale (accrued or projected storage)");
        ParameterValue share = parameters.valueOn(ParameterNames.SUMMARY_SALE_STORAGE_SHARE, on);
        BigDecimal threshold = appraised.multiply(share.value());
        boolean disproportionate = cost.compareTo(threshold) >= 0;
        BigDecimal ratio = appraised.signum() == 0 ? null : cost.divide(appraised, 4, RoundingMode.HALF_UP);
        List<TraceStep> steps = new ArrayList<>();
        steps.add(new TraceStep("Storage cost as a share of the value", ratio == null ? "value is 0" : percent(ratio),
                money(cost) + " of storage (accrued or projected) against the value " + money(appraised), C_STORAGE_COST,
                null));
        if (disproportionate) {
            steps.add(step("Storage presumed disproportionate", cost, money(cost) + " reaches " + percent(share.value())
                    + " of the value (" + money(cents(threshold)) + "): the property may be destroyed or otherwise"
                    + " disposed of under 162.48(b)(1); the 50% presumption is for destruction or other disposition,"
                    + " not for the 162.48(a) sale (law reference 12.9). A 1607 notice is still required and the"
                    + " claimant may still petition or file a claim and bond (162.48(b)(2)-(3))",
                    C_STORAGE_PRESUMPTION, share.reference()));
        } else {
            steps.add(step("Storage not presumed disproportionate", cost, money(cost) + " is below "
                    + percent(share.value()) + " of the value (" + money(cents(threshold)) + ")", C_STORAGE_PRESUMPTION,
                    share.reference()));
        }
        if (perishable) {
            steps.add(new TraceStep("Perishable property", "sale", "sold at public auction as early as possible under"
                    + " 162.48(a); the notice is of sale only and the proceeds stand in for the property. Applies to"
                    + " property covered by 1607 and not bonded out; in a judicial case the U.S. Attorney asks the court"
                    + " for the sale (1612(a))", C_PERISHABLE_SALE, null));
        }
        boolean allowed = perishable || disproportionate;
        steps.add(new TraceStep("Summary sale or destruction", allowed ? "allowed" : "not allowed", allowed
                ? (perishable ? "sale (perishable, 162.48(a))" : "")
                + (perishable && disproportionate ? "; " : "")
                + (disproportionate ? "destruction or other disposition (storage, 162.48(b)(1))" : "")
                : "neither perishable nor storage at " + percent(share.value()) + " of the value",
                perishable && !disproportionate ? C_PERISHABLE_SALE : C_STORAGE_PRESUMPTION, share.reference()));
        return new SummarySaleCheck(allowed, perishable, disproportionate, ratio, steps);
    }

    /**
     * @param perishableSale          perishable: sale as early as possible (162.48(a))
     * @param storageDisproportionate storage reaches the share: destruction or other disposition (162.48(b)(1))
     * @param storageShareOfValue     storage / value to four places; null when the value is 0
     */
    public record SummarySaleCheck(boolean allowed, boolean perishableSale, boolean storageDisproportionate,
                                   BigDecimal storageShareOfValue, List<TraceStep> steps) {

        public SummarySaleCheck {
            steps = List.copyOf(steps);
        }

        /** A sale: under 162.48(a) for perishables, or as an "other disposition" under (b)(1). */
        public boolean saleAllowed() {
            return perishableSale || storageDisproportionate;
        }

        /** Destruction needs the storage presumption (162.48(b)(1)); perishability alone allows only the sale. */
        public boolean destructionAllowed() {
            return storageDisproportionate;
        }
    }

    /**
     * 19 U.S.C. 1612(a) with 1526(e): a summary SALE of counterfeit or prohibited goods would put them into commerce
     * before forfeiture; refused (422) when any item sold is a prohibited importation or bears a counterfeit mark
     * without the trademark owner's written consent on file. Summary destruction stays open under its own test.
     */
    public List<TraceStep> summarySaleGoodsAllowed(List<SeizedItem> sold, boolean trademarkOwnerConsent) {
        Barred barred = barred(sold, trademarkOwnerConsent);
        if (barred.prohibited() != null) {
            throw new Problems.RuleViolation("A summary sale is not allowed: " + barred.prohibited() + " is a prohibited"
                    + " importation and a sale would put it into commerce. Choose destruction (162.48(b)) or reject.",
                    C_1612_PROHIBITED);
        }
        if (barred.counterfeit() != null) {
            throw new Problems.RuleViolation("A summary sale is not allowed: " + barred.counterfeit() + " bears a"
                    + " counterfeit mark and the trademark owner's written consent is not on file; counterfeit goods are"
                    + " destroyed after forfeiture, or auctioned with consent more than 90 days after it (1526(e)).",
                    C_1612_COUNTERFEIT);
        }
        return List.of(new TraceStep(STEP_BARRED_GOODS, "none among the goods sold", barred.consentNote()
                + "no item to be sold is a prohibited importation", C_1612_COUNTERFEIT, null));
    }

    record Barred(String prohibited, String counterfeit, String consentNote) {
    }

    static Barred barred(List<SeizedItem> items, boolean consent) {
        String prohibited = null;
        String counterfeit = null;
        boolean anyCounterfeit = false;
        for (int i = 0; i < (items == null ? 0 : items.size()); i++) {
            SeizedItem item = items.get(i);
            String name = "item " + (i + 1) + " (" + SeizureRules.describe(item) + ")";
            if (item.prohibited() && prohibited == null) {
                prohibited = name;
            }
            if (item.counterfeit()) {
                anyCounterfeit = true;
                if (!consent && counterfeit == null) {
                    counterfeit = name;
                }
            }
        }
        return new Barred(prohibited, counterfeit, anyCounterfeit && consent
                ? "counterfeit goods with the trademark owner's written consent on file (1526(e)); " : "");
    }

    /**
     * 19 U.S.C. 1612(a) applies item by item: perishable goods are sold as early as possible, and only they. When the
     * storage presumption of 162.48(b)(1) is met, the whole seizure may be disposed of; when only perishability
     * opens the sale, the sale covers the perishable lines and the rest follow the ordinary path.
     *
     * @return the 0-based indexes of the lines the sale covers, with the trace
     */
    public SaleScope summarySaleScope(List<SeizedItem> items, SummarySaleCheck check) {
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (check.storageDisproportionate() || items.get(i).perishable()) {
                lines.add(i);
            }
        }
        boolean whole = lines.size() == items.size();
        BigDecimal value = BigDecimal.ZERO;
        List<String> names = new ArrayList<>();
        for (int i : lines) {
            value = value.add(cents(items.get(i).appraisedValue()));
            names.add("item " + (i + 1));
        }
        String rule = check.storageDisproportionate()
                ? "the storage cost is presumed disproportionate for the whole seizure (162.48(b)(1))"
                : whole ? "every item is perishable (162.48(a))"
                : "only the perishable items (" + String.join(", ", names) + ", appraised " + money(value) + "); the"
                + " other items stay in custody and follow the ordinary path (1612(a) applies to the perishable goods)";
        return new SaleScope(List.copyOf(lines), whole, cents(value), List.of(new TraceStep(STEP_SALE_SCOPE,
                whole ? "the whole seizure" : String.join(", ", names), rule,
                check.storageDisproportionate() ? C_STORAGE_PRESUMPTION : C_PERISHABLE_SALE, null)));
    }

    /**
     * @param lines            0-based indexes of the lines sold
     * @param wholeSeizure     every line is sold
     * @param valueAtSeizure   the appraised value of the lines sold (the 162.48(b)(2) reimbursement base)
     */
    public record SaleScope(List<Integer> lines, boolean wholeSeizure, BigDecimal valueAtSeizure, List<TraceStep> steps) {

        public SaleScope {
            lines = List.copyOf(lines);
            steps = List.copyOf(steps);
        }
    }

    /** The trace line for proceeds of a summary sale that are held, not distributed, at the sale. */
    public TraceStep proceedsHeld(BigDecimal gross, LocalDate saleDate, Deadline claimsUntil) {
        return step("Proceeds held", cents(required(gross, "saleProceeds", "the summary sale")), "sold on " + saleDate
                + ": the proceeds are held subject to the claims of parties in interest and stand in place of the goods;"
                + " nothing is distributed before the period for a petition for them has run (through "
                + claimsUntil.due() + ") and any petition is decided", C_HELD_PROCEEDS, claimsUntil.parameterRef());
    }
}
