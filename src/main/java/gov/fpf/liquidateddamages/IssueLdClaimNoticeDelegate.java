package gov.fpf.liquidateddamages;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Issues the notice of claim to the principal and the surety and sets the petition due date and referral date ({@link LdClaimSteps#issueClaimNotice}). */
@Component("issueLdClaimNoticeDelegate")
public class IssueLdClaimNoticeDelegate implements JavaDelegate {

    private final LdClaimSteps steps;

    public IssueLdClaimNoticeDelegate(LdClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        LdClaimSteps.ClaimNoticeIssued notice = steps.issueClaimNotice(caseNumber);
        StepResults.apply(execution, "issueClaimNotice", StepResults.values(
                        LiquidatedDamagesClaimProcess.VAR_PETITION_DUE_DATE, notice.petitionDueDate(),
                        LiquidatedDamagesClaimProcess.VAR_REFERRAL_DATE, notice.referralDate()),
                LiquidatedDamagesClaimProcess.VAR_PETITION_DUE_DATE, LiquidatedDamagesClaimProcess.VAR_REFERRAL_DATE);
    }
}
