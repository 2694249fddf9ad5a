package gov.fpf.seizure;

import static gov.fpf.seizure.SeizureFixtures.SEIZED;
import static gov.fpf.seizure.SeizureFixtures.counterfeit;
import static gov.fpf.seizure.SeizureFixtures.facts;
import static gov.fpf.seizure.SeizureFixtures.goods;
import static gov.fpf.seizure.SeizureFixtures.prohibited;
import static gov.fpf.seizure.SeizureFixtures.usd;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.fpf.rules.Computation;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.LegalParameter;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/** Appraisal, the 1607/1610 path, the 1608 cost bond and the seizure deadlines (law reference P7, P8, P9, P18). */
class SeizureRulesTest {

    private final MigrationParameters parameters = MigrationParameters.load();
    private final SeizureRules rules = new SeizureRules();

    // --- appraisal -------------------------------------------------------------------------------------------------

    @Test
    void theAppraisedValueIsTheSumOfTheLinesWithAStepEach() {
        Computation value = rules.appraisedValue(List.of(goods("1200.50"), counterfeit("600000"), prohibited("99.495")));

        assertThat(value.amount()).isEqualByComparingTo("601300.00");   // 1,200.50 + 600,000 + 99.50 (HALF_UP)
        assertThat(value.steps()).extracting(TraceStep::step, TraceStep::value).containsExactly(
                tuple("Item 1: machine parts", "1200.50"),
                tuple("Item 2: handbags bearing counterfeit marks (counterfeit)", "600000.00"),
                tuple("Item 3: prohibited articles (prohibited)", "99.50"),
                tuple(SeizureRules.STEP_APPRAISED_VALUE, "601300.00"));
        assertThat(value.steps()).extracting(TraceStep::citation).containsOnly("19 U.S.C. 1606; 19 CFR 162.43");
    }

    @Test
    void anAppraisalNeedsItemsWithAQuantityAndAValue() {
        assertThatThrownBy(() -> rules.appraisedValue(List.of())).isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("at least one item");
        assertThatThrownBy(() -> rules.appraisedValue(List.of(new SeizedItem("x", 0, usd("1"), false, false, false))))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("items[0].quantity");
        assertThatThrownBy(() -> rules.appraisedValue(List.of(new SeizedItem("x", 1, null, false, false, false))))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("items[0].appraisedValue");
        assertThatThrownBy(() -> rules.appraisedValue(List.of(goods("-1"))))
                .isInstanceOf(Problems.InvalidInput.class);
    }

    // --- P8: the path ---------------------------------------------------------------------------------------------

    @Test
    void p8_nonProhibitedGoodsAt650000GoToTheUsAttorney() {
        SeizureRules.PathFacts path = rules.pathFacts(facts(goods("650000")), parameters, SEIZED);

        assertThat(path.path()).isEqualTo(ForfeiturePath.JUDICIAL);
        assertThat(path.administrative()).isFalse();
        assertThat(path.appraisedValue()).isEqualByComparingTo("650000.00");
        assertThat(path.administrativeLimit()).isEqualByComparingTo("500000.00");
        assertThat(path.citation()).isEqualTo("19 U.S.C. 1610; 19 U.S.C. 1607(a)(1)");
        assertThat(path.reason()).contains("$650,000.00 exceeds the administrative-forfeiture limit $500,000.00");
        assertThat(path.limitReference()).startsWith("forfeiture.administrative.limit = 500000 USD");
        assertThat(path.steps()).extracting(TraceStep::step, TraceStep::value).containsExactly(
                tuple("Appraised value against the administrative limit", "650000.00"),
                tuple(SeizureRules.STEP_PATH, "JUDICIAL"));
    }

    @Test
    void p8_goodsAtExactlyTheLimitAreForfeitedAdministratively() {
        SeizureRules.PathFacts atLimit = rules.pathFacts(facts(goods("500000")), parameters, SEIZED);
        SeizureRules.PathFacts oneCentOver = rules.pathFacts(facts(goods("500000.01")), parameters, SEIZED);

        assertThat(atLimit.path()).isEqualTo(ForfeiturePath.ADMINISTRATIVE);
        assertThat(atLimit.citation()).isEqualTo("19 U.S.C. 1607(a)(1)");
        assertThat(atLimit.reason()).contains("$500,000.00 does not exceed $500,000.00");
        assertThat(oneCentOver.path()).isEqualTo(ForfeiturePath.JUDICIAL);
    }

