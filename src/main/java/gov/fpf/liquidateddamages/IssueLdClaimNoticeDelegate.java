package gov.fpf.liquidateddamages;

import gov.fpf.process.engine.StepResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

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
        StepResults.apply(execution, "issueClaimNotice", steps.issueClaimNotice(caseNumber, execution.getVariables()),
                LiquidatedDamagesClaimProcess.VAR_PETITION_DUE_DATE, LiquidatedDamagesClaimProcess.VAR_REFERRAL_DATE);
    }
}
