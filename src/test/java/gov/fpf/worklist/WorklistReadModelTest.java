package gov.fpf.worklist;

import static gov.fpf.worklist.WorklistFixtures.entries;
import static gov.fpf.worklist.WorklistFixtures.entry;
import static gov.fpf.worklist.WorklistFixtures.groups;
import static gov.fpf.worklist.WorklistFixtures.referralTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.ApplicationTest;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.casefile.DeadlineStatus;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.system.Roles;

/**
 * The worklist read model follows the engine: a task's row appears when the task is created, takes the assignee when
 * it is claimed, goes when it is completed or its process is cancelled (even skipping custom listeners), and follows
 * candidate-group and due-date changes; a rollback leaves nothing behind; case file changes reach the case's rows;
 * and a rebuild gives back the same rows.
 */
class WorklistReadModelTest extends ApplicationTest {

    @Autowired
    TaskService tasks;

    @Autowired
    CaseFileService caseFiles;

    @Autowired
    CaseFileRepository caseFileRepository;

    @Autowired
    WorklistRebuild rebuild;

    private String openP1Case(String partyName) throws Exception {
        long partyId = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson(partyName)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                 "commercial":true}""".formatted(partyId);
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
    }

    private String openTask(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    private String caseInLalb() {
        return inTransaction(() -> caseFiles.open(CaseFamily.PENALTY, SEAPORT, null, false, "worklist fixture").getCaseNumber());
    }

    @Test
    void openingACaseWritesItsTaskWithTheCaseColumns() throws Exception {
        String caseNumber = openP1Case("Worklist Row Importer");
        String taskId = openTask(caseNumber);

        Map<String, Object> row = entry(jdbc, taskId);
        assertThat(row.get("CASE_NUMBER")).isEqualTo(caseNumber);
        assertThat(row.get("OFFICE_CODE")).isEqualTo(SEAPORT);
        assertThat(row.get("FAMILY")).isEqualTo("PENALTY");
        assertThat(row.get("PARTY_NAME")).isEqualTo("Worklist Row Importer");
        assertThat((BigDecimal) row.get("AMOUNT_AT_STAKE")).isEqualByComparingTo("40000.00");
        assertThat(row.get("TASK_DEFINITION_KEY")).isEqualTo(PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
        assertThat(row.get("CASE_STATUS")).isEqualTo("OPEN");
        assertThat(row.get("ASSIGNEE")).isNull();
        // no due date on the task: the case's next open deadline, with its name
        assertThat(row.get("TASK_DUE_AT")).isNull();
        assertThat(row.get("DUE_DATE")).isEqualTo(Date.valueOf("2030-06-02"));
        assertThat(row.get("DUE_NAME")).isEqualTo("Statute of limitations");
        assertThat(groups(jdbc, taskId)).containsExactly(Roles.OFFICER);
    }

    @Test
    void claimSetsTheAssigneeAndCompletionReplacesTheRowWithTheNextTasks() throws Exception {
        String caseNumber = openP1Case("Worklist Claim Importer");
        String culpability = openTask(caseNumber);

        mvc.perform(post("officer1", "/api/v1/tasks/{id}/claim", "", culpability)).andExpect(status().isNoContent());
        assertThat(entry(jdbc, culpability).get("ASSIGNEE")).isEqualTo("officer1");

        mvc.perform(post("officer1", "/api/v1/tasks/{id}/complete", "{\"culpability\":\"NEGLIGENCE\","
                + "\"proposedAmount\":40000,\"amountRationale\":\"repeated misclassification\"}", culpability))
                .andExpect(status().isNoContent());

        assertThat(entries(jdbc, culpability)).isZero();
        assertThat(groups(jdbc, culpability)).isEmpty();
        // the pre-penalty notice is out; the representations open the next task, whose row carries the case's status
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/representations",
                "{\"receivedDate\":\"" + seaportToday() + "\",\"summary\":\"a clerical error\"}"))
                .andExpect(status().isAccepted());
        String caseStatus = json.readTree(mvc.perform(get("officer1", "/api/v1/cases/" + caseNumber))
                .andReturn().getResponse().getContentAsString()).get("status").asText();
        Map<String, Object> row = entry(jdbc, openTask(caseNumber));
        assertThat(row.get("TASK_DEFINITION_KEY")).isEqualTo(PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS);
        assertThat(row.get("CASE_STATUS")).isEqualTo(caseStatus).isNotEqualTo("OPEN");
    }

    @Test
    void aRefusedCompletionLeavesTheRowAsItWas() throws Exception {
        String caseNumber = openP1Case("Worklist Refusal Importer");
        String culpability = openTask(caseNumber);
        Map<String, Object> before = entry(jdbc, culpability);

        // above the statutory maximum: 422, and the engine's change is rolled back with the read model's
        mvc.perform(post("officer1", "/api/v1/tasks/{id}/complete", "{\"culpability\":\"NEGLIGENCE\","
                + "\"proposedAmount\":50000,\"amountRationale\":\"x\"}", culpability))
                .andExpect(status().isUnprocessableEntity());

        assertThat(entry(jdbc, culpability)).isEqualTo(before);
    }

    @Test
    void aRolledBackEngineChangeLeavesNoRow() {
        String caseNumber = caseInLalb();
        String[] taskId = new String[1];
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            taskId[0] = referralTask(runtime, tasks, caseNumber, SEAPORT, seaportToday().plusDays(20));
            assertThat(entries(jdbc, taskId[0])).isOne();
            s.setRollbackOnly();
        });
        assertThat(entries(jdbc, taskId[0])).isZero();
        assertThat(groups(jdbc, taskId[0])).isEmpty();
    }

    @Test
    void cancellingTheProcessRemovesTheRowEvenWhenCustomListenersAreSkipped() {
        String taskId = referralTask(runtime, tasks, caseInLalb(), SEAPORT, seaportToday().plusDays(20));
        String instance = tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        assertThat(entries(jdbc, taskId)).isOne();

        // what Cockpit's "cancel" does by default
        runtime.deleteProcessInstance(instance, "cancelled in Cockpit", true, true);

        assertThat(entries(jdbc, taskId)).isZero();
        assertThat(groups(jdbc, taskId)).isEmpty();
    }

    @Test
    void candidateGroupAssigneeAndDueDateChangesFromTheEngineApiReachTheRow() {
        LocalDate due = seaportToday().plusDays(20);
        String taskId = referralTask(runtime, tasks, caseInLalb(), SEAPORT, due);
        assertThat(entry(jdbc, taskId).get("DUE_DATE")).isEqualTo(Date.valueOf(due));
        assertThat(entry(jdbc, taskId).get("DUE_NAME")).isNull();

        tasks.addCandidateGroup(taskId, Roles.COUNSEL);
        assertThat(groups(jdbc, taskId)).containsExactly(Roles.COUNSEL, Roles.OFFICER);
        tasks.deleteCandidateGroup(taskId, Roles.OFFICER);
        assertThat(groups(jdbc, taskId)).containsExactly(Roles.COUNSEL);

        // an assignee must be in one of the task's groups (CaseProcessGuard): counsel, now that only counsel is offered it
        tasks.setAssignee(taskId, "counsel1");
        assertThat(entry(jdbc, taskId).get("ASSIGNEE")).isEqualTo("counsel1");

        LocalDate later = due.plusDays(10);
        tasks.setDueDate(taskId, java.util.Date.from(later.atStartOfDay(SEAPORT_ZONE).toInstant()));
        assertThat(entry(jdbc, taskId).get("DUE_SORT")).isEqualTo(Date.valueOf(later));
        assertThat(jdbc.queryForObject("SELECT due_sort FROM worklist_entry_group WHERE task_id = ?", Date.class, taskId))
                .isEqualTo(Date.valueOf(later));
    }

    @Test
    void caseFileChangesRefreshTheCasesRowsAtCommit() {
        String caseNumber = caseInLalb();
        String taskId = referralTask(runtime, tasks, caseNumber, SEAPORT, seaportToday().plusDays(20));
        tasks.setDueDate(taskId, null);
        assertThat(entry(jdbc, taskId).get("DUE_DATE")).isNull();
        assertThat(entry(jdbc, taskId).get("DUE_SORT")).isEqualTo(Date.valueOf(WorklistProjection.NO_DEADLINE));

        inTransaction(() -> {
            CaseFile c = caseFileRepository.findByCaseNumber(caseNumber).orElseThrow();
            caseFiles.recordAmounts(c, new BigDecimal("9000.00"), new BigDecimal("7000.00"), new BigDecimal("3500.00"));
            caseFiles.addDeadline(c, "Petition due", LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 15), "19 CFR 171.12");
            caseFiles.addDeadline(c, "Statute of limitations", LocalDate.of(2025, 1, 15), LocalDate.of(2030, 1, 15), "1621");
            caseFiles.changeStatus(c, CaseStatus.REFERRED, "referred to DOJ");
            return null;
        });

        Map<String, Object> row = entry(jdbc, taskId);
        assertThat(row.get("CASE_STATUS")).isEqualTo("REFERRED");
        assertThat((BigDecimal) row.get("AMOUNT_AT_STAKE")).isEqualByComparingTo("7000.00");
        assertThat(row.get("DUE_DATE")).isEqualTo(Date.valueOf("2027-02-15"));
        assertThat(row.get("DUE_NAME")).isEqualTo("Petition due");
        assertThat(jdbc.queryForObject("SELECT due_sort FROM worklist_entry_group WHERE task_id = ?", Date.class, taskId))
                .isEqualTo(Date.valueOf("2027-02-15"));

        inTransaction(() -> {
            CaseFile c = caseFileRepository.findByCaseNumber(caseNumber).orElseThrow();
            caseFiles.closeDeadline(c, "Petition due", DeadlineStatus.MET);
            caseFiles.recordDecidedAmount(c, new BigDecimal("5000.00"), "mitigated");
            return null;
        });
        row = entry(jdbc, taskId);
        assertThat(row.get("DUE_NAME")).isEqualTo("Statute of limitations");
        assertThat((BigDecimal) row.get("AMOUNT_AT_STAKE")).isEqualByComparingTo("5000.00");
    }

    @Test
    void theStartFillsAnEmptyReadModelAndARebuildGivesBackTheSameRows() {
        referralTask(runtime, tasks, caseInLalb(), SEAPORT, seaportToday().plusDays(3));
        String entrySql = "SELECT task_id, process_instance_id, case_number, office_code, family, party_name,"
                + " amount_at_stake, case_status, case_deadline_date, case_deadline_name, demo, task_definition_key,"
                + " task_name, assignee, task_due_at, due_date, due_name, due_sort FROM worklist_entry ORDER BY task_id";
        String groupSql = "SELECT * FROM worklist_entry_group ORDER BY task_id, group_id";
        List<Map<String, Object>> entriesBefore = jdbc.queryForList(entrySql);
        List<Map<String, Object>> groupsBefore = jdbc.queryForList(groupSql);
        long openTasks = tasks.createTaskQuery().count();
        assertThat(entriesBefore).hasSize((int) openTasks);

        // an existing database meets the new, empty read model: the start fills it
        jdbc.update("DELETE FROM worklist_entry_group");
        jdbc.update("DELETE FROM worklist_entry");
        rebuild.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForList(entrySql)).isEqualTo(entriesBefore);
        assertThat(jdbc.queryForList(groupSql)).isEqualTo(groupsBefore);

        // a rebuild on demand also drops the rows of tasks the engine no longer has
        jdbc.update("INSERT INTO worklist_entry (task_id, process_instance_id, task_definition_key, due_sort, created_at)"
                + " VALUES ('no-such-task', 'x', 'Task_Gone', DATE '2026-01-01', TIMESTAMP '2020-01-01 00:00:00')");
        rebuild.run(new DefaultApplicationArguments());
        assertThat(entries(jdbc, "no-such-task")).isOne();
        assertThat(rebuild.rebuild()).isEqualTo(openTasks);
        assertThat(jdbc.queryForList(entrySql)).isEqualTo(entriesBefore);
        assertThat(jdbc.queryForList(groupSql)).isEqualTo(groupsBefore);
    }

    @Test
    void theTasksApiAnswersWithTheSameFieldsAsBefore() throws Exception {
        String caseNumber = openP1Case("Worklist Fields Importer");
        JsonNode list = json.readTree(mvc.perform(get("officer1", "/api/v1/tasks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode task = null;
        for (JsonNode t : list) {
            if (caseNumber.equals(t.get("caseNumber").asText())) {
                task = t;
            }
        }
        assertThat(task).isNotNull();
        List<String> fields = new java.util.ArrayList<>();
        task.fieldNames().forEachRemaining(fields::add);
        // issue 15: the case's enforcement priority and its party's standing and tier ride along
        assertThat(fields).containsExactly("id", "taskDefinitionKey", "name", "caseNumber", "family", "officeCode",
                "dueDate", "assignee", "created", "priority", "partyGoodStanding", "partyRiskTier");
        assertThat(task.get("family").asText()).isEqualTo("PENALTY");
        assertThat(task.get("officeCode").asText()).isEqualTo(SEAPORT);
    }
}
