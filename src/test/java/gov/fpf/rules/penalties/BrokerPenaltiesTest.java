package gov.fpf.rules.penalties;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import gov.fpf.mitigation.MitigationRules;
import gov.fpf.rules.EoGatedParameters;
import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/**
 * Issue 15 item 4: EO 14411 Sec. 4(a) broker maxima and the 19 U.S.C. 1641(i)(3) identity-verification penalty, to
 * the cent, on both sides of the instrument's effective date.
 */
class BrokerPenaltiesTest {

    private static final LocalDate EFFECTIVE = of(2026, 11, 2);
    private static final LocalDate DAY_BEFORE = EFFECTIVE.minusDays(1);

    /** the migrations' rows with V31's identity-verification row as it stands ($10,000 from 2026-06-03) */
    private final MigrationParameters rows = MigrationParameters.load().with(ParameterNames.BROKER_IDENTITY_PER_VIOLATION,
            "10000", gov.fpf.rules.LegalParameter.Unit.USD, of(2026, 6, 3));
    private final PenaltyMaximums maximums = new PenaltyMaximums();
    private final MitigationRules mitigation = new MitigationRules();

    private static EoRuleSource instrument(Set<EoRule> rules) {
        return (rule, on) -> rules.contains(rule) && !on.isBefore(EFFECTIVE)
                ? Optional.of(new EoRuleSource.InForce(rule, 9, "Broker penalty rules (test)", "91 FR 88888", EFFECTIVE))
                : Optional.empty();
    }

    private final EoRuleSource brokerRules = instrument(EnumSet.of(EoRule.BROKER_MAXIMUM,
            EoRule.BROKER_IDENTITY_VERIFICATION));
    private final ParameterSource parameters = new EoGatedParameters(rows, brokerRules);

    private static PenaltyFacts broker(BrokerConduct conduct, int violations) {
        return new PenaltyFacts(PenaltyStatute.S1641, null, of(2026, 10, 1), of(2026, 10, 5), null, null, null, true,
                false, null, null, 0, null, violations, 0, true, null, conduct);
    }

    @Test
    void theMaximumOfANamedConductIsTheAggregateLimitToTheCent() {
        BigDecimal limit = rows.valueOn(ParameterNames.BROKER_AGGREGATE_LIMIT, EFFECTIVE).value();
        for (BrokerConduct conduct : EnumSet.of(BrokerConduct.NO_DUE_DILIGENCE,
                BrokerConduct.REPEATED_NONCOMPLIANT_CLIENTS, BrokerConduct.UNTIMELY_COOPERATION)) {
            BigDecimal max = maximums.maximum(broker(conduct, 3), parameters, EFFECTIVE).amount();
            assertThat(max).isEqualByComparingTo(limit).isEqualByComparingTo("30000.00");
            assertThat(max.scale()).isEqualTo(2);
        }
    }

    @Test
    void sevenIdentityVerificationFailuresCost70000WithNoAggregateCap() {
        var max = maximums.maximum(broker(BrokerConduct.IDENTITY_VERIFICATION, 7), parameters, EFFECTIVE);

        assertThat(max.amount()).isEqualByComparingTo("70000.00");
        assertThat(max.amount().toPlainString()).isEqualTo("70000.00");
        TraceStep step = max.steps().get(0);
        assertThat(step.step()).isEqualTo("Maximum, identity verification (7 violation(s))");
        assertThat(step.rule()).isEqualTo("$10,000.00 × 7 failure(s) to verify an importer's identity; no aggregate"
                + " limit applies");
        assertThat(step.citation()).isEqualTo("EO 14411 Sec. 4(a); 19 U.S.C. 1641(i)(3); in force from 2026-11-02 by"
                + " 91 FR 88888");
        // one failure: $10,000.00; three: $30,000.00, the same as the ordinary limit but not because of it
        assertThat(maximums.maximum(broker(BrokerConduct.IDENTITY_VERIFICATION, 1), parameters, EFFECTIVE).amount())
                .isEqualByComparingTo("10000.00");
        assertThat(maximums.maximum(broker(BrokerConduct.IDENTITY_VERIFICATION, 4), parameters, EFFECTIVE).amount())
                .isEqualByComparingTo("40000.00");
    }

    @Test
    void anIdentityVerificationPenaltyIsRefusedBeforeItsInstrumentAndWithoutOne() {
        assertThatThrownBy(() -> maximums.maximum(broker(BrokerConduct.IDENTITY_VERIFICATION, 7), parameters, DAY_BEFORE))
                .isInstanceOf(Problems.RuleViolation.class)
                .hasMessageContaining("1641(i)(3)")
                .hasMessageContaining("none does on " + DAY_BEFORE)
                .satisfies(e -> assertThat(((Problems.RuleViolation) e).citation())
                        .isEqualTo("EO 14411 Sec. 4(a); 19 U.S.C. 1641(i)(3)"));
        ParameterSource onlyMaximum = new EoGatedParameters(rows, instrument(EnumSet.of(EoRule.BROKER_MAXIMUM)));
        assertThatThrownBy(() -> maximums.maximum(broker(BrokerConduct.IDENTITY_VERIFICATION, 1), onlyMaximum, EFFECTIVE))
                .isInstanceOf(Problems.RuleViolation.class);
        assertThatThrownBy(() -> maximums.maximum(broker(BrokerConduct.IDENTITY_VERIFICATION, 0), parameters, EFFECTIVE))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("brokerViolations");
    }

