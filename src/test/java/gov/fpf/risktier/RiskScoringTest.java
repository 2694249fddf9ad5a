package gov.fpf.risktier;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import gov.fpf.party.RiskTier;
import gov.fpf.rules.EoGatedParameters;
import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.LegalParameter;
import gov.fpf.rules.ParameterNotInForce;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;

/**
 * The risk-tier scoring (EO 14411 Sec. 2(e)) to the point and the day, with the V31 reference values (finding 10,
 * illicit finding 50, enforcement action 5, past-due debt 20, adverse audit 15, not in good standing 40; medium from
 * 20, high from 50; look-back 5 years) and an instrument in force from 2026-09-01.
 */
class RiskScoringTest {

    static final LocalDate EFFECTIVE = of(2026, 9, 1);
    static final LocalDate ON = of(2026, 12, 8);
    /** the first day of the 5-year look-back on ON */
    static final LocalDate FROM = of(2021, 12, 8);

    static final ParameterSource V31 = v31();

    static EoRuleSource inForce(Set<EoRule> rules) {
        return (rule, on) -> rules.contains(rule) && !on.isBefore(EFFECTIVE)
                ? Optional.of(new EoRuleSource.InForce(rule, 9, "Risk tiers (test)", "91 FR 12345", EFFECTIVE))
                : Optional.empty();
    }

    static final EoRuleSource TIERS = inForce(Set.of(EoRule.RISK_TIERS));
    static final EoRuleSource TIERS_AND_STANDING = inForce(Set.of(EoRule.RISK_TIERS, EoRule.GOOD_STANDING));

    static RiskScoring.Finding finding(LocalDate date) {
        return new RiskScoring.Finding(date, "1592", null, true, null);
    }

    static RiskScoring.Inputs findings(RiskScoring.Finding... f) {
        return new RiskScoring.Inputs(List.of(f), List.of(), List.of(), List.of(), null);
    }

    static RiskScoring.Score score(RiskScoring.Inputs in, LocalDate on, ParameterSource p, EoRuleSource rules) {
        return RiskScoring.score(in, on, new EoGatedParameters(p, rules), rules).orElseThrow();
    }

    static RiskScoring.Line line(RiskScoring.Score s, String code) {
        return s.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void noTierBeforeTheInstrumentTakesEffectAndOneFromItsDay() {
        RiskScoring.Inputs none = findings();
        assertThat(RiskScoring.score(none, EFFECTIVE.minusDays(1), new EoGatedParameters(V31, TIERS), TIERS)).isEmpty();
        assertThat(RiskScoring.score(none, ON, new EoGatedParameters(V31, EoRuleSource.NONE), EoRuleSource.NONE)).isEmpty();
        RiskScoring.Score first = score(none, EFFECTIVE, V31, TIERS);
        assertThat(first.tier()).isEqualTo(RiskTier.LOW);
        assertThat(first.total()).isEqualByComparingTo("0");
        assertThat(first.citation()).contains("EO 14411 Sec. 2(e)", "91 FR 12345");
        // the parameters cannot be read around the register either
        assertThatThrownBy(() -> new EoGatedParameters(V31, EoRuleSource.NONE)
                .valueOn("risk-tier.points.finding", ON)).isInstanceOf(ParameterNotInForce.class);
    }

    @Test
    void theLookBackStartsFiveYearsBeforeTheDayThatDayIncludedAndEndsOnTheDay() {
        RiskScoring.Score s = score(findings(finding(FROM.minusDays(1)), finding(FROM), finding(ON), finding(ON.plusDays(1))),
                ON, V31, TIERS);
        assertThat(s.lookbackFrom()).isEqualTo(FROM);
        RiskScoring.Line f = line(s, RiskScoring.FINDING);
        assertThat(f.count()).isEqualTo(2);
        assertThat(f.records()).containsExactly(FROM + " 1592", ON + " 1592");
        assertThat(f.pointsEach()).isEqualByComparingTo("10");
        assertThat(f.subtotal()).isEqualByComparingTo("20");
        assertThat(f.parameterRef()).startsWith("risk-tier.points.finding = 10 COUNT");
        assertThat(f.citation()).contains("EO 14411 Sec. 2(e)", "91 FR 12345");
        // the next day the oldest falls out of the look-back
        assertThat(line(score(findings(finding(FROM)), ON.plusDays(1), V31, TIERS), RiskScoring.FINDING).count()).isZero();
    }

    @Test
    void theTierChangesExactlyAtEachThreshold() {
        LocalDate d = of(2026, 1, 10);
        // 10: low; 20 = medium.from: medium
        assertThat(score(findings(finding(d)), ON, V31, TIERS).tier()).isEqualTo(RiskTier.LOW);
        RiskScoring.Score medium = score(findings(finding(d), finding(d)), ON, V31, TIERS);
        assertThat(medium.total()).isEqualByComparingTo("20");
        assertThat(medium.tier()).isEqualTo(RiskTier.MEDIUM);
        // 45: still medium; 50 = high.from: high
        RiskScoring.Inputs fortyFive = new RiskScoring.Inputs(List.of(finding(d), finding(d), finding(d), finding(d)),
                List.of(new RiskScoring.EnforcementAction("2026-PEN-000001", "PENALTY", d)), List.of(), List.of(), null);
        assertThat(score(fortyFive, ON, V31, TIERS).total()).isEqualByComparingTo("45");
        assertThat(score(fortyFive, ON, V31, TIERS).tier()).isEqualTo(RiskTier.MEDIUM);
        RiskScoring.Score high = score(findings(finding(d), finding(d), finding(d), finding(d), finding(d)), ON, V31, TIERS);
        assertThat(high.total()).isEqualByComparingTo("50");
        assertThat(high.tier()).isEqualTo(RiskTier.HIGH);
        assertThat(high.thresholds()).extracting(RiskScoring.Threshold::tier, t -> t.from().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RiskTier.MEDIUM, "20"),
                        org.assertj.core.groups.Tuple.tuple(RiskTier.HIGH, "50"));
    }

