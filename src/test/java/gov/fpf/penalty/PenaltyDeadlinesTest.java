package gov.fpf.penalty;

import static gov.fpf.rules.penalties.Culpability.FRAUD;
import static gov.fpf.rules.penalties.Culpability.NEGLIGENCE;
import static gov.fpf.rules.penalties.FactsBuilder.s1592;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.penalties.FactsBuilder;
import gov.fpf.rules.penalties.PenaltyStatute;
import gov.fpf.system.Problems;

class PenaltyDeadlinesTest {

    private final PenaltyDeadlines deadlines = new PenaltyDeadlines(new Deadlines(MigrationParameters.load()));

    // P5: PPN mailed 2026-03-02, statute of limitations 2026-10-01 (less than a year away).
    private final LocalDate p5Mailed = of(2026, 3, 2);
    private final LocalDate p5Sol = of(2026, 10, 1);

    @Test
    void p5_thirtyDaysFromMailing() {
        Deadline due = deadlines.ppnResponseDue(p5Mailed, p5Sol, false);

        assertThat(due.due()).isEqualTo(of(2026, 4, 1));
        assertThat(due.citation()).isEqualTo("19 CFR 162.78(a)");
        assertThat(due.parameterRef()).startsWith("deadline.ppn-response = 30 DAYS");
    }

    @Test
    void p5_sevenDaysWhenShortenedWithLessThanAYearLeft() {
        Deadline due = deadlines.ppnResponseDue(p5Mailed, p5Sol, true);

        assertThat(due.due()).isEqualTo(of(2026, 3, 9));
        assertThat(due.parameterRef()).startsWith("deadline.ppn-response-shortened = 7 DAYS");
    }

    @Test
    void p5_onlyHeadquartersMayExtendWithLessThanAYearLeft() {
        assertThat(deadlines.fpfOfficerMayExtendPpnResponse(p5Mailed, p5Sol)).isFalse();
        assertThat(deadlines.fpfOfficerMayExtendPpnResponse(p5Mailed, of(2027, 6, 1))).isTrue();
    }

    @Test
    void p5_notShortenedWithAYearOrMoreLeft() {
        assertThatThrownBy(() -> deadlines.ppnResponseDue(p5Mailed, of(2027, 3, 2), true))
                .isInstanceOf(Problems.RuleViolation.class)
                .hasMessageContaining("less than one year");
    }

    @Test
    void p5_aBrokerNearItsLimitationDateStillGetsItsNoticeWithThirtyDays() {
        // less than a year left: a 1592 notice is shortened, a broker's is not (and is not refused)
        assertThat(deadlines.ppnResponseShortened(PenaltyStatute.S1592, p5Mailed, p5Sol)).isTrue();
        boolean shortened = deadlines.ppnResponseShortened(PenaltyStatute.S1641, p5Mailed, p5Sol);
        assertThat(shortened).isFalse();

        Deadline due = deadlines.ppnResponseDue(PenaltyStatute.S1641, p5Mailed, p5Sol, shortened);

        assertThat(due.due()).isEqualTo(of(2026, 4, 1));
        assertThat(due.citation()).isEqualTo("19 U.S.C. 1641(d)(2)(A); 19 CFR 111.92(a)");
    }

    @Test
    void aBrokerNoticeElevenMonthsBeforeTheLimitationDateIsNotShortened() {
        LocalDate sol = of(2027, 2, 1);
        LocalDate mailed = of(2026, 3, 2); // 11 months before
        assertThat(deadlines.lessThanOneYearLeft(mailed, sol)).isTrue();
        assertThat(deadlines.ppnResponseShortened(PenaltyStatute.S1641, mailed, sol)).isFalse();
        assertThat(deadlines.ppnResponseDue(PenaltyStatute.S1641, mailed, sol, false).due()).isEqualTo(of(2026, 4, 1));
        // the boundary of 162.78(a) for a 1592 notice: exactly a year left is not "less than a year"
        assertThat(deadlines.ppnResponseShortened(PenaltyStatute.S1592, of(2026, 2, 1), sol)).isFalse();
        assertThat(deadlines.ppnResponseShortened(PenaltyStatute.S1592, of(2026, 2, 2), sol)).isTrue();
    }

    // P6: statute of limitations.
    private final LocalDate p6Sol = of(2026, 7, 15);

    @Test
    void p6_negligenceRunsFiveYearsFromTheViolation() {
        Deadline d = deadlines.statuteOfLimitations(s1592(NEGLIGENCE).violated(of(2021, 7, 15)).build());

        assertThat(d.due()).isEqualTo(p6Sol);
        assertThat(d.citation()).isEqualTo("19 U.S.C. 1621(1)");
        assertThat(d.rule()).isEqualTo("violation 2021-07-15 + 5 years");
    }

    @Test
    void p6_fraudRunsFiveYearsFromDiscovery() {
        Deadline d = deadlines.statuteOfLimitations(s1592(FRAUD).violated(of(2015, 3, 1)).discovered(of(2024, 2, 1)).build());

        assertThat(d.due()).isEqualTo(of(2029, 2, 1));
        assertThat(d.rule()).startsWith("discovery of the fraud 2024-02-01");
    }

