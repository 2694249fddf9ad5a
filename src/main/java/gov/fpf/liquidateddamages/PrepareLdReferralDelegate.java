package gov.fpf.liquidateddamages;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

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
        LdClaimSteps.ReferralPrepared referral = steps.prepareReferral(caseNumber, referredTo);
        StepResults.apply(execution, "prepareReferral", StepResults.values(
                        LiquidatedDamagesClaimProcess.VAR_REFERRAL_REASON, referral.referralReason(),
                        LiquidatedDamagesClaimProcess.VAR_FOLLOW_UP_CYCLE, referral.followUpCycle(),
                        LiquidatedDamagesClaimProcess.VAR_REFERRAL_ESCALATION_DATE, referral.referralEscalationDate()),
                LiquidatedDamagesClaimProcess.VAR_REFERRAL_REASON, LiquidatedDamagesClaimProcess.VAR_FOLLOW_UP_CYCLE,
                LiquidatedDamagesClaimProcess.VAR_REFERRAL_ESCALATION_DATE);
    }
}
