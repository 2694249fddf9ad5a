package gov.fpf.worklist;

import static gov.fpf.worklist.WorklistFixtures.referralTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.office.OfficeRepository;
import gov.fpf.office.OfficeService;
import gov.fpf.process.identity.EngineAccess;
import gov.fpf.system.Roles;

/**
 * The worklist's selection, order and pages, through GET /api/v1/tasks, on an office of its own (so other tests' tasks
 * never show): seven tasks whose deadlines are known, one claimed by the reader and one by a colleague.
 */
class WorklistQueryTest extends ApplicationTest {

    private static final String OFFICE = "WLQT";
    private static final String READER = "wlreader";
    private static final String COLLEAGUE = "wlcolleague";

    /** case numbers in deadline order: overdue, +2, +5, liquidated damages +10, +30, penalty (statute 2030), none */
    private static List<String> byDeadline;

    @Autowired
    TaskService tasks;

    @Autowired
    CaseFileService caseFiles;

    @Autowired
    OfficeService offices;

    @Autowired
    OfficeRepository officeRepository;

    @Autowired
    EngineAccess engineAccess;

    @BeforeEach
    void sevenTasksInAnOfficeOfTheirOwn() throws Exception {
        if (byDeadline != null) {
            return;
        }
        if (!officeRepository.existsById(OFFICE)) {
            inTransaction(() -> offices.create(OFFICE, "Worklist query test office", "SEAPORT"));
        }
        engineAccess.ensureUser(READER, READER, "Worklist", "Reader", List.of(Roles.OFFICER), Set.of(OFFICE));
        engineAccess.ensureUser(COLLEAGUE, COLLEAGUE, "Worklist", "Colleague", List.of(Roles.OFFICER), Set.of(OFFICE));
        LocalDate today = seaportToday();

        String overdue = referral(CaseFamily.PENALTY, today.minusDays(3));
        String inTwo = referral(CaseFamily.PENALTY, today.plusDays(2));
        String inFive = referral(CaseFamily.PENALTY, today.plusDays(5));
        // (a bare case file of a family is fine for the worklist; a bare seizure file would break the seizure tests'
        // count of seizure files)
        String liquidatedDamages = referral(CaseFamily.LIQUIDATED_DAMAGES, today.plusDays(10));
        String inThirty = referral(CaseFamily.PENALTY, today.plusDays(30));
        String penalty = penaltyCase();
        String none = referral(CaseFamily.PENALTY, today.plusDays(60));
        tasks.setDueDate(taskOf(none), null);

        mvc.perform(post(READER, "/api/v1/tasks/{id}/claim", "", taskOf(inTwo))).andExpect(status().isNoContent());
        mvc.perform(post(COLLEAGUE, "/api/v1/tasks/{id}/claim", "", taskOf(inThirty))).andExpect(status().isNoContent());
        byDeadline = List.of(overdue, inTwo, inFive, liquidatedDamages, inThirty, penalty, none);
    }

    private String referral(CaseFamily family, LocalDate due) {
        String caseNumber = inTransaction(() -> caseFiles.open(family, OFFICE, null, false, "worklist query fixture")
                .getCaseNumber());
        referralTask(runtime, tasks, caseNumber, OFFICE, due);
        return caseNumber;
    }