    @Test
    void p8_counterfeitHandbagsAt900000AreProhibitedAndForfeitedAdministratively() {
        SeizureRules.PathFacts path = rules.pathFacts(facts(counterfeit("900000")), parameters, SEIZED);

        assertThat(path.path()).isEqualTo(ForfeiturePath.ADMINISTRATIVE);
        assertThat(path.prohibited()).isTrue();
        assertThat(path.counterfeit()).isTrue();
        assertThat(path.citation()).isEqualTo("19 U.S.C. 1607(a)(2)");
        assertThat(path.steps()).extracting(TraceStep::step)
                .containsExactly("Appraised value against the administrative limit", SeizureRules.STEP_PATH,
                        "Trademark owner notice");
    }

    @Test
    void drugConveyancesAndMonetaryInstrumentsAreAdministrativeAtAnyValue() {
        SeizureRules.PathFacts vessel = rules.pathFacts(facts(true, false, goods("2000000")), parameters, SEIZED);
        SeizureRules.PathFacts currency = rules.pathFacts(facts(false, true, goods("750000")), parameters, SEIZED);

        assertThat(vessel.path()).isEqualTo(ForfeiturePath.ADMINISTRATIVE);
        assertThat(vessel.citation()).isEqualTo("19 U.S.C. 1607(a)(3)");
        assertThat(currency.path()).isEqualTo(ForfeiturePath.ADMINISTRATIVE);
        assertThat(currency.citation()).isEqualTo("19 U.S.C. 1607(a)(4)");
    }

    @Test
    void everyGroundThatAppliesIsCited() {
        SeizureRules.PathFacts path = rules.pathFacts(usd("1000"), true, true, true, false, parameters, SEIZED);

        assertThat(path.citation())
                .isEqualTo("19 U.S.C. 1607(a)(1); 19 U.S.C. 1607(a)(2); 19 U.S.C. 1607(a)(3); 19 U.S.C. 1607(a)(4)");
    }

    @Test
    void aMixedSeizureIsTestedOnItsWholeValue() {
        SeizureRules.PathFacts path = rules.pathFacts(facts(counterfeit("900000"), goods("10000")), parameters, SEIZED);

        assertThat(path.path()).isEqualTo(ForfeiturePath.JUDICIAL);
        assertThat(path.prohibited()).isFalse();
        assertThat(path.counterfeit()).isTrue();
        assertThat(path.steps()).extracting(TraceStep::step).containsExactly(
                "Appraised value against the administrative limit", "Mixed seizure", SeizureRules.STEP_PATH,
                "Trademark owner notice");
    }

    @Test
    void theLimitInForceOnTheDateDecides() {
        MigrationParameters raised = parameters.with(ParameterNames.ADMINISTRATIVE_FORFEITURE_LIMIT, "750000",
                LegalParameter.Unit.USD, of(2027, 1, 1));

        assertThat(rules.pathFacts(facts(goods("650000")), raised, of(2026, 12, 31)).path())
                .isEqualTo(ForfeiturePath.JUDICIAL);
        SeizureRules.PathFacts later = rules.pathFacts(facts(goods("650000")), raised, of(2027, 1, 1));
        assertThat(later.path()).isEqualTo(ForfeiturePath.ADMINISTRATIVE);
        assertThat(later.limitReference()).startsWith("forfeiture.administrative.limit = 750000 USD (in force from 2027-01-01");
    }

    // --- P7: the cost bond ------------------------------------------------------------------------------------------

    @Test
    void p7_theCostBondIsTenPercentWithinTwoHundredFiftyAndFiveThousandDollars() {
        Computation low = rules.costBond(usd("1800"), parameters, SEIZED);
        Computation middle = rules.costBond(usd("42000"), parameters, SEIZED);
        Computation high = rules.costBond(usd("120000"), parameters, SEIZED);

        assertThat(low.amount()).isEqualByComparingTo("250.00");
        assertThat(middle.amount()).isEqualByComparingTo("4200.00");
        assertThat(high.amount()).isEqualByComparingTo("5000.00");
        assertThat(low.steps()).extracting(TraceStep::step, TraceStep::value, TraceStep::rule).containsExactly(
                tuple("10% of the value of the claimed property", "180.00", "10% × $1,800.00"),
                tuple(SeizureRules.STEP_COST_BOND, "250.00", "$180.00 is less than the minimum $250.00: the minimum"));
        assertThat(low.steps().get(0).parameterRef()).startsWith("cost-bond.rate = 0.1 SHARE");
        assertThat(low.steps().get(1).parameterRef()).startsWith("cost-bond.minimum = 250 USD");
        assertThat(high.steps().get(1).parameterRef()).startsWith("cost-bond.maximum = 5000 USD");
        assertThat(middle.steps().get(1).citation()).isEqualTo("19 U.S.C. 1608; 19 CFR 162.47");
    }

