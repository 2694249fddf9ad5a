package gov.fpf.seizure;

import static gov.fpf.rules.RuleMath.cents;
import static gov.fpf.rules.RuleMath.money;
import static gov.fpf.rules.RuleMath.nonNegative;
import static gov.fpf.rules.RuleMath.required;
import static gov.fpf.rules.RuleMath.step;
import static gov.fpf.seizure.SeizureRules.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import gov.fpf.rules.Computation;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/**
 * 19 U.S.C. 1613, 1614: the order in which proceeds of a sale (or a payment of the value) pay the expenses, the
 * liens and the fund; the 1613(b) excess of a 1592 forfeiture; the 162.48(b)(2) reimbursement of a claimant granted
 * relief after a summary sale.
 */
@Component
public class ProceedsRules {

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

    private static String paidRule(BigDecimal claimed, BigDecimal paid, BigDecimal remaining) {
        return "claimed " + money(claimed) + (paid.compareTo(claimed) < 0 ? ", paid " + money(paid) + " (the money ran"
                + " out; " + money(claimed.subtract(paid)) + " unpaid)" : ", paid in full") + "; " + money(remaining)
                + " left";
    }
}