    @Test
    void aFindingOfIllegalImportationCountsItsOwnPointsInsteadOfTheFindingPoints() {
        RiskScoring.Score s = score(findings(new RiskScoring.Finding(of(2026, 2, 1), "1595a", "2026-SEZ-000007", true,
                "FENTANYL"), finding(of(2026, 3, 1))), ON, V31, TIERS);
        assertThat(line(s, RiskScoring.ILLICIT_FINDING).count()).isEqualTo(1);
        assertThat(line(s, RiskScoring.ILLICIT_FINDING).records())
                .containsExactly("2026-02-01 1595a (case 2026-SEZ-000007), FENTANYL");
        assertThat(line(s, RiskScoring.FINDING).count()).isEqualTo(1);
        assertThat(s.total()).isEqualByComparingTo("60");
        assertThat(s.tier()).isEqualTo(RiskTier.HIGH);
    }

    @Test
    void recordsThatAreNotFindingsAreNotCounted() {
        RiskScoring.Score s = score(findings(new RiskScoring.Finding(of(2026, 2, 1), "1592", null, false, null)), ON,
                V31, TIERS);
        assertThat(s.total()).isEqualByComparingTo("0");
    }

    @Test
    void casesByTheirOpeningDayInTheLookBackDebtsWhileOwedAdverseAuditsInTheLookBack() {
        RiskScoring.Inputs in = new RiskScoring.Inputs(List.of(),
                List.of(new RiskScoring.EnforcementAction("2021-PEN-000001", "PENALTY", FROM.minusDays(1)),
                        new RiskScoring.EnforcementAction("2021-LD-000002", "LIQUIDATED_DAMAGES", FROM),
                        new RiskScoring.EnforcementAction("2026-SEZ-000003", "SEIZURE", ON)),
                List.of(new RiskScoring.Debt("2019-PEN-000004", "PENALTY", new BigDecimal("1000.00"), of(2019, 5, 1), false),
                        new RiskScoring.Debt("2026-LD-000005", "LIQUIDATED_DAMAGES", new BigDecimal("50.00"), null, true)),
                List.of(new RiskScoring.Audit(FROM.minusDays(1), "FOCUSED_ASSESSMENT", true, "FA-OLD"),
                        new RiskScoring.Audit(FROM, "QUICK_RESPONSE", true, "QR-1"),
                        new RiskScoring.Audit(ON, "OTHER", false, "OK-1")),
                null);
        RiskScoring.Score s = score(in, ON, V31, TIERS);
        assertThat(line(s, RiskScoring.ENFORCEMENT_ACTION).records())
                .containsExactly("2021-LD-000002 (LIQUIDATED_DAMAGES, opened " + FROM + ")",
                        "2026-SEZ-000003 (SEIZURE, opened " + ON + ")");
        assertThat(line(s, RiskScoring.ENFORCEMENT_ACTION).subtotal()).isEqualByComparingTo("10");
        assertThat(line(s, RiskScoring.PAST_DUE_DEBT).count()).isEqualTo(2);
        assertThat(line(s, RiskScoring.PAST_DUE_DEBT).records().get(1)).contains("referred for collection");
        assertThat(line(s, RiskScoring.PAST_DUE_DEBT).subtotal()).isEqualByComparingTo("40");
        assertThat(line(s, RiskScoring.ADVERSE_AUDIT).records()).containsExactly("QR-1 (QUICK_RESPONSE, " + FROM + ")");
        assertThat(s.total()).isEqualByComparingTo("65");
        assertThat(s.tier()).isEqualTo(RiskTier.HIGH);
        assertThat(s.lines()).extracting(RiskScoring.Line::code).containsExactly(RiskScoring.FINDING,
                RiskScoring.ILLICIT_FINDING, RiskScoring.ENFORCEMENT_ACTION, RiskScoring.PAST_DUE_DEBT,
                RiskScoring.ADVERSE_AUDIT, RiskScoring.NOT_IN_GOOD_STANDING);
    }

