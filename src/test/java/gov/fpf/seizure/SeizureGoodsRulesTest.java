package gov.fpf.seizure;

import static gov.fpf.seizure.SeizureFixtures.counterfeit;
import static gov.fpf.seizure.SeizureFixtures.goods;
import static gov.fpf.seizure.SeizureFixtures.produce;
import static gov.fpf.seizure.SeizureFixtures.prohibited;
import static gov.fpf.seizure.SeizureFixtures.usd;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.fpf.rules.Computation;
import gov.fpf.rules.LegalParameter;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.TraceStep;
import gov.fpf.seizure.ProceedsRules.Distribution;
import gov.fpf.seizure.ProceedsRules.Expense;
import gov.fpf.seizure.ProceedsRules.ExpenseKind;
import gov.fpf.seizure.ProceedsRules.Share;
import gov.fpf.system.Problems;

/**
 * Issue 12 items 11, 15 and 19 in the rules: counterfeit and prohibited goods are neither released on payment (1614)
 * nor sold summarily (1612); a summary sale opened by perishability covers the perishable items only; the
 * 162.48(b)(2) reimbursement after a summary sale (P10); the 1592(c)(14) release security.
 */
class SeizureGoodsRulesTest {

    private final MigrationParameters parameters = MigrationParameters.load();
    private final SummarySaleRules summarySaleRules = new SummarySaleRules();
    private final ProceedsRules proceedsRules = new ProceedsRules();
    private final DispositionRules dispositionRules = new DispositionRules();
    private final ReleaseRules releaseRules = new ReleaseRules();

