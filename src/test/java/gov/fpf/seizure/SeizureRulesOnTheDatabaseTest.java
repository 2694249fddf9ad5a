package gov.fpf.seizure;

import static gov.fpf.seizure.SeizureFixtures.counterfeit;
import static gov.fpf.seizure.SeizureFixtures.facts;
import static gov.fpf.seizure.SeizureFixtures.goods;
import static gov.fpf.seizure.SeizureFixtures.usd;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.ParameterValueUnknown;

/**
 * The seizure rules as the application wires them, on the parameter rows Flyway inserted (V2, V9): the same answers
 * as on the migration files, and the EO 14411 Sec. 5 placeholder refusing with its note.
 */
class SeizureRulesOnTheDatabaseTest extends ApplicationTest {

    private static final LocalDate ON = of(2026, 9, 15);

    @Autowired
    SeizureRules rules;

    @Autowired
    LegalParameters parameters;

    @Test
    void theWorkedExamplesComeOutTheSameOnTheDatabaseRows() {
        assertThat(rules.pathFacts(facts(goods("650000")), parameters, ON).path()).isEqualTo(ForfeiturePath.JUDICIAL);
        assertThat(rules.pathFacts(facts(goods("500000")), parameters, ON).path()).isEqualTo(ForfeiturePath.ADMINISTRATIVE);
        assertThat(rules.pathFacts(facts(counterfeit("900000")), parameters, ON).path())
                .isEqualTo(ForfeiturePath.ADMINISTRATIVE);
        assertThat(rules.costBond(usd("42000"), parameters, ON).amount()).isEqualByComparingTo("4200.00");
        assertThat(rules.claimDue(of(2026, 5, 4), parameters).due()).isEqualTo(of(2026, 5, 24));
        assertThat(rules.proceedsPetitionDue(of(2026, 1, 15), parameters).due()).isEqualTo(of(2026, 4, 15));
        assertThat(rules.summarySaleAllowed(usd("8000"), usd("4500"), true, parameters, ON).allowed()).isTrue();
        // 1526(e)(3): "more than 90 days after the date of forfeiture": day 91
        assertThat(rules.checkDisposition(DispositionMethod.SALE, facts(counterfeit("1000")), of(2026, 3, 1),
                of(2026, 5, 31), true, null, null, new SeizureRules.CounterfeitConditions(true, true, null, true),
                parameters).earliestAuction().due()).isEqualTo(of(2026, 5, 31));
    }

    @Test
    void theHighRiskReleaseBondIsAPlaceholderThatRefusesWithItsReason() {
        assertThat(rules.releaseBond(usd("42000"), true, parameters, of(2026, 8, 31)).amount())
                .isEqualByComparingTo("42000.00");
        assertThatThrownBy(() -> rules.releaseBond(usd("42000"), true, parameters, ON))
                .isInstanceOf(ParameterValueUnknown.class)
                .hasMessageContaining("no known value yet")
                .hasMessageContaining("states no figure");
    }
}
