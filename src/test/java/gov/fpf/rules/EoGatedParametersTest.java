package gov.fpf.rules;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import gov.fpf.mitigation.MitigationRules;
import gov.fpf.seizure.DispositionMethod;
import gov.fpf.seizure.DispositionRules;
import gov.fpf.seizure.ReleaseRules;
import gov.fpf.seizure.SeizedItem;
import gov.fpf.seizure.SeizureFacts;
import gov.fpf.system.Problems;

/**
 * Issue 12 item 21: each EO 14411 rule is in force only from the effective date of an implementing instrument that
 * puts it in force (today's law before), whatever the migration rows' own dates say; the trace names the instrument.
 */
class EoGatedParametersTest {

    /** the instrument's effective date; the migration rows (2026-09-01) are in force long before it */
    private static final LocalDate EFFECTIVE = of(2026, 11, 2);
    private static final LocalDate DAY_BEFORE = EFFECTIVE.minusDays(1);
    private static final LocalDate DAY_AFTER = EFFECTIVE.plusDays(1);

    private final MigrationParameters rows = MigrationParameters.load();
    private final MitigationRules mitigation = new MitigationRules();
    private final DispositionRules dispositionRules = new DispositionRules();
    private final ReleaseRules releaseRules = new ReleaseRules();

    private static EoRuleSource instrument(Set<EoRule> rules) {
        return (rule, on) -> rules.contains(rule) && !on.isBefore(EFFECTIVE)
                ? Optional.of(new EoRuleSource.InForce(rule, 7, "Penalty mitigation standards (test)", "91 FR 99999",
                EFFECTIVE))
                : Optional.empty();
    }

    private final ParameterSource all = new EoGatedParameters(rows, instrument(EnumSet.allOf(EoRule.class)));

    @Test
    void thePenaltyFloorAppliesFromTheInstrumentsDateNotTheDayBefore() {
        BigDecimal assessed = new BigDecimal("40000");

        assertThat(mitigation.floorInForce(assessed, DAY_BEFORE, all)).isEmpty();
        MitigationRules.FloorCheck on = mitigation.floorInForce(assessed, EFFECTIVE, all).orElseThrow();
        assertThat(on.floor()).isEqualByComparingTo("20000.00");
        assertThat(on.steps().get(0).citation()).isEqualTo("EO 14411 Sec. 4(c); in force from 2026-11-02 by 91 FR 99999");
        assertThat(mitigation.floorInForce(assessed, DAY_AFTER, all)).isPresent();
        // without any instrument the floor never applies, though its row has a value from 2026-09-01
        assertThat(mitigation.floorInForce(assessed, of(2030, 1, 1), new EoGatedParameters(rows, EoRuleSource.NONE)))
                .isEmpty();
        assertThat(rows.valueOn(ParameterNames.PENALTY_FLOOR_SHARE, DAY_BEFORE).value()).isEqualByComparingTo("0.5");
    }

    @Test
    void anInstrumentPutsInForceOnlyTheRulesItNames() {
        ParameterSource floorOnly = new EoGatedParameters(rows, instrument(EnumSet.of(EoRule.PENALTY_FLOOR)));

        assertThat(mitigation.floorInForce(new BigDecimal("100"), EFFECTIVE, floorOnly)).isPresent();
        assertThat(mitigation.repeatOffenderInForce(List.of(MitigationRules.PriorFinding.on(of(2026, 1, 5))),
                of(2026, 3, 1), EFFECTIVE, floorOnly)).isEmpty();
        assertThatThrownBy(() -> floorOnly.valueOn(ParameterNames.REPEAT_OFFENDER_LOOKBACK, EFFECTIVE))
                .isInstanceOf(ParameterNotInForce.class).hasMessageContaining("REPEAT_OFFENDER");
        // parameters of no EO rule are read by date alone
        assertThat(floorOnly.valueOn(ParameterNames.PPN_THRESHOLD, of(2001, 1, 1)).value()).isEqualByComparingTo("1000");
    }

