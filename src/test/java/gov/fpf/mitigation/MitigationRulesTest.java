package gov.fpf.mitigation;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.fpf.mitigation.MitigationRules.FloorCheck;
import gov.fpf.mitigation.MitigationRules.NationalSecurityException;
import gov.fpf.mitigation.MitigationRules.Outcome;
import gov.fpf.mitigation.MitigationRules.PriorFinding;
import gov.fpf.mitigation.MitigationRules.RepeatOffenderCheck;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.system.Problems;

class MitigationRulesTest {

    private static final LocalDate DECIDED_ON = of(2026, 10, 1);
    /** the new violation the decision is about */
    private static final LocalDate VIOLATED_ON = of(2026, 8, 20);
    private final MigrationParameters parameters = MigrationParameters.load();
    private final MitigationRules rules = new MitigationRules();

    private final RepeatOffenderCheck firstOffender = rules.repeatOffender(List.of(), VIOLATED_ON, DECIDED_ON,
            parameters);

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void p1TheFloorOnAnAssessedFortyThousandIsTwentyThousand() {
        FloorCheck floor = rules.floor(usd("40000"), DECIDED_ON, parameters);

        assertThat(floor.floor()).isEqualByComparingTo("20000.00");
        assertThat(floor.steps()).singleElement().satisfies(step -> {
            assertThat(step.citation()).isEqualTo("EO 14411 Sec. 4(c)");
            assertThat(step.parameterRef()).startsWith("penalty.floor.share = 0.5 SHARE (in force from 2026-09-01");
            assertThat(step.rule()).startsWith("50% of the assessed penalty $40,000.00");
        });
    }

    @Test
    void p1AProposedTwelveThousandIsRefused() {
        FloorCheck floor = rules.floor(usd("40000"), DECIDED_ON, parameters);

        assertThatThrownBy(() -> rules.checkProposedDecision(Outcome.MITIGATE, usd("40000"), usd("12000"), floor,
                firstOffender, null))
                .isInstanceOf(Problems.RuleViolation.class)
                .hasMessageContaining("below the floor $20,000.00")
                .satisfies(e -> assertThat(((Problems.RuleViolation) e).citation()).isEqualTo("EO 14411 Sec. 4(c)"));
        assertThatCode(() -> rules.checkProposedDecision(Outcome.MITIGATE, usd("40000"), usd("20000"), floor,
                firstOffender, null)).doesNotThrowAnyException();
        assertThat(rules.belowFloor(usd("19999.99"), floor)).isTrue();
        assertThat(rules.belowFloor(usd("20000.00"), floor)).isFalse();
    }

    @Test
    void theFloorIsRoundedHalfUpToCents() {
        assertThat(rules.floor(usd("1234.57"), DECIDED_ON, parameters).floor()).isEqualByComparingTo("617.29");
    }

    @Test
    void beforeTheOrdersFloorTakesEffectTheLookupRefuses() {
        assertThatThrownBy(() -> rules.floor(usd("40000"), of(2026, 8, 31), parameters))
                .isInstanceOf(Problems.RuleViolation.class)
                .hasMessageContaining("no value in force on 2026-08-31");
    }

