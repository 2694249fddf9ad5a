package gov.fpf.mitigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.ParameterNames;

/** Both decision tables, evaluated by the DMN engine exactly as a business rule task would. */
class DecisionTablesTest {

    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision GUIDELINES = parse("processes/mitigation/PenaltyGuidelineRange.dmn", "PenaltyGuidelineRange");
    private static final DmnDecision ROUTING = parse("processes/mitigation/PetitionRouting.dmn", "PetitionRouting");

    private static final LocalDate ON = LocalDate.of(2026, 10, 1);
    private final MigrationParameters parameters = MigrationParameters.load();

    // --- PenaltyGuidelineRange ------------------------------------------------------------------------------

    @Test
    void everyCombinationOfCulpabilityLossAndDisclosureHasExactlyOneRow() {
        for (String culpability : new String[] {"NEGLIGENCE", "GROSS_NEGLIGENCE", "FRAUD"}) {
            for (boolean revenueLoss : new boolean[] {true, false}) {
                for (boolean priorDisclosure : new boolean[] {true, false}) {
                    DmnDecisionTableResult result = guideline(culpability, revenueLoss, priorDisclosure);
                    assertThat(result).as("%s revenueLoss=%s priorDisclosure=%s", culpability, revenueLoss, priorDisclosure)
                            .hasSize(1);   // hit policy UNIQUE would throw on an overlap
                }
            }
        }
    }

    @Test
    void theAppendixBRanges() {
        assertRange("FRAUD", true, false, "5", "8", "LOR", "19 CFR Part 171 App. B (F)(2)(a)");
        assertRange("FRAUD", false, false, "0.5", "0.8", "DUTIABLE_VALUE", "19 CFR Part 171 App. B (F)(2)(a)");
        assertRange("GROSS_NEGLIGENCE", true, false, "2.5", "4", "LOR", "19 CFR Part 171 App. B (F)(2)(b)");
        assertRange("GROSS_NEGLIGENCE", false, false, "0.25", "0.4", "DUTIABLE_VALUE", "19 CFR Part 171 App. B (F)(2)(b)");
        assertRange("NEGLIGENCE", true, false, "0.5", "2", "LOR", "19 CFR Part 171 App. B (F)(2)(c)");
        assertRange("NEGLIGENCE", false, false, "0.05", "0.2", "DUTIABLE_VALUE", "19 CFR Part 171 App. B (F)(2)(c)");
        assertRange("FRAUD", true, true, "1", "1", "LOR", "19 CFR Part 171 App. B (F)(2)(f); 19 U.S.C. 1592(c)(4)(A)");
        assertRange("FRAUD", false, true, "0.1", "0.1", "DUTIABLE_VALUE", "19 CFR Part 171 App. B (F)(2)(f); 19 U.S.C. 1592(c)(4)(A)");
        assertRange("NEGLIGENCE", true, true, "1", "1", "PRIOR_DISCLOSURE_INTEREST", "19 CFR Part 171 App. B (F)(2)(f); 19 U.S.C. 1592(c)(4)(B)");
        assertRange("GROSS_NEGLIGENCE", false, true, "0", "0", "DUTIABLE_VALUE", "19 CFR Part 171 App. B (F)(2)(f); 19 U.S.C. 1592(c)(4)(B)");
    }

    @Test
    void theFraudRowsCarryTheExceptionForEgregiousCases() {
        assertThat((String) guideline("FRAUD", true, false).getSingleResult().getEntry("note"))
                .contains("more than 8 times", "egregious", "capped at domestic value");
        assertThat((String) guideline("NEGLIGENCE", true, false).getSingleResult().getEntry("note"))
                .isEqualTo("Capped at the domestic value of the merchandise.");
    }

    // --- PetitionRouting ------------------------------------------------------------------------------------

    @Test
    void p22ABrokerSupplementalPetitionAboveTenThousandGoesToTheHeadquartersPenaltiesBranch() {
        DmnDecisionRuleResult route = route("PENALTY", "1641", 12000, true, "FPF_OFFICER");

        assertThat((String) route.getEntry("decidingAuthority")).isEqualTo("HQ_PENALTIES_BRANCH");
        assertThat((String) route.getEntry("citation")).isEqualTo("19 CFR 171.62(a)");
    }

    @Test
    void p22AtNineThousandTheHeadquartersOfficialInTheFieldDecides() {
        assertThat(authority(route("PENALTY", "1641", 9000, true, "FPF_OFFICER"))).isEqualTo("HQ_FIELD_OFFICIAL");
        assertThat(authority(route("PENALTY", "1641", 10000, true, "FPF_OFFICER"))).isEqualTo("HQ_FIELD_OFFICIAL"); // not "exceeds"
        assertThat(authority(route("PENALTY", "1592", 12000, true, "FPF_OFFICER"))).isEqualTo("HQ_FIELD_OFFICIAL");
    }

