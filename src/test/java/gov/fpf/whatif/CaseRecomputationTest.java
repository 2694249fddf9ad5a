package gov.fpf.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import gov.fpf.casefile.DeadlineNames;
import gov.fpf.mitigation.MitigationRules;
import gov.fpf.rules.EoGatedParameters;
import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.LegalParameter;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.penalties.PenaltyFacts;
import gov.fpf.rules.penalties.PenaltyStatute;

/** The dry run's arithmetic on one case, with the migrations' parameters and fixed registers (no database). */
class CaseRecomputationTest {

    private static final LocalDate ON = LocalDate.of(2027, 3, 1);
    private static final MigrationParameters ROWS = MigrationParameters.load();

    private final CaseRecomputation recomputation = new CaseRecomputation();

    /** the register with only the given rules in force, from the evaluation date */
    private static EoRuleSource inForceFrom(LocalDate from, EoRule... rules) {
        return (rule, on) -> List.of(rules).contains(rule) && !on.isBefore(from)
                ? Optional.of(new EoRuleSource.InForce(rule, 0, "Test instrument", "91 FR 1", from))
                : Optional.empty();
    }

    private static CaseRecomputation.Sources sources(MigrationParameters rows, EoRuleSource rules) {
        return new CaseRecomputation.Sources(new EoGatedParameters(rows, rules), rules);
    }