    /** A 1592 case through the API: its first task has no due date, so the statute of limitations (2030-06-02) shows. */
    private String penaltyCase() throws Exception {
        long partyId = json.readTree(mvc.perform(post(READER, "/api/v1/parties", usEntityJson("Worklist Query Importer")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        return json.readTree(mvc.perform(post(READER, "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true}""".formatted(partyId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    private String taskOf(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    private List<String> cases(String user, String query) throws Exception {
        JsonNode list = json.readTree(mvc.perform(get(user, "/api/v1/tasks" + query)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        List<String> numbers = new ArrayList<>();
        list.forEach(t -> numbers.add(t.get("caseNumber").asText()));
        return numbers;
    }

    private List<String> at(int... positions) {
        List<String> numbers = new ArrayList<>();
        for (int p : positions) {
            numbers.add(byDeadline.get(p));
        }
        return numbers;
    }

    @Test
    void theListIsMyTasksAndMyGroupsTasksEarliestDeadlineFirstWithoutADeadlineLast() throws Exception {
        assertThat(cases(READER, "")).containsExactlyElementsOf(byDeadline);
        assertThat(cases(COLLEAGUE, "")).containsExactlyElementsOf(byDeadline);
    }

    @Test
    void mineIsWhatIsAssignedToMeAndGroupIsWhatMyGroupsAreOffered() throws Exception {
        assertThat(cases(READER, "?mine=true")).containsExactlyElementsOf(at(1));
        assertThat(cases(COLLEAGUE, "?mine=true")).containsExactlyElementsOf(at(4));
        assertThat(cases(READER, "?group=true")).containsExactlyElementsOf(byDeadline);
        assertThat(cases(READER, "?mine=true&group=true")).containsExactlyElementsOf(byDeadline);
    }

    @Test
    void deadlineFiltersCountFromToday() throws Exception {
        assertThat(cases(READER, "?overdue=true")).containsExactlyElementsOf(at(0));
        assertThat(cases(READER, "?dueWithin7Days=true")).containsExactlyElementsOf(at(1, 2));
        assertThat(cases(READER, "?dueWithin7Days=true&overdue=true")).containsExactlyElementsOf(at(0, 1, 2));
        assertThat(cases(READER, "?dueWithin7Days=true&mine=true")).containsExactlyElementsOf(at(1));
    }

    @Test
    void familyFilterKeepsOneFamily() throws Exception {
        assertThat(cases(READER, "?family=LIQUIDATED_DAMAGES")).containsExactlyElementsOf(at(3));
        assertThat(cases(READER, "?family=liquidated_damages&dueWithin7Days=true")).isEmpty();
        assertThat(cases(READER, "?family=PENALTY")).containsExactlyElementsOf(at(0, 1, 2, 4, 5, 6));
        assertThat(cases(READER, "?family=SEIZURE")).isEmpty();
        assertThat(cases(READER, "?family=PENALTY&overdue=true")).containsExactlyElementsOf(at(0));
    }

    @Test
    void pagesFollowTheDeadlineOrder() throws Exception {
        assertThat(cases(READER, "?size=3")).containsExactlyElementsOf(at(0, 1, 2));
        assertThat(cases(READER, "?size=3&page=1")).containsExactlyElementsOf(at(3, 4, 5));
        assertThat(cases(READER, "?size=3&page=2")).containsExactlyElementsOf(at(6));
        assertThat(cases(READER, "?size=3&page=3")).isEmpty();
        assertThat(cases(READER, "?page=0")).containsExactlyElementsOf(byDeadline);
    }

    @Test
    void wrongPagingOrFamilyIs400() throws Exception {
        mvc.perform(get(READER, "/api/v1/tasks?size=101")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("size: a page has 1 to 100 tasks."));
        mvc.perform(get(READER, "/api/v1/tasks?page=-1")).andExpect(status().isBadRequest());
        mvc.perform(get(READER, "/api/v1/tasks?family=FINES")).andExpect(status().isBadRequest());
        mvc.perform(get(READER, "/api/v1/tasks?overdue=maybe")).andExpect(status().isBadRequest());
    }

    @Test
    void otherOfficesNeverSeeTheseTasks() throws Exception {
        for (String user : List.of("officer1", "officer2", "supervisor1", "custodian1", "hq1", "counsel1")) {
            assertThat(cases(user, "")).as(user).doesNotContainAnyElementsOf(byDeadline);
        }
    }

    @Test
    void counselSeesTasksOfferedToCounselInEveryOffice() throws Exception {
        String caseNumber = referral(CaseFamily.PENALTY, seaportToday().plusDays(400));
        tasks.addCandidateGroup(taskOf(caseNumber), Roles.COUNSEL);
        try {
            assertThat(cases("counsel1", "?group=true")).contains(caseNumber);
            assertThat(cases("officer1", "")).doesNotContain(caseNumber);
        } finally {
            runtime.deleteProcessInstance(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult()
                    .getProcessInstanceId(), "test fixture removed");
        }
    }
}
