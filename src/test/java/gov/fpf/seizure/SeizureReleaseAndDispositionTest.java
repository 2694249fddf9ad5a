package gov.fpf.seizure;

import static gov.fpf.seizure.SeizureFixtures.counterfeit;
import static gov.fpf.seizure.SeizureFixtures.facts;
import static gov.fpf.seizure.SeizureFixtures.goods;
import static gov.fpf.seizure.SeizureFixtures.produce;
import static gov.fpf.seizure.SeizureFixtures.prohibited;
import static gov.fpf.seizure.SeizureFixtures.risk;
import static gov.fpf.seizure.SeizureFixtures.usd;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import gov.fpf.rules.Computation;
import gov.fpf.rules.LegalParameter;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterValueUnknown;
import gov.fpf.rules.TraceStep;
import gov.fpf.system.Problems;

/** High risk and the release bond (EO 14411 Sec. 5); the disposition rules (law reference 1.5, 6 step 8, P11, P23). */
class SeizureReleaseAndDispositionTest {

    private static final LocalDate BEFORE_THE_ORDER_APPLIES = of(2026, 8, 31);
    private static final LocalDate ORDER_IN_FORCE = of(2026, 9, 1);
    private static final LocalDate FORFEITED = of(2026, 3, 1);

    private final MigrationParameters parameters = MigrationParameters.load();
    private final DispositionRules dispositionRules = new DispositionRules();
    private final ReleaseRules releaseRules = new ReleaseRules();

    // --- high risk ------------------------------------------------------------------------------------------------

    @Test
    void aShipmentIsHighRiskForEachReasonAndSaysWhich() {
        ReleaseRules.HighRisk all = releaseRules.highRisk(risk(true, true, true, true, counterfeit("1000")));

        assertThat(all.highRisk()).isTrue();
        assertThat(all.reasons()).containsExactly("flagged high-risk at custody", "hazardous goods",
                "prohibited importation (counterfeit goods)", "the party is a repeat offender (EO 14411 Sec. 4(c))",
                "importer of record not in good standing (EO 14411 Sec. 2(d))");
        assertThat(all.citation()).startsWith("EO 14411 Sec. 5");
        assertThat(releaseRules.highRisk(risk(false, true, false, false, goods("1"))).reasons()).containsExactly("hazardous goods");
        assertThat(releaseRules.highRisk(risk(false, false, false, false, goods("1"), prohibited("1"))).reasons())
                .containsExactly("prohibited importation");
        assertThat(releaseRules.highRisk(risk(false, false, true, false, goods("1"))).highRisk()).isTrue();
        assertThat(releaseRules.highRisk(risk(false, false, false, true, goods("1"))).highRisk()).isTrue();
    }

    @Test
    void ordinaryGoodsAreNotHighRisk() {
        ReleaseRules.HighRisk none = releaseRules.highRisk(facts(goods("1000"), produce("50")));

        assertThat(none.highRisk()).isFalse();
        assertThat(none.reasons()).isEmpty();
    }

    // --- release bond ------------------------------------------------------------------------------------------------

    @Test
    void theOrdinaryReleaseBondIsTheAppraisedValue() {
        Computation bond = releaseRules.releaseBond(usd("42000"), releaseRules.highRisk(facts(goods("42000"))), parameters,
                ORDER_IN_FORCE);

        assertThat(bond.amount()).isEqualByComparingTo("42000.00");
        assertThat(bond.steps()).extracting(TraceStep::step, TraceStep::value).containsExactly(
                tuple("Ordinary release bond", "42000.00"),
                tuple(SeizureRules.STEP_RELEASE_BOND, "42000.00"));
        assertThat(bond.steps().get(0).citation()).isEqualTo("19 U.S.C. 1614; law reference 1.5 [R]");
        assertThat(bond.steps().get(0).parameterRef()).startsWith("release-bond.value-share = 1 SHARE").endsWith(", R)");
    }

    @Test
    void beforeTheOrderAppliesAHighRiskShipmentGetsTheOrdinaryBondAndTheTraceSaysWhy() {
        Computation bond = releaseRules.releaseBond(usd("42000"), releaseRules.highRisk(risk(false, true, false, false, goods("42000"))),
                parameters, BEFORE_THE_ORDER_APPLIES);

        assertThat(bond.amount()).isEqualByComparingTo("42000.00");
        assertThat(bond.steps().get(1).rule()).isEqualTo("high-risk (hazardous goods), but no higher requirement under"
                + " EO 14411 Sec. 5 is in force on 2026-08-31: the ordinary release bond");
    }

