package gov.fpf.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.LegalParameter;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;

/** Issue 15 item 1: good standing derived (EO 14411 Sec. 2(d)), on fixed parameters and a fixed rule source. */
class DerivedStandingTest {

    static final LocalDate IN_FORCE_FROM = LocalDate.of(2026, 11, 30);
    static final LocalDate ON = LocalDate.of(2027, 3, 15);

    final PartyRepository parties = mock(PartyRepository.class);
    final PartyAffiliationRepository affiliations = mock(PartyAffiliationRepository.class);
    final ViolationRecordRepository violations = mock(ViolationRecordRepository.class);
    final PastDueDebts debts = mock(PastDueDebts.class);
    final DerivedStanding assessor = new DerivedStanding(parties, affiliations, violations, debts);

    final Map<Long, List<ViolationRecord>> findings = new HashMap<>();
    final List<PartyAffiliation> links = new ArrayList<>();
    long nextId = 1;

    /** the rule in force from 2026-11-30 by a test instrument */
    final EoRuleSource rules = (rule, on) -> rule == EoRule.GOOD_STANDING && !on.isBefore(IN_FORCE_FROM)
            ? Optional.of(new EoRuleSource.InForce(rule, 0, "test instrument", "TEST 1", IN_FORCE_FROM))
            : Optional.empty();

    /** five years, two findings, no grace (the V31 rows) */
    final Map<String, ParameterValue> values = new HashMap<>(Map.of(
            "standing.findings.lookback", value("standing.findings.lookback", "5", LegalParameter.Unit.YEARS),
            "standing.findings.threshold", value("standing.findings.threshold", "2", LegalParameter.Unit.COUNT),
            "standing.past-due.grace", value("standing.past-due.grace", "0", LegalParameter.Unit.DAYS)));
    final ParameterSource parameters = (name, on) -> values.get(name);

    static ParameterValue value(String name, String v, LegalParameter.Unit unit) {
        return new ParameterValue(1, name, new BigDecimal(v), unit, LocalDate.of(2026, 6, 3), "EO 14411 Sec. 2(d)", "TEAM");
    }

    @BeforeEach
    void repositories() {
        when(violations.findByPartyIdOrderByFindingDateAscIdAsc(anyLong()))
                .thenAnswer(i -> findings.getOrDefault(i.getArgument(0, Long.class), List.of()));
        when(affiliations.involving(anyLong())).thenAnswer(i -> links.stream()
                .filter(a -> a.getPartyId() == (long) i.getArgument(0, Long.class)
                        || a.getAffiliateId() == (long) i.getArgument(0, Long.class)).toList());
        when(debts.of(anyLong(), any(), anyInt())).thenReturn(List.of());
    }

    Party party(String name) {
        Party p = new Party(name, IorFacts.entity("US", true, true, true, true, false),
                IorClassifier.classify(IorFacts.entity("US", true, true, true, true, false)), Instant.now(), "test");
        long id = nextId++;
        ReflectionTestUtils.setField(p, "id", id);
        when(parties.findById(id)).thenReturn(Optional.of(p));
        return p;
    }

    ViolationRecord finding(Party p, String statute, LocalDate date, String caseNumber, FindingKind kind,
                            IllicitImport illicit) {
        ViolationRecord v = new ViolationRecord(p.getId(), statute, date, caseNumber, kind, "d", Instant.now(), "test")
                .illicit(illicit);
        ReflectionTestUtils.setField(v, "id", nextId++);
        findings.computeIfAbsent(p.getId(), k -> new ArrayList<>()).add(v);
        return v;
    }

    ViolationRecord finding(Party p, LocalDate date, String caseNumber) {
        return finding(p, "1592", date, caseNumber, FindingKind.RECORDED, null);
    }

    PartyAffiliation affiliate(Party p, Party other, AffiliateRelation relation, LocalDate since) {
        PartyAffiliation a = new PartyAffiliation(p.getId(), other.getId(), relation, since, null, Instant.now(), "test");
        ReflectionTestUtils.setField(a, "id", nextId++);
        links.add(a);
        return a;
    }

    StandingAssessor.Standing assess(Party p, LocalDate on) {
        return assessor.assess(p.getId(), on, parameters, rules);
    }

    @Test
    void beforeTheRuleIsInForceEveryPartyIsInGoodStandingWithNoReasons() {
        Party p = party("Before The Rule Inc");
        finding(p, "SEIZURE 1595a(c)", LocalDate.of(2025, 1, 2), "2025-SEZ-000001", FindingKind.FORFEITURE_DECIDED, IllicitImport.FENTANYL);
        finding(p, LocalDate.of(2025, 2, 1), "2025-PEN-000001");
        finding(p, LocalDate.of(2025, 3, 1), "2025-PEN-000002");
        p.override(false, "by hand", null, "supervisor1", Instant.now());

        assertThat(assess(p, IN_FORCE_FROM.minusDays(1))).isEqualTo(new StandingAssessor.Standing(true, List.of()));
        assertThat(assess(p, IN_FORCE_FROM).goodStanding()).isFalse();
    }

