package gov.fpf.seizure;

import static gov.fpf.rules.RuleMath.cents;
import static gov.fpf.rules.RuleMath.money;
import static gov.fpf.rules.RuleMath.nonNegative;
import static gov.fpf.rules.RuleMath.percent;
import static gov.fpf.rules.RuleMath.plain;
import static gov.fpf.rules.RuleMath.required;
import static gov.fpf.rules.RuleMath.step;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import gov.fpf.rules.TraceStep;
import gov.fpf.casefile.DeadlineNames;
import gov.fpf.rules.Computation;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;
import gov.fpf.rules.ParameterValueUnknown;
import gov.fpf.system.Problems;

/**
 * The legal arithmetic of a seizure, from appraisal to the distribution of proceeds (law reference 1.5, 6, 7.1, 9,
 * 12.8 and 12.9; 19 U.S.C. 1602-1616a; 19 CFR 162; EO 14411 Sec. 5). Every limit, share and period is an
 * effective-dated parameter (db/migration V2 and V9) read on the date given; deadlines are counted by
 * {@link Deadlines} from their trigger. Money is dollars, rounded HALF_UP to cents at the end of each step.
 *
 * <p>Nothing here stores anything: the seizure case service and the process (SeizureSteps) call these methods, keep
 * the results and their traces, and show the same answer in the API response and in the decision table's inputs.
 */
@Component
public class SeizureRules {

    /** Deadline names a case file shows (the petition uses the name every family shares). */
    public static final String DEADLINE_PETITION = DeadlineNames.PETITION;
    public static final String DEADLINE_CLAIM = "Claim and cost bond";
    public static final String DEADLINE_PUBLICATION_ENDS = "Last day of publication";
    public static final String DEADLINE_ELECTION = "Election of proceedings";
    public static final String DEADLINE_PROCEEDS_PETITION = "Petition for the proceeds of sale";
    public static final String DEADLINE_COUNTERFEIT_AUCTION = "Earliest auction of counterfeit goods";

    /** Trace step names a caller (and a test) can look for. */
    public static final String STEP_APPRAISED_VALUE = "Appraised value";
    public static final String STEP_PATH = "Forfeiture path";
    public static final String STEP_COST_BOND = "Claim cost bond";
    public static final String STEP_RELEASE_BOND = "Release bond";
    public static final String STEP_REIMBURSEMENT = "Reimbursement after summary sale";
    public static final String STEP_TO_FUND = "Residue to the forfeiture fund";
    public static final String STEP_TO_VIOLATOR = "Excess returned to the violator";

    static final String C_APPRAISAL = "19 U.S.C. 1606; 19 CFR 162.43";
    static final String C_ADMINISTRATIVE_PROHIBITED = "19 U.S.C. 1607(a)(2)";
    static final String C_ADMINISTRATIVE_DRUG_CONVEYANCE = "19 U.S.C. 1607(a)(3)";
    static final String C_ADMINISTRATIVE_MONETARY = "19 U.S.C. 1607(a)(4)";
    static final String C_JUDICIAL = "19 U.S.C. 1610";
    static final String C_COUNTERFEIT_NOTICE = "19 U.S.C. 1526(e); law reference 6 step 3";
    static final String C_PERISHABLE_SALE = "19 U.S.C. 1612(a); 19 CFR 162.48(a)";
    static final String C_STORAGE_PRESUMPTION = "19 U.S.C. 1612(b); 19 CFR 162.48(b)(1); law reference 12.9";
    static final String C_REIMBURSEMENT = "19 CFR 162.48(b)(2); law reference P10";
    static final String C_STORAGE_COST = "custodian's daily storage rate (law reference 6 step 1)";
    static final String C_EXPENSES = "19 U.S.C. 1613(a)";
    static final String C_STORAGE_PRIORITY = "19 U.S.C. 1613(a), (d)";
    static final String C_LIENS = "19 U.S.C. 1613(a)";
    static final String C_RESIDUE = "19 U.S.C. 1613(a); 1613b";
    static final String C_1592_EXCESS = "19 U.S.C. 1613(b)";
    static final String C_1614 = "19 U.S.C. 1614";
    static final String C_HIGH_RISK = "EO 14411 Sec. 5 (\"high-risk\" undefined; reasons per law reference 6 step 1, 9)";
    static final String C_COUNTERFEIT_DISPOSITION = "19 U.S.C. 1526(e); law reference 1.5, P11";
    static final String C_RETENTION_TRANSFER = "19 U.S.C. 1616a(c)";
    static final String C_DISPOSITION = "19 U.S.C. 1609; law reference 6 step 8";
    static final String C_EO_SEC_5 = "EO 14411 Sec. 5";
    static final String C_1614_COUNTERFEIT = "19 U.S.C. 1614, 1526(e)";
    static final String C_1614_PROHIBITED = "19 U.S.C. 1614, 1607(a)(2)";
    static final String C_1612_COUNTERFEIT = "19 U.S.C. 1612(a), 1526(e)";
    static final String C_1612_PROHIBITED = "19 U.S.C. 1612(a), 1607(a)(2)";
    static final String C_1592_C14 = "19 U.S.C. 1592(c)(14)";
    static final String C_COUNTERFEIT_CONDITIONS = "19 U.S.C. 1526(e)";
    static final String C_COUNTERFEIT_AUCTION = "19 U.S.C. 1526(e)(3)";
    static final String C_HELD_PROCEEDS = "19 U.S.C. 1612(a), 1613(a); 19 CFR 162.48(a)";

    public static final String STEP_BARRED_GOODS = "Counterfeit or prohibited goods";
    public static final String STEP_SALE_SCOPE = "Summary sale covers";
    public static final String STEP_RELEASE_SECURITY_1592 = "Release security (1592(c)(14))";
    public static final String STEP_TO_CLAIMANT = "Reimbursement to the claimant (162.48(b)(2))";

    // --- appraisal and path ----------------------------------------------------------------------------------

