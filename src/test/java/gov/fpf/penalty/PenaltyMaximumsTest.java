package gov.fpf.penalty;

import static gov.fpf.penalty.Culpability.FRAUD;
import static gov.fpf.penalty.Culpability.GROSS_NEGLIGENCE;
import static gov.fpf.penalty.Culpability.NEGLIGENCE;
import static gov.fpf.penalty.FactsBuilder.s1592;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import gov.fpf.casefile.CaseFileService.TraceStep;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.system.Problems;

class PenaltyMaximumsTest {

    private static final LocalDate ON = LocalDate.of(2026, 10, 1);
    private final MigrationParameters parameters = MigrationParameters.load();
    private final PenaltyMaximums maximums = new PenaltyMaximums();

    private Computation maximum(FactsBuilder facts) {
        return maximums.maximum(facts.build(), parameters, ON);
    }

    // P1: dutiable value $400,000, declared 5% instead of 10% (LOR $20,000), domestic value $600,000.
    private FactsBuilder p1(Culpability culpability) {
        return s1592(culpability).dutiable("400000").lor("20000").domestic("600000");
    }

    @Test
    void p1_negligenceIsTheLesserOfDomesticValueAndTwiceTheLoss() {
        Computation max = maximum(p1(NEGLIGENCE));

        assertThat(max.amount()).isEqualByComparingTo("40000.00");
        assertThat(max.amount().scale()).isEqualTo(2);
        assertThat(max.steps()).extracting(TraceStep::step, TraceStep::value, TraceStep::citation).containsExactly(
                tuple("2 × loss of revenue", "40000.00", "19 U.S.C. 1592(c)(3)(A)"),
                tuple("Maximum, negligence", "40000.00", "19 U.S.C. 1592(c)(3)(A)"),
                tuple("Loss of revenue, demanded in addition to the penalty", "20000.00", "19 U.S.C. 1592(d)"),
                tuple("Maximum penalty", "40000.00", "19 U.S.C. 1592"));
        assertThat(max.steps().get(0).parameterRef())
                .startsWith("penalty.1592.negligence.lor-multiple = 2 COUNT (in force from 2000-01-01");
        assertThat(max.steps().get(1).rule())
                .isEqualTo("lesser of domestic value $600,000.00 and 2 × loss of revenue $40,000.00");
    }

    @Test
    void p1_grossNegligenceIsTheLesserOfDomesticValueAndFourTimesTheLoss() {
        assertThat(maximum(p1(GROSS_NEGLIGENCE)).amount()).isEqualByComparingTo("80000.00");
    }

    @Test
    void p1_fraudIsTheDomesticValue() {
        Computation max = maximum(p1(FRAUD));

        assertThat(max.amount()).isEqualByComparingTo("600000.00");
        assertThat(max.steps().get(0).citation()).isEqualTo("19 U.S.C. 1592(c)(1)");
    }

    @Test
    void p1_theLossOfRevenueIsDemandedInAddition() {
        assertThat(maximums.lossOfRevenueDemand(p1(NEGLIGENCE).build())).isEqualByComparingTo("20000.00");
    }

    @Test
    void p1_theDomesticValueCapsWhenItIsLower() {
        assertThat(maximum(s1592(GROSS_NEGLIGENCE).lor("20000").domestic("50000")).amount())
                .isEqualByComparingTo("50000.00");
    }

    // P2: dutiable value $250,000, duties not affected (an origin misstatement on a duty-free good).
    @Test
    void p2_negligenceIs20PercentOfDutiableValue() {
        Computation max = maximum(s1592(NEGLIGENCE).dutiable("250000"));

        assertThat(max.amount()).isEqualByComparingTo("50000.00");
        assertThat(max.steps().get(0).rule()).isEqualTo("20% of dutiable value $250,000.00");
        assertThat(max.steps().get(0).citation()).isEqualTo("19 U.S.C. 1592(c)(3)(B)");
        assertThat(max.steps()).extracting(TraceStep::step).doesNotContain("Loss of revenue, demanded in addition to the penalty");
        assertThat(maximums.lossOfRevenueDemand(s1592(NEGLIGENCE).dutiable("250000").build())).isZero();
    }

