package gov.fpf.seizure;

import static gov.fpf.seizure.SeizureFixtures.usd;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import gov.fpf.rules.Computation;
import gov.fpf.rules.LegalParameter;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/** Storage cost, the 1612 / 162.48 summary sale or destruction and the reimbursement after it (law reference P10, 12.9). */
class SeizureStorageTest {

    private static final LocalDate SEIZED = of(2026, 1, 1);
    private final MigrationParameters parameters = MigrationParameters.load();
    private final SeizureRules rules = new SeizureRules();
    private final SummarySaleRules summarySaleRules = new SummarySaleRules();
    private final ProceedsRules proceedsRules = new ProceedsRules();

    @Test
    void storageAccruesForEveryDayFromTheSeizureDateUpToButNotIncludingTheEndDate() {
        Computation thirtyDays = rules.accruedStorage(usd("25"), SEIZED, of(2026, 1, 31));

        assertThat(thirtyDays.amount()).isEqualByComparingTo("750.00");
        assertThat(thirtyDays.steps().get(0).rule())
                .isEqualTo("30 calendar day(s) from 2026-01-01 (counted) to 2026-01-31 (not counted) × $25.00 a day");
        assertThat(rules.accruedStorage(usd("25"), SEIZED, SEIZED).amount()).isEqualByComparingTo("0.00");
        assertThat(rules.accruedStorage(usd("0.333"), SEIZED, of(2026, 1, 16)).amount()).isEqualByComparingTo("5.00");
    }

    @Test
    void storageCannotRunBackwardsOrWithoutARate() {
        assertThatThrownBy(() -> rules.accruedStorage(usd("25"), SEIZED, SEIZED.minusDays(1)))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("before");
        assertThatThrownBy(() -> rules.accruedStorage(null, SEIZED, SEIZED)).isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("dailyStorageRate");
    }

    @Test
    void theSummarySaleDateIsTheFirstDayTheStorageReachesHalfTheValue() {
        SummarySaleRules.SummarySaleThreshold threshold = summarySaleRules.summarySaleThresholdDate(usd("8000"), usd("25"), SEIZED,
                false, parameters);

        // $4,000 at $25 a day: 160 days
        assertThat(threshold.date()).isEqualTo(of(2026, 6, 10));
        assertThat(threshold.never()).isFalse();
        assertThat(threshold.steps()).extracting(TraceStep::step, TraceStep::value).containsExactly(
                tuple("Storage cost presumed disproportionate at", "4000.00"),
                tuple("Summary sale or destruction from", "2026-06-10"));
        assertThat(threshold.steps().get(0).parameterRef()).startsWith("summary-sale.storage-cost-share = 0.5 SHARE");
        assertThat(threshold.steps().get(1).rule()).contains("160 calendar day(s)", "162.48(b)");
    }

    @Test
    void theSummarySaleDateAgreesWithTheAccruedStorageAndTheCheckOnEitherSide() {
        BigDecimal value = usd("1000");
        BigDecimal rate = usd("33.33");
        LocalDate date = summarySaleRules.summarySaleThresholdDate(value, rate, SEIZED, false, parameters).date();

        assertThat(date).isEqualTo(SEIZED.plusDays(16));   // 15 days = $499.95, 16 days = $533.28
        BigDecimal onTheDay = rules.accruedStorage(rate, SEIZED, date).amount();
        BigDecimal dayBefore = rules.accruedStorage(rate, SEIZED, date.minusDays(1)).amount();
        assertThat(summarySaleRules.summarySaleAllowed(value, onTheDay, false, parameters, date).allowed()).isTrue();
        assertThat(summarySaleRules.summarySaleAllowed(value, dayBefore, false, parameters, date).allowed()).isFalse();
    }

    @Test
    void aRateWithTenthsOfACentReachesTheShareWhenTheRoundedCostDoes() {
        // $10 value, $5.00 at half; 15 days × $0.333 = $4.995, $5.00 in cents (HALF_UP)
        SummarySaleRules.SummarySaleThreshold threshold = summarySaleRules.summarySaleThresholdDate(usd("10"), usd("0.333"), SEIZED,
                false, parameters);

        assertThat(threshold.date()).isEqualTo(SEIZED.plusDays(15));
        assertThat(threshold.steps().get(1).rule()).startsWith("15 calendar day(s) × $0.333 a day = $5.00 reaches $5.00");
    }

    @Test
    void theSummarySaleDateOfASeizureUsesItsItemsItsRateAndItsDate() {
        // SeizureFixtures: seized 2026-01-05 at $25.00 a day
        assertThat(summarySaleRules.summarySaleThresholdDate(SeizureFixtures.facts(SeizureFixtures.goods("8000")), parameters)
                .date()).isEqualTo(of(2026, 6, 14));
        assertThat(summarySaleRules.summarySaleThresholdDate(SeizureFixtures.facts(SeizureFixtures.goods("8000"),
                SeizureFixtures.produce("300")), parameters).date()).isEqualTo(SeizureFixtures.SEIZED);
    }

    @Test
    void perishableGoodsMayBeSoldFromTheSeizureDate() {
        SummarySaleRules.SummarySaleThreshold threshold = summarySaleRules.summarySaleThresholdDate(usd("8000"), usd("0"), SEIZED,
                true, parameters);

        assertThat(threshold.date()).isEqualTo(SEIZED);
        assertThat(threshold.steps().get(0).citation()).isEqualTo("19 U.S.C. 1612(a); 19 CFR 162.48(a)");
    }