    @Test
    void p11ASecondCounterfeitSeizureMakesARepeatOffenderWithNoMitigation() {
        FloorCheck floor = rules.floor(usd("600000"), DECIDED_ON, parameters);
        RepeatOffenderCheck repeat = rules.repeatOffender(List.of(new PriorFinding("2025-PEN-000001", "PENALTY_DECIDED",
                of(2025, 3, 1), true)), VIOLATED_ON, DECIDED_ON, parameters);

        assertThat(floor.floor()).isEqualByComparingTo("300000.00");
        assertThat(repeat.repeatOffender()).isTrue();
        assertThat(repeat.findingsInWindow()).isEqualTo(1);
        assertThat(repeat.reason()).contains("repeat offender", "receives no mitigation", "EO 14411 Sec. 4(c)");
        assertThatThrownBy(() -> rules.checkProposedDecision(Outcome.MITIGATE, usd("600000"), usd("450000"), floor,
                repeat, null))
                .isInstanceOf(Problems.RuleViolation.class)
                .hasMessageContaining("repeat offender");
        // not even with a national-security exception: the order ties that exception to the floor only
        assertThatThrownBy(() -> rules.checkProposedDecision(Outcome.MITIGATE, usd("600000"), usd("450000"), floor,
                repeat, new NationalSecurityException("officer1", "ongoing operation", null)))
                .isInstanceOf(Problems.RuleViolation.class);
        assertThatCode(() -> rules.checkProposedDecision(Outcome.DENY, usd("600000"), usd("600000"), floor, repeat, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> rules.checkProposedDecision(Outcome.CANCEL, usd("600000"), usd("0"), floor, repeat, null))
                .doesNotThrowAnyException();
    }

    @Test
    void theLookBackWindowIsAnchoredOnTheViolationAndIncludesItsFirstDay() {
        // five years before the violation of 2026-08-20: from 2021-08-20
        assertThat(rules.repeatOffender(List.of(PriorFinding.on(of(2021, 8, 20))), VIOLATED_ON, DECIDED_ON, parameters)
                .repeatOffender()).isTrue();
        RepeatOffenderCheck old = rules.repeatOffender(List.of(PriorFinding.on(of(2021, 8, 19))), VIOLATED_ON,
                DECIDED_ON, parameters);
        assertThat(old.repeatOffender()).isFalse();
        assertThat(old.windowStart()).isEqualTo(of(2021, 8, 20));
        assertThat(old.reason()).contains("not a repeat offender");
        assertThat(old.steps().get(0).rule()).contains("not counted: no case RECORDED 2021-08-19 (before the look-back)");
        assertThat(old.steps().get(0).parameterRef()).startsWith("repeat-offender.lookback = 5 YEARS");
    }

    @Test
    void aFindingMustPrecedeTheNewViolationTheDayBeforeCountsTheDayItselfDoesNot() {
        RepeatOffenderCheck dayBefore = rules.repeatOffender(List.of(new PriorFinding("2026-PEN-000007",
                "PENALTY_PAID", VIOLATED_ON.minusDays(1), true)), VIOLATED_ON, DECIDED_ON, parameters);
        assertThat(dayBefore.repeatOffender()).isTrue();
        assertThat(dayBefore.counted()).extracting(PriorFinding::caseNumber).containsExactly("2026-PEN-000007");
        assertThat(dayBefore.steps().get(0).rule()).contains("2026-PEN-000007 PENALTY_PAID 2026-08-19");

        RepeatOffenderCheck sameDay = rules.repeatOffender(List.of(new PriorFinding("2026-PEN-000008",
                "PENALTY_PAID", VIOLATED_ON, true)), VIOLATED_ON, DECIDED_ON, parameters);
        assertThat(sameDay.repeatOffender()).isFalse();
        assertThat(sameDay.findingsInWindow()).isZero();
        assertThat(sameDay.steps().get(0).rule()).contains("2026-PEN-000008 PENALTY_PAID 2026-08-20 (not before the violation)");
        // a finding after the violation (made before the decision) does not count either
        assertThat(rules.repeatOffender(List.of(PriorFinding.on(of(2026, 9, 15))), VIOLATED_ON, DECIDED_ON, parameters)
                .repeatOffender()).isFalse();
    }

    @Test
    void aReferralACompromiseAnOptionOnePaymentAndOnesOwnAbandonmentAreNotFindings() {
        LocalDate earlier = of(2025, 1, 10);
        RepeatOffenderCheck check = rules.repeatOffender(List.of(
                new PriorFinding("2025-PEN-000001", "REFERRAL", earlier, false),
                new PriorFinding("2025-PEN-000002", "COMPROMISE", earlier, false),
                new PriorFinding("2025-LDC-000003", "LD_OPTION_ONE", earlier, false),
                new PriorFinding("2025-SEZ-000004", "ABANDONMENT", earlier, false)), VIOLATED_ON, DECIDED_ON, parameters);

        assertThat(check.repeatOffender()).isFalse();
        assertThat(check.findingsInWindow()).isZero();
        assertThat(check.steps().get(0).rule()).contains("2025-PEN-000001 REFERRAL 2025-01-10 (not a finding of culpability)",
                "COMPROMISE", "LD_OPTION_ONE", "ABANDONMENT");
        // the same dates as final findings count
        assertThat(rules.repeatOffender(List.of(new PriorFinding("2025-SEZ-000004", "FORFEITURE_DECIDED", earlier, true)),
                VIOLATED_ON, DECIDED_ON, parameters).repeatOffender()).isTrue();
    }

    @Test
    void p24BelowTheFloorOnlyWithAJustifiedExceptionApprovedBySomeoneElse() {
        FloorCheck floor = rules.floor(usd("40000"), DECIDED_ON, parameters);
        NationalSecurityException proposed = new NationalSecurityException("officer1",
                "Cooperation in an ongoing national-security investigation", null);

        // proposing: a written justification is needed
        assertThatCode(() -> rules.checkProposedDecision(Outcome.MITIGATE, usd("40000"), usd("8000"), floor,
                firstOffender, proposed)).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkProposedDecision(Outcome.MITIGATE, usd("40000"), usd("8000"), floor,
                firstOffender, new NationalSecurityException("officer1", " ", null)))
                .isInstanceOf(Problems.RuleViolation.class).hasMessageContaining("written justification");

        // approving: a supervisor, never the proposer (403)
        assertThatThrownBy(() -> rules.checkExceptionApproval(proposed, "officer1", true))
                .isInstanceOf(Problems.Forbidden.class);
        assertThatThrownBy(() -> rules.checkExceptionApproval(proposed, "officer2", false))
                .isInstanceOf(Problems.Forbidden.class);
        assertThatCode(() -> rules.checkExceptionApproval(proposed, "supervisor1", true)).doesNotThrowAnyException();

        // issuing: without the approval the decision is refused
        assertThatThrownBy(() -> rules.checkReadyToIssue(usd("8000"), floor, proposed))
                .isInstanceOf(Problems.RuleViolation.class);
        assertThatThrownBy(() -> rules.checkReadyToIssue(usd("8000"), floor, null))
                .isInstanceOf(Problems.RuleViolation.class);
        assertThatCode(() -> rules.checkReadyToIssue(usd("8000"), floor,
                new NationalSecurityException("officer1", proposed.justification(), "supervisor1")))
                .doesNotThrowAnyException();
        assertThatCode(() -> rules.checkReadyToIssue(usd("20000"), floor, null)).doesNotThrowAnyException();
    }