    @Test
    void theMaximumRuleAppliesFromTheInstrumentsDateToTheNamedConductOfALicensedBrokerOnly() {
        assertThat(BrokerMaximum.applies(broker(BrokerConduct.NO_DUE_DILIGENCE, 1), brokerRules, DAY_BEFORE)).isEmpty();
        assertThat(BrokerMaximum.applies(broker(BrokerConduct.NO_DUE_DILIGENCE, 1), brokerRules, EFFECTIVE)).get()
                .extracting(EoRuleSource.InForce::instrumentCitation).isEqualTo("91 FR 88888");
        assertThat(BrokerMaximum.applies(broker(BrokerConduct.UNTIMELY_COOPERATION, 1), EoRuleSource.NONE, of(2030, 1, 1)))
                .isEmpty();
        assertThat(BrokerMaximum.applies(broker(BrokerConduct.IDENTITY_VERIFICATION, 1), brokerRules, EFFECTIVE)).isEmpty();
        assertThat(BrokerMaximum.applies(broker(null, 1), brokerRules, EFFECTIVE)).isEmpty();
    }

    @Test
    void aProposalBelowTheMaximumIsRefusedAndTheTraceCitesTheOrderAndTheInstrument() {
        EoRuleSource.InForce rule = brokerRules.inForce(EoRule.BROKER_MAXIMUM, EFFECTIVE).orElseThrow();
        BigDecimal max = new BigDecimal("30000.00");

        assertThatThrownBy(() -> BrokerMaximum.checkAmount(rule, BrokerConduct.NO_DUE_DILIGENCE,
                new BigDecimal("29999.99"), max, "proposed penalty"))
                .isInstanceOf(Problems.RuleViolation.class)
                .hasMessageContaining("$29,999.99 is below the statutory maximum $30,000.00")
                .satisfies(e -> assertThat(((Problems.RuleViolation) e).citation())
                        .isEqualTo("EO 14411 Sec. 4(a); 19 U.S.C. 1641(d)(2)(A); in force from 2026-11-02 by 91 FR 88888"));
        assertThatCode(() -> BrokerMaximum.checkAmount(rule, BrokerConduct.NO_DUE_DILIGENCE, max, max, "proposed penalty"))
                .doesNotThrowAnyException();
        TraceStep step = BrokerMaximum.assessedAtMaximum(rule, BrokerConduct.REPEATED_NONCOMPLIANT_CLIENTS, max);
        assertThat(step.value()).isEqualTo("30000.00");
        assertThat(step.rule()).contains("repeatedly representing noncompliant clients", "$30,000.00", "91 FR 88888");
        assertThat(step.citation()).startsWith("EO 14411 Sec. 4(a)");
        assertThat(BrokerMaximum.basis(rule, BrokerConduct.UNTIMELY_COOPERATION, max))
                .contains("EO 14411 Sec. 4(a)", "1641(d)(2)(A)", "$30,000.00", "not mitigated below it", "91 FR 88888");
        assertThat(BrokerMaximum.identityBasis(7, new BigDecimal("70000.00")))
                .contains("1641(i)(3)", "7 failure(s)", "$70,000.00", "without the aggregate limit");
    }

    @Test
    void noMitigationBelowTheMaximumEvenWithANationalSecurityExceptionOnceInForce() {
        BigDecimal assessed = new BigDecimal("30000.00");
        MitigationRules.FloorCheck floor = mitigation.floorInForce(assessed, EFFECTIVE,
                new EoGatedParameters(rows, instrument(EnumSet.allOf(EoRule.class)))).orElseThrow();
        assertThat(floor.floor()).isEqualByComparingTo("15000.00");
        MitigationRules.DecisionMinimum minimum = new MitigationRules.DecisionMinimum(assessed, "A broker's failure to"
                + " conduct due diligence is not mitigated below the statutory maximum.", "EO 14411 Sec. 4(a)", null);
        MitigationRules.NationalSecurityException exception = new MitigationRules.NationalSecurityException("officer1",
                "classified operation", "supervisor2");

        assertThatThrownBy(() -> mitigation.checkProposedDecision(MitigationRules.Outcome.MITIGATE, assessed,
                new BigDecimal("29999.99"), floor, null, null, minimum))
                .isInstanceOf(Problems.RuleViolation.class)
                .hasMessageContaining("$29,999.99 is below $30,000.00")
                .satisfies(e -> assertThat(((Problems.RuleViolation) e).citation()).isEqualTo("EO 14411 Sec. 4(a)"));
        assertThatThrownBy(() -> mitigation.checkProposedDecision(MitigationRules.Outcome.MITIGATE, assessed,
                new BigDecimal("5000"), floor, null, exception, minimum))
                .isInstanceOf(Problems.RuleViolation.class);
        assertThatThrownBy(() -> mitigation.checkReadyToIssue(new BigDecimal("5000"), floor, exception, minimum))
                .isInstanceOf(Problems.RuleViolation.class).hasMessageContaining("cannot be issued");
        // a denial keeps the maximum; a cancellation (no violation) is not mitigation
        assertThatCode(() -> mitigation.checkProposedDecision(MitigationRules.Outcome.DENY, assessed, assessed, floor,
                null, null, minimum)).doesNotThrowAnyException();
        assertThatCode(() -> mitigation.checkProposedDecision(MitigationRules.Outcome.CANCEL, assessed, BigDecimal.ZERO,
                floor, null, null, minimum)).doesNotThrowAnyException();
        // before the rule (no minimum): today's law, mitigation to the 4(c) floor, or below it with an exception
        assertThatCode(() -> mitigation.checkProposedDecision(MitigationRules.Outcome.MITIGATE, assessed,
                new BigDecimal("15000.00"), floor, null, null, null)).doesNotThrowAnyException();
        assertThatCode(() -> mitigation.checkReadyToIssue(new BigDecimal("5000"), floor, exception, null))
                .doesNotThrowAnyException();
    }
}
