package gov.fpf.penalty;

import gov.fpf.process.engine.StepResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Prepares the referral the follow-up process tracks; the recipient is the task's local input {@link PenaltyCaseProcess#VAR_REFERRED_TO} ({@link PenaltyCaseSteps#prepareReferral}). */
@Component("prepareReferralDelegate")
public class PrepareReferralDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public PrepareReferralDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        String referredTo = StepResults.requiredString(execution, PenaltyCaseProcess.VAR_REFERRED_TO,
                StepResults.where(execution));
        StepResults.apply(execution, "prepareReferral", steps.prepareReferral(caseNumber, referredTo, execution.getVariables()),
                PenaltyCaseProcess.VAR_REFERRAL_REASON, PenaltyCaseProcess.VAR_FOLLOW_UP_CYCLE,
                PenaltyCaseProcess.VAR_REFERRAL_ESCALATION_DATE);
    }
}
