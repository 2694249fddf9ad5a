package gov.fpf.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.EnforcementPriority;
import gov.fpf.office.OfficeAccess;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.party.RiskTier;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;
import gov.fpf.system.Roles;

/**
 * The caller's tasks with case columns, and claiming and completing them. The list is read from the worklist read
 * model (kept in step with the engine by the engine-side hook): the tasks assigned to the caller and the tasks offered
 * to the caller's groups (claimed or not), in the caller's offices. Who may work a task: a member of one of its
 * candidate groups (or its assignee), in the task's office; that is checked against the engine itself. Headquarters
 * reads the list but works nothing. The decision rules run inside the process (task listeners and service steps), so
 * they hold for Tasklist as well as for this API.
 */
@Service
public class WorklistService {

    private final CaseWork caseWork;
    private final OfficeAccess officeAccess;
    private final WorklistQuery query;
    private final OfficeCalendar calendar;
    private final WorklistRanks ranks;

    WorklistService(CaseWork caseWork, OfficeAccess officeAccess, WorklistQuery query, OfficeCalendar calendar,
                    WorklistRanks ranks) {
        this.ranks = ranks;
        this.calendar = calendar;
        this.caseWork = caseWork;
        this.officeAccess = officeAccess;
        this.query = query;
    }

    /**
     * A task as GET /api/v1/tasks lists it.
     *
     * @param priority          the case's enforcement priority (EO 14411 Sec. 4(b)); null when none
     * @param partyGoodStanding the case party's standing (EO 14411 Sec. 2(d)); null when the case has no party
     * @param partyRiskTier     the case party's risk tier (EO 14411 Sec. 2(e)); null until scored
     */
    public record TaskView(String id, String taskDefinitionKey, String name, String caseNumber, CaseFamily family,
                           String officeCode, Instant dueDate, String assignee, Instant created,
                           EnforcementPriority priority, Boolean partyGoodStanding, RiskTier partyRiskTier) {
        static TaskView of(WorklistRow row) {
            return new TaskView(row.taskId(), row.taskDefinitionKey(), row.taskName(), row.caseNumber(), row.family(),
                    row.officeCode(), row.taskDueAt(), row.assignee(), row.created(), row.priority(),
                    row.partyGoodStanding(), row.partyRiskTier());
        }
    }

    /** Everything on the caller's list, up to 1000 tasks, earliest deadline first. */
    public List<TaskView> myTasks() {
        return myTasks(WorklistFilter.fromApi(null, null, null, null, null, null, null));
    }

    public List<TaskView> myTasks(WorklistFilter filter) {
        return page(filter).rows().stream().map(TaskView::of).toList();
    }

    public WorklistSlice page(WorklistFilter filter) {
        LocalDate today = today();
        boolean ranked = ranks.ranked(today);
        List<WorklistRow> rows = query.page(caller(), filter, today, ranked);
        boolean hasNext = rows.size() > filter.size();
        return new WorklistSlice(hasNext ? rows.subList(0, filter.size()) : rows, filter, hasNext, ranked);
    }

    /** One task's line, if it is in the caller's offices (after a claim, to show it in place). */
    public Optional<WorklistRow> row(String taskId) {
        return query.row(taskId, caller(), today());
    }

    /** Whether the caller's roles work tasks at all (designers and administrators do not; headquarters works only the tasks offered to it). */
    public boolean worksTasks() {
        Set<String> groups = CurrentUser.groups();
        return Arrays.stream(Roles.TASK_WORKERS).anyMatch(groups::contains);
    }

    public void claim(String taskId) {
        CaseWork.WorkItem task = workableTask(taskId);
        if (task.assignee() != null && !task.assignee().equals(CurrentUser.id())) {
            throw new Problems.Conflict("Task " + taskId + " is already claimed by " + task.assignee() + ".");
        }
        caseWork.claim(taskId, CurrentUser.id(), CurrentUser.groups(), officeAccess.visibleOffices());
    }

    public void complete(String taskId, Map<String, Object> decision) {
        CaseWork.WorkItem task = workableTask(taskId);
        if (task.assignee() != null && !task.assignee().equals(CurrentUser.id())) {
            throw new Problems.Conflict("Task " + taskId + " is claimed by " + task.assignee()
                    + "; only they can complete it unless a supervisor reassigns it.");
        }
        caseWork.complete(taskId, decision, CurrentUser.id(), CurrentUser.groups(), officeAccess.visibleOffices());
    }

    private WorklistQuery.Caller caller() {
        return new WorklistQuery.Caller(CurrentUser.id(), CurrentUser.groups(), officeAccess.visibleOffices());
    }

    /**
     * Today for the caller's rows: the earliest date among the caller's offices (the office furthest west), so a row's
     * office date is never called overdue while its last day is still running there.
     */
    private LocalDate today() {
        return calendar.earliestToday(officeAccess.visibleOffices());
    }

    private CaseWork.WorkItem workableTask(String taskId) {
        CaseWork.WorkItem task = caseWork.task(taskId, officeAccess.visibleOffices()); // 404 outside the caller's offices
        Set<String> mine = CurrentUser.groups();
        boolean offeredToMe = CurrentUser.id().equals(task.assignee())
                || caseWork.candidateGroups(taskId).stream().anyMatch(mine::contains);
        if (!offeredToMe) {
            throw new Problems.Forbidden("Task '" + task.name() + "' is not offered to any of your groups " + mine + ".");
        }
        return task;
    }
}
