package gov.fpf.worklist;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;

import gov.fpf.referral.ReferralFollowUpProcess;

/** Open tasks with chosen deadlines for the worklist tests: a referral's outcome task is due on its escalation date. */
final class WorklistFixtures {

    private WorklistFixtures() {
    }

    /** Starts a referral of the case; returns the id of its open "Record referral outcome" task (group fpf-officer). */
    static String referralTask(RuntimeService runtime, TaskService tasks, String caseNumber, String office, LocalDate due) {
        String instance = runtime.startProcessInstanceByKey(ReferralFollowUpProcess.KEY, caseNumber, Map.of(
                ReferralFollowUpProcess.VAR_CASE_NUMBER, caseNumber,
                ReferralFollowUpProcess.VAR_OFFICE_CODE, office,
                ReferralFollowUpProcess.VAR_REFERRED_TO, ReferralFollowUpProcess.REFERRED_TO_DOJ,
                ReferralFollowUpProcess.VAR_REFERRAL_REASON, "unpaid penalty",
                ReferralFollowUpProcess.VAR_FOLLOW_UP_CYCLE, "R/P30D",
                ReferralFollowUpProcess.VAR_REFERRAL_ESCALATION_DATE,
                Date.from(due.atStartOfDay(java.time.ZoneId.of("CVGX".equals(office) ? "America/New_York" : "America/Los_Angeles")).toInstant()))).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    static Map<String, Object> entry(JdbcTemplate jdbc, String taskId) {
        return jdbc.queryForMap("SELECT * FROM worklist_entry WHERE task_id = ?", taskId);
    }

    static long entries(JdbcTemplate jdbc, String taskId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM worklist_entry WHERE task_id = ?", Long.class, taskId);
    }

    static java.util.List<String> groups(JdbcTemplate jdbc, String taskId) {
        return jdbc.queryForList("SELECT group_id FROM worklist_entry_group WHERE task_id = ? ORDER BY group_id",
                String.class, taskId);
    }
}