    @Test
    void notInGoodStandingCountsOnlyWhileGoodStandingIsInForce() {
        RiskScoring.Inputs in = new RiskScoring.Inputs(List.of(), List.of(), List.of(), List.of(),
                new RiskScoring.Standing(false, List.of("two findings in five years (EO 14411 Sec. 2(d))")));
        RiskScoring.Score with = score(in, ON, V31, TIERS_AND_STANDING);
        assertThat(line(with, RiskScoring.NOT_IN_GOOD_STANDING).count()).isEqualTo(1);
        assertThat(line(with, RiskScoring.NOT_IN_GOOD_STANDING).records())
                .containsExactly("two findings in five years (EO 14411 Sec. 2(d))");
        assertThat(with.total()).isEqualByComparingTo("40");
        assertThat(with.tier()).isEqualTo(RiskTier.MEDIUM);
        assertThat(score(in, ON, V31, TIERS).total()).isEqualByComparingTo("0");
    }

    @Test
    void aProposedParameterChangesTheScoreWithoutTouchingAnythingElse() {
        Map<String, BigDecimal> proposed = new HashMap<>(Map.of("risk-tier.medium.from", new BigDecimal("10")));
        ParameterSource whatIf = (name, on) -> {
            ParameterValue v = V31.valueOn(name, on);
            BigDecimal value = proposed.get(name);
            return value == null ? v : new ParameterValue(0, name, value, v.unit(), on, "proposed", "TEAM");
        };
        assertThat(score(findings(finding(of(2026, 1, 10))), ON, whatIf, TIERS).tier()).isEqualTo(RiskTier.MEDIUM);
        assertThat(score(findings(finding(of(2026, 1, 10))), ON, V31, TIERS).tier()).isEqualTo(RiskTier.LOW);
    }

    /** The V31 rows, read from the migration (the reference configuration), by date alone. */
    private static ParameterSource v31() {
        Pattern row = Pattern.compile(
                "\\(\\s*'([^']+)',\\s*(NULL|-?[0-9.]+),\\s*'(\\w+)',\\s*DATE '([0-9-]{10})',\\s*'((?:[^']|'')*)',\\s*'(\\w+)'");
        String sql;
        try {
            sql = Files.readString(Path.of("db", "migration", "V31__importer_rules_foundation.sql"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<ParameterValue> rows = new ArrayList<>();
        Matcher m = row.matcher(sql);
        while (m.find()) {
            rows.add(new ParameterValue(rows.size() + 1L, m.group(1), new BigDecimal(m.group(2)),
                    LegalParameter.Unit.valueOf(m.group(3)), LocalDate.parse(m.group(4)), m.group(5).replace("''", "'"),
                    m.group(6)));
        }
        return (name, on) -> rows.stream().filter(r -> r.name().equals(name) && !r.effectiveFrom().isAfter(on))
                .reduce((a, b) -> b).orElseThrow(() -> new ParameterNotInForce(name, on));
    }
}