    @Test
    void aCleanRecordIsGoodStandingWithNoReasons() {
        Party p = party("Clean Record Inc");
        finding(p, LocalDate.of(2026, 1, 5), "2026-PEN-000010");
        assertThat(assess(p, ON)).isEqualTo(new StandingAssessor.Standing(true, List.of()));
    }

    @Test
    void findingsReachingTheThresholdWithinTheLookBackEndGoodStandingEachNamedWithItsStatute() {
        Party p = party("Two Findings Inc");
        finding(p, LocalDate.of(2026, 1, 5), "2026-PEN-000010");
        assertThat(assess(p, ON).goodStanding()).isTrue();

        finding(p, "1641", LocalDate.of(2024, 7, 1), "2024-PEN-000020", FindingKind.PENALTY_DECIDED, null);
        StandingAssessor.Standing s = assess(p, ON);
        assertThat(s.goodStanding()).isFalse();
        assertThat(s.reasons()).extracting(StandingAssessor.Reason::code).containsExactly("FINDINGS_IN_LOOKBACK",
                "FINDINGS_IN_LOOKBACK");
        assertThat(s.reasons().get(0).text()).contains("2024-PEN-000020", "2024-07-01", "1 of 2", "5 years",
                "from 2022-03-15");
        assertThat(s.reasons().get(0).citation()).isEqualTo("EO 14411 Sec. 2(d); 19 U.S.C. 1641");
        assertThat(s.reasons().get(1).citation()).isEqualTo("EO 14411 Sec. 2(d); 19 U.S.C. 1592");

        // the threshold is a parameter: at three, two findings no longer reach it
        values.put("standing.findings.threshold", value("standing.findings.threshold", "3", LegalParameter.Unit.COUNT));
        assertThat(assess(p, ON).goodStanding()).isTrue();
    }

    @Test
    void theLookBackStartsFiveYearsBeforeTheDayItsFirstDayIncluded() {
        Party p = party("Boundary Inc");
        finding(p, LocalDate.of(2026, 6, 1), "2026-PEN-000030");
        ViolationRecord old = finding(p, LocalDate.of(2022, 3, 15), "2022-PEN-000031");
        assertThat(assess(p, ON).goodStanding()).as("2022-03-15 is the look-back's first day").isFalse();
        assertThat(assess(p, ON.plusDays(1)).goodStanding()).as("a day later it has left the look-back").isTrue();
        assertThat(old.getFindingDate()).isEqualTo(ON.minusYears(5));
    }

    @Test
    void whatIsNotAFindingAndFindingsDatedAfterTheDayDoNotCount() {
        Party p = party("Not Findings Inc");
        finding(p, "1592", LocalDate.of(2026, 1, 1), "2026-PEN-000040", FindingKind.REFERRAL, null);
        finding(p, "1592", LocalDate.of(2026, 1, 2), "2026-PEN-000041", FindingKind.COMPROMISE, null);
        finding(p, "SEIZURE 1595a(c)", LocalDate.of(2026, 1, 3), "2026-SEZ-000042", FindingKind.ABANDONMENT,
                IllicitImport.FENTANYL);
        finding(p, LocalDate.of(2026, 1, 4), "2026-PEN-000043");
        finding(p, ON.plusDays(1), "2027-PEN-000044");
        assertThat(assess(p, ON).goodStanding()).isTrue();
    }

