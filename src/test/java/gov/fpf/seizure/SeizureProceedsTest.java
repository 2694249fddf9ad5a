package gov.fpf.seizure;

import static gov.fpf.seizure.SeizureFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.fpf.rules.TraceStep;
import gov.fpf.seizure.ProceedsRules.Distribution;
import gov.fpf.seizure.ProceedsRules.Expense;
import gov.fpf.seizure.ProceedsRules.ExpenseKind;
import gov.fpf.seizure.ProceedsRules.Lien;
import gov.fpf.seizure.ProceedsRules.LienKind;
import gov.fpf.seizure.ProceedsRules.ProceedsSource;
import gov.fpf.seizure.ProceedsRules.Share;
import gov.fpf.system.Problems;

/** 19 U.S.C. 1613 and 1614: the order in which proceeds are paid out (law reference 1.5, P18, P21). */
class SeizureProceedsTest {

    private final ProceedsRules proceedsRules = new ProceedsRules();

    /** Entered out of order on purpose: the rule ranks them. */
    private static final List<Expense> EXPENSES = List.of(
            new Expense(ExpenseKind.SALE, usd("1200")),
            new Expense(ExpenseKind.SEIZURE, usd("500")),
            new Expense(ExpenseKind.ADVERTISING, usd("300")),
            new Expense(ExpenseKind.CUSTODY_STORAGE, usd("2000")));
    private static final List<Lien> LIENS = List.of(
            new Lien(LienKind.GENERAL_AVERAGE, "Vessel owner", usd("700")),
            new Lien(LienKind.FREIGHT, "Ocean carrier", usd("3000")));

