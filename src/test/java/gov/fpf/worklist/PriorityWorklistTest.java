package gov.fpf.worklist;

import static gov.fpf.worklist.WorklistFixtures.referralTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import gov.fpf.ApplicationTest;
import gov.fpf.TestClock;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.EnforcementPriority;
import gov.fpf.office.OfficeRepository;
import gov.fpf.office.OfficeService;
import gov.fpf.process.identity.EngineAccess;
import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRules;
import gov.fpf.system.Roles;

/**
 * Issue 15 item 5 on the worklist: while EO 14411 Sec. 4(b) is in force (the embedded demo's instrument, from
 * 2026-09-01), priority cases come first, then cases of HIGH risk-tier parties, then the rest, each by deadline; on a
 * day before it the list is in deadline order as before. Rows carry the priority, the party's standing and tier, and
 * follow PartyStatusChanged. Offices of their own, so other tests' tasks never show.
 */
class PriorityWorklistTest extends ApplicationTest {

    private static final String OFFICE = "WLPR";
    private static final String READER = "wlprio";
    private static final String REFRESH_OFFICE = "WLPS";
    private static final String REFRESH_READER = "wlprio2";
    /** a day before the demo instrument puts the priorities in force */
    private static final Instant BEFORE_THE_RULE = Instant.parse("2026-08-20T18:00:00Z");

    /** the fixture's cases: plain +1, FORCED_LABOR +20, HIGH-tier party +10, party not in good standing -2, EAPA of the HIGH party +40 */
    private static String plain;
    private static String forcedLabor;
    private static String highTier;
    private static String notInGoodStanding;
    private static String eapaOfHighParty;
    private static long highParty;
    private static long badParty;

    @Autowired
    TaskService tasks;

    @Autowired
    CaseFileService caseFiles;

    @Autowired
    CaseFileRepository caseFileRepository;

    @Autowired
    OfficeService offices;

    @Autowired
    OfficeRepository officeRepository;

    @Autowired
    EngineAccess engineAccess;

    @Autowired
    EoRules eoRules;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TestClock clock;

    @BeforeEach
    void fiveCasesInAnOfficeOfTheirOwn() throws Exception {
        if (plain != null) {
            return;
        }
        office(OFFICE, READER);
        LocalDate today = seaportToday();
        long ordinary = party("Priority Worklist Ordinary Importer");
        highParty = party("Priority Worklist High-Risk Importer");
        badParty = party("Priority Worklist Delinquent Importer");

        plain = referral(OFFICE, ordinary, null, today.plusDays(1));
        forcedLabor = referral(OFFICE, ordinary, EnforcementPriority.FORCED_LABOR, today.plusDays(20));
        highTier = referral(OFFICE, highParty, null, today.plusDays(10));
        notInGoodStanding = referral(OFFICE, badParty, null, today.minusDays(2));
        eapaOfHighParty = referral(OFFICE, highParty, EnforcementPriority.EAPA, today.plusDays(40));
        // the tier and the standing come from the party's record, as in use (V31's points: a case 5, an adverse
        // audit 15, not in good standing 40; medium from 20, high from 50): the ordinary importer's two cases are LOW
        // (10), the high-risk one's two cases and three adverse audits HIGH (55), the delinquent one, not in good
        // standing by a supervisor's override, MEDIUM (45)
        for (int i = 1; i <= 3; i++) {
            adverseAudit(highParty, "WLPR-ADV-" + i, today.minusMonths(i));
        }
        override(badParty, false);
    }

    private void adverseAudit(long partyId, String reference, LocalDate date) throws Exception {
        mvc.perform(post("officer1", "/api/v1/parties/{id}/audit-results", """
                        {"auditDate":"%s","kind":"FOCUSED_ASSESSMENT","result":"ADVERSE","reference":"%s","note":"n"}"""
                        .formatted(date, reference), partyId))
                .andExpect(status().isCreated());
    }

    private long version(long partyId) {
        return jdbc.queryForObject("SELECT version FROM party WHERE id = ?", Long.class, partyId);
    }

