package gov.fpf.rules.penalties;

import static gov.fpf.rules.penalties.Culpability.FRAUD;
import static gov.fpf.rules.penalties.Culpability.GROSS_NEGLIGENCE;
import static gov.fpf.rules.penalties.Culpability.NEGLIGENCE;
import static gov.fpf.rules.penalties.FactsBuilder.s1592;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import gov.fpf.rules.Computation;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.TraceStep;
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
                .priorDisclosure().interest(interest.toPlainString()).tender(DISCLOSED, null, DISCLOSED, "20000"));

        assertThat(max.amount()).isEqualByComparingTo("1534.25");
        assertThat(max.steps()).extracting(TraceStep::step).containsSubsequence(
                "Maximum, negligence", "Prior disclosure tender", "Prior disclosure cap, negligence",
                "Maximum with prior disclosure", "Loss of revenue, demanded in addition to the penalty", "Maximum penalty");
        assertThat(max.steps().get(3).citation()).isEqualTo("19 U.S.C. 1592(c)(4)(B); 19 CFR Part 171 App. B (F)(2)(f)");
        assertThat(max.steps().get(4).rule()).contains("no seizure is allowed");
    }

    @Test
    void p3_negligenceWithoutTheInterestCannotBeComputed() {
        assertThatThrownBy(() -> maximum(s1592(GROSS_NEGLIGENCE).lor("20000").domestic("600000").priorDisclosure()
                .tender(DISCLOSED, null, DISCLOSED, "20000")))
                .isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("priorDisclosureInterest");
    }

    @Test
    void p3_negligenceWithoutALossOfRevenueHasNoPenalty() {
        assertThat(maximum(s1592(NEGLIGENCE).dutiable("250000").priorDisclosure()).amount()).isZero();
    }

    @Test
    void p3_fraudIsCappedAtTheLossOfRevenueWhenTenderedAtDisclosure() {
        Computation max = maximum(p3Fraud().tender(DISCLOSED, null, DISCLOSED, "20000"));

        assertThat(max.amount()).isEqualByComparingTo("20000.00");
        assertThat(max.steps()).extracting(TraceStep::step, TraceStep::value, TraceStep::citation).contains(
                tuple("Prior disclosure tender", "20000.00", "19 U.S.C. 1592(c)(4)(A)(i), (B); 19 CFR 162.74(c)"),
                tuple("Prior disclosure cap, fraud", "20000.00", "19 U.S.C. 1592(c)(4)(A)(i)"));
    }

    // P3 with the tender condition of 1592(c)(4): disclosed 2026-03-02, CBP's calculation notice 2026-04-01.
    private static final LocalDate DISCLOSED = LocalDate.of(2026, 3, 2);
    private static final LocalDate CALCULATION_NOTICE = LocalDate.of(2026, 4, 1);

    private static FactsBuilder p3Fraud() {
        return s1592(FRAUD).dutiable("400000").lor("20000").domestic("600000").priorDisclosure();
    }

    @Test
    void p3_fraudWithoutATenderGetsTheOrdinaryMaximum() {
        Computation max = maximum(p3Fraud());

        assertThat(max.amount()).isEqualByComparingTo("600000.00");
        assertThat(max.steps()).extracting(TraceStep::step).contains("Prior disclosure cap not applied")
                .doesNotContain("Prior disclosure cap, fraud");
        TraceStep why = max.steps().stream().filter(t -> t.step().equals("Prior disclosure cap not applied")).findFirst().orElseThrow();
        assertThat(why.rule()).contains("no tender", "ordinary maximum");
        assertThat(why.citation()).isEqualTo("19 U.S.C. 1592(c)(4)(A)(i), (B); 19 CFR 162.74(c)");
    }

    @Test
    void p3_aTenderOnTheThirtiethDayAfterTheCalculationNoticeKeepsTheCapAndTheThirtyFirstLosesIt() {
        Computation day30 = maximum(p3Fraud().tender(DISCLOSED, CALCULATION_NOTICE, LocalDate.of(2026, 5, 1), "20000"));
        Computation day31 = maximum(p3Fraud().tender(DISCLOSED, CALCULATION_NOTICE, LocalDate.of(2026, 5, 2), "20000"));

        assertThat(day30.amount()).isEqualByComparingTo("20000.00");
        assertThat(day30.steps()).extracting(TraceStep::parameterRef)
                .anyMatch(r -> r != null && r.startsWith("deadline.prior-disclosure-tender = 30 DAYS"));
        assertThat(day31.amount()).isEqualByComparingTo("600000.00");
        assertThat(day31.steps()).extracting(TraceStep::rule).anyMatch(r -> r.contains("ends 2026-05-01") && r.contains("late"));
    }

    @Test
    void p3_aTenderACentShortOfTheLossIsNoTender() {
        assertThat(maximum(p3Fraud().tender(DISCLOSED, null, DISCLOSED, "19999.99")).amount())
                .isEqualByComparingTo("600000.00");
        assertThat(maximum(p3Fraud().tender(DISCLOSED, null, DISCLOSED, "20000.00")).amount())
                .isEqualByComparingTo("20000.00");
    }

    @Test
    void p3_negligenceWithALateTenderGetsTheOrdinaryMaximum() {
        FactsBuilder negligence = s1592(NEGLIGENCE).dutiable("400000").lor("20000").domestic("600000").priorDisclosure()
                .interest("1534.25");

        assertThat(maximum(negligence.tender(DISCLOSED, CALCULATION_NOTICE, LocalDate.of(2026, 5, 2), "20000")).amount())
                .isEqualByComparingTo("40000.00");
        assertThat(maximum(negligence.tender(DISCLOSED, CALCULATION_NOTICE, LocalDate.of(2026, 5, 1), "20000")).amount())
                .isEqualByComparingTo("1534.25");
    }

    @Test
    void aTenderRestoresTheLossOfRevenueItCovers() {
        assertThat(maximums.lossOfRevenueToRestore(p1(NEGLIGENCE).build())).isEqualByComparingTo("20000.00");
        assertThat(maximums.lossOfRevenueToRestore(p3Fraud().tender(DISCLOSED, null, DISCLOSED, "20000").build())).isZero();
        assertThat(maximums.lossOfRevenueToRestore(p3Fraud().tender(DISCLOSED, null, DISCLOSED, "5000").build()))
                .isEqualByComparingTo("15000.00");
        assertThat(maximums.lossOfRevenueToRestore(FactsBuilder.statute(PenaltyStatute.S1595A).articles("75000").build())).isZero();
    }

    /** AD/CVD or stacked duties: a loss of revenue above the dutiable value; the maxima still follow the statute. */
    @Test
    void aLossOfRevenueAboveTheDutiableValueKeepsTheStatutoryMaxima() {
        FactsBuilder adcvd = s1592(NEGLIGENCE).dutiable("100000").lor("250000").domestic("180000");

        assertThat(maximum(adcvd).amount()).isEqualByComparingTo("180000.00"); // min(DV, 2 × LOR)
        assertThat(maximum(adcvd.culpability(GROSS_NEGLIGENCE)).amount()).isEqualByComparingTo("180000.00");
        assertThat(maximum(s1592(NEGLIGENCE).dutiable("100000").lor("250000").domestic("900000")).amount())
                .isEqualByComparingTo("500000.00");
        assertThat(maximums.lossOfRevenueDemand(adcvd.build())).isEqualByComparingTo("250000.00");
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
        assertThat(maximums.ppnRequired(PenaltyStatute.S1592, true, new BigDecimal("1001"), parameters, ON)).isTrue();
    }

    /** 1592(b) governs 1592 penalties: no pre-penalty notice for 1526(f) or 1595a(b), whatever the amount. */
    @Test
    void noPrePenaltyNoticeFor1526fOr1595a() {
        for (PenaltyStatute statute : new PenaltyStatute[] {PenaltyStatute.S1526F, PenaltyStatute.S1595A}) {
            assertThat(maximums.ppnRequired(statute, true, new BigDecimal("600000"), parameters, ON)).isFalse();
            assertThat(PenaltyMaximums.ppnReason(statute, false)).contains("1592(b) governs 1592 penalties only");
        }
        assertThat(PenaltyMaximums.ppnReason(PenaltyStatute.S1641, true)).contains("111.92(a)");
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
