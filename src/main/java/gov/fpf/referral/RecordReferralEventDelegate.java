package gov.fpf.referral;

import static gov.fpf.referral.ReferralFollowUpProcess.EVENT_REFERRAL_OPENED;
import static gov.fpf.referral.ReferralFollowUpProcess.EVENT_REFERRAL_OUTCOME_RECORDED;

import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.audit.AuditLog;
import gov.fpf.process.engine.StepResults;

/**
 * Writes a referral's opening and its outcome into the case file's audit trail, so the case history shows who
 * the case went to, why, and what came back.
 *
 * <p>The service task says which event it is through its local input parameter
 * {@link ReferralFollowUpProcess#VAR_REFERRAL_EVENT}; one bean serves both tasks.
 */
@Component("recordReferralEventDelegate")
public class RecordReferralEventDelegate implements JavaDelegate {

    private final AuditLog auditLog;

    public RecordReferralEventDelegate(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        String event = requiredString(execution, ReferralFollowUpProcess.VAR_REFERRAL_EVENT);
        String detail = switch (event) {
            case EVENT_REFERRAL_OPENED -> "Referred to %s: %s".formatted(
                    recipientName(requiredString(execution, ReferralFollowUpProcess.VAR_REFERRED_TO)),
                    requiredString(execution, ReferralFollowUpProcess.VAR_REFERRAL_REASON));
            case EVENT_REFERRAL_OUTCOME_RECORDED -> "Referral outcome %s on %s: %s".formatted(
                    requiredString(execution, ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME),
                    dateText(requiredValue(execution, ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_DATE)),
                    requiredString(execution, ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_NOTE));
            default -> throw new IllegalArgumentException("Unknown referral event '" + event + "' on activity "
                    + execution.getCurrentActivityId() + "; expected " + EVENT_REFERRAL_OPENED + " or "
                    + EVENT_REFERRAL_OUTCOME_RECORDED);
        };
        auditLog.caseEvent(caseNumber, event, detail);
    }

    private static String recipientName(String referredTo) {
        return switch (referredTo) {
            case ReferralFollowUpProcess.REFERRED_TO_COUNSEL -> "Office of Chief Counsel";
            case ReferralFollowUpProcess.REFERRED_TO_DOJ -> "Department of Justice";
            case ReferralFollowUpProcess.REFERRED_TO_US_ATTORNEY -> "U.S. Attorney";
            // Failing here rolls back the caller's call activity, so a referral to nobody is never recorded.
            default -> throw new IllegalArgumentException("Unknown referral recipient '" + referredTo
                    + "'; expected COUNSEL, DOJ or US_ATTORNEY");
        };
    }

    /**
     * Tasklist's date field submits {@code yyyy-MM-dd} text while Java callers pass a {@link Date}; both read as
     * a calendar date in the audit trail.
     */
    private static String dateText(Object date) {
        if (date instanceof Date utilDate) {
            return utilDate.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
        }
        return date.toString();
    }

    private static String requiredString(DelegateExecution execution, String variableName) {
        return requiredValue(execution, variableName).toString();
    }

    private static Object requiredValue(DelegateExecution execution, String variableName) {
        Object value = execution.getVariable(variableName);
        if (value == null || value.toString().isBlank()) {
            // Completing the task fails with this message and the task stays open, so nothing is half-recorded.
            throw new IllegalStateException("Process variable '" + variableName + "' is required on activity "
                    + execution.getCurrentActivityId() + " (process instance " + execution.getProcessInstanceId()
                    + ")");
        }
        return value;
    }
}
