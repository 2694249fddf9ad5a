package gov.fpf.liquidateddamages;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

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
        String where = StepResults.where(execution);
        String outcome = StepResults.requiredString(execution, LiquidatedDamagesClaimProcess.VAR_CLOSE_OUTCOME, where);
        steps.closeCase(caseNumber, StepResults.valueOf(LiquidatedDamagesClaimProcess.Outcome.class, outcome,
                        LiquidatedDamagesClaimProcess.VAR_CLOSE_OUTCOME, where),
                StepResults.text(execution.getVariable(LiquidatedDamagesClaimProcess.VAR_EXHAUSTED_BOND_NOTE)));
    }
}