    @Test
    void outcomesAndAmountsMustAgree() {
        FloorCheck floor = rules.floor(usd("40000"), DECIDED_ON, parameters);

        assertThatThrownBy(() -> rules.checkProposedDecision(Outcome.MITIGATE, usd("40000"), usd("40000.01"), floor,
                firstOffender, null)).isInstanceOf(Problems.RuleViolation.class).hasMessageContaining("more than the assessed");
        assertThatThrownBy(() -> rules.checkProposedDecision(Outcome.CANCEL, usd("40000"), usd("100"), floor,
                firstOffender, null)).isInstanceOf(Problems.InvalidInput.class);
        assertThatThrownBy(() -> rules.checkProposedDecision(Outcome.DENY, usd("40000"), usd("30000"), floor,
                firstOffender, null)).isInstanceOf(Problems.InvalidInput.class);
        assertThatThrownBy(() -> rules.checkProposedDecision(Outcome.MITIGATE, usd("40000"), usd("-1"), floor,
                firstOffender, null)).isInstanceOf(Problems.InvalidInput.class);
        // a cancellation (no violation, 171.11(b)) is not a mitigation: the floor does not apply
        assertThatCode(() -> rules.checkProposedDecision(Outcome.CANCEL, usd("40000"), usd("0"), floor, firstOffender, null))
                .doesNotThrowAnyException();
    }
}
