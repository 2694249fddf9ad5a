package gov.fpf.worklist;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.EnforcementPriority;
import gov.fpf.party.RiskTier;

/**
 * A line of the worklist: the task and its case's columns, as the read model holds them.
 *
 * @param dueDate  the task's own due date, else the case's next open deadline
 * @param dueName  the name of that case deadline; null when the date is the task's own
 * @param daysLeft days from today to {@code dueDate} (negative when overdue); null without a deadline
 * @param priority the case's enforcement priority (EO 14411 Sec. 4(b)); null when none
 * @param partyGoodStanding the party's derived standing (EO 14411 Sec. 2(d)); null when the case has no party
 * @param partyRiskTier the party's risk tier (EO 14411 Sec. 2(e)); null until scored
 */
public record WorklistRow(String taskId, String caseNumber, CaseFamily family, String officeCode, String partyName,
                          BigDecimal amountAtStake, String taskDefinitionKey, String taskName, String assignee,
                          Instant taskDueAt, LocalDate dueDate, String dueName, Long daysLeft, String caseStatus,
                          boolean demo, Instant created, boolean assignedToMe, EnforcementPriority priority,
                          Long partyId, Boolean partyGoodStanding, RiskTier partyRiskTier) {

    /** the party is known not to be in good standing (no party, or no standing recorded: no flag) */
    public boolean partyNotInGoodStanding() {
        return Boolean.FALSE.equals(partyGoodStanding);
    }

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
