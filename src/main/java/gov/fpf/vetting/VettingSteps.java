package gov.fpf.vetting;

import java.util.Date;

/**
 * What the vetting model's steps ask of the domain ({@link VettingService}); the process test gives them a fake.
 */
public interface VettingSteps {

    /** A vetting the model opened: its row and the task's due date (start of the day after its last day). */
    record Opened(long vettingId, Date dueDate) {
    }

    /** Opens a vetting of the party (a row, audited) and computes its due date from {@code vetting.due}. */
    Opened open(long partyId, VettingTrigger trigger, String officeCode, String group, String processInstanceId);

    /** The vetting's task was created: the row names it, so lists link to it. */
    void taskOpened(long vettingId, String taskId);

    /**
     * Records the outcome (refused with a 400 when the outcome is not one of {@link VettingOutcome} or the reason is
     * blank: the task stays open) and returns when the cycle opens the next vetting ({@code vetting.cycle} on).
     */
    Date complete(long vettingId, Object outcome, Object reason, String completedBy);
}