    private void override(long partyId, boolean good) throws Exception {
        mvc.perform(put("supervisor1", "/api/v1/parties/{id}/standing",
                        "{\"goodStanding\":" + good + ",\"reason\":\"worklist test\",\"version\":" + version(partyId) + "}",
                        partyId))
                .andExpect(status().isOk());
    }

    private void office(String code, String user) {
        if (!officeRepository.existsById(code)) {
            inTransaction(() -> offices.create(code, "Priority worklist test office " + code, "SEAPORT"));
        }
        engineAccess.ensureUser(user, user, "Priority", "Reader", List.of(Roles.OFFICER), Set.of(code));
    }

    private String referral(String office, long partyId, EnforcementPriority priority, LocalDate due) {
        String caseNumber = inTransaction(() -> {
            CaseFile c = caseFiles.open(CaseFamily.PENALTY, office, partyId, false, "priority worklist fixture");
            caseFiles.flagPriority(c, priority);
            return c.getCaseNumber();
        });
        referralTask(runtime, tasks, caseNumber, office, due);
        return caseNumber;
    }

    private JsonNode list(String user) throws Exception {
        return json.readTree(mvc.perform(get(user, "/api/v1/tasks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static List<String> caseNumbers(JsonNode list) {
        List<String> numbers = new ArrayList<>();
        list.forEach(t -> numbers.add(t.get("caseNumber").asText()));
        return numbers;
    }

    private static JsonNode rowOf(JsonNode list, String caseNumber) {
        for (JsonNode t : list) {
            if (caseNumber.equals(t.get("caseNumber").asText())) {
                return t;
            }
        }
        throw new AssertionError("no row for " + caseNumber);
    }

    private <T> T before(java.util.concurrent.Callable<T> work) throws Exception {
        clock.set(BEFORE_THE_RULE);
        try {
            return work.call();
        } finally {
            clock.reset();
        }
    }

    @Test
    void whileTheRuleIsInForcePriorityCasesComeFirstThenHighTierPartiesThenTheRestEachByDeadline() throws Exception {
        assertThat(eoRules.inForce(EoRule.ENFORCEMENT_PRIORITIES, seaportToday())).as("the demo instrument").isPresent();

        JsonNode list = list(READER);

        assertThat(caseNumbers(list)).containsExactly(forcedLabor, eapaOfHighParty, highTier, notInGoodStanding, plain);
        assertThat(rowOf(list, forcedLabor).get("priority").asText()).isEqualTo("FORCED_LABOR");
        assertThat(rowOf(list, eapaOfHighParty).get("priority").asText()).isEqualTo("EAPA");
        assertThat(rowOf(list, eapaOfHighParty).get("partyRiskTier").asText()).isEqualTo("HIGH");
        assertThat(rowOf(list, plain).get("priority").isNull()).isTrue();
        assertThat(rowOf(list, plain).get("partyGoodStanding").asBoolean()).isTrue();
        assertThat(rowOf(list, plain).get("partyRiskTier").asText()).isEqualTo("LOW");
        assertThat(rowOf(list, notInGoodStanding).get("partyGoodStanding").asBoolean()).isFalse();
        assertThat(rowOf(list, notInGoodStanding).get("partyRiskTier").asText()).isEqualTo("MEDIUM");
    }

    @Test
    void beforeTheRuleIsInForceTheListIsInDeadlineOrderAsBefore() throws Exception {
        JsonNode list = before(() -> {
            assertThat(eoRules.inForce(EoRule.ENFORCEMENT_PRIORITIES, LocalDate.of(2026, 8, 20))).isEmpty();
            return list(READER);
        });

        assertThat(caseNumbers(list)).containsExactly(notInGoodStanding, plain, highTier, forcedLabor, eapaOfHighParty);
        // the flag is a fact: recorded and shown whatever the date
        assertThat(rowOf(list, forcedLabor).get("priority").asText()).isEqualTo("FORCED_LABOR");
    }

    @Test
    void thePageShowsTheBadgeTheTierAndTheStandingFlagInTheRankedOrder() throws Exception {
        String html = mvc.perform(get(READER, "/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(positions(html, forcedLabor, eapaOfHighParty, highTier, notInGoodStanding, plain)).isSorted();
        assertThat(html).contains("class=\"priority-badge\"", ">Forced labor</span>", ">EAPA (duty evasion)</span>",
                "priority-tier-high", ">High risk</span>", ">Not in good standing</a>",
                "href=\"/parties/" + badParty + "\"", "EO 14411 Sec. 2(d)",
                "Enforcement priority cases come first");

        String earlier = before(() -> mvc.perform(get(READER, "/")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(positions(earlier, notInGoodStanding, plain, highTier, forcedLabor, eapaOfHighParty)).isSorted();
        assertThat(earlier).contains(">Forced labor</span>").doesNotContain("Enforcement priority cases come first");
    }

    /** each case's first row in the page (its link), in the order given */
    private static List<Integer> positions(String html, String... caseNumbers) {
        List<Integer> at = new ArrayList<>();
        for (String n : caseNumbers) {
            int i = html.indexOf("id=\"task-", html.indexOf("<tbody"));
            int found = html.indexOf("href=\"/cases/" + n + "\"");
            assertThat(found).as(n).isGreaterThan(i);
            at.add(found);
        }
        return at;
    }

    @Test
    void aPartysNewTierAndStandingReachItsRowsAndTheirRankOnPartyStatusChanged() throws Exception {
        office(REFRESH_OFFICE, REFRESH_READER);
        long first = party("Priority Refresh First Importer");
        long later = party("Priority Refresh Later Importer");
        LocalDate today = seaportToday();
        String soon = referral(REFRESH_OFFICE, first, null, today.plusDays(1));
        String late = referral(REFRESH_OFFICE, later, null, today.plusDays(30));
        assertThat(caseNumbers(list(REFRESH_READER))).containsExactly(soon, late);

        // two adverse audits (30) and a supervisor's override (40) on top of the case (5): HIGH and not in good standing;
        // the tier and the standing services publish PartyStatusChanged, and the rows follow
        adverseAudit(later, "WLPS-ADV-1", today.minusMonths(1));
        adverseAudit(later, "WLPS-ADV-2", today.minusMonths(2));
        override(later, false);

        JsonNode list = list(REFRESH_READER);
        assertThat(caseNumbers(list)).containsExactly(late, soon);
        assertThat(rowOf(list, late).get("partyRiskTier").asText()).isEqualTo("HIGH");
        assertThat(rowOf(list, late).get("partyGoodStanding").asBoolean()).isFalse();
        Map<String, Object> groupRow = jdbc.queryForMap("SELECT g.sort_rank FROM worklist_entry_group g"
                + " JOIN worklist_entry e ON e.task_id = g.task_id WHERE e.case_number = ?", late);
        assertThat(((Number) groupRow.get("SORT_RANK")).intValue()).isEqualTo(WorklistRanks.HIGH_RISK_TIER);

        // a priority flagged after intake moves its case ahead of the HIGH tier
        inTransaction(() -> {
            caseFiles.flagPriority(caseFileRepository.findByCaseNumber(soon).orElseThrow(),
                    EnforcementPriority.TRANSSHIPMENT);
            return null;
        });
        assertThat(caseNumbers(list(REFRESH_READER))).containsExactly(soon, late);

        // the override cleared: good standing again, and 35 points is MEDIUM
        mvc.perform(post("supervisor1", "/api/v1/parties/{id}/standing/clear",
                        "{\"reason\":\"worklist test\",\"version\":" + version(later) + "}", later))
                .andExpect(status().isOk());
        list = list(REFRESH_READER);
        assertThat(rowOf(list, late).get("partyRiskTier").asText()).isEqualTo("MEDIUM");
        assertThat(rowOf(list, late).get("partyGoodStanding").asBoolean()).isTrue();
        assertThat(((Number) jdbc.queryForMap("SELECT e.sort_rank FROM worklist_entry e WHERE e.case_number = ?", late)
                .get("SORT_RANK")).intValue()).isEqualTo(WorklistRanks.OTHER);
    }
}