    private static BigDecimal sumOfShares(Distribution d) {
        return d.shares().stream().map(Share::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void p18_expensesThenLiensThenTheResidueToTheFund() {
        Distribution d = proceedsRules.proceeds(ProceedsSource.SALE, usd("50000"), EXPENSES, LIENS, null);

        assertThat(d.shares()).extracting(Share::what, Share::paid, Share::citation).containsExactly(
                tuple("Expense: Custody and storage", usd("2000.00"), "19 U.S.C. 1613(a), (d)"),
                tuple("Expense: Seizure", usd("500.00"), "19 U.S.C. 1613(a)"),
                tuple("Expense: Advertising", usd("300.00"), "19 U.S.C. 1613(a)"),
                tuple("Expense: Sale", usd("1200.00"), "19 U.S.C. 1613(a)"),
                tuple("Lien for freight (Ocean carrier)", usd("3000.00"), "19 U.S.C. 1613(a)"),
                tuple("Contribution in general average (Vessel owner)", usd("700.00"), "19 U.S.C. 1613(a)"),
                tuple(SeizureRules.STEP_TO_FUND, usd("42300.00"), "19 U.S.C. 1613(a); 1613b"));
        assertThat(d.toFund()).isEqualByComparingTo("42300.00");
        assertThat(d.toViolator()).isEqualByComparingTo("0.00");
        assertThat(d.unpaid()).isEqualByComparingTo("0.00");
        assertThat(sumOfShares(d)).isEqualByComparingTo(d.gross());
        assertThat(d.steps().get(0)).extracting(TraceStep::step, TraceStep::value, TraceStep::citation)
                .containsExactly("Proceeds of sale", "50000.00", "19 U.S.C. 1613(a)");
        assertThat(d.steps().get(1).rule()).contains("storage is a priority claim (1613(d))");
    }

    @Test
    void p18_inA1592ForfeitureTheExcessOverTheFinalPenaltyAndCostsGoesBackToTheViolator() {
        Distribution d = proceedsRules.proceeds(ProceedsSource.SALE, usd("50000"), EXPENSES, LIENS, usd("25000"));

        assertThat(d.toFund()).isEqualByComparingTo("25000.00");
        assertThat(d.toViolator()).isEqualByComparingTo("17300.00");   // 42,300 residue - 25,000
        assertThat(sumOfShares(d)).isEqualByComparingTo("50000.00");
        assertThat(d.shares()).extracting(Share::what, Share::claimed, Share::paid).endsWith(
                tuple("Final penalty and costs (1592 forfeiture)", usd("25000.00"), usd("25000.00")),
                tuple(SeizureRules.STEP_TO_VIOLATOR, usd("17300.00"), usd("17300.00")));
        assertThat(d.steps()).extracting(TraceStep::step, TraceStep::citation).endsWith(
                tuple(SeizureRules.STEP_TO_FUND, "19 U.S.C. 1613(b)"),
                tuple(SeizureRules.STEP_TO_VIOLATOR, "19 U.S.C. 1613(b)"));
    }

    @Test
    void a1592ResidueBelowThePenaltyAllGoesToTheFundAndTheRestIsStillOwed() {
        Distribution d = proceedsRules.proceeds(ProceedsSource.SALE, usd("10000"), EXPENSES, List.of(), usd("25000"));

        assertThat(d.toFund()).isEqualByComparingTo("6000.00");
        assertThat(d.toViolator()).isEqualByComparingTo("0.00");
        assertThat(d.steps().get(d.steps().size() - 2).rule()).contains("$19,000.00 of the penalty remains owed");
    }

    @Test
    void shortProceedsPayStorageFirstThenTheOtherExpensesInOrderAndNothingReachesTheLiens() {
        Distribution d = proceedsRules.proceeds(ProceedsSource.SALE, usd("3000"), EXPENSES, LIENS, null);

        assertThat(d.shares()).extracting(Share::what, Share::claimed, Share::paid).containsExactly(
                tuple("Expense: Custody and storage", usd("2000.00"), usd("2000.00")),
                tuple("Expense: Seizure", usd("500.00"), usd("500.00")),
                tuple("Expense: Advertising", usd("300.00"), usd("300.00")),
                tuple("Expense: Sale", usd("1200.00"), usd("200.00")),
                tuple("Lien for freight (Ocean carrier)", usd("3000.00"), usd("0.00")),
                tuple("Contribution in general average (Vessel owner)", usd("700.00"), usd("0.00")),
                tuple(SeizureRules.STEP_TO_FUND, usd("0.00"), usd("0.00")));
        assertThat(d.unpaid()).isEqualByComparingTo("4700.00");   // 1,000 of the sale + 3,700 of liens
        assertThat(d.steps().get(d.steps().size() - 1).step()).isEqualTo("Expenses and liens not covered");
        assertThat(sumOfShares(d)).isEqualByComparingTo("3000.00");
    }

    @Test
    void p21_aPaymentOfTheAppraisedValueIsDistributedLikeProceeds() {
        Distribution alone = proceedsRules.paymentOfValue(usd("30000"), usd("30000"), List.of(), List.of(), null);
        Distribution withCosts = proceedsRules.paymentOfValue(usd("30000"), usd("30000"), List.of(
                new Expense(ExpenseKind.SEIZURE, usd("300")), new Expense(ExpenseKind.CUSTODY_STORAGE, usd("1200"))),
                List.of(), null);

        assertThat(alone.source()).isEqualTo(ProceedsSource.PAYMENT_OF_VALUE);
        assertThat(alone.toFund()).isEqualByComparingTo("30000.00");
        assertThat(alone.steps().get(0)).extracting(TraceStep::step, TraceStep::citation)
                .containsExactly("Payment of the appraised value", "19 U.S.C. 1614; 1613(c)");
        assertThat(withCosts.toFund()).isEqualByComparingTo("28500.00");
        assertThat(withCosts.shares()).extracting(Share::what).startsWith("Expense: Custody and storage", "Expense: Seizure");
    }

    @Test
    void p21_aReleaseUnder1614NeedsTheFullAppraisedValue() {
        assertThatThrownBy(() -> proceedsRules.paymentOfValue(usd("29999.99"), usd("30000"), List.of(), List.of(), null))
                .isInstanceOf(Problems.RuleViolation.class)
                .hasMessageContaining("$0.01 short")
                .satisfies(e -> assertThat(((Problems.RuleViolation) e).citation()).isEqualTo("19 U.S.C. 1614"));
        assertThatThrownBy(() -> proceedsRules.paymentOfValue(usd("30000.01"), usd("30000"), List.of(), List.of(), null))
                .isInstanceOf(Problems.InvalidInput.class);
    }

    @Test
    void everyClaimNeedsItsKindAndAnAmount() {
        assertThatThrownBy(() -> proceedsRules.proceeds(ProceedsSource.SALE, usd("100"), List.of(new Expense(null, usd("1"))),
                List.of(), null)).isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("expenses[0].kind");
        assertThatThrownBy(() -> proceedsRules.proceeds(ProceedsSource.SALE, usd("100"), List.of(),
                List.of(new Lien(LienKind.FREIGHT, "x", usd("-5"))), null)).isInstanceOf(Problems.InvalidInput.class);
        assertThatThrownBy(() -> proceedsRules.proceeds(null, usd("100"), List.of(), List.of(), null))
                .isInstanceOf(Problems.InvalidInput.class);
    }
}
