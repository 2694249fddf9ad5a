package gov.fpf.seizure;

import static gov.fpf.rules.RuleMath.cents;
import static gov.fpf.rules.RuleMath.money;
import static gov.fpf.rules.RuleMath.percent;
import static gov.fpf.rules.RuleMath.plain;
import static gov.fpf.rules.RuleMath.required;
import static gov.fpf.rules.RuleMath.step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import gov.fpf.casefile.DeadlineNames;
import gov.fpf.rules.Computation;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/**
 * The legal arithmetic of a seizure, from appraisal to the distribution of proceeds (law reference 1.5, 6, 7.1, 9,
 * 12.8 and 12.9; 19 U.S.C. 1602-1616a; 19 CFR 162; EO 14411 Sec. 5). Every limit, share and period is an
 * effective-dated parameter (db/migration V2 and V9) read on the date given; deadlines are counted by
 * {@link Deadlines} from their trigger. Money is dollars, rounded HALF_UP to cents at the end of each step.
 *
 * <p>This class holds the appraisal, the forfeiture path, the claim cost bond, the periods of the proceedings and the
 * accrued storage, and the names and citations every seizure rule shares; the other groups are
 * {@link SummarySaleRules} (1612), {@link ProceedsRules} (1613, 1614), {@link ReleaseRules} (release bond and
 * security) and {@link DispositionRules} (after forfeiture; counterfeits).
 *
 * <p>Nothing here stores anything: the seizure case services and the process (SeizureSteps) call these methods, keep
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
        return appraise(items);
    }

    /** {@link #appraisedValue}, for the other seizure rule groups (the 1612 share is of this value). */
    static Computation appraise(List<SeizedItem> items) {
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

    /** "$25.00 a day"; a rate with fractions of a cent is shown as entered ("$0.333 a day"). */
    static String perDay(BigDecimal rate) {
        return (rate.stripTrailingZeros().scale() > 2 ? "$" + plain(rate) : money(rate)) + " a day";
    }

    static BigDecimal accrued(BigDecimal rate, long days) {
        return cents(rate.multiply(BigDecimal.valueOf(days)));
    }

    static LocalDate trigger(LocalDate date, String field, String purpose) {
        if (date == null) {
            throw new Problems.InvalidInput(field + ": needed for " + purpose + ".");
        }
        return date;
    }

    static String describe(SeizedItem item) {
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
