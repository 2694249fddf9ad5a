package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/**
 * Records a petition on a seizure as filed ({@link SeizureSteps#recordPetitionReceived}). The service task says which
 * through its local inputs: {@link SeizureForfeitureProcess#VAR_SUPPLEMENTAL} and
 * {@link SeizureForfeitureProcess#VAR_PROCEEDS_PETITION} (a petition for the proceeds of a sale).
 */
@Component("recordSeizurePetitionReceivedDelegate")
public class RecordSeizurePetitionReceivedDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public RecordSeizurePetitionReceivedDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String where = StepResults.where(execution);
        String caseNumber = StepResults.caseNumber(execution);
        boolean supplemental = StepResults.requiredBoolean(execution, SeizureForfeitureProcess.VAR_SUPPLEMENTAL, where);
        StepResults.requiredBoolean(execution, SeizureForfeitureProcess.VAR_PROCEEDS_PETITION, where);
        // petitionTimely is passed on for the case; the model itself waits on nothing the step returns.
        StepResults.apply(execution, "recordPetitionReceived",
                SeizureStepVariables.of(steps.recordPetitionReceived(caseNumber, supplemental, execution.getVariables())));
    }
}
