package gov.fpf.liquidateddamages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.fpf.bond.BondType;
import gov.fpf.rules.Computation;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

class LdClaimRulesTest {

    private static final LocalDate ON = LocalDate.of(2026, 10, 1);
    private static final LocalDate BREACH = LocalDate.of(2026, 9, 1);
    private final MigrationParameters parameters = MigrationParameters.load();
    private final LdClaimRules claims = new LdClaimRules();

    private static LdFacts breach(LdBreach breach, BondType bondType, String bondAmount, String value, boolean restricted,
                                  String unpaidDuties, String estimatedDuties, int defaults) {
        return new LdFacts(breach, BREACH, bondType, amount(bondAmount), amount(value), restricted, null,
                amount(unpaidDuties), amount(estimatedDuties), 0, defaults, true);
    }

    private static LdFacts onValue(LdBreach breach, String bondAmount, String value, boolean restricted) {
        return breach(breach, BondType.CONTINUOUS, bondAmount, value, restricted, null, null, 0);
    }

    private static BigDecimal amount(String dollars) {
        return dollars == null ? null : new BigDecimal(dollars);
    }

    private Computation assessed(LdFacts facts) {
        return claims.assessed(facts, parameters, ON);
    }

    /** P15: refused goods valued at $20,000 not exported within 90 days: 3 × = $60,000, capped at the $50,000 bond. */
    @Test
    void p15_fdaRefusedGoodsAreThreeTimesTheValueCappedAtTheBond() {
        Computation claim = assessed(onValue(LdBreach.FDA_REFUSED_NOT_EXPORTED, "50000", "20000", false));

        assertThat(claim.amount()).isEqualByComparingTo("50000.00");
        assertThat(claim.steps()).extracting(TraceStep::step, TraceStep::value).containsExactly(
                tuple("FDA-refused goods not exported or destroyed: 3 × value", "60000.00"),
                tuple(LdClaimRules.STEP_CAPPED_AT_BOND, "50000.00"),
                tuple(LdClaimRules.STEP_ASSESSED, "50000.00"));
        assertThat(claim.steps().get(0).parameterRef()).startsWith("ld.fda-refused.value-multiple = 3 COUNT")
                .endsWith(", S)");
        assertThat(claim.steps().get(1).rule())
                .isEqualTo("the computed $60,000.00 exceeds the bond amount $50,000.00; liquidated damages are capped at the bond");
        assertThat(claim.steps().get(2).citation()).isEqualTo("CBP Form 4647 practice; 19 CFR 141.113 [S]");
    }

    /** P16: a late ISF is $5,000 per violation (113.62(j), verified in reference 12.7). */
    @Test
    void p16_aLateIsfIsFiveThousandDollarsPerViolation() {
        Computation one = assessed(breach(LdBreach.LATE_ISF, BondType.CONTINUOUS, "100000", null, false, null, null, 1));
        Computation three = assessed(breach(LdBreach.LATE_ISF, BondType.CONTINUOUS, "100000", null, false, null, null, 3));

        assertThat(one.amount()).isEqualByComparingTo("5000.00");
        assertThat(one.steps().get(0).citation()).isEqualTo("19 CFR 113.62(j); CBP Dec. 09-26");
        assertThat(one.steps()).extracting(TraceStep::step).contains(LdClaimRules.STEP_WITHIN_BOND)
                .doesNotContain(LdClaimRules.STEP_CAPPED_AT_BOND);
        assertThat(three.amount()).isEqualByComparingTo("15000.00");
    }

    @Test
    void dutyDepositDefaultIsTwiceTheUnpaidDutiesWhenThatIsMoreThanOneThousandDollars() {
        Computation claim = assessed(breach(LdBreach.DUTY_DEPOSIT_DEFAULT, BondType.CONTINUOUS, "50000", null, false,
                "1234.56", null, 0));

        assertThat(claim.amount()).isEqualByComparingTo("2469.12");
        assertThat(claim.steps()).extracting(TraceStep::step, TraceStep::value, TraceStep::citation).startsWith(
                tuple("2 × unpaid duties, taxes and charges", "2469.12", "19 CFR 113.62(n)(4)"),
                tuple("Duty-deposit default", "2469.12", "19 CFR 113.62(n)(4)"));
    }

