package gov.fpf.liquidateddamages;

import gov.fpf.process.engine.StepResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

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
        StepResults.apply(execution, "computeClaim", steps.computeClaim(caseNumber, execution.getVariables()),
                LiquidatedDamagesClaimProcess.VAR_CLAIM_AMOUNT, LiquidatedDamagesClaimProcess.VAR_BOND_EXHAUSTED);
    }
}
