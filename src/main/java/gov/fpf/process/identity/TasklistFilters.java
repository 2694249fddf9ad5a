package gov.fpf.process.identity;

import gov.fpf.liquidateddamages.LiquidatedDamagesClaimProcess;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.referral.ReferralFollowUpProcess;
import gov.fpf.seizure.SeizureForfeitureProcess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import gov.fpf.system.Roles;

/**
 * Saved Tasklist filters, one set per role, created at startup when missing (by name), so Tasklist is never
 * empty-handed. The office restriction needs no filter: tasks belong to their office's tenant, and Tasklist shows a
 * user only their offices' tasks. Every filter shows the case number column.
 */
@Component
public class TasklistFilters {

    private final FilterService filterService;
    private final TaskService taskService;

    public TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    /** A filter as it is saved: Tasklist lists filters by priority, lowest first. */
    record Definition(String name, String description, int priority, String role, TaskQuery query) {
    }

    List<Definition> definitions() {
        String groups = "${currentUserGroups()}";
        return List.of(
                new Definition("My tasks", "Tasks assigned to me", 10, Roles.OFFICER,
                        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
                new Definition("My office's penalty tasks", "Penalty cases: my groups' tasks in my offices", 20,
                        Roles.OFFICER, groupTasks(groups).processDefinitionKey(PenaltyCaseProcess.KEY)),
                new Definition("My office's liquidated-damages tasks", "Claims against bonds: my groups' tasks", 30,
                        Roles.OFFICER, groupTasks(groups).processDefinitionKey(LiquidatedDamagesClaimProcess.KEY)),
                new Definition("My office's seizure tasks", "Seizures to disposal: my groups' tasks", 40, Roles.OFFICER,
                        groupTasks(groups).processDefinitionKey(SeizureForfeitureProcess.KEY)),
                new Definition("Petitions to decide", "Petition reviews waiting for a proposed decision", 50,
                        Roles.OFFICER, groupTasks(groups).taskDefinitionKey(
                        PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION)),
                new Definition("Waiting for supervisor approval", "National-security exceptions and 1612 summary sales",
                        60, Roles.SUPERVISOR, taskService.createTaskQuery().taskCandidateGroup(Roles.SUPERVISOR)
                        .includeAssignedTasks().taskDefinitionKeyIn(
                                PetitionReviewProcess.TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION,
                                SeizureForfeitureProcess.TASK_APPROVE_SUMMARY_SALE)),
                new Definition("Custody and disposal", "Seized property: custody, summary sales, dispositions", 70,
                        Roles.CUSTODIAN, taskService.createTaskQuery().taskCandidateGroup(Roles.CUSTODIAN)
                        .includeAssignedTasks()),
                new Definition("Counsel review", "Fraud reviews, offers in compromise, statute-of-limitations decisions",
                        80, Roles.COUNSEL, taskService.createTaskQuery().taskCandidateGroup(Roles.COUNSEL)
                        .includeAssignedTasks()),
                new Definition("Referrals to follow up", "Referrals to counsel, DOJ or the U.S. Attorney", 90,
                        Roles.OFFICER, groupTasks(groups).processDefinitionKey(ReferralFollowUpProcess.KEY)));
    }

    private TaskQuery groupTasks(String groupsExpression) {
        return taskService.createTaskQuery().taskCandidateGroupInExpression(groupsExpression).includeAssignedTasks();
    }

    /** Creates the missing filters; an existing filter of the same name is left as an administrator may have changed it. */
    public int ensureFilters() {
        int created = 0;
        for (Definition d : definitions()) {
            if (filterService.createFilterQuery().filterName(d.name()).count() > 0) {
                continue;
            }
            Filter filter = filterService.newTaskFilter(d.name());
            filter.setQuery(d.query());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", d.description() + " (for " + d.role() + ")");
            properties.put("priority", d.priority());
            properties.put("refresh", true);
            List<Map<String, String>> columns = new ArrayList<>();
            columns.add(Map.of("name", ProcessVariables.CASE_NUMBER, "label", "Case number"));
            columns.add(Map.of("name", ProcessVariables.OFFICE_CODE, "label", "Office"));
            properties.put("variables", columns);
            filter.setProperties(properties);
            filterService.saveFilter(filter);
            created++;
        }
        return created;
    }
}