    /** a 1595a(b) penalty case (maximum = value of the articles, no parameter), its penalty notice mailed */
    private static CaseRecomputation.CaseSnapshot assessedPenalty(String assessed) {
        PenaltyFacts facts = new PenaltyFacts(PenaltyStatute.S1595A, null, LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 2, 1), null, null, null, true, false, null, null, 0, new BigDecimal("75000"), 0, 0,
                false);
        return new CaseRecomputation.CaseSnapshot("2026-PEN-000001", "PENALTY", "LALB",
                new CaseRecomputation.PenaltyState(facts, false, null, LocalDate.of(2026, 11, 2), LocalDate.of(2030, 2, 1)),
                new BigDecimal(assessed), MitigationRules.PENALTY_FLOOR);
    }

    @Test
    void anInstrumentPuttingThePenaltyFloorInForceGivesAssessedCasesAFloorOfHalfTheAssessedPenaltyToTheCent() {
        var before = sources(ROWS, EoRuleSource.NONE);
        var after = sources(ROWS, inForceFrom(ON, EoRule.PENALTY_FLOOR));

        List<WhatIfResult.Change> changes = recomputation.changes(assessedPenalty("12345.67"), before, after, ON);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.what()).isEqualTo(WhatChanges.FLOOR);
            assertThat(c.before()).isEqualTo(CaseRecomputation.NONE);
            // 50% of 12,345.67 = 6,172.835, half up to cents
            assertThat((BigDecimal) c.after()).isEqualByComparingTo("6172.84");
            assertThat(c.difference()).isNull();
        });
        // the day before the instrument takes effect, nothing changes
        assertThat(recomputation.changes(assessedPenalty("12345.67"), before, after, ON.minusDays(1))).isEmpty();
    }

    @Test
    void aNewFloorShareMovesTheFloorByTheDifferenceToTheCent() {
        EoRuleSource floorInForce = inForceFrom(LocalDate.of(2026, 9, 1), EoRule.PENALTY_FLOOR);
        var before = sources(ROWS, floorInForce);
        var after = sources(ROWS.with(ParameterNames.PENALTY_FLOOR_SHARE, "0.6", LegalParameter.Unit.SHARE, ON),
                floorInForce);

        List<WhatIfResult.Change> changes = recomputation.changes(assessedPenalty("12345.67"), before, after, ON);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.what()).isEqualTo(WhatChanges.FLOOR);
            assertThat((BigDecimal) c.before()).isEqualByComparingTo("6172.84");
            assertThat((BigDecimal) c.after()).isEqualByComparingTo("7407.40");
            assertThat(c.difference()).isEqualByComparingTo("1234.56");
            assertThat(c.unit()).isEqualTo("USD");
        });
    }

    @Test
    void aLongerPetitionPeriodMovesThePetitionDeadlineOfCasesWhoseNoticeIsNotYetMailedByTheDays() {
        PenaltyFacts facts = new PenaltyFacts(PenaltyStatute.S1595A, null, LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 2, 1), null, null, null, true, false, null, null, 0, new BigDecimal("75000"), 0, 0,
                false);
        var notYetNoticed = new CaseRecomputation.CaseSnapshot("2026-PEN-000002", "PENALTY", "LALB",
                new CaseRecomputation.PenaltyState(facts, false, null, null, LocalDate.of(2030, 2, 1)), null,
                MitigationRules.PENALTY_FLOOR);
        var noticed = new CaseRecomputation.CaseSnapshot("2026-PEN-000003", "PENALTY", "LALB",
                new CaseRecomputation.PenaltyState(facts, false, null, LocalDate.of(2026, 12, 1), LocalDate.of(2030, 2, 1)),
                null, MitigationRules.PENALTY_FLOOR);
        var before = sources(ROWS, EoRuleSource.NONE);
        var after = sources(ROWS.with(ParameterNames.PETITION_PENALTY, "90", LegalParameter.Unit.DAYS, ON),
                EoRuleSource.NONE);

        assertThat(recomputation.changes(notYetNoticed, before, after, ON)).singleElement().satisfies(c -> {
            assertThat(c.what()).isEqualTo(WhatChanges.DEADLINE);
            assertThat(c.subject()).isEqualTo(DeadlineNames.PETITION);
            assertThat(c.before()).isEqualTo(LocalDate.of(2027, 4, 30)); // 2027-03-01 + 60 days
            assertThat(c.after()).isEqualTo(LocalDate.of(2027, 5, 30)); // + 90 days
            assertThat(c.difference()).isEqualByComparingTo("30");
            assertThat(c.unit()).isEqualTo("DAYS");
        });
        // a petition period already running keeps the period it started with
        assertThat(recomputation.changes(noticed, before, after, ON)).isEmpty();
    }

    @Test
    void aLongerLimitationPeriodNeverMovesTheLimitationDateOfAViolationBeforeIt() {
        var before = sources(ROWS, EoRuleSource.NONE);
        var after = sources(ROWS.with(ParameterNames.SOL_GENERAL, "6", LegalParameter.Unit.YEARS, ON),
                EoRuleSource.NONE);

        assertThat(recomputation.changes(assessedPenalty("1000"), before, after, ON)).isEmpty();
    }

    @Test
    void anInstrumentPuttingTheBrokerMaximumInForceBarsMitigationOfTheNamedConductBelowTheMaximum() {
        PenaltyFacts broker = new PenaltyFacts(PenaltyStatute.S1641, null, LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 8, 1), null, null, null, true, false, null, null, 0, null, 2, 0, true, null,
                gov.fpf.rules.penalties.BrokerConduct.NO_DUE_DILIGENCE);
        var snapshot = new CaseRecomputation.CaseSnapshot("2026-PEN-000004", "PENALTY", "LALB",
                new CaseRecomputation.PenaltyState(broker, true, null, null, LocalDate.of(2031, 8, 1)), null,
                MitigationRules.PENALTY_FLOOR);

        List<WhatIfResult.Change> changes = recomputation.changes(snapshot, sources(ROWS, EoRuleSource.NONE),
                sources(ROWS, inForceFrom(ON, EoRule.BROKER_MAXIMUM)), ON);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.what()).isEqualTo(WhatChanges.FLOOR);
            assertThat(c.subject()).startsWith("EO 14411 Sec. 4(a)");
            assertThat(c.before()).isEqualTo(CaseRecomputation.NONE);
            assertThat((BigDecimal) c.after()).isEqualByComparingTo("30000.00");
        });
    }
}