    @Test
    void p6_aPenaltyNoticeWithFewerThan180DaysLeftGetsSevenWorkingDays() {
        LocalDate notice = of(2026, 3, 1);   // a Sunday; 136 days before the limitation date
        assertThat(deadlines.lessThan180DaysLeft(notice, p6Sol)).isTrue();

        Deadline due = deadlines.petitionDue(notice, p6Sol);

        assertThat(due.due()).isEqualTo(of(2026, 3, 10));   // Mon 2 ... Tue 10: seven working days
        assertThat(due.citation()).startsWith("19 CFR 171.2(e)");
        assertThat(due.parameterRef()).startsWith("deadline.petition-shortened = 7 WORKING_DAYS");
    }

    @Test
    void p6_aSupplementalPetitionWithLessThanAYearLeftNeedsAWaiver() {
        assertThat(deadlines.waiverRequired(of(2026, 5, 1), p6Sol)).isTrue();
        assertThat(deadlines.waiverRequired(of(2025, 7, 15), p6Sol)).isFalse();   // exactly a year left
    }

    @Test
    void p6_theGuardDatesAreTwentyFourAndTwelveMonthsAnd180DaysBefore() {
        PenaltyDeadlines.SolGuard guard = deadlines.solGuard(p6Sol);

        assertThat(guard.firstWarning().due()).isEqualTo(of(2024, 7, 15));
        assertThat(guard.secondWarning().due()).isEqualTo(of(2025, 7, 15));
        assertThat(guard.counselDecision().due()).isEqualTo(of(2026, 1, 16));
        assertThat(guard.counselDecision().rule()).isEqualTo("2026-07-15 - 180 calendar days");
    }

    @Test
    void p6_suitIsStillPossibleOnTheLimitationDate() {
        assertThat(deadlines.expired(p6Sol, p6Sol)).isFalse();
        assertThat(deadlines.expired(p6Sol.plusDays(1), p6Sol)).isTrue();
    }

    @Test
    void aPenaltyNoticeWithTimeLeftGetsSixtyDays() {
        Deadline due = deadlines.petitionDue(of(2025, 6, 2), of(2026, 7, 15));

        assertThat(due.due()).isEqualTo(of(2025, 8, 1));
        assertThat(due.citation()).isEqualTo("19 CFR 171.2(b)(2)");
    }

    @Test
    void otherStatutesOfLimitations() {
        assertThat(deadlines.statuteOfLimitations(FactsBuilder.statute(PenaltyStatute.S1641).violated(of(2022, 3, 10))
                .build()).due()).isEqualTo(of(2027, 3, 10));
        Deadline brokerFraud = deadlines.statuteOfLimitations(FactsBuilder.statute(PenaltyStatute.S1641).culpability(FRAUD)
                .violated(of(2020, 1, 1)).discovered(of(2023, 1, 5)).build());
        assertThat(brokerFraud.due()).isEqualTo(of(2028, 1, 5));
        assertThat(brokerFraud.citation()).isEqualTo("19 U.S.C. 1641(d)(4)");
        Deadline counterfeit = deadlines.statuteOfLimitations(FactsBuilder.statute(PenaltyStatute.S1526F)
                .violated(of(2024, 1, 1)).discovered(of(2025, 4, 1)).build());
        assertThat(counterfeit.due()).isEqualTo(of(2030, 4, 1));
        assertThat(counterfeit.citation()).isEqualTo("19 U.S.C. 1621");
        assertThatThrownBy(() -> deadlines.statuteOfLimitations(FactsBuilder.statute(PenaltyStatute.S1595A).build()))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageStartingWith("discoveryDate:");
    }

    // P17: decision 2026-06-10.
    @Test
    void p17_theDecisionIsValidSixtyDaysFromNotice() {
        Deadline d = deadlines.decisionValidUntil(of(2026, 6, 10));

        assertThat(d.due()).isEqualTo(of(2026, 8, 9));
        assertThat(d.citation()).isEqualTo("19 CFR 171.22; 172.21");
    }

    @Test
    void p17_theSupplementalWindowEndsTheSameDay() {
        Deadline d = deadlines.supplementalPetitionDue(of(2026, 6, 10), null);

        assertThat(d.due()).isEqualTo(of(2026, 8, 9));
        assertThat(d.citation()).isEqualTo("19 CFR 171.61; 172.41");
    }

    @Test
    void p17_aLaterDutyReducingDecisionExtendsTheSupplementalWindow() {
        Deadline d = deadlines.supplementalPetitionDue(of(2026, 6, 10), of(2026, 7, 1));

        assertThat(d.due()).isEqualTo(of(2026, 8, 30));
        assertThat(d.trigger()).isEqualTo(of(2026, 7, 1));
        assertThat(d.rule()).startsWith("later of 2026-06-10 + 60 calendar days");
        assertThat(deadlines.supplementalPetitionDue(of(2026, 6, 10), of(2026, 5, 1)).due()).isEqualTo(of(2026, 8, 9));
    }
}
