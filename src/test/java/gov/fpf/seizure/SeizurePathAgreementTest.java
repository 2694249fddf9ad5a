package gov.fpf.seizure;

import static gov.fpf.seizure.SeizureFixtures.SEIZED;
import static gov.fpf.seizure.SeizureFixtures.counterfeit;
import static gov.fpf.seizure.SeizureFixtures.facts;
import static gov.fpf.seizure.SeizureFixtures.goods;
import static gov.fpf.seizure.SeizureFixtures.prohibited;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.fpf.rules.DecisionTables;
import gov.fpf.rules.FileDecisionTables;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.ParameterNames;

/**
 * One source of truth for the forfeiture path (issue 12 item 16; 19 U.S.C. 1607(a), 1610): the SeizurePath decision
 * table, fed as the case feeds it ({@code prohibited} = every item prohibited, {@code counterfeit} = some item
 * counterfeit), and {@link SeizureRules#pathFacts} give the same path, and the table asks for the trademark-owner
 * notice exactly when some item is counterfeit, over a grid of values around the limit and every mix of items.
 */
class SeizurePathAgreementTest {

    private final MigrationParameters parameters = MigrationParameters.load();
    private final SeizureRules rules = new SeizureRules();
    private final DecisionTables table = new FileDecisionTables("processes/seizure/SeizurePath.dmn");

    private DecisionTables.Evaluation decide(SeizureFacts facts, BigDecimal limit) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("appraisedValue", rules.appraisedValue(facts.items()).amount().doubleValue());
        inputs.put("administrativeLimit", limit.doubleValue());
        inputs.put("prohibited", facts.prohibited());
        inputs.put("counterfeit", facts.counterfeit());
        inputs.put("drugConveyance", facts.drugConveyance());
        inputs.put("monetaryInstrument", facts.monetaryInstrument());
        return table.singleResult("SeizurePath", inputs);
    }

    @Test
    void theTableAndTheRulesAgreeOnEveryMixOfItemsAroundTheLimit() {
        BigDecimal limit = parameters.valueOn(ParameterNames.ADMINISTRATIVE_FORFEITURE_LIMIT, SEIZED).value();
        List<String> values = List.of("1", "250000", "499999.99", "500000", "500000.01", "900000", "2000000");
        int cases = 0;
        for (String value : values) {
            // every item kind alone, and every pair split across the value (a mixed seizure)
            List<List<SeizedItem>> mixes = new ArrayList<>();
            for (String kind : List.of("goods", "counterfeit", "prohibited")) {
                mixes.add(List.of(item(kind, value)));
                for (String other : List.of("goods", "counterfeit", "prohibited")) {
                    BigDecimal half = new BigDecimal(value).divide(BigDecimal.valueOf(2));
                    mixes.add(List.of(item(kind, half.toPlainString()),
                            item(other, new BigDecimal(value).subtract(half).toPlainString())));
                }
            }
            for (List<SeizedItem> items : mixes) {
                for (boolean drug : List.of(false, true)) {
                    for (boolean money : List.of(false, true)) {
                        SeizureFacts f = facts(drug, money, items.toArray(SeizedItem[]::new));
                        SeizureRules.PathFacts byRule = rules.pathFacts(f, parameters, SEIZED);
                        DecisionTables.Evaluation byTable = decide(f, limit);
                        String at = value + " " + items + " drug=" + drug + " money=" + money;
                        assertThat(byTable.outputs().get("forfeiturePath")).as(at).isEqualTo(byRule.path().name());
                        assertThat(byTable.outputs().get("trademarkOwnerNotice")).as(at).isEqualTo(f.counterfeit());
                        cases++;
                    }
                }
            }
        }
        assertThat(cases).isEqualTo(values.size() * 12 * 4);
    }

    @Test
    void aMixedSeizureOverTheLimitGoesToTheUsAttorneyAndItsOwnerIsStillToldOfTheCounterfeits() {
        BigDecimal limit = parameters.valueOn(ParameterNames.ADMINISTRATIVE_FORFEITURE_LIMIT, SEIZED).value();
        // $400,000 of counterfeit bags with $100,000.01 of lawful goods: $500,000.01 in all
        SeizureFacts mixed = facts(counterfeit("400000"), goods("100000.01"));
        DecisionTables.Evaluation byTable = decide(mixed, limit);

        assertThat(byTable.outputs()).containsEntry("forfeiturePath", "JUDICIAL")
                .containsEntry("pathCitation", "19 U.S.C. 1610").containsEntry("trademarkOwnerNotice", true);
        assertThat(rules.pathFacts(mixed, parameters, SEIZED).path()).isEqualTo(ForfeiturePath.JUDICIAL);
        // a cent less and the whole seizure is within the 1607(a)(1) limit
        SeizureFacts atLimit = facts(counterfeit("400000"), goods("100000"));
        assertThat(decide(atLimit, limit).outputs()).containsEntry("forfeiturePath", "ADMINISTRATIVE")
                .containsEntry("pathCitation", "19 U.S.C. 1607(a)(1)").containsEntry("trademarkOwnerNotice", true);
        // only prohibited items go administrative at any value
        assertThat(decide(facts(counterfeit("900000"), prohibited("100000")), limit).outputs())
                .containsEntry("forfeiturePath", "ADMINISTRATIVE").containsEntry("trademarkOwnerNotice", true);
    }

    private static SeizedItem item(String kind, String value) {
        return switch (kind) {
            case "counterfeit" -> counterfeit(value);
            case "prohibited" -> prohibited(value);
            default -> goods(value);
        };
    }
}