    @Test
    void storageAtNoCostNeverReachesTheShare() {
        SummarySaleRules.SummarySaleThreshold threshold = summarySaleRules.summarySaleThresholdDate(usd("8000"), usd("0"), SEIZED,
                false, parameters);

        assertThat(threshold.never()).isTrue();
        assertThat(threshold.date()).isNull();
        assertThat(threshold.steps().get(1).value()).isEqualTo("never at this rate");
    }

    @Test
    void worthlessPropertyReachesTheShareAtOnce() {
        assertThat(summarySaleRules.summarySaleThresholdDate(usd("0"), usd("0"), SEIZED, false, parameters).date()).isEqualTo(SEIZED);
    }

    @Test
    void theShareInForceOnTheSeizureDateApplies() {
        MigrationParameters changed = parameters.with(ParameterNames.SUMMARY_SALE_STORAGE_SHARE, "0.25",
                LegalParameter.Unit.SHARE, of(2026, 3, 1));

        assertThat(summarySaleRules.summarySaleThresholdDate(usd("8000"), usd("25"), SEIZED, false, changed).date())
                .isEqualTo(of(2026, 6, 10));
        assertThat(summarySaleRules.summarySaleThresholdDate(usd("8000"), usd("25"), of(2026, 3, 1), false, changed).date())
                .isEqualTo(of(2026, 5, 20));   // $2,000 at $25: 80 days
    }

    @Test
    void p10_perishableProduceWithProjectedStorageOver50PercentMayBeSoldOrDestroyed() {
        SummarySaleRules.SummarySaleCheck check = summarySaleRules.summarySaleAllowed(usd("8000"), usd("4500"), true, parameters, SEIZED);

        assertThat(check.allowed()).isTrue();
        assertThat(check.perishableSale()).isTrue();
        assertThat(check.storageDisproportionate()).isTrue();
        assertThat(check.saleAllowed()).isTrue();
        assertThat(check.destructionAllowed()).isTrue();
        assertThat(check.storageShareOfValue()).isEqualByComparingTo("0.5625");
        assertThat(check.steps()).extracting(TraceStep::step, TraceStep::value).containsExactly(
                tuple("Storage cost as a share of the value", "56.25%"),
                tuple("Storage presumed disproportionate", "4500.00"),
                tuple("Perishable property", "sale"),
                tuple("Summary sale or destruction", "allowed"));
        TraceStep presumption = check.steps().get(1);
        assertThat(presumption.citation()).isEqualTo("19 U.S.C. 1612(b); 19 CFR 162.48(b)(1); law reference 12.9");
        assertThat(presumption.rule()).contains("$4,500.00 reaches 50% of the value ($4,000.00)",
                "the 50% presumption is for destruction or other disposition, not for the 162.48(a) sale");
        assertThat(presumption.parameterRef()).startsWith("summary-sale.storage-cost-share = 0.5 SHARE");
        assertThat(check.steps().get(2).rule()).contains("162.48(a)", "notice is of sale only");
    }

    @Test
    void storageAtExactlyHalfTheValueIsPresumedDisproportionateAndACentLessIsNot() {
        SummarySaleRules.SummarySaleCheck atHalf = summarySaleRules.summarySaleAllowed(usd("8000"), usd("4000"), false, parameters, SEIZED);
        SummarySaleRules.SummarySaleCheck below = summarySaleRules.summarySaleAllowed(usd("8000"), usd("3999.99"), false, parameters, SEIZED);

        assertThat(atHalf.allowed()).isTrue();
        assertThat(atHalf.destructionAllowed()).isTrue();
        assertThat(atHalf.perishableSale()).isFalse();
        assertThat(below.allowed()).isFalse();
        assertThat(below.steps()).extracting(TraceStep::step).contains("Storage not presumed disproportionate");
        assertThat(below.steps().get(below.steps().size() - 1).value()).isEqualTo("not allowed");
    }

    @Test
    void perishableGoodsWithLowStorageMayBeSoldButNotDestroyed() {
        SummarySaleRules.SummarySaleCheck check = summarySaleRules.summarySaleAllowed(usd("8000"), usd("100"), true, parameters, SEIZED);

        assertThat(check.allowed()).isTrue();
        assertThat(check.saleAllowed()).isTrue();
        assertThat(check.destructionAllowed()).isFalse();
        assertThat(check.steps().get(check.steps().size() - 1).citation()).isEqualTo("19 U.S.C. 1612(a); 19 CFR 162.48(a)");
    }

    @Test
    void p10_theClaimantWhoWinsReliefGetsTheValueAtSeizureLessTheRemittedAmount() {
        Computation full = proceedsRules.reimbursementAfterSummarySale(usd("8000"), null);
        Computation withRemission = proceedsRules.reimbursementAfterSummarySale(usd("8000"), usd("1500"));
        Computation owesMore = proceedsRules.reimbursementAfterSummarySale(usd("8000"), usd("9000"));

        assertThat(full.amount()).isEqualByComparingTo("8000.00");   // sold for $6,000: the sale price does not matter
        assertThat(withRemission.amount()).isEqualByComparingTo("6500.00");
        assertThat(owesMore.amount()).isEqualByComparingTo("0.00");
        assertThat(withRemission.steps()).extracting(TraceStep::step, TraceStep::value).containsExactly(
                tuple("Value at seizure", "8000.00"),
                tuple("Remitted amount the claimant owes", "1500.00"),
                tuple(SeizureRules.STEP_REIMBURSEMENT, "6500.00"));
        assertThat(withRemission.steps()).extracting(TraceStep::citation).containsOnly("19 CFR 162.48(b)(2); law reference P10");
    }
}
