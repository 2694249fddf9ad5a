package gov.fpf.liquidateddamages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import gov.fpf.mitigation.GuidelineRanges.Range;
import gov.fpf.rules.Computation;
import gov.fpf.rules.FileDecisionTables;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

class LdGuidelinesTest {

    private static final LocalDate ON = LocalDate.of(2026, 10, 1);
    private final MigrationParameters parameters = MigrationParameters.load();
    private final LdGuidelines guidelines = new LdGuidelines(new FileDecisionTables(LdGuidelines.RESOURCE));

    /** P13: withheld duty $12,345.67 → $12,345; 9 days late → 111.105 → $112; mitigated amount $212. */
    @Test
    void p13_lateEntrySummaryRoundsTheDutyDownAndTheInterestUp() {
        Computation guideline = guidelines.lateEntrySummary(new BigDecimal("12345.67"), 9, parameters, ON);

        assertThat(guideline.amount()).isEqualByComparingTo("212.00");
        assertThat(guideline.amount().scale()).isEqualTo(2);
        assertThat(guideline.steps()).extracting(TraceStep::step, TraceStep::value).containsExactly(
                tuple("Withheld duty, rounded down to the whole dollar", "12345.00"),
                tuple("Interest, 9 day(s) late, rounded up to the next dollar", "112.00"),
                tuple("Administrative amount", "100.00"),
                tuple("Late entry summary guideline (Option 1 sum)", "212.00"));
        assertThat(guideline.steps().get(1).rule()).isEqualTo("0.1% × 9 × $12,345.00 = 111.105, rounded up");
        assertThat(guideline.steps().get(1).parameterRef()).startsWith("ld.late-entry-summary.daily-rate = 0.001 SHARE")
                .endsWith(", S)");
    }

    @Test
    void lateEntrySummaryWithNothingWithheldIsTheAdministrativeAmountAlone() {
        assertThat(guidelines.lateEntrySummary(BigDecimal.ZERO, 30, parameters, ON).amount()).isEqualByComparingTo("100.00");
    }

    @Test
    void lateEntrySummaryInterestThatComesOutEvenIsNotRoundedUpFurther() {
        // 0.001 × 10 × $1,000 = $10 exactly
        assertThat(guidelines.lateEntrySummary(new BigDecimal("1000.99"), 10, parameters, ON).amount())
                .isEqualByComparingTo("110.00");
    }

    /** P14: claim $100,000, guideline base $2,000, petition 30 days late; 2013 rule: + $3,000 = $5,000. */
    @Test
    void p14_aLatePetitionUnderThe2013RuleAddsATenthOfAPercentOfTheFullClaimPerDay() {
        Computation mitigated = guidelines.latePetition(new BigDecimal("100000"), new BigDecimal("2000"), 30, parameters,
                LocalDate.of(2026, 10, 1));

        assertThat(mitigated.amount()).isEqualByComparingTo("5000.00");
        assertThat(mitigated.steps()).extracting(TraceStep::step, TraceStep::value).containsExactly(
                tuple("Guideline base", "2000.00"),
                tuple("Late-petition surcharge, 30 day(s) late", "3000.00"),
                tuple("Mitigated amount on a late petition", "5000.00"));
        assertThat(mitigated.steps().get(1).rule()).contains("full assessed claim $100,000.00");
        assertThat(mitigated.steps().get(1).citation()).isEqualTo("CBP LD mitigation guidelines (January 9, 2013)");
    }

    /** P14, old rule: + max($400, 0.001 × 30 × $2,000 = $60) = $2,400. */
    @Test
    void p14_aLatePetitionFiledBefore2013FollowsTheOldRuleWithItsFourHundredDollarMinimum() {
        Computation mitigated = guidelines.latePetition(new BigDecimal("100000"), new BigDecimal("2000"), 30, parameters,
                LocalDate.of(2012, 6, 1));

        assertThat(mitigated.amount()).isEqualByComparingTo("2400.00");
        assertThat(mitigated.steps()).extracting(TraceStep::step, TraceStep::value, TraceStep::citation).containsExactly(
                tuple("Guideline base", "2000.00", "T.D. 02-20 (amending T.D. 94-38)"),
                tuple("Late-petition surcharge, 30 day(s) late", "60.00", "T.D. 02-20 (amending T.D. 94-38)"),
                tuple("Late-petition surcharge, with the minimum", "400.00", "T.D. 02-20 (amending T.D. 94-38)"),
                tuple("Mitigated amount on a late petition", "2400.00", "T.D. 02-20 (amending T.D. 94-38)"));
        assertThat(mitigated.steps().get(1).rule()).contains("mitigated amount $2,000.00");
    }