    @Test
    void aFindingOfIllegallyImportingFentanylEndsGoodStandingWhateverItsAge() {
        Party p = party("Old Fentanyl Finding Inc");
        finding(p, "SEIZURE 1595a(c)", LocalDate.of(2010, 4, 1), "2010-SEZ-000050", FindingKind.FORFEITURE_DECIDED,
                IllicitImport.FENTANYL);
        StandingAssessor.Standing s = assess(p, ON);
        assertThat(s.goodStanding()).isFalse();
        assertThat(s.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("ILLICIT_SUBSTANCE_FINDING");
            assertThat(r.text()).contains("fentanyl", "2010-SEZ-000050", "2010-04-01", "no look-back");
            assertThat(r.citation()).isEqualTo("EO 14411 Sec. 2(d); 19 U.S.C. 1595a(c)");
        });
    }

    @Test
    void aLiveAffiliatesRecordCountsAndNamesTheAffiliateUntilTheAffiliationEnds() {
        Party p = party("Subsidiary Co");
        Party parent = party("Parent Holdings");
        finding(parent, "SEIZURE 1595a(c)", LocalDate.of(2020, 5, 5), "2020-SEZ-000060", FindingKind.FORFEITURE_DECIDED,
                IllicitImport.PRECURSOR_CHEMICAL);
        PartyAffiliation a = affiliate(p, parent, AffiliateRelation.PARENT, LocalDate.of(2019, 1, 1));

        StandingAssessor.Standing s = assess(p, ON);
        assertThat(s.goodStanding()).isFalse();
        assertThat(s.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("AFFILIATE");
            assertThat(r.text()).contains("Parent Holdings", "parent", "precursor chemicals", "2020-SEZ-000060");
        });
        // seen from the parent, the subsidiary's clean record changes nothing, and the relation reads the other way
        assertThat(assess(parent, ON).reasons()).extracting(StandingAssessor.Reason::code)
                .containsExactly("ILLICIT_SUBSTANCE_FINDING");
        assertThat(a.relationSeenFrom(parent.getId())).isEqualTo(AffiliateRelation.SUBSIDIARY);

        a.end(ON.plusDays(1), "sold", Instant.now(), "officer1");
        assertThat(assess(p, ON).goodStanding()).as("ends tomorrow: still counts today").isFalse();
        a.end(ON, "sold", Instant.now(), "officer1");
        assertThat(assess(p, ON)).as("ended today: no longer counts").isEqualTo(new StandingAssessor.Standing(true, List.of()));
    }

    @Test
    void thePartysAndItsAffiliatesFindingsReachTheThresholdTogether() {
        Party p = party("Officer's Company");
        Party officer = party("Jane Officer");
        affiliate(p, officer, AffiliateRelation.OFFICER, LocalDate.of(2025, 1, 1));
        finding(p, LocalDate.of(2026, 1, 1), "2026-PEN-000070");
        assertThat(assess(p, ON).goodStanding()).isTrue();
        finding(officer, LocalDate.of(2025, 6, 1), "2025-PEN-000071");
        StandingAssessor.Standing s = assess(p, ON);
        assertThat(s.goodStanding()).isFalse();
        assertThat(s.reasons()).extracting(StandingAssessor.Reason::code).containsExactly("AFFILIATE", "FINDINGS_IN_LOOKBACK");
        assertThat(s.reasons().get(0).text()).contains("Jane Officer", "officer", "2025-PEN-000071");
    }

    @Test
    void aPastDueDebtOfThePartyOrAnAffiliateEndsGoodStandingWithTheGraceOfItsParameter() {
        Party p = party("Debtor Inc");
        Party sister = party("Sister Co");
        affiliate(p, sister, AffiliateRelation.COMMON_OWNER, LocalDate.of(2024, 1, 1));
        values.put("standing.past-due.grace", value("standing.past-due.grace", "10", LegalParameter.Unit.DAYS));
        when(debts.of(p.getId(), ON, 10)).thenReturn(List.of(new PastDueDebts.PastDueDebt("2026-PEN-000080", "PENALTY",
                new BigDecimal("2500"), LocalDate.of(2027, 2, 1), false)));
        when(debts.of(sister.getId(), ON, 10)).thenReturn(List.of(new PastDueDebts.PastDueDebt("2026-LQD-000081",
                "LIQUIDATED_DAMAGES", new BigDecimal("700.5"), null, true)));

        StandingAssessor.Standing s = assess(p, ON);
        assertThat(s.goodStanding()).isFalse();
        assertThat(s.reasons()).extracting(StandingAssessor.Reason::code).containsExactly("PAST_DUE_DEBT", "AFFILIATE");
        assertThat(s.reasons().get(0).text()).contains("$2500.00", "2026-PEN-000080", "due 2027-02-01", "10 days");
        assertThat(s.reasons().get(1).text()).contains("$700.50", "2026-LQD-000081", "referred for collection",
                "Sister Co");
        assertThat(s.reasons().get(0).citation()).startsWith("EO 14411 Sec. 2(d)");
        verify(debts).of(p.getId(), ON, 10);
    }

    @Test
    void aSupervisorsOverrideWinsWhileItLastsAndShowsAsTheReason() {
        Party p = party("Overridden Inc");
        p.override(false, "bond sufficiency under review", ON, "supervisor1", Instant.now());
        StandingAssessor.Standing s = assess(p, ON);
        assertThat(s.goodStanding()).isFalse();
        assertThat(s.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("OVERRIDE");
            assertThat(r.text()).contains("supervisor1", "bond sufficiency under review", "until " + ON);
        });
        assertThat(assess(p, ON.plusDays(1))).as("expired the day after its last day")
                .isEqualTo(new StandingAssessor.Standing(true, List.of()));

        // an override of good standing wins over findings that would end it
        finding(p, LocalDate.of(2026, 1, 1), "2026-PEN-000090");
        finding(p, LocalDate.of(2026, 2, 1), "2026-PEN-000091");
        p.override(true, "findings under appeal", null, "supervisor1", Instant.now());
        StandingAssessor.Standing good = assess(p, ON.plusYears(1));
        assertThat(good.goodStanding()).isTrue();
        assertThat(good.reasons()).extracting(StandingAssessor.Reason::code).containsExactly("OVERRIDE");
    }

    @Test
    void findingStatutesReadAsCitations() {
        assertThat(DerivedStanding.statute("1592")).isEqualTo("19 U.S.C. 1592");
        assertThat(DerivedStanding.statute("SEIZURE 31 U.S.C. 5317")).isEqualTo("31 U.S.C. 5317(c)(2); 18 U.S.C. 983");
        assertThat(DerivedStanding.statute("LD")).isEqualTo("19 CFR Part 172 (liquidated damages)");
    }
}
