package gov.fpf.liquidateddamages;

import gov.fpf.process.engine.StepResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Demands payment from the surety and sets the surety's petition due date, the referral date and suretyDemanded ({@link LdClaimSteps#issueDemandOnSurety}). */
@Component("issueDemandOnSuretyDelegate")
public class IssueDemandOnSuretyDelegate implements JavaDelegate {

    private final LdClaimSteps steps;

    public IssueDemandOnSuretyDelegate(LdClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        StepResults.apply(execution, "issueDemandOnSurety", steps.issueDemandOnSurety(caseNumber, execution.getVariables()),
                LiquidatedDamagesClaimProcess.VAR_SURETY_PETITION_DUE_DATE, LiquidatedDamagesClaimProcess.VAR_REFERRAL_DATE,
                LiquidatedDamagesClaimProcess.VAR_SURETY_DEMANDED);
    }
}
