package gov.fpf.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.system.Problems;

class LegalParametersTest extends ApplicationTest {

    @Autowired
    LegalParameters parameters;

    @Autowired
    CaseFileService caseFiles;

    @Test
    void theFloorIsHalfTheAssessedPenaltyFromItsInstrumentsDateOn() {
        // in this context the embedded demo's DEMO instrument puts the floor in force from 2026-09-01
        ParameterValue floor = parameters.valueOn(ParameterNames.PENALTY_FLOOR_SHARE, LocalDate.of(2026, 10, 1));

        assertThat(floor.value()).isEqualByComparingTo("0.50");
        assertThat(floor.citation()).isEqualTo("EO 14411 Sec. 4(c); in force from 2026-09-01 by DEMO-EO-14411");
        assertThatThrownBy(() -> parameters.valueOn(ParameterNames.PENALTY_FLOOR_SHARE, LocalDate.of(2026, 8, 31)))
                .isInstanceOf(ParameterNotInForce.class)
                .hasMessageContaining("is not in force on 2026-08-31")
                .hasMessageContaining("PENALTY_FLOOR");
    }

    @Test
    void everyTable71DeadlineAndTheNamedLimitsAreConfigured() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertThat(parameters.valueOn(ParameterNames.ADMINISTRATIVE_FORFEITURE_LIMIT, today).value()).isEqualByComparingTo("500000");
        assertThat(parameters.valueOn(ParameterNames.SUMMARY_SALE_STORAGE_SHARE, today).value()).isEqualByComparingTo("0.5");
        assertThat(parameters.valueOn(ParameterNames.COST_BOND_MINIMUM, today).value()).isEqualByComparingTo("250");
        assertThat(parameters.valueOn(ParameterNames.COST_BOND_MAXIMUM, today).value()).isEqualByComparingTo("5000");
        assertThat(parameters.valueOn(ParameterNames.COST_BOND_RATE, today).value()).isEqualByComparingTo("0.10");
        assertThat(parameters.valueOn(ParameterNames.REPEAT_OFFENDER_LOOKBACK, today).unit()).isEqualTo(LegalParameter.Unit.YEARS);
        assertThat(parameters.valueOn(ParameterNames.PETITION_PENALTY, today).asInt()).isEqualTo(60);
        assertThat(parameters.valueOn(ParameterNames.PETITION_SEIZURE, today).asInt()).isEqualTo(30);
        assertThat(parameters.valueOn(ParameterNames.PPN_RESPONSE, today).asInt()).isEqualTo(30);
        assertThat(parameters.valueOn(ParameterNames.SOL_1592, today).asInt()).isEqualTo(5);
        assertThat(parameters.valueOn("deadline.claim-cost-bond", today).asInt()).isEqualTo(20);
        assertThat(parameters.valueOn("deadline.bond-doj-referral", today).asInt()).isEqualTo(180);
        assertThat(parameters.valueOn("deadline.proceeds-restoration", today).unit()).isEqualTo(LegalParameter.Unit.MONTHS);
        assertThat(parameters.valueOn("deadline.petition-shortened", today).unit()).isEqualTo(LegalParameter.Unit.WORKING_DAYS);
        long deadlineRows = jdbc.queryForObject(
                "SELECT COUNT(DISTINCT name) FROM legal_parameter WHERE name LIKE 'deadline.%'", Long.class);
        assertThat(deadlineRows).isGreaterThanOrEqualTo(30);
    }

    @Test
    void theLiquidatedDamagesFloorAppliesOnlyByAnInstrumentAndRefusesUntilAnAdministratorSetsIt() throws Exception {
        LocalDate effective = seaportToday().plusYears(20);
        LocalDate instrumentDate = effective.minusDays(10);
        // the migration's row has no value (other tests in this context may add rows of their own)
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM legal_parameter WHERE name = ? AND created_by = 'migration'"
                + " AND param_value IS NULL AND effective_from = DATE '2026-09-01'", Long.class,
                ParameterNames.LD_FLOOR_SHARE)).isEqualTo(1L);
        // no instrument puts LD_FLOOR in force (the DEMO instrument of this context leaves it out): not in force,
        // so LD mitigation follows the existing guidelines
        assertThatThrownBy(() -> parameters.valueOn(ParameterNames.LD_FLOOR_SHARE, LocalDate.of(2026, 9, 1)))
                .isInstanceOf(gov.fpf.rules.ParameterNotInForce.class)
                .hasMessageContaining("LD_FLOOR");
        // an instrument puts it in force, then an administrator sets the amount
        mvc.perform(post("admin", "/api/v1/implementing-instruments", """
                        {"title":"LD floor rule (test)","citation":"LD-FLOOR-TEST %s","effectiveDate":"%s",
                         "rules":["LD_FLOOR"]}""".formatted(instrumentDate, instrumentDate)))
                .andExpect(status().isCreated());
        // (the day-by-day boundaries are in EoGatedParametersTest; LdCaseApiTest may put LD_FLOOR in force from today)

        mvc.perform(post("admin", "/api/v1/legal-parameters/" + ParameterNames.LD_FLOOR_SHARE,
                        "{\"value\":0.25,\"effectiveFrom\":\"" + effective + "\",\"citation\":\"Implementing rule (test)\","
                                + "\"confidence\":\"V\",\"note\":\"set by the administrator\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unit").value("SHARE"))
                .andExpect(jsonPath("$.createdBy").value("admin"));

        assertThat(parameters.valueOn(ParameterNames.LD_FLOOR_SHARE, effective).value()).isEqualByComparingTo("0.25");
        BigDecimal dayBefore;
        try {
            dayBefore = parameters.valueOn(ParameterNames.LD_FLOOR_SHARE, effective.minusDays(1)).value();
        } catch (Problems.RuleViolation unset) {
            dayBefore = null;
        }
        assertThat(dayBefore == null || dayBefore.compareTo(new BigDecimal("0.25")) != 0)
                .as("the new row does not apply before its effective date, found " + dayBefore).isTrue();
    }

    @Test
    void aNewRowChangesFutureDecisionsAndNotPastOnes() {
        LocalDate pastDecisionDate = LocalDate.of(2026, 10, 15);
        LocalDate change = seaportToday().plusYears(10);
        // a decision taken earlier stores the row it used in its computation trace
        ParameterValue used = parameters.valueOn(ParameterNames.PENALTY_FLOOR_SHARE, pastDecisionDate);
        String caseNumber = inTransaction(() -> {
            CaseFile c = caseFiles.open(CaseFamily.PENALTY, SEAPORT, null, false, "parameter fixture");
            caseFiles.addComputation(c, List.of(new TraceStep("EO floor", "20000.00",
                    "assessed x floor share", used.citation(), used.reference())));
            return c.getCaseNumber();
        });

        inTransaction(() -> parameters.addValue(ParameterNames.PENALTY_FLOOR_SHARE, new BigDecimal("0.60"), change,
                "EO 14411 Sec. 4(c), revised (test)", "EO", "test"));

        assertThat(parameters.valueOn(ParameterNames.PENALTY_FLOOR_SHARE, pastDecisionDate).rowId()).isEqualTo(used.rowId());
        assertThat(parameters.valueOn(ParameterNames.PENALTY_FLOOR_SHARE, change.minusDays(1)).value()).isEqualByComparingTo("0.50");
        assertThat(parameters.valueOn(ParameterNames.PENALTY_FLOOR_SHARE, change).value()).isEqualByComparingTo("0.60");
        assertThat(jdbc.queryForObject("SELECT s.parameter_ref FROM computation_step s JOIN case_file c ON c.id = s.case_id"
                + " WHERE c.case_number = ?", String.class, caseNumber)).isEqualTo(used.reference());
    }

    @Test
    void aRetroactiveChangeIsRefusedAndStoresNothing() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM legal_parameter", Long.class);

        mvc.perform(post("admin", "/api/v1/legal-parameters/" + ParameterNames.PENALTY_FLOOR_SHARE,
                        "{\"value\":0.4,\"effectiveFrom\":\"2026-01-01\",\"citation\":\"x\",\"confidence\":\"EO\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("is in the past")));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM legal_parameter", Long.class)).isEqualTo(before);
    }

    @Test
    void theValueInForceIsReadableThroughTheApi() throws Exception {
        mvc.perform(get("officer1", "/api/v1/legal-parameters/penalty.floor.share/in-force?on=2026-11-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(0.5))
                .andExpect(jsonPath("$.citation").value("EO 14411 Sec. 4(c); in force from 2026-09-01 by DEMO-EO-14411"));
        mvc.perform(get("officer1", "/api/v1/legal-parameters/nothing.like.this/in-force?on=2026-11-01"))
                .andExpect(status().isNotFound());
    }
}
