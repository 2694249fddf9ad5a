package gov.fpf.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import gov.fpf.system.Problems;

class EoRuleTest {

    @Test
    void everyEoParameterBelongsToItsRuleAndNoOtherParameterDoes() {
        assertThat(EoRule.governing(ParameterNames.PENALTY_FLOOR_SHARE)).contains(EoRule.PENALTY_FLOOR);
        assertThat(EoRule.governing(ParameterNames.LD_FLOOR_SHARE)).contains(EoRule.LD_FLOOR);
        assertThat(EoRule.governing(ParameterNames.REPEAT_OFFENDER_LOOKBACK)).contains(EoRule.REPEAT_OFFENDER);
        assertThat(EoRule.governing(ParameterNames.REPEAT_OFFENDER_PRIOR_FINDINGS)).contains(EoRule.REPEAT_OFFENDER);
        assertThat(EoRule.governing(ParameterNames.RELEASE_BOND_HIGH_RISK_MULTIPLE)).contains(EoRule.HIGH_RISK_RELEASE_BOND);
        assertThat(EoRule.governing(ParameterNames.THIRD_PARTY_DISPOSAL_AUTHORIZED)).contains(EoRule.THIRD_PARTY_DISPOSAL);
        assertThat(EoRule.governing(ParameterNames.RELEASE_BOND_VALUE_SHARE)).isEmpty();
        assertThat(EoRule.governing(ParameterNames.PPN_THRESHOLD)).isEmpty();
    }

    @Test
    void aRuleCodeOutsideTheClosedListIsBadInput() {
        assertThat(EoRule.of("GOOD_STANDING")).isEqualTo(EoRule.GOOD_STANDING);
        assertThatThrownBy(() -> EoRule.of("PENALTY_CEILING")).isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("PENALTY_CEILING").hasMessageContaining("FOREIGN_IOR_CONTINUOUS_BOND");
    }

    @Test
    void theTraceCitationNamesTheRuleAndTheInstrumentWithinTheColumn() {
        EoRuleSource.InForce in = new EoRuleSource.InForce(EoRule.GOOD_STANDING, 3, "t", "x".repeat(100),
                java.time.LocalDate.of(2027, 1, 4));
        assertThat(in.citation()).startsWith("EO 14411 Sec. 2(d); in force from 2027-01-04 by xxx").hasSizeLessThanOrEqualTo(200);
    }
}