    @Test
    void fromTheOrdersDateAHighRiskReleaseIsRefusedUntilTheMultipleIsSet() {
        ReleaseRules.HighRisk highRisk = releaseRules.highRisk(risk(false, false, true, false, goods("42000")));

        assertThatThrownBy(() -> releaseRules.releaseBond(usd("42000"), highRisk, parameters, ORDER_IN_FORCE))
                .isInstanceOf(ParameterValueUnknown.class)
                .hasMessageContaining("'release-bond.high-risk.multiple'")
                .hasMessageContaining("no known value yet")
                .hasMessageContaining("repeat offender")
                .satisfies(e -> {
                    ParameterValueUnknown unknown = (ParameterValueUnknown) e;
                    assertThat(unknown.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
                    assertThat(unknown.citation()).isEqualTo("EO 14411 Sec. 5");
                    assertThat(unknown.parameterName()).isEqualTo(ParameterNames.RELEASE_BOND_HIGH_RISK_MULTIPLE);
                });
        // a shipment that is not high-risk is still released on the ordinary bond
        assertThat(releaseRules.releaseBond(usd("42000"), false, parameters, ORDER_IN_FORCE).amount())
                .isEqualByComparingTo("42000.00");
    }

    @Test
    void onceAnAdministratorSetsTheMultipleAHighRiskShipmentCarriesTheHigherBond() {
        MigrationParameters set = parameters.with(ParameterNames.RELEASE_BOND_HIGH_RISK_MULTIPLE, "1.5",
                LegalParameter.Unit.COUNT, of(2027, 1, 1));

        Computation bond = releaseRules.releaseBond(usd("42000"), true, set, of(2027, 1, 1));

        assertThat(bond.amount()).isEqualByComparingTo("63000.00");
        assertThat(bond.steps().get(1).rule()).isEqualTo("high-risk (marked high-risk): 1.5 × the ordinary release bond $42,000.00");
        assertThat(bond.steps().get(1).parameterRef()).startsWith("release-bond.high-risk.multiple = 1.5 COUNT (in force from 2027-01-01");
    }

    @Test
    void aMultipleBelowOneContradictsTheOrder() {
        MigrationParameters lowered = parameters.with(ParameterNames.RELEASE_BOND_HIGH_RISK_MULTIPLE, "0.5",
                LegalParameter.Unit.COUNT, of(2027, 1, 1));

        assertThatThrownBy(() -> releaseRules.releaseBond(usd("42000"), true, lowered, of(2027, 1, 1)))
                .isInstanceOf(Problems.RuleViolation.class).hasMessageContaining("less than 1");
    }

    // --- disposition: counterfeit goods (P11, P23) --------------------------------------------------------------------

    /** The 1526(e) conditions all met: not unsafe, marks obliterated, no agency or charity need. */
    private static final DispositionRules.CounterfeitConditions MET = new DispositionRules.CounterfeitConditions(true, true,
            null, true);

    private DispositionRules.DispositionCheck check(DispositionMethod method, SeizureFacts facts, LocalDate today,
                                                boolean consent, String disposer, String recipient) {
        return dispositionRules.checkDisposition(method, facts, FORFEITED, today, consent, disposer, recipient, MET, parameters);
    }

    private DispositionRules.DispositionCheck check(DispositionMethod method, DispositionRules.CounterfeitConditions conditions) {
        return dispositionRules.checkDisposition(method, facts(counterfeit("600000")), FORFEITED, of(2026, 6, 30), true, null,
                "State police", conditions, parameters);
    }

    private static void refusedByRule(Runnable call, String message, String citation) {
        assertThatThrownBy(call::run).isInstanceOf(Problems.RuleViolation.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((Problems.RuleViolation) e).citation()).isEqualTo(citation));
    }

    @Test
    void p23_abandonedCounterfeitGoodsAreDestroyedWithoutAskingTheOwner() {
        DispositionRules.DispositionCheck ok = check(DispositionMethod.DESTRUCTION, facts(counterfeit("600000")),
                FORFEITED, false, null, null);

        assertThat(ok.method()).isEqualTo(DispositionMethod.DESTRUCTION);
        assertThat(ok.earliestAuction()).isNull();
        assertThat(ok.steps()).extracting(TraceStep::step, TraceStep::value).containsExactly(
                tuple("Counterfeit goods", "no owner consent"),
                tuple("Disposition", "DESTRUCTION"));
        assertThat(ok.steps().get(1).citation()).isEqualTo("19 U.S.C. 1526(e); law reference 1.5, P11");
    }

    @Test
    void p11_counterfeitGoodsAreDonatedOnlyWithTheOwnersConsent() {
        SeizureFacts bags = facts(counterfeit("600000"));

        refusedByRule(() -> check(DispositionMethod.DONATION, bags, FORFEITED, false, null, null),
                "destroyed unless the trademark owner consents", "19 U.S.C. 1526(e); law reference 1.5, P11");
        assertThat(check(DispositionMethod.DONATION, bags, FORFEITED, true, null, null).method())
                .isEqualTo(DispositionMethod.DONATION);
    }