    @Test
    void p2_grossNegligenceIs40PercentOfDutiableValue() {
        assertThat(maximum(s1592(GROSS_NEGLIGENCE).dutiable("250000").lor("0")).amount()).isEqualByComparingTo("100000.00");
    }

    @Test
    void p2_fraudIsTheDomesticValue() {
        assertThat(maximum(s1592(FRAUD).dutiable("250000").domestic("310000")).amount()).isEqualByComparingTo("310000.00");
    }

    // P3: prior disclosure.
    @Test
    void p3_negligenceIsCappedAtTheInterestTheOfficerEntered() {
        // LOR $20,000 tendered at disclosure, liquidated 400 days ago, 6621 rate 7%: 20,000 × 0.07 × 400/365
        BigDecimal interest = new BigDecimal("20000").multiply(new BigDecimal("0.07"))
                .multiply(new BigDecimal("400")).divide(new BigDecimal("365"), 2, java.math.RoundingMode.HALF_UP);
        assertThat(interest).isEqualByComparingTo("1534.25");

        Computation max = maximum(s1592(NEGLIGENCE).dutiable("400000").lor("20000").domestic("600000")
                .priorDisclosure().interest(interest.toPlainString()));

        assertThat(max.amount()).isEqualByComparingTo("1534.25");
        assertThat(max.steps()).extracting(TraceStep::step).containsSubsequence(
                "Maximum, negligence", "Prior disclosure cap, negligence", "Maximum with prior disclosure",
                "Loss of revenue, demanded in addition to the penalty", "Maximum penalty");
        assertThat(max.steps().get(2).citation()).isEqualTo("19 U.S.C. 1592(c)(4)(B); 19 CFR Part 171 App. B (F)(2)(f)");
        assertThat(max.steps().get(3).rule()).contains("no seizure is allowed");
    }

    @Test
    void p3_negligenceWithoutTheInterestCannotBeComputed() {
        assertThatThrownBy(() -> maximum(s1592(GROSS_NEGLIGENCE).lor("20000").domestic("600000").priorDisclosure()))
                .isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("priorDisclosureInterest");
    }

    @Test
    void p3_negligenceWithoutALossOfRevenueHasNoPenalty() {
        assertThat(maximum(s1592(NEGLIGENCE).dutiable("250000").priorDisclosure()).amount()).isZero();
    }

    @Test
    void p3_fraudIsCappedAtTheLossOfRevenue() {
        Computation max = maximum(s1592(FRAUD).dutiable("400000").lor("20000").domestic("600000").priorDisclosure());

        assertThat(max.amount()).isEqualByComparingTo("20000.00");
        assertThat(max.steps()).extracting(TraceStep::step, TraceStep::value, TraceStep::citation).contains(
                tuple("Prior disclosure cap, fraud", "20000.00", "19 U.S.C. 1592(c)(4)(A)(i)"));
    }

    @Test
    void p3_fraudWithoutALossOfRevenueIsCappedAtTenPercentOfDutiableValue() {
        Computation max = maximum(s1592(FRAUD).dutiable("250000").domestic("300000").priorDisclosure());

        assertThat(max.amount()).isEqualByComparingTo("25000.00");
        assertThat(max.steps()).extracting(TraceStep::citation).contains("19 U.S.C. 1592(c)(4)(A)(ii)");
    }

    /** P4: $900 goes straight to the penalty notice; $1,001 needs a pre-penalty notice. */
    @Test
    void p4PrePenaltyNoticeOnlyAboveOneThousandDollarsAndOnlyForCommercialImportations() {
        assertThat(maximums.ppnRequired(true, new BigDecimal("900"), parameters, ON)).isFalse();
        assertThat(maximums.ppnRequired(true, new BigDecimal("1000.00"), parameters, ON)).isFalse();
        assertThat(maximums.ppnRequired(true, new BigDecimal("1001"), parameters, ON)).isTrue();
        assertThat(maximums.ppnRequired(false, new BigDecimal("50000"), parameters, ON)).isFalse();
        assertThat(maximums.ppnRequired(PenaltyStatute.S1641, true, new BigDecimal("500"), parameters, ON)).isTrue();
        assertThat(maximums.ppnRequired(PenaltyStatute.S1592, true, new BigDecimal("500"), parameters, ON)).isFalse();
    }

