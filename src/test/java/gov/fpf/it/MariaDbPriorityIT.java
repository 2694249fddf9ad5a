package gov.fpf.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.EnforcementPriority;
import gov.fpf.party.PartyStatusChanged;
import gov.fpf.referral.ReferralFollowUpProcess;
import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRules;
import gov.fpf.system.Roles;
import gov.fpf.worklist.WorklistBenchmarkAccess;
import gov.fpf.worklist.WorklistFilter;
import gov.fpf.worklist.WorklistRow;

/**
 * Issue 15 item 5 on MariaDB: the migration's columns and indexes, the worklist's ranked order (priority, then HIGH
 * risk-tier parties, then the rest, each by deadline) on a day the rule is in force, the deadline order before, and
 * the party refresh's UPDATEs. The mysql profile seeds no instrument: this class records one ten years ahead (no
 * other class reads the worklist that far ahead) and reads the list for a day on each side of it.
 */
class MariaDbPriorityIT extends MariaDbSuite {

    private static final String OFFICE = "ITPRI";
    private static final String READER = "itprio";

    @Autowired
    RuntimeService runtime;

    @Autowired
    WorklistBenchmarkAccess worklist;

    @Autowired
    EoRules eoRules;

    @Autowired
    ApplicationEventPublisher events;