    @Test
    void p11_counterfeitGoodsAreAuctionedOnlyWithConsentAndMoreThanNinetyDaysAfterForfeiture() {
        SeizureFacts bags = facts(counterfeit("600000"));
        LocalDate dayNinety = of(2026, 5, 30);   // 2026-03-01 + 90 days
        LocalDate dayNinetyOne = dayNinety.plusDays(1);

        refusedByRule(() -> check(DispositionMethod.SALE, bags, dayNinetyOne, false, null, null),
                "needs the owner's written consent", "19 U.S.C. 1526(e); law reference 1.5, P11");
        // 1526(e)(3): "more than 90 days after the date of forfeiture": day 90 is refused, day 91 is the first
        refusedByRule(() -> check(DispositionMethod.SALE, bags, dayNinety, true, null, null),
                "only more than 90 calendar days after forfeiture on 2026-03-01: not before 2026-05-31",
                "19 U.S.C. 1526(e)(3); 19 U.S.C. 1526(e); law reference P11");
        DispositionRules.DispositionCheck ok = check(DispositionMethod.SALE, bags, dayNinetyOne, true, null, null);
        assertThat(ok.earliestAuction().due()).isEqualTo(dayNinetyOne);
        assertThat(ok.earliestAuction().parameterRef()).startsWith("disposition.counterfeit-auction-wait = 90 DAYS")
                .endsWith(", R)");
        assertThat(ok.steps()).extracting(TraceStep::step).containsExactly("Counterfeit goods",
                "Not unsafe or a hazard to health", "Counterfeit marks", "No agency or charity need",
                SeizureRules.DEADLINE_COUNTERFEIT_AUCTION, "Disposition");
    }

    @Test
    void a1526eAuctionNeedsSafeGoodsMarksObliteratedWhereFeasibleAndNoAgencyNeed() {
        DispositionRules.CounterfeitConditions unsafe = new DispositionRules.CounterfeitConditions(false, true, null, true);
        DispositionRules.CounterfeitConditions marksOn = new DispositionRules.CounterfeitConditions(true, false, false, true);
        DispositionRules.CounterfeitConditions notFeasible = new DispositionRules.CounterfeitConditions(true, null, true, true);
        DispositionRules.CounterfeitConditions agencyNeed = new DispositionRules.CounterfeitConditions(true, true, null, false);
        DispositionRules.CounterfeitConditions needUnstated = new DispositionRules.CounterfeitConditions(true, true, null, null);

        refusedByRule(() -> check(DispositionMethod.SALE, unsafe), "unsafe or a hazard to health", "19 U.S.C. 1526(e)");
        refusedByRule(() -> check(DispositionMethod.DONATION, unsafe), "unsafe or a hazard to health",
                "19 U.S.C. 1526(e)");
        refusedByRule(() -> check(DispositionMethod.SALE, marksOn), "must be obliterated", "19 U.S.C. 1526(e)");
        refusedByRule(() -> check(DispositionMethod.SALE, agencyNeed), "established a need", "19 U.S.C. 1526(e)(3)");
        assertThatThrownBy(() -> check(DispositionMethod.SALE, needUnstated)).isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("noAgencyNeed");
        assertThatThrownBy(() -> check(DispositionMethod.SALE, DispositionRules.CounterfeitConditions.NONE))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("goodsNotUnsafe");
        // obliteration not feasible is allowed ("where feasible"); a gift needs no agency-need finding
        assertThat(check(DispositionMethod.SALE, notFeasible).steps()).extracting(TraceStep::value)
                .contains("obliteration not feasible", "none established");
        assertThat(check(DispositionMethod.DONATION, needUnstated).method()).isEqualTo(DispositionMethod.DONATION);
    }

    @Test
    void counterfeitGoodsAreNotRetainedTransferredOrReturnedWithoutConsent() {
        SeizureFacts bags = facts(counterfeit("600000"));

        refusedByRule(() -> check(DispositionMethod.TRANSFER, bags, FORFEITED, false, null, "State police"),
                "TRANSFER needs the owner's written consent", "19 U.S.C. 1526(e); law reference 1.5, P11");
        refusedByRule(() -> check(DispositionMethod.RETURN, bags, FORFEITED, false, null, null),
                "RETURN needs", "19 U.S.C. 1526(e); law reference 1.5, P11");
        assertThat(check(DispositionMethod.RETENTION, bags, FORFEITED, true, null, "CBP training unit").method())
                .isEqualTo(DispositionMethod.RETENTION);
    }

    // --- disposition: other property --------------------------------------------------------------------------------

