package gov.fpf.worklist;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import gov.fpf.casefile.CaseFamily;

/**
 * A line of the worklist: the task and its case's columns, as the read model holds them.
 *
 * @param dueDate  the task's own due date, else the case's next open deadline
 * @param dueName  the name of that case deadline; null when the date is the task's own
 * @param daysLeft days from today to {@code dueDate} (negative when overdue); null without a deadline
 */
public record WorklistRow(String taskId, String caseNumber, CaseFamily family, String officeCode, String partyName,
                          BigDecimal amountAtStake, String taskDefinitionKey, String taskName, String assignee,
                          Instant taskDueAt, LocalDate dueDate, String dueName, Long daysLeft, String caseStatus,
                          boolean demo, Instant created, boolean assignedToMe) {

    public boolean overdue() {
        return daysLeft != null && daysLeft < 0;
    }

    public boolean dueSoon() {
        return daysLeft != null && daysLeft >= 0 && daysLeft <= 7;
    }

    public boolean claimable() {
        return assignee == null;
    }

    public long daysOverdue() {
        return daysLeft == null ? 0 : -daysLeft;
    }
}
