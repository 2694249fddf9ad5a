package gov.fpf.penalty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/**
 * Prepares the referral the follow-up process tracks; the recipient is the task's local input
 * {@link PenaltyCaseProcess#VAR_REFERRED_TO}, the reason the escalation that sent the case here
 * ({@link PenaltyCaseSteps#prepareReferral}).
 */
@Component("prepareReferralDelegate")
public class PrepareReferralDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public PrepareReferralDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String where = StepResults.where(execution);
        String caseNumber = StepResults.caseNumber(execution);
        String referredTo = StepResults.requiredString(execution, PenaltyCaseProcess.VAR_REFERRED_TO, where);
        PenaltyCaseSteps.Referral referral = steps.prepareReferral(caseNumber, referredTo,
                StepResults.optionalString(execution, PenaltyCaseProcess.VAR_REFERRAL_TRIGGER));
        String step = "prepareReferral";
        if (referral == null) {
            throw new IllegalStateException(step + " returned nothing on " + where);
        }
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_REFERRAL_REASON, referral.reason());
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_FOLLOW_UP_CYCLE, referral.followUpCycle());
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_REFERRAL_ESCALATION_DATE, referral.escalationDate());
    }
}
