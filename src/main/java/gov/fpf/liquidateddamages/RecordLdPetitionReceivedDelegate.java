package gov.fpf.liquidateddamages;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

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
        LdClaimSteps.PetitionRecorded petition = steps.recordPetitionReceived(caseNumber, supplemental,
                StepResults.text(execution.getVariable(LiquidatedDamagesClaimProcess.VAR_PETITION_ID)));
        StepResults.apply(execution, "recordPetitionReceived", StepResults.values(
                LiquidatedDamagesClaimProcess.VAR_PETITION_TIMELY, petition.petitionTimely()));
    }
}
