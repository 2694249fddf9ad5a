package gov.fpf.seizure;

import static gov.fpf.seizure.SeizureFixtures.goods;
import static gov.fpf.seizure.SeizureFixtures.usd;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.fpf.rules.Computation;
import gov.fpf.rules.LegalParameter;
import gov.fpf.rules.MigrationParameters;

/** EO 14411 Sec. 2(e) and 5: an importer of record in the HIGH risk tier makes its shipment high-risk, and says so. */
class HighTierReleaseBondTest {

    private final ReleaseRules releaseRules = new ReleaseRules();

    private static SeizureFacts facts(boolean highTier) {
        return new SeizureFacts(of(2026, 10, 1), "1595a(c)", List.of(goods("42000")), false, false,
                new BigDecimal("25.00"), false, false, false, false, highTier);
    }

    @Test
    void aHighTierImporterIsAHighRiskReasonAndTheMultipleAppliesWithTheReasonInTheTrace() {
        ReleaseRules.HighRisk risk = releaseRules.highRisk(facts(true));
        assertThat(risk.highRisk()).isTrue();
        assertThat(risk.reasons()).containsExactly("importer of record in the high risk tier (EO 14411 Sec. 2(e))");
        assertThat(releaseRules.highRisk(facts(false)).highRisk()).isFalse();
        // the ten-argument facts (no tier) are what every caller had before
        assertThat(new SeizureFacts(of(2026, 10, 1), "1595a(c)", List.of(), false, false, BigDecimal.ONE, false, false,
                false, false).iorHighRiskTier()).isFalse();

        MigrationParameters withMultiple = MigrationParameters.load()
                .with("release-bond.high-risk.multiple", "2", LegalParameter.Unit.COUNT, of(2026, 10, 1));
        Computation bond = releaseRules.releaseBond(usd("42000"), risk, withMultiple, of(2026, 10, 1));
        assertThat(bond.amount()).isEqualByComparingTo("84000.00");
        assertThat(bond.steps().get(bond.steps().size() - 1).rule()).contains("high risk tier (EO 14411 Sec. 2(e))");
        assertThat(releaseRules.releaseBond(usd("42000"), releaseRules.highRisk(facts(false)), withMultiple,
                of(2026, 10, 1)).amount()).isEqualByComparingTo("42000.00");
    }
}
