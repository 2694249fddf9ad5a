package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Prepares the referral of a seizure to the U.S. Attorney the follow-up process tracks; the recipient is the task's local input {@link SeizureForfeitureProcess#VAR_REFERRED_TO} ({@link SeizureSteps#prepareReferral}). */
@Component("prepareSeizureReferralDelegate")
public class PrepareSeizureReferralDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public PrepareSeizureReferralDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String where = StepResults.where(execution);
        String caseNumber = StepResults.caseNumber(execution);
        String referredTo = StepResults.requiredString(execution, SeizureForfeitureProcess.VAR_REFERRED_TO, where);
        StepResults.apply(execution, "prepareReferral", SeizureStepVariables.of(steps.prepareReferral(caseNumber, referredTo, execution.getVariables())),
                SeizureForfeitureProcess.VAR_REFERRAL_REASON, SeizureForfeitureProcess.VAR_FOLLOW_UP_CYCLE,
                SeizureForfeitureProcess.VAR_REFERRAL_ESCALATION_DATE);
    }
}