    /** 19 U.S.C. 1606, 19 CFR 162.43: the domestic value of the seizure, the sum of its lines' values. */
    public Computation appraisedValue(List<SeizedItem> items) {
        if (items == null || items.isEmpty()) {
            throw new Problems.InvalidInput("items: a seizure needs at least one item with its appraised value.");
        }
        List<TraceStep> steps = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            SeizedItem item = items.get(i);
            String field = "items[" + i + "]";
            if (item == null) {
                throw new Problems.InvalidInput(field + ": empty item.");
            }
            if (item.quantity() < 1) {
                throw new Problems.InvalidInput(field + ".quantity: at least 1.");
            }
            BigDecimal value = cents(required(item.appraisedValue(), field + ".appraisedValue", "the appraisal"));
            total = total.add(value);
            steps.add(step("Item " + (i + 1) + ": " + describe(item), value, "domestic value of the line ("
                    + item.quantity() + " unit(s) together)", C_APPRAISAL, null));
        }
        steps.add(step(STEP_APPRAISED_VALUE, total, "sum of " + items.size() + " line(s)", C_APPRAISAL, null));
        return new Computation(total, steps);
    }

    /**
     * Whether CBP may forfeit administratively under 19 U.S.C. 1607(a), with the value from the items. See
     * {@link #pathFacts(BigDecimal, boolean, boolean, boolean, boolean, ParameterSource, LocalDate)}.
     */
    public PathFacts pathFacts(SeizureFacts facts, ParameterSource parameters, LocalDate on) {
        if (facts == null) {
            throw new Problems.InvalidInput("facts: the seizure's facts are needed for the forfeiture path.");
        }
        BigDecimal value = appraisedValue(facts.items()).amount();
        TraceStep mixed = facts.anyProhibited() && !facts.prohibited()
                ? new TraceStep("Mixed seizure", "some items prohibited", "only some items are prohibited importations,"
                + " so 1607(a)(2) does not carry the whole seizure and the value test applies to all of it; the law"
                + " reference does not say how a mixed seizure may be split: ask counsel before separating it",
                C_ADMINISTRATIVE_PROHIBITED, null)
                : null;
        return path(value, facts.prohibited(), facts.drugConveyance(), facts.monetaryInstrument(), facts.counterfeit(),
                mixed, parameters, on);
    }

    /**
     * 19 U.S.C. 1607(a): administrative forfeiture when the value does not exceed the limit (at the limit it is still
     * administrative), or the merchandise is prohibited, a drug conveyance or monetary instruments, whatever the value;
     * otherwise the case is reported to the U.S. Attorney (1610). These are the inputs of the process's SeizurePath
     * decision, and this method gives the same answer from them, with the limit in force on the date given (normally
     * the seizure date).
     *
     * @param prohibited  the 1607(a)(2) ground for the whole seizure ({@link SeizureFacts#prohibited()})
     * @param counterfeit some item is counterfeit: the trademark owner is notified; not a path ground by itself
     */
    public PathFacts pathFacts(BigDecimal appraisedValue, boolean prohibited, boolean drugConveyance,
                               boolean monetaryInstrument, boolean counterfeit, ParameterSource parameters, LocalDate on) {
        return path(appraisedValue, prohibited, drugConveyance, monetaryInstrument, counterfeit, null, parameters, on);
    }

    private PathFacts path(BigDecimal appraisedValue, boolean prohibited, boolean drugConveyance,
                           boolean monetaryInstrument, boolean counterfeit, TraceStep mixedNote,
                           ParameterSource parameters, LocalDate on) {
        BigDecimal value = cents(required(appraisedValue, "appraisedValue", "the forfeiture path"));
        ParameterValue limit = parameters.valueOn(ParameterNames.ADMINISTRATIVE_FORFEITURE_LIMIT, on);
        boolean withinLimit = value.compareTo(limit.value()) <= 0;
        List<String> grounds = new ArrayList<>();
        List<String> citations = new ArrayList<>();
        List<TraceStep> steps = new ArrayList<>();
        steps.add(step("Appraised value against the administrative limit", value, money(value)
                + (withinLimit ? " does not exceed " : " exceeds ") + "the limit " + money(limit.value()),
                limit.citation(), limit.reference()));
        if (withinLimit) {
            grounds.add("the appraised value " + money(value) + " does not exceed " + money(limit.value()));
            citations.add(limit.citation());
        }
        if (prohibited) {
            grounds.add("the importation of the merchandise is prohibited");
            citations.add(C_ADMINISTRATIVE_PROHIBITED);
        }
        if (drugConveyance) {
            grounds.add("it is a conveyance used for controlled substances or listed chemicals");
            citations.add(C_ADMINISTRATIVE_DRUG_CONVEYANCE);
        }
        if (monetaryInstrument) {
            grounds.add("it is monetary instruments");
            citations.add(C_ADMINISTRATIVE_MONETARY);
        }
        if (mixedNote != null) {
            steps.add(mixedNote);
        }
        ForfeiturePath path;
        String reason;
        String citation;
        if (grounds.isEmpty()) {
            path = ForfeiturePath.JUDICIAL;
            reason = "The appraised value " + money(value) + " exceeds the administrative-forfeiture limit "
                    + money(limit.value()) + ", and the property is not prohibited merchandise, a drug conveyance or"
                    + " monetary instruments: report to the U.S. Attorney for judicial forfeiture.";
            citation = C_JUDICIAL + "; " + limit.citation();
        } else {
            path = ForfeiturePath.ADMINISTRATIVE;
            reason = "Administrative forfeiture is allowed: " + String.join("; ", grounds) + ".";
            citation = String.join("; ", citations);
        }
        steps.add(new TraceStep(STEP_PATH, path.name(), reason, citation, limit.reference()));
        if (counterfeit) {
            steps.add(new TraceStep("Trademark owner notice", "required", "counterfeit goods: the trademark owner is"
                    + " notified, and destruction is the default end", C_COUNTERFEIT_NOTICE, null));
        }
        return new PathFacts(path, value, cents(limit.value()), prohibited, drugConveyance, monetaryInstrument,
                counterfeit, reason, citation, limit.reference(), steps);
    }

    /** The forfeiture path with the facts it was decided on, in the shape of the SeizurePath decision's inputs. */
    public record PathFacts(ForfeiturePath path, BigDecimal appraisedValue, BigDecimal administrativeLimit,
                            boolean prohibited, boolean drugConveyance, boolean monetaryInstrument, boolean counterfeit,
                            String reason, String citation, String limitReference, List<TraceStep> steps) {

        public PathFacts {
            steps = List.copyOf(steps);
        }

        public boolean administrative() {
            return path == ForfeiturePath.ADMINISTRATIVE;
        }
    }

    /**
     * 19 U.S.C. 1608, 19 CFR 162.47: the claim cost bond, the rate times the value of the claimed property, at least
     * the minimum and at most the maximum (law reference P7). Parameters in force on the date given (normally the
     * seizure date).
     */
    public Computation costBond(BigDecimal value, ParameterSource parameters, LocalDate on) {
        BigDecimal claimed = required(value, "value", "the claim cost bond");
        ParameterValue rate = parameters.valueOn(ParameterNames.COST_BOND_RATE, on);
        ParameterValue minimum = parameters.valueOn(ParameterNames.COST_BOND_MINIMUM, on);
        ParameterValue maximum = parameters.valueOn(ParameterNames.COST_BOND_MAXIMUM, on);
        BigDecimal share = cents(claimed.multiply(rate.value()));
        List<TraceStep> steps = new ArrayList<>();
        steps.add(step(percent(rate.value()) + " of the value of the claimed property", share, percent(rate.value())
                + " × " + money(claimed), rate.citation(), rate.reference()));
        BigDecimal bond;
        String rule;
        String ref;
        if (share.compareTo(maximum.value()) > 0) {
            bond = cents(maximum.value());
            rule = money(share) + " is more than the maximum " + money(maximum.value()) + ": the maximum";
            ref = maximum.reference();
        } else if (share.compareTo(minimum.value()) < 0) {
            bond = cents(minimum.value());
            rule = money(share) + " is less than the minimum " + money(minimum.value()) + ": the minimum";
            ref = minimum.reference();
        } else {
            bond = share;
            rule = money(share) + " is within " + money(minimum.value()) + " to " + money(maximum.value());
            ref = minimum.reference() + "; " + maximum.reference();
        }
        steps.add(step(STEP_COST_BOND, bond, rule, maximum.citation(), ref));
        return new Computation(bond, steps);
    }

    // --- deadlines ----------------------------------------------------------------------------------------------

    /** 19 CFR 171.2(b)(1): a petition is due 30 days from mailing of the notice of seizure (not from receipt). */
    public Deadline petitionDue(LocalDate noticeMailed, ParameterSource parameters) {
        return new Deadlines(parameters).due(DEADLINE_PETITION, ParameterNames.PETITION_SEIZURE,
                trigger(noticeMailed, "noticeMailed", "the petition period"));
    }

    /**
     * 19 U.S.C. 1608, 19 CFR 162.45(a)(3): the claim and cost bond are due 20 days from the first publication of the
     * notice of seizure (law reference P9: 2026-05-04 to 2026-05-24). A date on a weekend or holiday moves only when
     * the roll-forward parameter says so.
     */
    public Deadline claimDue(LocalDate firstPublication, ParameterSource parameters) {
        return new Deadlines(parameters).due(DEADLINE_CLAIM, ParameterNames.CLAIM_COST_BOND,
                trigger(firstPublication, "firstPublication", "the claim period"));
    }

    /**
     * 19 U.S.C. 1607; 19 CFR 162.45(b); CBP Dec. 13-04: the notice stays on the forfeiture website for at least 30
     * consecutive days. The day of first publication is day one, so the date returned is the last day the notice must
     * still be up (first publication + 29 days for 30 days); it may come down the day after. Never moved off a
     * weekend: the website publishes every day.
     */
    public Deadline publicationEnds(LocalDate firstPublication, ParameterSource parameters) {
        LocalDate first = trigger(firstPublication, "firstPublication", "the publication period");
        ParameterValue period = new Deadlines(parameters).period(ParameterNames.PUBLICATION, first);
        LocalDate last = Deadlines.plus(first, period).minusDays(1);
        return new Deadline(DEADLINE_PUBLICATION_ENDS, first, last, period.citation(), period.reference(),
                first + " + " + Deadlines.describe(period) + " counting the first day of publication as day 1");
    }

    /** 19 U.S.C. 1613(a): a petition for the proceeds is due 3 months after the sale (P18: 2026-01-15 to 2026-04-15). */
    public Deadline proceedsPetitionDue(LocalDate saleDate, ParameterSource parameters) {
        return new Deadlines(parameters).due(DEADLINE_PROCEEDS_PETITION, ParameterNames.PROCEEDS_RESTORATION,
                trigger(saleDate, "saleDate", "the proceeds petition period"));
    }

    /**
     * The day the election of proceedings closes: the later of the petition due date and the claim due date (law
     * reference 6 step 6, 10.3). With no petition, claim, offer or abandonment by then, the property is declared
     * forfeited (1609).
     */
    public Deadline electionDue(LocalDate noticeMailed, LocalDate firstPublication, ParameterSource parameters) {
        Deadline petition = petitionDue(noticeMailed, parameters);
        Deadline claim = claimDue(firstPublication, parameters);
        Deadline later = claim.due().isAfter(petition.due()) ? claim : petition;
        return new Deadline(DEADLINE_ELECTION, later.trigger(), later.due(),
                petition.citation() + "; " + claim.citation(), petition.parameterRef() + "; " + claim.parameterRef(),
                "later of " + petition.rule() + " (petition) = " + petition.due() + " and " + claim.rule()
                        + " (claim and cost bond) = " + claim.due());
    }

    // --- storage and summary sale ------------------------------------------------------------------------------------

    /**
     * The storage cost accrued over calendar days: every day from {@code from} (counted) up to {@code to} (not
     * counted), so the cost owed at the start of {@code to}; nothing has accrued on the day of seizure itself.
     * Rounded HALF_UP to cents.
     */
    public Computation accruedStorage(BigDecimal dailyRate, LocalDate from, LocalDate to) {
        BigDecimal rate = required(dailyRate, "dailyStorageRate", "the storage cost");
        if (from == null || to == null) {
            throw new Problems.InvalidInput((from == null ? "from" : "to") + ": the storage period needs both dates.");
        }
        if (to.isBefore(from)) {
            throw new Problems.InvalidInput("to: " + to + " is before " + from + "; storage cannot run backwards.");
        }
        long days = ChronoUnit.DAYS.between(from, to);
        BigDecimal accrued = cents(rate.multiply(BigDecimal.valueOf(days)));
        return new Computation(accrued, List.of(step("Storage accrued", accrued, days + " calendar day(s) from " + from
                + " (counted) to " + to + " (not counted) × " + perDay(rate), C_STORAGE_COST, null)));
    }

    /**
     * {@link #summarySaleThresholdDate(BigDecimal, BigDecimal, LocalDate, boolean, ParameterSource)} for a seizure:
     * its items' appraised value, its daily storage rate and seizure date, perishable if any item is.
     */
    public SummarySaleThreshold summarySaleThresholdDate(SeizureFacts facts, ParameterSource parameters) {
        if (facts == null) {
            throw new Problems.InvalidInput("facts: the seizure's facts are needed for the summary-sale date.");
        }
        return summarySaleThresholdDate(appraisedValue(facts.items()).amount(), facts.dailyStorageRate(),
                facts.seizureDate(), facts.perishable(), parameters);
    }

    /**
     * The first day on which the accrued storage ({@link #accruedStorage}) reaches the 19 CFR 162.48(b) share of the
     * value, the day the 1612 approval opens on its own; perishable goods: the seizure date (162.48(a), sold as early
     * as possible). With no daily rate the storage never reaches the share, unless the value is 0. The share is the
     * one in force on the seizure date.
     */
    public SummarySaleThreshold summarySaleThresholdDate(BigDecimal value, BigDecimal dailyRate, LocalDate seizureDate,
                                                         boolean perishable, ParameterSource parameters) {
        BigDecimal appraised = required(value, "appraisedValue", "the summary-sale date");
        LocalDate seized = trigger(seizureDate, "seizureDate", "the summary-sale date");
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
                    + perDay(rate), share.citation(), share.reference()));
            return new SummarySaleThreshold(null, steps);
        }
        long days = threshold.divide(rate, 0, RoundingMode.CEILING).longValueExact();
        while (accrued(rate, days).compareTo(threshold) < 0) {
            days++;
        }
        while (days > 0 && accrued(rate, days - 1).compareTo(threshold) >= 0) {
            days--;
        }
        LocalDate date = seized.plusDays(days);
        steps.add(new TraceStep("Summary sale or destruction from", date.toString(), days + " calendar day(s) × "
                + perDay(rate) + " = " + money(accrued(rate, days)) + " reaches " + money(threshold) + " (from "
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
     * 19 CFR 162.48(b)(2) (law reference P10): a claimant granted relief after a summary sale or destruction is paid
     * the value at seizure less any remitted amount the claimant must pay, whatever the sale brought; never below 0.
     */
    public Computation reimbursementAfterSummarySale(BigDecimal valueAtSeizure, BigDecimal remittedAmountOwed) {
        BigDecimal value = cents(required(valueAtSeizure, "valueAtSeizure", "the reimbursement"));
        BigDecimal owed = cents(remittedAmountOwed == null ? BigDecimal.ZERO
                : nonNegative(remittedAmountOwed, "remittedAmountOwed"));
        BigDecimal reimbursement = value.subtract(owed).max(BigDecimal.ZERO);
        return new Computation(reimbursement, List.of(
                step("Value at seizure", value, "the appraised value when seized, not the sale price", C_REIMBURSEMENT, null),
                step("Remitted amount the claimant owes", owed, "the amount on which relief was granted", C_REIMBURSEMENT,
                        null),
                step(STEP_REIMBURSEMENT, reimbursement, money(value) + " - " + money(owed) + ", not below 0",
                        C_REIMBURSEMENT, null)));
    }

    // --- proceeds --------------------------------------------------------------------------------------------------

    /** Where the money comes from: a sale, or a payment that 1613 treats as proceeds. */
    public enum ProceedsSource {
        SALE("Proceeds of sale", "19 U.S.C. 1613(a)"),
        /** 19 U.S.C. 1614: release on payment of the appraised value; the payment is treated as proceeds (1613(c)). */
        PAYMENT_OF_VALUE("Payment of the appraised value", "19 U.S.C. 1614; 1613(c)");

        private final String label;
        private final String citation;

        ProceedsSource(String label, String citation) {
            this.label = label;
            this.citation = citation;
        }

        public String label() {
            return label;
        }

        public String citation() {
            return citation;
        }
    }

    /** The expenses 1613(a) pays first; storage (custody) is a priority claim (1613(d)). */
    public enum ExpenseKind {
        CUSTODY_STORAGE("Custody and storage", C_STORAGE_PRIORITY),
        SEIZURE("Seizure", C_EXPENSES),
        ADVERTISING("Advertising", C_EXPENSES),
        SALE("Sale", C_EXPENSES),
        COURT("Court costs", C_EXPENSES);

        private final String label;
        private final String citation;

        ExpenseKind(String label, String citation) {
            this.label = label;
            this.citation = citation;
        }

        public String label() {
            return label;
        }

        public String citation() {
            return citation;
        }
    }

    public enum LienKind {
        FREIGHT("Lien for freight"),
        GENERAL_AVERAGE("Contribution in general average");

        private final String label;

        LienKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Expense(ExpenseKind kind, BigDecimal amount) {
    }

    public record Lien(LienKind kind, String holder, BigDecimal amount) {
    }

    /** One claim on the proceeds: what it claimed, what it got, and the law that ranks it. */
    public record Share(String what, BigDecimal claimed, BigDecimal paid, String citation) {

        public BigDecimal unpaid() {
            return claimed.subtract(paid);
        }
    }

    /**
     * The proceeds applied in the order of 1613: expenses, then liens, then the residue; the shares always add up to
     * the gross.
     *
     * @param toViolator 1613(b): the excess over the final penalty and costs in a 1592 forfeiture; 0 otherwise
     * @param unpaid     expenses and liens the proceeds did not cover
     */
    public record Distribution(ProceedsSource source, BigDecimal gross, List<Share> shares, BigDecimal toFund,
                               BigDecimal toViolator, BigDecimal unpaid, List<TraceStep> steps) {

        public Distribution {
            shares = List.copyOf(shares);
            steps = List.copyOf(steps);
        }
    }

    /**
     * 19 U.S.C. 1613 (law reference 1.5, P18, P21): the gross is applied first to the expenses of seizure, custody
     * and storage, advertising, sale and court, storage first as a priority claim (1613(d)); then to liens for freight
     * and contributions in general average; the residue goes to the forfeiture fund. In a forfeiture under 1592
     * ({@code penaltyAndCosts} given) the fund takes the residue up to the final penalty and costs and the excess
     * goes back to the violator (1613(b)).
     *
     * <p>When the gross is short, each claim is paid in that order until the money runs out. The law reference does
     * not rank freight liens and general average among themselves, or liens of one kind among each other: freight
     * comes first, as 1613 lists it, then the order entered.
     *
     * @param penaltyAndCosts null unless the forfeiture was under 1592: the final penalty plus any costs not already
     *                        paid from these proceeds as expenses
     */
    public Distribution proceeds(ProceedsSource source, BigDecimal gross, List<Expense> expenses, List<Lien> liens,
                                 BigDecimal penaltyAndCosts) {
        return distribute(source, gross, expenses, liens, penaltyAndCosts, null);
    }

    /** {@link #proceeds} with, after the liens, the 162.48(b)(2) reimbursement of a claimant granted relief. */
    private Distribution distribute(ProceedsSource source, BigDecimal gross, List<Expense> expenses, List<Lien> liens,
                                    BigDecimal penaltyAndCosts, BigDecimal reimbursement) {
        if (source == null) {
            throw new Problems.InvalidInput("source: name where the money comes from (SALE or PAYMENT_OF_VALUE).");
        }
        BigDecimal total = cents(required(gross, "gross", "the distribution of proceeds"));
        List<Expense> orderedExpenses = new ArrayList<>(expenses == null ? List.of() : expenses);
        for (int i = 0; i < orderedExpenses.size(); i++) {
            Expense e = orderedExpenses.get(i);
            if (e == null || e.kind() == null) {
                throw new Problems.InvalidInput("expenses[" + i + "].kind: name the expense (" + List.of(ExpenseKind.values()) + ").");
            }
            required(e.amount(), "expenses[" + i + "].amount", "the distribution of proceeds");
        }
        orderedExpenses.sort(Comparator.comparing(Expense::kind));   // stable: the enum order is the 1613 order
        List<Lien> orderedLiens = new ArrayList<>(liens == null ? List.of() : liens);
        for (int i = 0; i < orderedLiens.size(); i++) {
            Lien l = orderedLiens.get(i);
            if (l == null || l.kind() == null) {
                throw new Problems.InvalidInput("liens[" + i + "].kind: FREIGHT or GENERAL_AVERAGE.");
            }
            required(l.amount(), "liens[" + i + "].amount", "the distribution of proceeds");
        }
        orderedLiens.sort(Comparator.comparing(Lien::kind));
        BigDecimal penalty = penaltyAndCosts == null ? null : cents(nonNegative(penaltyAndCosts, "penaltyAndCosts"));

        List<Share> shares = new ArrayList<>();
        List<TraceStep> steps = new ArrayList<>();
        steps.add(step(source.label(), total, "the amount to distribute", source.citation(), null));
        BigDecimal remaining = total;
        BigDecimal unpaid = BigDecimal.ZERO;
        for (Expense e : orderedExpenses) {
            BigDecimal claimed = cents(e.amount());
            BigDecimal paid = claimed.min(remaining);
            remaining = remaining.subtract(paid);
            unpaid = unpaid.add(claimed.subtract(paid));
            String what = "Expense: " + e.kind().label();
            shares.add(new Share(what, claimed, paid, e.kind().citation()));
            steps.add(step(what, paid, paidRule(claimed, paid, remaining)
                    + (e.kind() == ExpenseKind.CUSTODY_STORAGE ? "; storage is a priority claim (1613(d))" : ""),
                    e.kind().citation(), null));
        }
        for (Lien l : orderedLiens) {
            BigDecimal claimed = cents(l.amount());
            BigDecimal paid = claimed.min(remaining);
            remaining = remaining.subtract(paid);
            unpaid = unpaid.add(claimed.subtract(paid));
            String what = l.kind().label() + (l.holder() == null || l.holder().isBlank() ? "" : " (" + l.holder() + ")");
            shares.add(new Share(what, claimed, paid, C_LIENS));
            steps.add(step(what, paid, paidRule(claimed, paid, remaining) + "; liens are paid after the expenses",
                    C_LIENS, null));
        }
        if (reimbursement != null) {
            BigDecimal claimed = cents(reimbursement);
            BigDecimal paid = claimed.min(remaining);
            remaining = remaining.subtract(paid);
            shares.add(new Share(STEP_TO_CLAIMANT, claimed, paid, C_REIMBURSEMENT));
            steps.add(step(STEP_TO_CLAIMANT, paid, "relief granted: the value at seizure less the remitted amount owed, "
                    + money(claimed) + ", paid from the proceeds after the expenses and liens; " + money(remaining)
                    + " left", C_REIMBURSEMENT, null));
        }
        BigDecimal toFund;
        BigDecimal toViolator = cents(BigDecimal.ZERO);
        if (penalty == null) {
            toFund = remaining;
            shares.add(new Share(STEP_TO_FUND, remaining, toFund, C_RESIDUE));
            steps.add(step(STEP_TO_FUND, toFund, "what is left after expenses and liens", C_RESIDUE, null));
        } else {
            toFund = penalty.min(remaining);
            toViolator = remaining.subtract(toFund);
            shares.add(new Share("Final penalty and costs (1592 forfeiture)", penalty, toFund, C_1592_EXCESS));
            steps.add(step(STEP_TO_FUND, toFund, "the residue " + money(remaining) + " up to the final penalty and"
                    + " costs " + money(penalty) + (toFund.compareTo(penalty) < 0 ? "; " + money(penalty.subtract(toFund))
                    + " of the penalty remains owed" : ""), C_1592_EXCESS, null));
            shares.add(new Share(STEP_TO_VIOLATOR, toViolator, toViolator, C_1592_EXCESS));
            steps.add(step(STEP_TO_VIOLATOR, toViolator, "a 1592 forfeiture: the residue above the final penalty and"
                    + " costs goes back to the violator", C_1592_EXCESS, null));
        }
        if (unpaid.signum() > 0) {
            steps.add(step("Expenses and liens not covered", unpaid, "the " + source.label().toLowerCase()
                    + " ran out before every claim was paid", C_EXPENSES, null));
        }
        return new Distribution(source, total, shares, toFund, toViolator, unpaid, steps);
    }

    /**
     * 19 U.S.C. 1614 (law reference P21): a claimant with a substantial interest may have the property released on
     * paying its appraised value; the payment is distributed like proceeds (1613). A payment below the value is
     * refused.
     */
    public Distribution paymentOfValue(BigDecimal payment, BigDecimal appraisedValue, List<Expense> expenses,
                                       List<Lien> liens, BigDecimal penaltyAndCosts) {
        BigDecimal paid = cents(required(payment, "payment", "release on payment of the value"));
        BigDecimal value = cents(required(appraisedValue, "appraisedValue", "release on payment of the value"));
        if (paid.compareTo(value) < 0) {
            throw new Problems.RuleViolation("A release under 1614 is on payment of the appraised value " + money(value)
                    + "; " + money(paid) + " is " + money(value.subtract(paid)) + " short.", C_1614);
        }
        if (paid.compareTo(value) > 0) {
            throw new Problems.InvalidInput("payment: " + money(paid) + " is more than the appraised value "
                    + money(value) + "; a 1614 release is on payment of the value, record the value.");
        }
        return proceeds(ProceedsSource.PAYMENT_OF_VALUE, paid, expenses, liens, penaltyAndCosts);
    }

    // --- high risk and the release bond ------------------------------------------------------------------------

    /**
     * EO 14411 Sec. 5 raises bond requirements for "high-risk shipments" without defining them. The reasons read
     * here: flagged high-risk or hazardous at custody (law reference 6 step 1), any prohibited or counterfeit item, a
     * repeat-offender party (Sec. 4(c)), an importer of record (U.S. or foreign) not in good standing (Sec. 2(d)).
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

    // --- disposition ----------------------------------------------------------------------------------------------

    /**
     * Checks a disposition of forfeited property before the custodian carries it out (law reference 1.5, 6 step 8,
     * P11, P23; EO 14411 Sec. 5). Refuses with {@link Problems.InvalidInput} (400) for a missing fact and with
     * {@link Problems.RuleViolation} (422), citation included, for a disposition the law does not allow:
     * <ul>
     * <li>counterfeit goods are destroyed unless the trademark owner consents (1526(e)); with consent they may be
     * donated, retained, transferred or returned, and sold at auction only once the waiting period after forfeiture
     * (90 days) has passed; destruction by an authorized third-party disposer needs no consent;</li>
     * <li>donation is the 1526(e) route for counterfeit goods; the reference gives no donation authority for other
     * property;</li>
     * <li>third-party disposal needs a named, authorized disposer, and the authorization in force (EO 14411 Sec. 5);</li>
     * <li>retention for official use or transfer needs the recipient agency (1616a(c)).</li>
     * </ul>
     *
     * @param forfeitureDate null only for a RETURN before forfeiture
     * @param ownerConsent   the trademark owner's written consent is on file (counterfeit goods)
     * @param disposer       the authorized third-party disposer, for THIRD_PARTY_DISPOSAL
     * @param recipient      the agency that retains or receives the property, for RETENTION and TRANSFER
     */
    public DispositionCheck checkDisposition(DispositionMethod method, SeizureFacts facts, LocalDate forfeitureDate,
                                             LocalDate today, boolean ownerConsent, String disposer, String recipient,
                                             ParameterSource parameters) {
        return checkDisposition(method, facts, forfeitureDate, today, ownerConsent, disposer, recipient,
                CounterfeitConditions.NONE, parameters);
    }

    /**
     * The 1526(e) conditions of a disposition of counterfeit goods other than destruction, as the officer records
     * them: the goods are not unsafe or a hazard to health; the marks are obliterated, or obliteration is not
     * feasible; and, for an auction, no federal, State or local agency or eleemosynary institution has established a
     * need for them. Null: not stated.
     */
    public record CounterfeitConditions(Boolean notUnsafe, Boolean marksObliterated, Boolean obliterationNotFeasible,
                                        Boolean noAgencyNeed) {

        public static final CounterfeitConditions NONE = new CounterfeitConditions(null, null, null, null);
    }

    /**
     * {@link #checkDisposition(DispositionMethod, SeizureFacts, LocalDate, LocalDate, boolean, String, String,
     * ParameterSource)} with the 1526(e) conditions: a counterfeit sale, donation, retention or transfer needs goods
     * that are not unsafe and marks obliterated where feasible; an auction also needs the finding that no agency or
     * charity has established a need, and comes more than 90 days after forfeiture (day 91 or later).
     */
    public DispositionCheck checkDisposition(DispositionMethod method, SeizureFacts facts, LocalDate forfeitureDate,
                                             LocalDate today, boolean ownerConsent, String disposer, String recipient,
                                             CounterfeitConditions conditions, ParameterSource parameters) {
        if (method == null) {
            throw new Problems.InvalidInput("dispositionMethod: choose one of " + List.of(DispositionMethod.values()) + ".");
        }
        if (facts == null) {
            throw new Problems.InvalidInput("facts: the seizure's facts are needed to check a disposition.");
        }
        if (today == null) {
            throw new Problems.InvalidInput("today: the date of the disposition check is needed.");
        }
        if (forfeitureDate == null && method != DispositionMethod.RETURN) {
            throw new Problems.InvalidInput("forfeitureDate: " + method + " disposes of forfeited property; record the"
                    + " forfeiture first.");
        }
        if (forfeitureDate != null && forfeitureDate.isAfter(today)) {
            throw new Problems.InvalidInput("forfeitureDate: " + forfeitureDate + " is after " + today + ".");
        }
        boolean counterfeit = facts.counterfeit();
        List<TraceStep> steps = new ArrayList<>();
        Deadline earliestAuction = null;
        if (counterfeit) {
            steps.add(new TraceStep("Counterfeit goods", ownerConsent ? "owner consents" : "no owner consent",
                    "destruction is the default; other dispositions only with the trademark owner's consent",
                    C_COUNTERFEIT_DISPOSITION, null));
        }
        switch (method) {
            case DESTRUCTION -> steps.add(new TraceStep("Disposition", method.name(), counterfeit
                    ? "counterfeit goods are destroyed (the default)" : "destruction of forfeited property, witnessed,"
                    + " with a certificate", counterfeit ? C_COUNTERFEIT_DISPOSITION : C_DISPOSITION, null));
            case THIRD_PARTY_DISPOSAL -> {
                if (disposer == null || disposer.isBlank()) {
                    throw new Problems.InvalidInput("disposer: name the authorized third-party disposer (EO 14411 Sec. 5).");
                }
                Optional<ParameterValue> authorized = parameters.inForce(ParameterNames.THIRD_PARTY_DISPOSAL_AUTHORIZED,
                        today);
                if (authorized.isEmpty() || authorized.get().value().signum() == 0) {
                    throw new Problems.RuleViolation("Third-party disposal is not authorized on " + today + ": EO 14411"
                            + " Sec. 5 directs the Secretary to authorize it, and no authorization is in force yet ("
                            + authorized.map(ParameterValue::reference).orElse("parameter "
                            + ParameterNames.THIRD_PARTY_DISPOSAL_AUTHORIZED + " not in force") + "). Choose another"
                            + " disposition.", C_EO_SEC_5);
                }
                steps.add(new TraceStep("Disposition", method.name(), "by the authorized disposer " + disposer.strip()
                        + (counterfeit ? "; counterfeit goods: the disposer destroys them (1526(e))" : ""),
                        authorized.get().citation(), authorized.get().reference()));
            }
            case DONATION -> {
                if (!counterfeit) {
                    throw new Problems.RuleViolation("Donation is the 19 U.S.C. 1526(e) disposition of counterfeit"
                            + " goods with the trademark owner's consent; the law reference gives no donation authority"
                            + " for other forfeited property. Sell, destroy, retain or transfer it (1616a(c)).",
                            C_COUNTERFEIT_DISPOSITION);
                }
                requireConsent(method, ownerConsent);
                steps.addAll(counterfeitConditions(method, conditions));
                steps.add(new TraceStep("Disposition", method.name(), "counterfeit goods donated with the trademark"
                        + " owner's consent", C_COUNTERFEIT_DISPOSITION, null));
            }
            case SALE -> {
                if (counterfeit) {
                    requireConsent(method, ownerConsent);
                    // 1526(e)(3): "more than 90 days after the date of forfeiture": the wait ends on day 90, the
                    // auction may be held from the day after it (day 91)
                    Deadline waitEnds = new Deadlines(parameters).due(DEADLINE_COUNTERFEIT_AUCTION,
                            ParameterNames.COUNTERFEIT_AUCTION_WAIT, forfeitureDate);
                    earliestAuction = new Deadline(DEADLINE_COUNTERFEIT_AUCTION, forfeitureDate,
                            waitEnds.due().plusDays(1), C_COUNTERFEIT_AUCTION + "; " + waitEnds.citation(),
                            waitEnds.parameterRef(), waitEnds.rule() + " = " + waitEnds.due()
                            + ", and the sale must come more than that many days after forfeiture: the day after");
                    if (today.isBefore(earliestAuction.due())) {
                        throw new Problems.RuleViolation("Counterfeit goods may be auctioned only more than "
                                + Deadlines.describe(parameters.valueOn(ParameterNames.COUNTERFEIT_AUCTION_WAIT,
                                forfeitureDate)) + " after forfeiture on " + forfeitureDate
                                + ": not before " + earliestAuction.due() + ".", earliestAuction.citation());
                    }
                    steps.addAll(counterfeitConditions(method, conditions));
                    steps.add(earliestAuction.trace());
                    steps.add(new TraceStep("Disposition", method.name(), "counterfeit goods sold at auction with the"
                            + " trademark owner's consent, on " + today + ", on or after " + earliestAuction.due(),
                            earliestAuction.citation(), earliestAuction.parameterRef()));
                } else {
                    steps.add(new TraceStep("Disposition", method.name(), "public or online auction; the proceeds are"
                            + " applied under 1613", C_DISPOSITION, null));
                }
            }
            case RETENTION, TRANSFER -> {
                if (recipient == null || recipient.isBlank()) {
                    throw new Problems.InvalidInput("recipientAgency: name the agency that "
                            + (method == DispositionMethod.RETENTION ? "retains the property for official use"
                            : "receives the property") + " (19 U.S.C. 1616a(c)).");
                }
                if (counterfeit) {
                    requireConsent(method, ownerConsent);
                    steps.addAll(counterfeitConditions(method, conditions));
                }
                steps.add(new TraceStep("Disposition", method.name(), (method == DispositionMethod.RETENTION
                        ? "retained for official use by " : "transferred to ") + recipient.strip(), C_RETENTION_TRANSFER,
                        null));
            }
            case RETURN -> {
                if (counterfeit) {
                    requireConsent(method, ownerConsent);
                }
                steps.add(new TraceStep("Disposition", method.name(), "returned (remission, release or court order)",
                        "law reference 6 step 8", null));
            }
        }
        return new DispositionCheck(method, earliestAuction, steps);
    }

    /**
     * @param earliestAuction for a sale of counterfeit goods, the first day it is allowed; otherwise null
     */
    public record DispositionCheck(DispositionMethod method, Deadline earliestAuction, List<TraceStep> steps) {

        public DispositionCheck {
            steps = List.copyOf(steps);
        }
    }

    // --- counterfeit and prohibited goods, perishable items, held proceeds, 1592 seizures (issue 12) ----------------

    /**
     * 19 U.S.C. 1614 with 1526(e): release on payment of the value puts the goods back in the claimant's hands, so it
     * is refused when any item is a prohibited importation, or bears a counterfeit mark and the trademark owner's
     * written consent is not on file (1526(e): such goods "shall be seized and, in the absence of the written consent
     * of the trademark owner, forfeited"). Refuses with {@link Problems.RuleViolation} (422), the citation included;
     * otherwise returns the trace line that says why the release is open.
     */
    public List<TraceStep> releaseOnPaymentAllowed(List<SeizedItem> items, boolean trademarkOwnerConsent) {
        Barred barred = barred(items, trademarkOwnerConsent);
        if (barred.prohibited() != null) {
            throw new Problems.RuleViolation("Release on payment of the value (1614) is not open: " + barred.prohibited()
                    + " is a prohibited importation and cannot be released into commerce. It is forfeited (or"
                    + " destroyed); a petition may still be filed. Nothing was recorded.", C_1614_PROHIBITED);
        }
        if (barred.counterfeit() != null) {
            throw new Problems.RuleViolation("Release on payment of the value (1614) is not open: " + barred.counterfeit()
                    + " bears a counterfeit mark and the trademark owner's written consent is not on file; such goods"
                    + " are forfeited (1526(e)). Nothing was recorded.", C_1614_COUNTERFEIT);
        }
        return List.of(new TraceStep(STEP_BARRED_GOODS, "none", barred.consentNote() + "no item is a prohibited"
                + " importation, so release on payment of the value is open", C_1614, null));
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

    private record Barred(String prohibited, String counterfeit, String consentNote) {
    }

    private static Barred barred(List<SeizedItem> items, boolean consent) {
        String prohibited = null;
        String counterfeit = null;
        boolean anyCounterfeit = false;
        for (int i = 0; i < (items == null ? 0 : items.size()); i++) {
            SeizedItem item = items.get(i);
            String name = "item " + (i + 1) + " (" + describe(item) + ")";
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

    /**
     * Proceeds of a summary sale when the claimant is granted relief (19 CFR 162.48(b)(2); law reference P10): the
     * claimant is owed the value at seizure less the remitted amount owed, whatever the sale brought. The proceeds
     * pay the 1613(a) expenses and liens first, then the claimant; the fund keeps what is left, and when the
     * proceeds fall short of the reimbursement the fund pays the difference (a trace line, not a share of the
     * proceeds), so the shares always add up to the gross.
     */
    public ReliefAfterSale reliefAfterSummarySale(BigDecimal gross, BigDecimal valueAtSeizure, BigDecimal remittedOwed,
                                                  List<Expense> expenses, List<Lien> liens) {
        Computation owed = reimbursementAfterSummarySale(valueAtSeizure, remittedOwed);
        Distribution d = distribute(ProceedsSource.SALE, gross, expenses, liens, null, owed.amount());
        BigDecimal fromProceeds = d.shares().stream().filter(s -> STEP_TO_CLAIMANT.equals(s.what()))
                .map(Share::paid).findFirst().orElse(cents(BigDecimal.ZERO));
        BigDecimal fromFund = owed.amount().subtract(fromProceeds);
        List<TraceStep> steps = new ArrayList<>(owed.steps());
        steps.addAll(d.steps());
        if (fromFund.signum() > 0) {
            steps.add(step("Reimbursement above the proceeds", fromFund, money(owed.amount()) + " owed, "
                    + money(fromProceeds) + " paid from the proceeds: the rest is paid from the forfeiture fund",
                    C_REIMBURSEMENT, null));
        }
        Distribution withTrace = new Distribution(d.source(), d.gross(), d.shares(), d.toFund(), d.toViolator(),
                d.unpaid(), steps);
        return new ReliefAfterSale(withTrace, owed.amount(), fromProceeds, fromFund);
    }

    public record ReliefAfterSale(Distribution distribution, BigDecimal reimbursement, BigDecimal fromProceeds,
                                  BigDecimal fromFund) {
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

    // --- helpers ----------------------------------------------------------------------------------------------------

    /**
     * 19 U.S.C. 1526(e): the alternatives to destruction are open only "if the merchandise is not unsafe or a hazard
     * to health", with the trademark "obliterate[d] where feasible", and an auction only after a finding that no
     * agency or eleemosynary institution has established a need. A condition not stated is bad input (400); one
     * stated and not met is a refusal (422).
     */
    private static List<TraceStep> counterfeitConditions(DispositionMethod method, CounterfeitConditions conditions) {
        CounterfeitConditions c = conditions == null ? CounterfeitConditions.NONE : conditions;
        if (c.notUnsafe() == null) {
            throw new Problems.InvalidInput("goodsNotUnsafe: state whether the counterfeit goods are free of any safety"
                    + " or health hazard (19 U.S.C. 1526(e)) before a " + method + ".");
        }
        if (!c.notUnsafe()) {
            throw new Problems.RuleViolation("Counterfeit goods that are unsafe or a hazard to health are destroyed; "
                    + method + " is open only for goods that are not (1526(e)).", C_COUNTERFEIT_CONDITIONS);
        }
        boolean obliterated = Boolean.TRUE.equals(c.marksObliterated());
        boolean notFeasible = Boolean.TRUE.equals(c.obliterationNotFeasible());
        if (c.marksObliterated() == null && c.obliterationNotFeasible() == null) {
            throw new Problems.InvalidInput("marksObliterated: state whether the counterfeit marks are obliterated, or"
                    + " set obliterationNotFeasible (19 U.S.C. 1526(e): obliterated where feasible).");
        }
        if (!obliterated && !notFeasible) {
            throw new Problems.RuleViolation("The counterfeit marks must be obliterated before a " + method
                    + " where that is feasible; record that they are, or that it is not feasible (1526(e)).",
                    C_COUNTERFEIT_CONDITIONS);
        }
        List<TraceStep> steps = new ArrayList<>();
        steps.add(new TraceStep("Not unsafe or a hazard to health", "yes", "recorded by the officer before the "
                + method, C_COUNTERFEIT_CONDITIONS, null));
        steps.add(new TraceStep("Counterfeit marks", obliterated ? "obliterated" : "obliteration not feasible",
                "obliterated where feasible", C_COUNTERFEIT_CONDITIONS, null));
        if (method == DispositionMethod.SALE) {
            if (c.noAgencyNeed() == null) {
                throw new Problems.InvalidInput("noAgencyNeed: before an auction of counterfeit goods, record that no"
                        + " federal, State or local agency or eleemosynary institution has established a need for"
                        + " them (19 U.S.C. 1526(e)(3)).");
            }
            if (!c.noAgencyNeed()) {
                throw new Problems.RuleViolation("An agency or eleemosynary institution has established a need for the"
                        + " counterfeit goods: deliver or give them (1526(e)(1)-(2)) instead of selling them.",
                        C_COUNTERFEIT_AUCTION);
            }
            steps.add(new TraceStep("No agency or charity need", "none established", "determined before the auction",
                    C_COUNTERFEIT_AUCTION, null));
        }
        return steps;
    }

    private static void requireConsent(DispositionMethod method, boolean ownerConsent) {
        if (!ownerConsent) {
            throw new Problems.RuleViolation("Forfeited counterfeit goods are destroyed unless the trademark owner"
                    + " consents; " + method + " needs the owner's written consent on file.", C_COUNTERFEIT_DISPOSITION);
        }
    }

    /** "$25.00 a day"; a rate with fractions of a cent is shown as entered ("$0.333 a day"). */
    private static String perDay(BigDecimal rate) {
        return (rate.stripTrailingZeros().scale() > 2 ? "$" + plain(rate) : money(rate)) + " a day";
    }

    private static BigDecimal accrued(BigDecimal rate, long days) {
        return cents(rate.multiply(BigDecimal.valueOf(days)));
    }

    private static String paidRule(BigDecimal claimed, BigDecimal paid, BigDecimal remaining) {
        return "claimed " + money(claimed) + (paid.compareTo(claimed) < 0 ? ", paid " + money(paid) + " (the money ran"
                + " out; " + money(claimed.subtract(paid)) + " unpaid)" : ", paid in full") + "; " + money(remaining)
                + " left";
    }

    private static LocalDate trigger(LocalDate date, String field, String purpose) {
        if (date == null) {
            throw new Problems.InvalidInput(field + ": needed for " + purpose + ".");
        }
        return date;
    }

    private static String describe(SeizedItem item) {
        String text = item.description() == null || item.description().isBlank() ? "item" : item.description().strip();
        List<String> flags = new ArrayList<>();
        if (item.counterfeit()) {
            flags.add("counterfeit");
        } else if (item.prohibited()) {
            flags.add("prohibited");
        }
        if (item.perishable()) {
            flags.add("perishable");
        }
        return text + (flags.isEmpty() ? "" : " (" + String.join(", ", flags) + ")");
    }
}