    /** P11: 500 counterfeit bags, genuine MSRP $1,200 each. */
    @Test
    void p11CounterfeitFineIsOnceTheMsrpValueOnAFirstSeizureAndTwiceAfter() {
        FactsBuilder bags = FactsBuilder.statute(PenaltyStatute.S1526F).msrp(new BigDecimal("1200").multiply(new BigDecimal("500")).toPlainString());

        Computation first = maximum(bags);
        Computation second = maximum(bags.priorSeizures(1));

        assertThat(first.amount()).isEqualByComparingTo("600000.00");
        assertThat(second.amount()).isEqualByComparingTo("1200000.00");
        assertThat(second.steps().get(0).step()).isEqualTo("Maximum, seizure after 1 earlier seizure(s)");
        assertThat(second.steps().get(0).parameterRef()).startsWith("penalty.1526f.later-seizure.msrp-multiple = 2 COUNT");
        assertThat(second.steps().get(0).citation()).isEqualTo("19 U.S.C. 1526(f)");
    }

    // P12: brokers.
    @Test
    void p12_fourViolationsAtTenThousandEachAreCappedAtThirtyThousandInTotal() {
        Computation total = maximums.brokerTotal(Collections.nCopies(4, new BigDecimal("10000")), parameters, ON);

        assertThat(total.amount()).isEqualByComparingTo("30000.00");
        assertThat(total.steps()).extracting(TraceStep::value).containsExactly("40000.00", "30000.00");
        assertThat(total.steps().get(1).citation()).isEqualTo("19 U.S.C. 1641(d)(2)(A); 19 CFR 111.91(b)");
    }

    @Test
    void p12_aLicensedBrokersMaximumIsThirtyThousandInTotal() {
        assertThat(maximum(FactsBuilder.statute(PenaltyStatute.S1641).licensedBroker(4)).amount())
                .isEqualByComparingTo("30000.00");
    }

    @Test
    void p12_anUnlicensedPersonWithFiveTransactionsIsCappedByTheRegulation() {
        Computation max = maximum(FactsBuilder.statute(PenaltyStatute.S1641).unlicensed(5));

        assertThat(max.amount()).isEqualByComparingTo("30000.00");
        assertThat(max.steps()).extracting(TraceStep::value, TraceStep::citation).containsExactly(
                tuple("50000.00", "19 U.S.C. 1641(b)(6)"),
                tuple("30000.00", "19 CFR 111.91(b)"),
                tuple("30000.00", "19 U.S.C. 1641"));
    }

    @Test
    void p12_twoTransactionsStayUnderTheAggregate() {
        assertThat(maximum(FactsBuilder.statute(PenaltyStatute.S1641).unlicensed(2)).amount())
                .isEqualByComparingTo("20000.00");
    }

    /** P20: a facilitator in a $75,000 smuggling case. */
    @Test
    void p20AidingUnlawfulImportationIsTheValueOfTheArticles() {
        Computation max = maximum(FactsBuilder.statute(PenaltyStatute.S1595A).articles("75000"));

        assertThat(max.amount()).isEqualByComparingTo("75000.00");
        assertThat(max.steps().get(0).citation()).isEqualTo("19 U.S.C. 1595a(b)");
    }

    @Test
    void missingFactsAreRefusedWithTheFieldToFix() {
        assertThatThrownBy(() -> maximum(FactsBuilder.statute(PenaltyStatute.S1592).lor("1")))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("culpability:");
        assertThatThrownBy(() -> maximum(s1592(NEGLIGENCE).lor("20000")))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("domesticValue:");
        assertThatThrownBy(() -> maximum(FactsBuilder.statute(PenaltyStatute.S1526F)))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("msrpValue:");
        assertThatThrownBy(() -> maximum(FactsBuilder.statute(PenaltyStatute.S1641).licensedBroker(0)))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("brokerViolations:");
        assertThatThrownBy(() -> maximum(s1592(NEGLIGENCE).dutiable("-1")))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("dutiableValue:");
    }

    @Test
    void statutesReadAndWriteTheirJsonNames() {
        assertThat(PenaltyStatute.fromJson("1526f")).isEqualTo(PenaltyStatute.S1526F);
        assertThat(PenaltyStatute.S1595A.json()).isEqualTo("1595a");
        assertThatThrownBy(() -> PenaltyStatute.fromJson("1497")).isInstanceOf(IllegalArgumentException.class);
    }
}