    @Test
    void theRepeatOffenderRuleAppliesFromTheInstrumentsDate() {
        List<MitigationRules.PriorFinding> prior = List.of(new MitigationRules.PriorFinding("2026-PEN-000001",
                "PENALTY_DECIDED", of(2026, 1, 5), true));

        assertThat(mitigation.repeatOffenderInForce(prior, of(2026, 3, 1), DAY_BEFORE, all)).isEmpty();
        MitigationRules.RepeatOffenderCheck on = mitigation.repeatOffenderInForce(prior, of(2026, 3, 1), EFFECTIVE, all)
                .orElseThrow();
        assertThat(on.repeatOffender()).isTrue();
        assertThat(on.steps().get(0).citation()).contains("91 FR 99999");
        assertThat(on.steps().get(0).rule()).contains("2026-PEN-000001 PENALTY_DECIDED 2026-01-05");
        assertThat(mitigation.repeatOffenderInForce(prior, of(2026, 3, 1), DAY_AFTER, all)).isPresent();
    }

    @Test
    void theLdFloorWithoutAnAmountRefusesOnlyOnceItsInstrumentIsInForceAndSaysWhy() {
        BigDecimal claim = new BigDecimal("5000");

        assertThat(mitigation.floorInForce(MitigationRules.LIQUIDATED_DAMAGES_FLOOR, claim, DAY_BEFORE, all)).isEmpty();
        assertThatThrownBy(() -> mitigation.floorInForce(MitigationRules.LIQUIDATED_DAMAGES_FLOOR, claim, EFFECTIVE, all))
                .isInstanceOf(ParameterValueUnknown.class)
                .hasMessageContaining("LD_FLOOR")
                .hasMessageContaining("Penalty mitigation standards (test) (91 FR 99999)")
                .hasMessageContaining("states no amount")
                .satisfies(e -> assertThat(((Problems.RuleViolation) e).citation()).contains("91 FR 99999"));
    }

    @Test
    void thirdPartyDisposalIsAuthorizedFromTheInstrumentsDate() {
        SeizureFacts goods = new SeizureFacts(of(2026, 6, 1), "1595a(c)", List.of(new SeizedItem("tires", 10,
                new BigDecimal("42000"), false, false, false)), false, false, BigDecimal.ZERO, false, false, false, false);
        LocalDate forfeited = of(2026, 10, 1);

        assertThatThrownBy(() -> dispositionRules.checkDisposition(DispositionMethod.THIRD_PARTY_DISPOSAL, goods, forfeited,
                DAY_BEFORE, false, "Acme Disposal LLC", null, all))
                .isInstanceOf(Problems.RuleViolation.class).hasMessageContaining("not authorized on " + DAY_BEFORE);
        DispositionRules.DispositionCheck ok = dispositionRules.checkDisposition(DispositionMethod.THIRD_PARTY_DISPOSAL, goods,
                forfeited, EFFECTIVE, false, "Acme Disposal LLC", null, all);
        assertThat(ok.steps().get(0).citation()).isEqualTo("EO 14411 Sec. 5; in force from 2026-11-02 by 91 FR 99999");
    }

    @Test
    void theHighRiskReleaseBondIncreaseAppliesFromTheInstrumentsDate() {
        // before: the ordinary release bond; from the date: the multiple has no figure, so the release is refused
        assertThat(releaseRules.releaseBond(new BigDecimal("42000"), true, all, DAY_BEFORE).steps().get(1).rule())
                .contains("no higher requirement under EO 14411 Sec. 5 is in force on " + DAY_BEFORE);
        assertThatThrownBy(() -> releaseRules.releaseBond(new BigDecimal("42000"), true, all, EFFECTIVE))
                .isInstanceOf(ParameterValueUnknown.class)
                .satisfies(e -> assertThat(((Problems.RuleViolation) e).citation())
                        .isEqualTo("EO 14411 Sec. 5; in force from 2026-11-02 by 91 FR 99999"));
    }
}
