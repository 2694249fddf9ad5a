package gov.fpf.rules;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private final MigrationParameters parameters = MigrationParameters.load();
    private final Deadlines deadlines = new Deadlines(parameters);

    @Test
    void theFixtureReadsEveryRowOfV2AndV3() {
        assertThat(parameters.rows()).extracting(ParameterValue::name)
                .contains("penalty.floor.share", "deadline.late-ld-petition-cutoff", "deadline.roll-forward-weekends",
                        "mitigation.broker-supplemental-threshold")
                .doesNotHaveDuplicates();
        assertThat(parameters.valueOn("deadline.roll-forward-weekends", of(2026, 1, 1)).value()).isZero();
        assertThat(parameters.valueOn("deadline.roll-forward-weekends", of(2026, 1, 1)).citation())
                .isEqualTo("none found (reference 7.1 note)");
    }

    @Test
    void aCalendarDayPeriodEndsWhereItFallsWithItsCitationAndParameterRow() {
        Deadline due = deadlines.due("Claim and cost bond due", "deadline.claim-cost-bond", of(2026, 5, 4));

        assertThat(due.due()).isEqualTo(of(2026, 5, 24));   // P9: a Sunday, no roll-forward by default
        assertThat(due.trigger()).isEqualTo(of(2026, 5, 4));
        assertThat(due.citation()).isEqualTo("19 U.S.C. 1608; 19 CFR 162.45(a)(3)");
        assertThat(due.parameterRef()).startsWith("deadline.claim-cost-bond = 20 DAYS (in force from 2000-01-01");
        assertThat(due.trace().value()).isEqualTo("2026-05-24");
        assertThat(due.trace().rule()).isEqualTo("2026-05-04 + 20 calendar days");
    }

    @Test
    void withTheRollForwardOnADayPeriodEndingOnAWeekendMovesPastTheHolidayToo() {
        Deadlines rolling = new Deadlines(parameters.with("deadline.roll-forward-weekends", "1",
                LegalParameter.Unit.COUNT, of(2026, 1, 1)));

        Deadline due = rolling.due("Claim and cost bond due", "deadline.claim-cost-bond", of(2026, 5, 4));

        // Sunday May 24, then Memorial Day Monday May 25: Tuesday May 26
        assertThat(due.due()).isEqualTo(of(2026, 5, 26));
        assertThat(due.rule()).contains("2026-05-24", "moved to the next working day");
        assertThat(due.citation()).contains("roll-forward: deadline.roll-forward-weekends = 1 COUNT");
    }

    @Test
    void theRollForwardNeverMovesAYearPeriod() {
        Deadlines rolling = new Deadlines(parameters.with("deadline.roll-forward-weekends", "1",
                LegalParameter.Unit.COUNT, of(2000, 1, 1)));

        // 2021-05-16 + 5 years = Saturday 2026-05-16: a limitation date is not moved
        assertThat(rolling.due("SOL", "deadline.sol-1592", of(2021, 5, 16)).due()).isEqualTo(of(2026, 5, 16));
    }

    @Test
    void workingDaysSkipWeekendsAndHolidaysAndDoNotCountTheTriggerDay() {
        // Friday before Thanksgiving week: Mon 23, Tue 24, Wed 25, (Thu 26 holiday), Fri 27, Mon 30, Tue 1, Wed 2
        Deadline due = deadlines.due("Petition due (shortened)", "deadline.petition-shortened", of(2026, 11, 20));

        assertThat(due.due()).isEqualTo(of(2026, 12, 2));
        assertThat(due.citation()).isEqualTo("19 CFR 171.2(e); 172.3(e); " + Deadlines.WORKING_DAYS_NOTE);
        assertThat(due.rule()).isEqualTo("2026-11-20 + 7 working days");
    }

    @Test
    void workingDaysAcrossTheNewYearHolidayObservedTheYearBefore() {
        // from Tue 2021-12-28: Wed 29, Thu 30, (Fri 31 observed New Year), Mon Jan 3, Tue 4, Wed 5, Thu 6, Fri 7
        assertThat(Deadlines.addWorkingDays(of(2021, 12, 28), 7)).isEqualTo(of(2022, 1, 7));
        assertThat(Deadlines.addWorkingDays(of(2022, 1, 7), -7)).isEqualTo(of(2021, 12, 28));
    }

    @Test
    void monthAndYearPeriods() {
        // P18: auction 2026-01-15 -> proceeds petition by 2026-04-15
        assertThat(deadlines.due("Restoration of proceeds", "deadline.proceeds-restoration", of(2026, 1, 15)).due())
                .isEqualTo(of(2026, 4, 15));
        // P9: CAFRA letter mailed 2026-05-04 -> claim deadline at least 2026-06-08
        assertThat(deadlines.due("CAFRA claim", "deadline.cafra-claim", of(2026, 5, 4)).due()).isEqualTo(of(2026, 6, 8));
        // a leap day plus five years ends on February 28
        assertThat(deadlines.due("SOL", "deadline.sol-1592", of(2024, 2, 29)).due()).isEqualTo(of(2029, 2, 28));
    }

    @Test
    void thePeriodInForceOnTheTriggerDateApplies() {
        Deadlines changed = new Deadlines(parameters.with("deadline.petition-penalty", "45", LegalParameter.Unit.DAYS,
                of(2027, 1, 1)));

        assertThat(changed.due("Petition due", "deadline.petition-penalty", of(2026, 12, 31)).due())
                .isEqualTo(of(2027, 3, 1));   // 60 days, the period in force when the notice was mailed
        Deadline later = changed.due("Petition due", "deadline.petition-penalty", of(2027, 1, 1));
        assertThat(later.due()).isEqualTo(of(2027, 2, 15));   // 45 days
        assertThat(later.parameterRef()).startsWith("deadline.petition-penalty = 45 DAYS (in force from 2027-01-01");
    }

    @Test
    void aPeriodBeforeAnAnchorAndLessThanLeft() {
        LocalDate sol = of(2026, 10, 1);
        assertThat(deadlines.before("Warning", "deadline.sol-warning-first", sol).due()).isEqualTo(of(2024, 10, 1));
        assertThat(deadlines.lessThanLeft("deadline.ppn-shortening-window", of(2025, 10, 1), sol)).isFalse(); // exactly a year
        assertThat(deadlines.lessThanLeft("deadline.ppn-shortening-window", of(2025, 10, 2), sol)).isTrue();
    }

    @Test
    void aParameterThatIsNotAPeriodIsRefused() {
        assertThatThrownBy(() -> deadlines.due("Nonsense", "penalty.ppn.threshold", of(2026, 1, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not a period (unit USD)");
    }
}
