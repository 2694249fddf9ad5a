package gov.fpf.mitigation;

import static gov.fpf.rules.penalties.Culpability.FRAUD;
import static gov.fpf.rules.penalties.Culpability.GROSS_NEGLIGENCE;
import static gov.fpf.rules.penalties.Culpability.NEGLIGENCE;
import static gov.fpf.rules.penalties.FactsBuilder.s1592;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import gov.fpf.mitigation.GuidelineRanges.Range;
import gov.fpf.rules.TraceStep;
import gov.fpf.rules.penalties.FactsBuilder;
import gov.fpf.rules.penalties.PenaltyStatute;
import gov.fpf.system.Problems;

class GuidelineRangesTest {

    private static final GuidelineRanges RANGES = new GuidelineRanges(new gov.fpf.rules.FileDecisionTables(GuidelineRanges.RESOURCE));

    @Test
    void p1NegligenceWithARevenueLossIsHalfToTwiceTheLoss() {
        Range range = RANGES.range(s1592(NEGLIGENCE).dutiable("400000").lor("20000").domestic("600000").build());

        assertThat(range.low()).isEqualByComparingTo("10000.00");
        assertThat(range.high()).isEqualByComparingTo("40000.00");
        assertThat(range.steps()).extracting(TraceStep::step, TraceStep::value, TraceStep::citation).containsExactly(
                tuple("Guideline factors", "0.5 to 2 × loss of revenue", "19 CFR Part 171 App. B (F)(2)(c)"),
                tuple("Guideline low", "10000.00", "19 CFR Part 171 App. B (F)(2)(c)"),
                tuple("Guideline high", "40000.00", "19 CFR Part 171 App. B (F)(2)(c)"));
        assertThat(range.steps().get(0).parameterRef())
                .isEqualTo("decision table PenaltyGuidelineRange (1.0.1) from processes/mitigation/PenaltyGuidelineRange.dmn");
    }

    @Test
    void nonRevenueNegligenceIsFiveToTwentyPercentOfDutiableValue() {
        Range range = RANGES.range(s1592(NEGLIGENCE).dutiable("250000").domestic("300000").build());

        assertThat(range.low()).isEqualByComparingTo("12500.00");
        assertThat(range.high()).isEqualByComparingTo("50000.00");
    }

    @Test
    void grossNegligenceWithARevenueLoss() {
        Range range = RANGES.range(s1592(GROSS_NEGLIGENCE).lor("20000").domestic("600000").build());

        assertThat(range.low()).isEqualByComparingTo("50000.00");
        assertThat(range.high()).isEqualByComparingTo("80000.00");
    }

    @Test
    void bothEndsAreCappedAtDomesticValueAndTheFraudExceptionIsStated() {
        Range partly = RANGES.range(s1592(FRAUD).lor("20000").domestic("120000").build());
        Range wholly = RANGES.range(s1592(FRAUD).lor("20000").domestic("90000").build());

        assertThat(partly.low()).isEqualByComparingTo("100000.00");
        assertThat(partly.high()).isEqualByComparingTo("120000.00");
        assertThat(partly.steps().get(0).rule()).contains("more than 8 times the loss of duty is allowed");
        assertThat(partly.steps().get(3).step()).isEqualTo("Guideline range capped at domestic value");
        assertThat(wholly.low()).isEqualByComparingTo("90000.00");
        assertThat(wholly.high()).isEqualByComparingTo("90000.00");
    }

    @Test
    void aPriorDisclosureOfNegligenceIsTheInterestAndWithoutARevenueLossNothing() {
        Range interest = RANGES.range(s1592(NEGLIGENCE).lor("20000").domestic("600000").priorDisclosure()
                .interest("1534.25").build());
        Range nothing = RANGES.range(s1592(NEGLIGENCE).dutiable("250000").domestic("300000").priorDisclosure().build());

        assertThat(interest.low()).isEqualByComparingTo("1534.25");
        assertThat(interest.high()).isEqualByComparingTo("1534.25");
        assertThat(nothing.low()).isZero();
        assertThat(nothing.high()).isZero();
    }

    @Test
    void aPriorDisclosureOfFraudIsTheLossOrTenPercent() {
        assertThat(RANGES.range(s1592(FRAUD).lor("20000").domestic("600000").priorDisclosure().build()).high())
                .isEqualByComparingTo("20000.00");
        assertThat(RANGES.range(s1592(FRAUD).dutiable("250000").domestic("300000").priorDisclosure().build()).high())
                .isEqualByComparingTo("25000.00");
    }

    @Test
    void onlySection592CasesWithTheirAmountsHaveARange() {
        assertThatThrownBy(() -> RANGES.range(FactsBuilder.statute(PenaltyStatute.S1641).licensedBroker(1).build()))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("1592");
        assertThatThrownBy(() -> RANGES.range(s1592(NEGLIGENCE).lor("20000").build()))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("domesticValue:");
        assertThatThrownBy(() -> RANGES.range(s1592(NEGLIGENCE).lor("20000").domestic("1").priorDisclosure().build()))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("priorDisclosureInterest:");
    }
}
