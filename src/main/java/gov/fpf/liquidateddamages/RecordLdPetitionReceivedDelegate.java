package gov.fpf.liquidateddamages;

import gov.fpf.process.engine.StepResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a petition or supplemental petition on a claim as filed; the service task says which through its local input {@link LiquidatedDamagesClaimProcess#VAR_SUPPLEMENTAL} ({@link LdClaimSteps#recordPetitionReceived}). */
@Component("recordLdPetitionReceivedDelegate")
public class RecordLdPetitionReceivedDelegate implements JavaDelegate {

    private final LdClaimSteps steps;

    public RecordLdPetitionReceivedDelegate(LdClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        boolean supplemental = StepResults.requiredBoolean(execution, LiquidatedDamagesClaimProcess.VAR_SUPPLEMENTAL,
                StepResults.where(execution));
        // petitionTimely is passed on for the case; the model itself waits on nothing the step returns.
        StepResults.apply(execution, "recordPetitionReceived",
                steps.recordPetitionReceived(caseNumber, supplemental, execution.getVariables()));
    }
}
