package gov.fpf.liquidateddamages;

import gov.fpf.process.engine.StepResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the claim with the outcome named by the task's local input {@link LiquidatedDamagesClaimProcess#VAR_CLOSE_OUTCOME} ({@link LdClaimSteps#closeCase}). */
@Component("closeLdClaimDelegate")
public class CloseLdClaimDelegate implements JavaDelegate {

    private final LdClaimSteps steps;

    public CloseLdClaimDelegate(LdClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        steps.closeCase(caseNumber, StepResults.requiredString(execution, LiquidatedDamagesClaimProcess.VAR_CLOSE_OUTCOME,
                StepResults.where(execution)), execution.getVariables());
    }
}