    @Test
    void dutyDepositDefaultIsAtLeastOneThousandDollars() {
        Computation claim = assessed(breach(LdBreach.DUTY_DEPOSIT_DEFAULT, BondType.CONTINUOUS, "50000", null, false,
                "300", null, 0));

        assertThat(claim.amount()).isEqualByComparingTo("1000.00");
        assertThat(claim.steps().get(1).rule()).isEqualTo("greater of $600.00 and the minimum $1,000.00");
    }

    @Test
    void aLateEntrySummaryOnASingleTransactionBondIsTheFullBondAmount() {
        Computation claim = assessed(breach(LdBreach.LATE_ENTRY_SUMMARY, BondType.SINGLE_TRANSACTION, "38500", "30000",
                false, null, null, 0));

        assertThat(claim.amount()).isEqualByComparingTo("38500.00");
        assertThat(claim.steps()).extracting(TraceStep::step, TraceStep::citation).startsWith(
                tuple("Late entry summary, single-transaction bond", "19 CFR 142.15"),
                tuple(LdClaimRules.STEP_WITHIN_BOND, LdClaimRules.C_BOND_LIMIT));
    }

    private static LdFacts lateSummary(String bondAmount, String value, boolean restricted, String dutiesTaxesFees) {
        return new LdFacts(LdBreach.LATE_ENTRY_SUMMARY, BREACH, BondType.CONTINUOUS, amount(bondAmount), amount(value),
                restricted, amount(dutiesTaxesFees), null, null, 5, 0, true);
    }

    /**
     * Rule audit C2 / error 6: 142.15 demands what a single-entry bond would have, which Customs Directive 099 3510-004
     * sets at value plus estimated duties, taxes and fees (was: the value alone, $30,000).
     */
    @Test
    void aLateEntrySummaryOnAContinuousBondIsTheValuePlusDutiesTaxesAndFees() {
        Computation claim = assessed(lateSummary("100000", "30000", false, "2345.67"));

        assertThat(claim.amount()).isEqualByComparingTo("32345.67");
        assertThat(claim.steps()).extracting(TraceStep::step, TraceStep::value, TraceStep::citation).startsWith(
                tuple(LdClaimRules.STEP_LATE_SUMMARY_CONTINUOUS, "32345.67", "19 CFR 142.15; Customs Directive 099 3510-004"),
                tuple(LdClaimRules.STEP_WITHIN_BOND, "32345.67", LdClaimRules.C_BOND_LIMIT));
        assertThat(claim.steps().get(0).rule()).isEqualTo("single-entry bond amount: 1 × (entered value $30,000.00"
                + " + estimated duties, taxes and fees $2,345.67)");
        assertThat(claim.steps().get(0).parameterRef()).startsWith("ld.continuous.late-summary.single-entry-multiple = 1 COUNT");
    }

    @Test
    void aLateEntrySummaryOnAContinuousBondIsCappedAtTheBondToTheCent() {
        Computation atBond = assessed(lateSummary("50000", "47654.33", false, "2345.67"));
        Computation aCentOver = assessed(lateSummary("50000", "47654.33", false, "2345.68"));

        assertThat(atBond.amount()).isEqualByComparingTo("50000.00");
        assertThat(atBond.steps()).extracting(TraceStep::step).contains(LdClaimRules.STEP_WITHIN_BOND);
        assertThat(aCentOver.amount()).isEqualByComparingTo("50000.00");
        assertThat(aCentOver.steps()).extracting(TraceStep::step, TraceStep::value).contains(
                tuple(LdClaimRules.STEP_LATE_SUMMARY_CONTINUOUS, "50000.01"), tuple(LdClaimRules.STEP_CAPPED_AT_BOND, "50000.00"));
    }

    @Test
    void aLateEntrySummaryOfRestrictedMerchandiseOnAContinuousBondIsThreeTimesTheValue() {
        Computation claim = assessed(lateSummary("100000", "30000.01", true, "2345.67"));

        assertThat(claim.amount()).isEqualByComparingTo("90000.03");
        assertThat(claim.steps().get(0).step()).isEqualTo(LdClaimRules.STEP_LATE_SUMMARY_CONTINUOUS_RESTRICTED);
        assertThat(claim.steps().get(0).citation()).isEqualTo("19 CFR 142.15; Customs Directive 099 3510-004");
        assertThat(assessed(lateSummary("90000", "30000.01", true, null)).amount()).isEqualByComparingTo("90000.00");
    }