    @Test
    void otherForfeitedPropertyIsSoldOrDestroyedAtAnyTime() {
        assertThat(check(DispositionMethod.SALE, facts(goods("42000")), FORFEITED, false, null, null).steps())
                .extracting(TraceStep::citation).containsExactly("19 U.S.C. 1609; law reference 6 step 8");
        assertThat(check(DispositionMethod.DESTRUCTION, facts(goods("42000")), FORFEITED, false, null, null).method())
                .isEqualTo(DispositionMethod.DESTRUCTION);
    }

    @Test
    void donationIsOnlyForCounterfeitGoods() {
        refusedByRule(() -> check(DispositionMethod.DONATION, facts(goods("42000")), FORFEITED, true, null, null),
                "no donation authority for other forfeited property", "19 U.S.C. 1526(e); law reference 1.5, P11");
    }

    @Test
    void retentionAndTransferNeedTheRecipientAgency() {
        assertThatThrownBy(() -> check(DispositionMethod.TRANSFER, facts(goods("42000")), FORFEITED, false, null, " "))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("recipientAgency")
                .hasMessageContaining("1616a(c)");
        DispositionRules.DispositionCheck ok = check(DispositionMethod.TRANSFER, facts(goods("42000")), FORFEITED, false,
                null, "Civil Air Patrol");
        assertThat(ok.steps().get(0)).extracting(TraceStep::rule, TraceStep::citation)
                .containsExactly("transferred to Civil Air Patrol", "19 U.S.C. 1616a(c)");
    }

    @Test
    void thirdPartyDisposalNeedsANamedDisposerAndTheOrdersAuthorization() {
        SeizureFacts goods = facts(goods("42000"));

        assertThatThrownBy(() -> check(DispositionMethod.THIRD_PARTY_DISPOSAL, goods, ORDER_IN_FORCE, false, "", null))
                .isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("disposer");
        refusedByRule(() -> check(DispositionMethod.THIRD_PARTY_DISPOSAL, goods, BEFORE_THE_ORDER_APPLIES, false,
                "Acme Disposal LLC", null), "not authorized on 2026-08-31", "EO 14411 Sec. 5");
        DispositionRules.DispositionCheck ok = check(DispositionMethod.THIRD_PARTY_DISPOSAL, goods, ORDER_IN_FORCE, false,
                "Acme Disposal LLC", null);
        assertThat(ok.steps().get(0).rule()).isEqualTo("by the authorized disposer Acme Disposal LLC");
        assertThat(ok.steps().get(0).parameterRef()).startsWith("disposition.third-party.authorized = 1 COUNT");
    }

    @Test
    void anAdministratorCanWithdrawTheThirdPartyAuthorization() {
        MigrationParameters withdrawn = parameters.with(ParameterNames.THIRD_PARTY_DISPOSAL_AUTHORIZED, "0",
                LegalParameter.Unit.COUNT, of(2027, 1, 1));

        assertThatThrownBy(() -> dispositionRules.checkDisposition(DispositionMethod.THIRD_PARTY_DISPOSAL, facts(goods("1")),
                FORFEITED, of(2027, 1, 1), false, "Acme Disposal LLC", null, withdrawn))
                .isInstanceOf(Problems.RuleViolation.class).hasMessageContaining("= 0 COUNT");
    }

    @Test
    void counterfeitGoodsGivenToAThirdPartyDisposerAreDestroyedByIt() {
        DispositionRules.DispositionCheck ok = check(DispositionMethod.THIRD_PARTY_DISPOSAL, facts(counterfeit("1000")),
                ORDER_IN_FORCE, false, "Acme Disposal LLC", null);

        assertThat(ok.steps().get(1).rule()).contains("the disposer destroys them (1526(e))");
    }

    @Test
    void aDispositionNeedsTheMethodAndTheForfeitureDateExceptForAReturn() {
        assertThatThrownBy(() -> dispositionRules.checkDisposition(null, facts(goods("1")), FORFEITED, FORFEITED, false, null,
                null, parameters)).isInstanceOf(Problems.InvalidInput.class).hasMessageContaining("dispositionMethod");
        assertThatThrownBy(() -> dispositionRules.checkDisposition(DispositionMethod.SALE, facts(goods("1")), null, FORFEITED,
                false, null, null, parameters)).isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("forfeitureDate");
        assertThatThrownBy(() -> dispositionRules.checkDisposition(DispositionMethod.SALE, facts(goods("1")), FORFEITED,
                FORFEITED.minusDays(1), false, null, null, parameters)).isInstanceOf(Problems.InvalidInput.class)
                .hasMessageContaining("is after");
        assertThat(dispositionRules.checkDisposition(DispositionMethod.RETURN, facts(goods("1")), null, FORFEITED, false, null,
                null, parameters).method()).isEqualTo(DispositionMethod.RETURN);
    }
}
