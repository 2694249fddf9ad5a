package gov.fpf.risktier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;

/**
 * The embedded default's risk-tier demo, run the way the demo start runs it (the test profile seeds no demo data): one
 * DEMO importer in each tier, scored on seed, and a second run adds nothing.
 */
class RiskTierDemoTest extends ApplicationTest {

    @Autowired
    RiskTierDemo demo;

    @Autowired
    PartyService parties;

    private Party only(String name) {
        return parties.search(name).stream().filter(p -> p.getName().equals(name)).reduce((a, b) -> {
            throw new AssertionError("two parties named " + name);
        }).orElseThrow();
    }

    @Test
    void oneDemoImporterInEachTierScoredOnSeedAndASecondRunAddsNothing() {
        demo.seed(SEAPORT, EXPRESS_HUB);
        demo.seed(SEAPORT, EXPRESS_HUB);
        assertThat(demo.order()).isGreaterThan(100);
        assertThat(only(RiskTierDemo.LOW).getRiskTier()).hasToString("LOW");
        assertThat(only(RiskTierDemo.MEDIUM).getRiskTier()).hasToString("MEDIUM");
        assertThat(only(RiskTierDemo.HIGH).getRiskTier()).hasToString("HIGH");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM party_audit_result a JOIN party p ON p.id = a.party_id"
                + " WHERE p.name LIKE 'DEMO % Risk %'", Long.class)).isEqualTo(4);
    }
}