    @Test
    void aLateEntrySummaryOnAContinuousBondNeedsTheDutiesTaxesAndFees() {
        assertThatThrownBy(() -> assessed(lateSummary("100000", "30000", false, null)))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("withheldDuty");
        assertThat(assessed(lateSummary("100000", "30000", false, "0")).amount()).isEqualByComparingTo("30000.00");
    }

    private static LdFacts tib(String estimatedDuties, String fees, String subheading) {
        return new LdFacts(LdBreach.TIB_NOT_EXPORTED, BREACH, BondType.SINGLE_TRANSACTION, amount("50000"), null, false,
                null, null, amount(estimatedDuties), 0, 0, true, amount(fees), subheading);
    }

    /** Rule audit C5: 10.31(f) doubles the duties INCLUDING fees (MPF), 110% for samples and tools of trade. */
    @Test
    void aTibIsDoubleTheDutiesIncludingFeesAndOneHundredTenPercentForTheExceptedClasses() {
        Computation ordinary = assessed(tib("4000", "123.45", "9813.00.05"));
        Computation samples = assessed(tib("4000", "123.45", "9813.00.20"));
        Computation tools = assessed(tib("4000.01", "0", "9813005000"));

        assertThat(ordinary.amount()).isEqualByComparingTo("8246.90");
        assertThat(ordinary.steps().get(0).step()).isEqualTo(LdClaimRules.STEP_TIB_DOUBLE);
        assertThat(ordinary.steps().get(0).citation()).startsWith("19 CFR 10.31(f) (T.D. 95-22)");
        assertThat(samples.amount()).isEqualByComparingTo("4535.80"); // 1.1 x 4,123.45 = 4,535.795 -> 4,535.80
        assertThat(samples.steps().get(0).step()).isEqualTo(LdClaimRules.STEP_TIB_EXCEPTED);
        assertThat(samples.steps().get(0).rule()).startsWith("subheading 9813.00.20 (samples solely for use in taking orders)");
        assertThat(samples.steps().get(0).citation()).isEqualTo("19 CFR 10.31(f) (T.D. 95-22); HQ 226034; CBLE 2000-04 No. 51");
        assertThat(tools.amount()).isEqualByComparingTo("4400.01"); // 1.1 x 4,000.01 = 4,400.011
        assertThat(assessed(tib("4000", null, null)).amount()).isEqualByComparingTo("8000.00");
        assertThatThrownBy(() -> assessed(tib("4000", "0", "98-13")))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("tibSubheading");
    }

    @Test
    void restrictedMerchandiseIsThreeTimesTheValueOtherwiseTheValue() {
        Computation restricted = assessed(onValue(LdBreach.FAILURE_TO_REDELIVER, "100000", "12000", true));
        Computation ordinary = assessed(onValue(LdBreach.FAILURE_TO_REDELIVER, "100000", "12000", false));

        assertThat(restricted.amount()).isEqualByComparingTo("36000.00");
        assertThat(restricted.steps().get(0).step()).isEqualTo("Restricted, prohibited or alcohol merchandise: 3 × value");
        assertThat(restricted.steps().get(0).citation()).isEqualTo("19 CFR 113.62(d), (n)(1); 141.113(i)");
        assertThat(ordinary.amount()).isEqualByComparingTo("12000.00");
    }

    @Test
    void defaultsWithNoMerchandiseAreOneThousandDollarsEach() {
        assertThat(assessed(breach(LdBreach.CUSTODIAL_NON_MERCHANDISE_DEFAULT, BondType.CONTINUOUS, "50000", null, false,
                null, null, 2)).amount()).isEqualByComparingTo("2000.00");
        assertThat(assessed(breach(LdBreach.ENTRY_NON_MERCHANDISE_DEFAULT, BondType.CONTINUOUS, "50000", null, false,
                null, null, 1)).steps().get(0).citation()).isEqualTo("19 CFR 113.62(n)(3)");
    }

