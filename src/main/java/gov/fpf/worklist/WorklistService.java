package gov.fpf.worklist;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.office.OfficeAccess;
import gov.fpf.process.CaseWork;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * The caller's tasks with case columns, and claiming and completing them. Who may work a task: a member of one of its
 * candidate groups (or its assignee), in the task's office. Headquarters reads the list but works nothing.
 * The decision rules themselves run inside the process (task listeners and service steps), so they hold for
 * Tasklist as well as for this API.
 */
@Service
public class WorklistService {

    private final CaseWork caseWork;
    private final OfficeAccess officeAccess;
    private final CaseFileRepository cases;

    WorklistService(CaseWork caseWork, OfficeAccess officeAccess, CaseFileRepository cases) {
        this.caseWork = caseWork;
        this.officeAccess = officeAccess;
        this.cases = cases;
    }

    public record TaskView(String id, String taskDefinitionKey, String name, String caseNumber, CaseFamily family,
                           String officeCode, Instant dueDate, String assignee, Instant created) {
    }

    public List<TaskView> myTasks() {
        List<CaseWork.WorkItem> items = caseWork.worklist(CurrentUser.id(), CurrentUser.groups(),
                officeAccess.visibleOffices());
        Map<String, CaseFamily> families = new HashMap<>();
        return items.stream().map(i -> new TaskView(i.id(), i.taskDefinitionKey(), i.name(), i.caseNumber(),
                families.computeIfAbsent(i.caseNumber() == null ? "" : i.caseNumber(),
                        n -> cases.findByCaseNumber(n).map(CaseFile::getFamily).orElse(null)),
                i.officeCode(), i.dueDate(), i.assignee(), i.created())).toList();
    }

    public void claim(String taskId) {
        CaseWork.WorkItem task = workableTask(taskId);
        if (task.assignee() != null && !task.assignee().equals(CurrentUser.id())) {
            throw new Problems.Conflict("Task " + taskId + " is already claimed by " + task.assignee() + ".");
        }
        caseWork.claim(taskId, CurrentUser.id());
    }

    public void complete(String taskId, Map<String, Object> decision) {
        CaseWork.WorkItem task = workableTask(taskId);
        if (task.assignee() != null && !task.assignee().equals(CurrentUser.id())) {
            throw new Problems.Conflict("Task " + taskId + " is claimed by " + task.assignee()
                    + "; only they can complete it unless a supervisor reassigns it.");
        }
        caseWork.complete(taskId, decision, CurrentUser.id(), CurrentUser.groups(), officeAccess.visibleOffices());
    }

    private CaseWork.WorkItem workableTask(String taskId) {
        CaseWork.WorkItem task = caseWork.task(taskId);
        if (task.officeCode() == null || !officeAccess.canSee(task.officeCode())) {
            throw new Problems.NotFound("No open task " + taskId + " in your offices.");
        }
        Set<String> mine = CurrentUser.groups();
        boolean offeredToMe = CurrentUser.id().equals(task.assignee())
                || caseWork.candidateGroups(taskId).stream().anyMatch(mine::contains);
        if (!offeredToMe) {
            throw new Problems.Forbidden("Task '" + task.name() + "' is not offered to any of your groups " + mine + ".");
        }
        return task;
    }
}
