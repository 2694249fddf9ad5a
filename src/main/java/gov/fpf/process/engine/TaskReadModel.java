package gov.fpf.process.engine;

import java.time.Instant;
import java.util.Set;

/**
 * A read model of the engine's open user tasks (the worklist). The engine-side hook ({@link TaskReadModelPlugin})
 * calls it inside the engine's command, so every write joins the transaction of the engine change and a rollback
 * leaves no stale row. An implementation must not call back into the engine, and whatever it throws fails the
 * engine change.
 */
public interface TaskReadModel {

    /** A user task of a process was created. */
    void taskOpened(OpenTaskSnapshot task);

    /** Its name, assignee, due date or definition (migration) changed. */
    void taskChanged(OpenTaskSnapshot task);

    /** It was completed, or deleted with its process (cancellation, an interrupting event, a deletion). */
    void taskClosed(String taskId);

    /** A candidate group was added to an open task after it was created. */
    void candidateGroupAdded(String taskId, String groupId);

    /** A candidate group was taken off an open task. */
    void candidateGroupRemoved(String taskId, String groupId);

    /**
     * An open user task as the engine holds it.
     *
     * @param caseNumber the business key of its process (case processes and the processes they call carry the
     *                   case number), else its {@code caseNumber} variable
     * @param officeCode the tenant, which is the office
     */
    record OpenTaskSnapshot(String id, String processInstanceId, String caseNumber, String officeCode,
                            String taskDefinitionKey, String name, String assignee, Set<String> candidateGroups,
                            Instant dueDate, Instant created) {
    }
}