    @Test
    void tibIsTwiceTheEstimatedDutiesAndTextileIsTwiceTheValuePlusDuty() {
        assertThat(assessed(breach(LdBreach.TIB_NOT_EXPORTED, BondType.SINGLE_TRANSACTION, "50000", null, false, null,
                "4000", 0)).amount()).isEqualByComparingTo("8000.00");
        assertThat(assessed(breach(LdBreach.TEXTILE_LABELING, BondType.CONTINUOUS, "100000", "10000", false, null,
                "1500", 0)).amount()).isEqualByComparingTo("21500.00");
    }

    @Test
    void everyBreachIsCappedAtTheBondAmount() {
        Computation claim = assessed(breach(LdBreach.LATE_ISF, BondType.CONTINUOUS, "12000", null, false, null, null, 3));

        assertThat(claim.amount()).isEqualByComparingTo("12000.00");
        assertThat(claim.steps()).extracting(TraceStep::step).contains(LdClaimRules.STEP_CAPPED_AT_BOND);
    }

    @Test
    void remainingCoverageIsTrackedAcrossThreeClaims() {
        BigDecimal bond = new BigDecimal("50000");

        LdClaimRules.BondCoverage first = claims.remainingCoverage(bond, List.of(), new BigDecimal("20000"));
        LdClaimRules.BondCoverage second = claims.remainingCoverage(bond, List.of(first.claim().amount()),
                new BigDecimal("25000"));
        LdClaimRules.BondCoverage third = claims.remainingCoverage(bond,
                List.of(first.claim().amount(), second.claim().amount()), new BigDecimal("10000"));

        assertThat(first.claim().amount()).isEqualByComparingTo("20000.00");
        assertThat(first.exceedsCoverage()).isFalse();
        assertThat(first.remainingAfter()).isEqualByComparingTo("30000.00");
        assertThat(second.claim().amount()).isEqualByComparingTo("25000.00");
        assertThat(second.remainingAfter()).isEqualByComparingTo("5000.00");
        assertThat(third.exceedsCoverage()).isTrue();
        assertThat(third.remainingBefore()).isEqualByComparingTo("5000.00");
        assertThat(third.claim().amount()).isEqualByComparingTo("5000.00");
        assertThat(third.remainingAfter()).isZero();
        assertThat(third.claim().steps()).extracting(TraceStep::step, TraceStep::value).containsExactly(
                tuple("Remaining bond coverage", "5000.00"),
                tuple("Claim capped at the remaining coverage", "5000.00"));
        assertThat(third.claim().steps().get(1).rule()).contains("the excess $5,000.00 is not covered by this bond");
    }

    @Test
    void anExhaustedBondCoversNothing() {
        LdClaimRules.BondCoverage claim = claims.remainingCoverage(new BigDecimal("10000"),
                List.of(new BigDecimal("10000")), new BigDecimal("1000"));

        assertThat(claim.claim().amount()).isZero();
        assertThat(claim.exceedsCoverage()).isTrue();
    }

    @Test
    void missingOrImpossibleFactsAreRefusedWithTheFieldToFix() {
        assertThatThrownBy(() -> assessed(onValue(LdBreach.FAILURE_TO_REDELIVER, null, "1000", false)))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("bondAmount:");
        assertThatThrownBy(() -> assessed(onValue(LdBreach.FAILURE_TO_REDELIVER, "50000", null, false)))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("merchandiseValue:");
        assertThatThrownBy(() -> assessed(breach(LdBreach.DUTY_DEPOSIT_DEFAULT, BondType.CONTINUOUS, "50000", null,
                false, "-1", null, 0))).isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("unpaidDuties:");
        assertThatThrownBy(() -> assessed(breach(LdBreach.LATE_ISF, BondType.CONTINUOUS, "50000", null, false, null,
                null, 0))).isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("defaults:");
        assertThatThrownBy(() -> assessed(breach(LdBreach.LATE_ENTRY_SUMMARY, null, "50000", "1000", false, null,
                null, 0))).isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("bondType:");
        assertThatThrownBy(() -> claims.assessed(onValue(LdBreach.FAILURE_TO_REDELIVER, "50000", "1000", false),
                parameters, BREACH.minusDays(1)))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("breachDate:");
    }

    @Test
    void everyBreachNamesItsCitationAndAReferenceConfidenceTag() {
        for (LdBreach breach : LdBreach.values()) {
            assertThat(breach.citation()).as("%s citation", breach).isNotBlank();
            assertThat(breach.confidence()).as("%s confidence", breach).isIn("V", "S", "R");
        }
    }
}
