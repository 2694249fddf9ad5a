package gov.fpf.liquidateddamages;

import gov.fpf.process.engine.StepResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Prepares the referral of an unsatisfied claim the follow-up process tracks; the recipient is the task's local input {@link LiquidatedDamagesClaimProcess#VAR_REFERRED_TO} ({@link LdClaimSteps#prepareReferral}). */
@Component("prepareLdReferralDelegate")
public class PrepareLdReferralDelegate implements JavaDelegate {

    private final LdClaimSteps steps;

    public PrepareLdReferralDelegate(LdClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        String referredTo = StepResults.requiredString(execution, LiquidatedDamagesClaimProcess.VAR_REFERRED_TO,
                StepResults.where(execution));
        StepResults.apply(execution, "prepareReferral", steps.prepareReferral(caseNumber, referredTo, execution.getVariables()),
                LiquidatedDamagesClaimProcess.VAR_REFERRAL_REASON, LiquidatedDamagesClaimProcess.VAR_FOLLOW_UP_CYCLE,
                LiquidatedDamagesClaimProcess.VAR_REFERRAL_ESCALATION_DATE);
    }
}
