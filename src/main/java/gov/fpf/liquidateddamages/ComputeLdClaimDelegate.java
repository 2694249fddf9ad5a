package gov.fpf.liquidateddamages;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.process.engine.StepResults;

/** Computes the claim against the bond's remaining coverage and whether the bond is exhausted ({@link LdClaimSteps#computeClaim}). */
@Component("computeLdClaimDelegate")
public class ComputeLdClaimDelegate implements JavaDelegate {

    private final LdClaimSteps steps;

    public ComputeLdClaimDelegate(LdClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        LdClaimSteps.ClaimComputed claim = steps.computeClaim(caseNumber);
        StepResults.apply(execution, "computeClaim", StepResults.values(
                        LiquidatedDamagesClaimProcess.VAR_CLAIM_AMOUNT, ProcessVariables.number(claim.claimAmount()),
                        LiquidatedDamagesClaimProcess.VAR_BOND_EXHAUSTED, claim.bondExhausted()),
                LiquidatedDamagesClaimProcess.VAR_CLAIM_AMOUNT, LiquidatedDamagesClaimProcess.VAR_BOND_EXHAUSTED);
    }
}