    @Test
    void theRuleChangesOnTheDayThe2013GuidelinesTookEffect() {
        BigDecimal claim = new BigDecimal("100000");
        BigDecimal base = new BigDecimal("2000");

        assertThat(guidelines.latePetition(claim, base, 30, parameters, LocalDate.of(2013, 1, 8)).amount())
                .isEqualByComparingTo("2400.00");
        assertThat(guidelines.latePetition(claim, base, 30, parameters, LocalDate.of(2013, 1, 9)).amount())
                .isEqualByComparingTo("5000.00");
    }

    @Test
    void aPetitionThatIsNotLateHasNoSurchargeToCompute() {
        assertThatThrownBy(() -> guidelines.latePetition(new BigDecimal("100000"), new BigDecimal("2000"), 0, parameters, ON))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("daysLate:");
    }

    /** P16: a $5,000 ISF claim, first violation with mitigating factors: cancel for $1,000 to $2,000. */
    @Test
    void p16_aFirstIsfViolationIsCancelledForOneToTwoThousandDollars() {
        Range range = guidelines.isfRange(new BigDecimal("5000"), true, parameters, ON);

        assertThat(range.low()).isEqualByComparingTo("1000.00");
        assertThat(range.high()).isEqualByComparingTo("2000.00");
        assertThat(range.steps()).extracting(TraceStep::citation).containsOnly("CBP Dec. 09-26 (ISF LD guidelines)");
    }

    @Test
    void aLaterIsfViolationIsCancelledForNotLessThanTwentyFiveHundredDollars() {
        Range range = guidelines.isfRange(new BigDecimal("5000"), false, parameters, ON);

        assertThat(range.low()).isEqualByComparingTo("2500.00");
        assertThat(range.high()).isEqualByComparingTo("5000.00");
    }

    // --- the decision table ---------------------------------------------------------------------------------

    @Test
    void everyBreachHasExactlyOneGuidelineRowForFirstAndLaterViolations() {
        for (LdBreach breach : LdBreach.values()) {
            for (boolean first : new boolean[] {true, false}) {
                LdGuidelines.Guideline guideline = guidelines.guideline(breach, first);   // UNIQUE throws on an overlap
                assertThat(guideline.citation()).as("%s first=%s", breach, first).isNotBlank();
                assertThat(guideline.confidence()).as("%s first=%s", breach, first).isIn("V", "S", "R");
                assertThat(guideline.unverified()).as("%s first=%s: unverified iff no formula", breach, first)
                        .isEqualTo(guideline.formula() == null);
            }
        }
    }

    @Test
    void theGuidelinesTheReferenceCouldNotRetrieveAreUnverifiedWithNoFormula() {
        for (LdBreach breach : new LdBreach[] {LdBreach.FAILURE_TO_REDELIVER, LdBreach.FDA_REFUSED_NOT_EXPORTED,
                LdBreach.IN_BOND_NOT_DELIVERED, LdBreach.CUSTODIAL_MERCHANDISE_DEFAULT}) {
            LdGuidelines.Guideline guideline = guidelines.guideline(breach, true);

            assertThat(guideline.unverified()).as("%s", breach).isTrue();
            assertThat(guideline.formula()).as("%s", breach).isNull();
            assertThat(guideline.optionOne()).as("%s", breach).isFalse();
            assertThat(guideline.note()).as("%s", breach).startsWith("UNVERIFIED:").contains("not retrieved");
        }
        assertThat(guidelines.guideline(LdBreach.IN_BOND_NOT_DELIVERED, false).citation())
                .isEqualTo("T.D. 99-29 (64 FR 14790, Mar. 26, 1999)");
    }

    @Test
    void theRetrievedGuidelinesNameTheirFormula() {
        LdGuidelines.Guideline lateSummary = guidelines.guideline(LdBreach.LATE_ENTRY_SUMMARY, false);
        LdGuidelines.Guideline firstIsf = guidelines.guideline(LdBreach.LATE_ISF, true);
        LdGuidelines.Guideline laterIsf = guidelines.guideline(LdBreach.LATE_ISF, false);

        assertThat(lateSummary.formula()).isEqualTo(LdGuidelines.LATE_ENTRY_SUMMARY_INTEREST);
        assertThat(lateSummary.optionOne()).isTrue();
        assertThat(lateSummary.confidence()).isEqualTo("S");
        assertThat(lateSummary.unverified()).isFalse();
        assertThat(lateSummary.tableReference())
                .isEqualTo("decision table LdGuideline (1.0.0) from processes/liquidateddamages/LdGuideline.dmn");
        assertThat(firstIsf.formula()).isEqualTo(LdGuidelines.ISF_FIRST_VIOLATION_RANGE);
        assertThat(laterIsf.formula()).isEqualTo(LdGuidelines.ISF_LATER_VIOLATION_MINIMUM);
        assertThat(laterIsf.citation()).isEqualTo("CBP Dec. 09-26");
    }
}
