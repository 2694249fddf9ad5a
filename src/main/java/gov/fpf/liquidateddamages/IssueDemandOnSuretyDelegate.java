package gov.fpf.liquidateddamages;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

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
        LdClaimSteps.SuretyDemandIssued demand = steps.issueDemandOnSurety(caseNumber);
        // the demand is made once: a decision that expires after it does not demand the surety again
        StepResults.apply(execution, "issueDemandOnSurety", StepResults.values(
                        LiquidatedDamagesClaimProcess.VAR_SURETY_PETITION_DUE_DATE, demand.suretyPetitionDueDate(),
                        LiquidatedDamagesClaimProcess.VAR_REFERRAL_DATE, demand.referralDate(),
                        LiquidatedDamagesClaimProcess.VAR_SURETY_DEMANDED, true),
                LiquidatedDamagesClaimProcess.VAR_SURETY_PETITION_DUE_DATE, LiquidatedDamagesClaimProcess.VAR_REFERRAL_DATE,
                LiquidatedDamagesClaimProcess.VAR_SURETY_DEMANDED);
    }
}