    private long party(String name) throws Exception {
        return json.readTree(mvc.perform(post("itofficera", "pw-a", "/api/v1/parties", """
                        {"name":"%s","kind":"ENTITY","countryOfOrganization":"US","principalPlaceOfBusinessUs":true,
                         "significantUsPresence":true,"sufficientUsAssets":true,"controllingOwnersUsPersons":true,
                         "ownsSignificantUsRealProperty":false}""".formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    /** A case file of the party with a referral whose outcome task (group fpf-officer) is due on {@code due}. */
    private String referral(long partyId, EnforcementPriority priority, LocalDate due) {
        String caseNumber = inTransaction(() -> {
            CaseFile c = caseFiles.open(CaseFamily.PENALTY, OFFICE, partyId, false, "MariaDB priority fixture");
            caseFiles.flagPriority(c, priority);
            return c.getCaseNumber();
        });
        runtime.startProcessInstanceByKey(ReferralFollowUpProcess.KEY, caseNumber, Map.of(
                ReferralFollowUpProcess.VAR_CASE_NUMBER, caseNumber,
                ReferralFollowUpProcess.VAR_OFFICE_CODE, OFFICE,
                ReferralFollowUpProcess.VAR_REFERRED_TO, ReferralFollowUpProcess.REFERRED_TO_DOJ,
                ReferralFollowUpProcess.VAR_REFERRAL_REASON, "unpaid penalty",
                ReferralFollowUpProcess.VAR_FOLLOW_UP_CYCLE, "R/P30D",
                ReferralFollowUpProcess.VAR_REFERRAL_ESCALATION_DATE,
                Date.from(due.atStartOfDay(ZoneId.of("America/Los_Angeles")).toInstant())));
        return caseNumber;
    }

    private List<String> page(LocalDate on) {
        List<String> numbers = new ArrayList<>();
        for (WorklistRow row : worklist.page(READER, Set.of(Roles.OFFICER), Set.of(OFFICE), WorklistFilter.firstPage(), on)) {
            numbers.add(row.caseNumber());
        }
        return numbers;
    }

    @Test
    void priorityCasesSortFirstOnMariaDbWhileTheRuleIsInForceAndTheListFollowsThePartysTier() throws Exception {
        if (!offices.existsById(OFFICE)) {
            inTransaction(() -> officeService.create(OFFICE, "IT priorities", "SEAPORT", "America/Los_Angeles"));
        }
        engineAccess.ensureUser(READER, "pw-prio", "IT", "Priorities", List.of(Roles.OFFICER), Set.of(OFFICE));
        LocalDate today = todayAtA();
        long ordinary = party("IT Priority Ordinary Importer");
        long high = party("IT Priority High-Risk Importer");

        String plain = referral(ordinary, null, today.plusDays(1));
        String forcedLabor = referral(ordinary, EnforcementPriority.FORCED_LABOR, today.plusDays(20));
        String highTier = referral(high, null, today.plusDays(10));
        String overdue = referral(ordinary, null, today.minusDays(2));
        String eapa = referral(high, EnforcementPriority.EAPA, today.plusDays(40));
        // The risk-tier rule is not in force on this shared schema (an instrument for it would change the other
        // classes' law), so the tier service rightly keeps no tier. The party's HIGH tier is therefore written to its
        // rows as the projection writes it (H2's PriorityWorklistTest builds it from real records); what this class
        // checks is MariaDB's rank-first ordering over the read model's indexes.
        jdbc.update("UPDATE worklist_entry SET party_risk_tier = 'HIGH', sort_rank = CASE WHEN priority IS NULL THEN 1"
                + " ELSE sort_rank END WHERE party_id = ?", high);
        jdbc.update("UPDATE worklist_entry_group SET sort_rank = 1 WHERE task_id IN (SELECT e.task_id FROM worklist_entry e"
                + " WHERE e.party_id = ? AND e.priority IS NULL)", high);
        assertThat(jdbc.queryForObject("SELECT enforcement_priority FROM case_file WHERE case_number = ?", String.class,
                forcedLabor)).isEqualTo("FORCED_LABOR");

        // today: no instrument puts the priorities in force on this schema's today; the API lists by deadline
        assertThat(eoRules.inForce(EoRule.ENFORCEMENT_PRIORITIES, today)).isEmpty();
        JsonNode api = json.readTree(mvc.perform(get(READER, "pw-prio", "/api/v1/tasks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        List<String> listed = new ArrayList<>();
        api.forEach(t -> listed.add(t.get("caseNumber").asText()));
        assertThat(listed).containsExactly(overdue, plain, highTier, forcedLabor, eapa);
        assertThat(api.get(3).get("priority").asText()).isEqualTo("FORCED_LABOR");
        assertThat(api.get(2).get("partyRiskTier").asText()).isEqualTo("HIGH");
        assertThat(api.get(0).get("partyGoodStanding").asBoolean()).isTrue();

        LocalDate effective = today.plusYears(10);
        mvc.perform(post("admin", "it-admin-secret", "/api/v1/implementing-instruments", """
                        {"title":"Enforcement priorities (IT)","citation":"IT-PRIO-%d","effectiveDate":"%s",
                         "rules":["ENFORCEMENT_PRIORITIES"],"note":"MariaDB"}""".formatted(System.nanoTime(), effective)))
                .andExpect(status().isCreated());
        assertThat(page(effective.minusDays(1))).containsExactly(overdue, plain, highTier, forcedLabor, eapa);
        assertThat(page(effective)).containsExactly(forcedLabor, eapa, highTier, overdue, plain);

        // the party's status event: its rows take the party's row as it is (no tier: the rule is not in force here;
        // not in good standing), so its plain case joins the rest; its priority case stays first
        jdbc.update("UPDATE party SET good_standing = FALSE WHERE id = ?", high);
        inTransaction(() -> {
            events.publishEvent(new PartyStatusChanged(high));
            return null;
        });
        assertThat(page(effective)).containsExactly(forcedLabor, eapa, overdue, plain, highTier);
        List<WorklistRow> rows = worklist.page(READER, Set.of(Roles.OFFICER), Set.of(OFFICE), WorklistFilter.firstPage(),
                effective);
        WorklistRow formerlyHigh = rows.get(4);
        assertThat(formerlyHigh.partyRiskTier()).isNull();
        assertThat(formerlyHigh.partyNotInGoodStanding()).isTrue();
        assertThat(jdbc.queryForList("SELECT DISTINCT g.sort_rank FROM worklist_entry_group g JOIN worklist_entry e"
                + " ON e.task_id = g.task_id WHERE e.case_number = ?", Integer.class, highTier)).containsExactly(2);
    }
}