    private static BigDecimal sum(Distribution d) {
        return d.shares().stream().map(Share::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void refused(Runnable call, String message, String citation) {
        assertThatThrownBy(call::run).isInstanceOf(Problems.RuleViolation.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((Problems.RuleViolation) e).citation()).isEqualTo(citation));
    }

    // --- item 15: 1614 and 1612 -----------------------------------------------------------------------------------

    @Test
    void counterfeitGoodsAreNotReleasedOnPaymentWithoutTheTrademarkOwnersWrittenConsent() {
        refused(() -> dispositionRules.releaseOnPaymentAllowed(List.of(goods("1000"), counterfeit("2000")), false),
                "item 2 (handbags bearing counterfeit marks (counterfeit)) bears a counterfeit mark", "19 U.S.C. 1614, 1526(e)");
        // with the owner's written consent on file, 1526(e) does not require forfeiture: the release is open
        assertThat(dispositionRules.releaseOnPaymentAllowed(List.of(goods("1000"), counterfeit("2000")), true))
                .extracting(TraceStep::step, TraceStep::citation)
                .containsExactly(tuple(SeizureRules.STEP_BARRED_GOODS, "19 U.S.C. 1614"));
        assertThat(dispositionRules.releaseOnPaymentAllowed(List.of(goods("1000")), false)).hasSize(1);
    }

    @Test
    void prohibitedGoodsAreNeverReleasedOnPaymentEvenWithConsent() {
        refused(() -> dispositionRules.releaseOnPaymentAllowed(List.of(goods("1000"), prohibited("5")), true),
                "item 2 (prohibited articles (prohibited)) is a prohibited importation", "19 U.S.C. 1614, 1607(a)(2)");
    }

    @Test
    void aSummarySaleOfCounterfeitOrProhibitedGoodsIsRefused() {
        refused(() -> summarySaleRules.summarySaleGoodsAllowed(List.of(counterfeit("2000")), false), "counterfeit mark",
                "19 U.S.C. 1612(a), 1526(e)");
        refused(() -> summarySaleRules.summarySaleGoodsAllowed(List.of(produce("800"), prohibited("5")), true),
                "prohibited importation", "19 U.S.C. 1612(a), 1607(a)(2)");
        assertThat(summarySaleRules.summarySaleGoodsAllowed(List.of(produce("800")), false)).hasSize(1);
    }

    // --- item 19: 1612(a) per item -------------------------------------------------------------------------------

    @Test
    void onePerishableItemOpensASaleOfThatItemOnly() {
        List<SeizedItem> items = List.of(goods("5000"), produce("800"), counterfeit("2000"));
        SummarySaleRules.SummarySaleCheck perishableOnly = summarySaleRules.summarySaleAllowed(usd("7800"), usd("100"), true,
                parameters, of(2026, 1, 6));
        SummarySaleRules.SaleScope scope = summarySaleRules.summarySaleScope(items, perishableOnly);

        assertThat(scope.lines()).containsExactly(1);
        assertThat(scope.wholeSeizure()).isFalse();
        assertThat(scope.valueAtSeizure()).isEqualByComparingTo("800.00");
        assertThat(scope.steps().get(0).rule()).contains("only the perishable items (item 2").contains("ordinary path");
        // the counterfeit bags are not part of the sale, so they do not bar it
        assertThat(summarySaleRules.summarySaleGoodsAllowed(scope.lines().stream().map(items::get).toList(), false)).hasSize(1);

        // storage at the 162.48(b) share covers the whole seizure
        SummarySaleRules.SummarySaleCheck storage = summarySaleRules.summarySaleAllowed(usd("7800"), usd("3900"), true, parameters,
                of(2026, 1, 6));
        SummarySaleRules.SaleScope whole = summarySaleRules.summarySaleScope(items, storage);
        assertThat(whole.lines()).containsExactly(0, 1, 2);
        assertThat(whole.wholeSeizure()).isTrue();
    }

    // --- item 11: P10, the reimbursement after a summary sale --------------------------------------------------------

    @Test
    void p10_aClaimantGrantedReliefAfterTheSixThousandDollarSaleIsOwedEightThousandLessTheRemittedAmount() {
        List<Expense> storage = List.of(new Expense(ExpenseKind.CUSTODY_STORAGE, usd("150")));

        // full remission: $8,000, of which the proceeds pay $5,850 after storage and the fund $2,150
        ProceedsRules.ReliefAfterSale full = proceedsRules.reliefAfterSummarySale(usd("6000"), usd("8000"), BigDecimal.ZERO,
                storage, List.of());
        assertThat(full.reimbursement()).isEqualByComparingTo("8000.00");
        assertThat(full.fromProceeds()).isEqualByComparingTo("5850.00");
        assertThat(full.fromFund()).isEqualByComparingTo("2150.00");
        assertThat(full.distribution().shares()).extracting(Share::what, Share::paid).containsExactly(
                tuple("Expense: Custody and storage", usd("150.00")),
                tuple(SeizureRules.STEP_TO_CLAIMANT, usd("5850.00")),
                tuple(SeizureRules.STEP_TO_FUND, usd("0.00")));
        assertThat(sum(full.distribution())).isEqualByComparingTo("6000.00");
        assertThat(full.distribution().steps()).extracting(TraceStep::step).contains(SeizureRules.STEP_REIMBURSEMENT,
                "Reimbursement above the proceeds");

        // remitted on payment of $3,000: $5,000 owed, all from the proceeds; the fund keeps $850
        ProceedsRules.ReliefAfterSale mitigated = proceedsRules.reliefAfterSummarySale(usd("6000"), usd("8000"), usd("3000"),
                storage, List.of());
        assertThat(mitigated.reimbursement()).isEqualByComparingTo("5000.00");
        assertThat(mitigated.fromFund()).isEqualByComparingTo("0.00");
        assertThat(mitigated.distribution().shares()).extracting(Share::paid)
                .containsExactly(usd("150.00"), usd("5000.00"), usd("850.00"));
        assertThat(sum(mitigated.distribution())).isEqualByComparingTo("6000.00");
    }

    // --- item 11: 1592(c)(14) ---------------------------------------------------------------------------------------

    @Test
    void the1592c14SecurityIsCappedAtTheMaximumPenalty() {
        ReleaseRules.HighRisk ordinary = new ReleaseRules.HighRisk(false, List.of(), "x");
        Computation capped = releaseRules.releaseSecurity1592(usd("42000"), usd("20000"), false, ordinary, parameters,
                of(2026, 1, 6));
        Computation atValue = releaseRules.releaseSecurity1592(usd("42000"), usd("42000.01"), false, ordinary, parameters,
                of(2026, 1, 6));
        Computation unknownMaximum = releaseRules.releaseSecurity1592(usd("42000"), null, false, ordinary, parameters,
                of(2026, 1, 6));

        assertThat(capped.amount()).isEqualByComparingTo("20000.00");
        assertThat(capped.steps().get(capped.steps().size() - 1)).extracting(TraceStep::step, TraceStep::citation)
                .containsExactly(SeizureRules.STEP_RELEASE_SECURITY_1592, "19 U.S.C. 1592(c)(14)");
        assertThat(atValue.amount()).isEqualByComparingTo("42000.00");
        assertThat(unknownMaximum.amount()).isEqualByComparingTo("42000.00");
        refused(() -> releaseRules.releaseSecurity1592(usd("42000"), usd("20000"), true, ordinary, parameters, of(2026, 1, 6)),
                "not prohibited", "19 U.S.C. 1592(c)(14)");
    }

    @Test
    void aHighRisk1592ReleaseIsNeverRefusedBecauseTheMultipleHasNoValue() {
        ReleaseRules.HighRisk risky = new ReleaseRules.HighRisk(true, List.of("flagged high-risk at custody"), "x");
        // the migration's placeholder row (no value) is in force from 2026-09-01
        assertThatThrownBy(() -> releaseRules.releaseBond(usd("42000"), risky, parameters, of(2026, 10, 1)))
                .isInstanceOf(Problems.RuleViolation.class);
        Computation security = releaseRules.releaseSecurity1592(usd("42000"), usd("30000"), false, risky, parameters,
                of(2026, 10, 1));
        assertThat(security.amount()).isEqualByComparingTo("30000.00");
        assertThat(security.steps()).extracting(TraceStep::step).contains("High-risk multiple");

        // with a multiple in force the bond rises, and the maximum still caps it
        MigrationParameters doubled = parameters.with(ParameterNames.RELEASE_BOND_HIGH_RISK_MULTIPLE, "2",
                LegalParameter.Unit.COUNT, of(2027, 1, 1));
        assertThat(releaseRules.releaseSecurity1592(usd("42000"), usd("60000"), false, risky, doubled, of(2027, 1, 1))
                .amount()).isEqualByComparingTo("60000.00");
    }
}