    @Test
    void theCostBondAtItsBounds() {
        assertThat(rules.costBond(usd("2500"), parameters, SEIZED).amount()).isEqualByComparingTo("250.00");
        assertThat(rules.costBond(usd("50000"), parameters, SEIZED).amount()).isEqualByComparingTo("5000.00");
        assertThat(rules.costBond(usd("0"), parameters, SEIZED).amount()).isEqualByComparingTo("250.00");
        assertThat(rules.costBond(usd("12345.67"), parameters, SEIZED).amount()).isEqualByComparingTo("1234.57");
        assertThatThrownBy(() -> rules.costBond(null, parameters, SEIZED)).isInstanceOf(Problems.InvalidInput.class);
    }

    // --- deadlines --------------------------------------------------------------------------------------------------

    @Test
    void aPetitionIsDueThirtyDaysFromMailingOfTheNotice() {
        Deadline due = rules.petitionDue(of(2026, 5, 4), parameters);

        assertThat(due.due()).isEqualTo(of(2026, 6, 3));
        assertThat(due.name()).isEqualTo("Petition");
        assertThat(due.citation()).isEqualTo("19 CFR 171.2(b)(1)");
        assertThat(due.parameterRef()).startsWith("deadline.petition-seizure = 30 DAYS");
    }

    @Test
    void p9_theClaimAndCostBondAreDueTwentyDaysFromFirstPublication() {
        Deadline due = rules.claimDue(of(2026, 5, 4), parameters);

        assertThat(due.due()).isEqualTo(of(2026, 5, 24));   // a Sunday: no roll-forward by default
        assertThat(due.citation()).isEqualTo("19 U.S.C. 1608; 19 CFR 162.45(a)(3)");
        assertThat(due.rule()).isEqualTo("2026-05-04 + 20 calendar days");
    }

    @Test
    void p9_withTheRollForwardTheClaimDateMovesPastTheWeekendAndMemorialDay() {
        MigrationParameters rolling = parameters.with(ParameterNames.DEADLINE_ROLL_FORWARD_WEEKENDS, "1",
                LegalParameter.Unit.COUNT, of(2026, 1, 1));

        Deadline due = rules.claimDue(of(2026, 5, 4), rolling);

        assertThat(due.due()).isEqualTo(of(2026, 5, 26));   // Sun 24, Memorial Day Mon 25: Tue 26
        assertThat(due.rule()).contains("2026-05-24", "moved to the next working day");
    }

    @Test
    void publicationRunsThirtyConsecutiveDaysCountingTheFirst() {
        Deadline last = rules.publicationEnds(of(2026, 5, 4), parameters);

        assertThat(last.due()).isEqualTo(of(2026, 6, 2));
        assertThat(last.citation()).isEqualTo("19 U.S.C. 1607; CBP Dec. 13-04");
        assertThat(last.parameterRef()).startsWith("deadline.publication = 30 DAYS");
        assertThat(last.rule()).contains("day 1");
    }

    @Test
    void p18_aPetitionForTheProceedsIsDueThreeMonthsAfterTheSale() {
        Deadline due = rules.proceedsPetitionDue(of(2026, 1, 15), parameters);

        assertThat(due.due()).isEqualTo(of(2026, 4, 15));
        assertThat(due.citation()).isEqualTo("19 U.S.C. 1613(a)");
        assertThat(due.rule()).isEqualTo("2026-01-15 + 3 months");
    }

    @Test
    void theElectionClosesOnTheLaterOfThePetitionAndClaimDates() {
        Deadline sameDay = rules.electionDue(of(2026, 5, 4), of(2026, 5, 4), parameters);
        Deadline laterPublication = rules.electionDue(of(2026, 5, 4), of(2026, 5, 20), parameters);

        assertThat(sameDay.due()).isEqualTo(of(2026, 6, 3));   // petition 06-03 after claim 05-24
        assertThat(sameDay.rule()).isEqualTo("later of 2026-05-04 + 30 calendar days (petition) = 2026-06-03 and"
                + " 2026-05-04 + 20 calendar days (claim and cost bond) = 2026-05-24");
        assertThat(sameDay.citation()).isEqualTo("19 CFR 171.2(b)(1); 19 U.S.C. 1608; 19 CFR 162.45(a)(3)");
        assertThat(laterPublication.due()).isEqualTo(of(2026, 6, 9));   // claim 06-09 after petition 06-03
        assertThat(laterPublication.trigger()).isEqualTo(of(2026, 5, 20));
    }

    @Test
    void aDeadlineNeedsItsTrigger() {
        assertThatThrownBy(() -> rules.claimDue(null, parameters)).isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("firstPublication");
        assertThatThrownBy(() -> rules.petitionDue((LocalDate) null, parameters)).isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("noticeMailed");
    }
}