    @Test
    void aSupplementalPetitionOnAHeadquartersDecisionGoesToTheDirector() {
        DmnDecisionRuleResult route = route("PENALTY", "1641", 25000, true, "HQ_PENALTIES_BRANCH");

        assertThat(authority(route)).isEqualTo("DIRECTOR_BSTC");
        assertThat((String) route.getEntry("citation")).isEqualTo("19 CFR 171.62(b)");
        assertThat((String) route("LIQUIDATED_DAMAGES", null, 25000, true, "HQ_PENALTIES_BRANCH").getEntry("citation"))
                .isEqualTo("19 CFR 172.42(b)");
    }

    @Test
    void liquidatedDamagesHaveNoBrokerException() {
        DmnDecisionRuleResult route = route("LIQUIDATED_DAMAGES", "1641", 50000, true, "FPF_OFFICER");

        assertThat(authority(route)).isEqualTo("HQ_FIELD_OFFICIAL");
        assertThat((String) route.getEntry("citation")).isEqualTo("19 CFR 172.42(a)");
    }

    @Test
    void anOriginalPetitionGoesToTheFpfOfficerUpToTheDelegationLimitAndToHeadquartersAbove() {
        assertThat(authority(route("PENALTY", "1592", 100000, false, null))).isEqualTo("FPF_OFFICER");
        DmnDecisionRuleResult above = route("PENALTY", "1592", 100000.01, false, null);
        assertThat(authority(above)).isEqualTo("HQ_PENALTIES_BRANCH");
        assertThat((String) above.getEntry("citation")).isEqualTo("19 CFR 171.12");
        assertThat(authority(route("SEIZURE", null, 600000, false, null))).isEqualTo("HQ_PENALTIES_BRANCH");
        assertThat((String) route("LIQUIDATED_DAMAGES", null, 5000, false, null).getEntry("citation")).isEqualTo("19 CFR 172.11(a)");
    }

    @Test
    void amountsMayArriveAsBigDecimalOrLong() {
        VariableMap variables = routingInputs("PENALTY", "1641", 12000, true, "FPF_OFFICER")
                .putValue("amount", new BigDecimal("12000.00"))
                .putValue("brokerSupplementalThreshold", 10000L);

        assertThat((String) ENGINE.evaluateDecisionTable(ROUTING, variables).getSingleResult().getEntry("decidingAuthority"))
                .isEqualTo("HQ_PENALTIES_BRANCH");
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static DmnDecision parse(String resource, String key) {
        InputStream in = DecisionTablesTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource + " on the classpath").isNotNull();
        return ENGINE.parseDecision(key, in);
    }

    private DmnDecisionTableResult guideline(String culpability, boolean revenueLoss, boolean priorDisclosure) {
        return ENGINE.evaluateDecisionTable(GUIDELINES, Variables.createVariables().putValue("culpability", culpability)
                .putValue("revenueLoss", revenueLoss).putValue("priorDisclosure", priorDisclosure));
    }

    private void assertRange(String culpability, boolean revenueLoss, boolean priorDisclosure, String low, String high,
                             String base, String citation) {
        Map<String, Object> row = guideline(culpability, revenueLoss, priorDisclosure).getSingleResult().getEntryMap();
        assertThat(new BigDecimal(row.get("lowFactor").toString())).as("low").isEqualByComparingTo(low);
        assertThat(new BigDecimal(row.get("highFactor").toString())).as("high").isEqualByComparingTo(high);
        assertThat(row).containsEntry("base", base).containsEntry("citation", citation);
    }

    private VariableMap routingInputs(String family, String statute, double amount, boolean supplemental,
                                      String originalDecidedBy) {
        return Variables.createVariables()
                .putValue("family", family)
                .putValue("statute", statute)
                .putValue("amount", amount)
                .putValue("supplemental", supplemental)
                .putValue("originalDecidedBy", originalDecidedBy)
                .putValue("fpfDelegationLimit", parameters.valueOn(ParameterNames.FPF_DELEGATION_LIMIT, ON).value().doubleValue())
                .putValue("brokerSupplementalThreshold",
                        parameters.valueOn(ParameterNames.BROKER_SUPPLEMENTAL_THRESHOLD, ON).value().doubleValue());
    }

    private DmnDecisionRuleResult route(String family, String statute, double amount, boolean supplemental,
                                           String originalDecidedBy) {
        return ENGINE.evaluateDecisionTable(ROUTING, routingInputs(family, statute, amount, supplemental, originalDecidedBy))
                .getSingleResult();
    }

    private static String authority(DmnDecisionRuleResult route) {
        return route.getEntry("decidingAuthority");
    }
}
