package gov.fpf.seizure;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import gov.fpf.rules.LegalParameter;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterValue;

/** Every parameter the seizure rules read is a migration row with a citation and a confidence tag. */
class SeizureParametersTest {

    /** Every name SeizureRules reads. */
    static final List<String> READ_BY_SEIZURE_RULES = List.of(
            ParameterNames.ADMINISTRATIVE_FORFEITURE_LIMIT, ParameterNames.COST_BOND_RATE, ParameterNames.COST_BOND_MINIMUM,
            ParameterNames.COST_BOND_MAXIMUM, ParameterNames.SUMMARY_SALE_STORAGE_SHARE, ParameterNames.PETITION_SEIZURE,
            ParameterNames.CLAIM_COST_BOND, ParameterNames.PUBLICATION, ParameterNames.PROCEEDS_RESTORATION,
            ParameterNames.DEADLINE_ROLL_FORWARD_WEEKENDS, ParameterNames.COUNTERFEIT_AUCTION_WAIT,
            ParameterNames.THIRD_PARTY_DISPOSAL_AUTHORIZED, ParameterNames.RELEASE_BOND_VALUE_SHARE,
            ParameterNames.RELEASE_BOND_HIGH_RISK_MULTIPLE);

    private final MigrationParameters parameters = MigrationParameters.load();

    @Test
    void everyParameterTheSeizureRulesReadIsAMigrationRow() {
        assertThat(parameters.rows()).extracting(ParameterValue::name).containsAll(READ_BY_SEIZURE_RULES);
    }

    @Test
    void v9AddsExactlyTheNewSeizureParametersWithCitationAndConfidence() throws IOException {
        String sql = Files.readString(Path.of("db", "migration", "V9__seizure_parameters.sql"));
        Matcher names = Pattern.compile("\\(\\s*'([a-z0-9.-]+)',").matcher(sql);
        List<String> added = names.results().map(m -> m.group(1)).toList();

        assertThat(added).containsExactlyInAnyOrder(ParameterNames.COUNTERFEIT_AUCTION_WAIT,
                ParameterNames.THIRD_PARTY_DISPOSAL_AUTHORIZED, ParameterNames.RELEASE_BOND_VALUE_SHARE,
                ParameterNames.RELEASE_BOND_HIGH_RISK_MULTIPLE);
        assertThat(parameters.rows()).filteredOn(r -> added.contains(r.name()))
                .hasSize(4)
                .allSatisfy(r -> {
                    assertThat(r.citation()).isNotBlank();
                    assertThat(r.confidence()).isIn("V", "S", "R", "EO");
                });
    }

    @Test
    void theNewRowsHaveTheirUnitsDatesAndConfidence() {
        ParameterValue wait = row(ParameterNames.COUNTERFEIT_AUCTION_WAIT);
        assertThat(wait.value()).isEqualByComparingTo("90");
        assertThat(wait.unit()).isEqualTo(LegalParameter.Unit.DAYS);
        assertThat(wait.confidence()).isEqualTo("R");

        ParameterValue share = row(ParameterNames.RELEASE_BOND_VALUE_SHARE);
        assertThat(share.value()).isEqualByComparingTo("1");
        assertThat(share.unit()).isEqualTo(LegalParameter.Unit.SHARE);
        assertThat(share.confidence()).isEqualTo("R");

        ParameterValue multiple = row(ParameterNames.RELEASE_BOND_HIGH_RISK_MULTIPLE);
        assertThat(multiple.value()).as("a placeholder: the order states no figure").isNull();
        assertThat(multiple.unit()).isEqualTo(LegalParameter.Unit.COUNT);
        assertThat(multiple.effectiveFrom()).isEqualTo(of(2026, 9, 1));
        assertThat(multiple.citation()).isEqualTo("EO 14411 Sec. 5");
        assertThat(multiple.confidence()).isEqualTo("EO");

        ParameterValue thirdParty = row(ParameterNames.THIRD_PARTY_DISPOSAL_AUTHORIZED);
        assertThat(thirdParty.value()).isEqualByComparingTo("1");
        assertThat(thirdParty.effectiveFrom()).isEqualTo(of(2026, 9, 1));
        assertThat(thirdParty.confidence()).isEqualTo("EO");
    }

    private ParameterValue row(String name) {
        return parameters.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
