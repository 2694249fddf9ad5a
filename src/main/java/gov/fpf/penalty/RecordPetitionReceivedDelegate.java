package gov.fpf.penalty;

import gov.fpf.process.engine.StepResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a petition or supplemental petition as filed; the service task says which through its local input {@link PenaltyCaseProcess#VAR_SUPPLEMENTAL} ({@link PenaltyCaseSteps#recordPetitionReceived}). */
@Component("recordPetitionReceivedDelegate")
public class RecordPetitionReceivedDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public RecordPetitionReceivedDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        boolean supplemental = StepResults.requiredBoolean(execution, PenaltyCaseProcess.VAR_SUPPLEMENTAL,
                StepResults.where(execution));
        if (supplemental) {
            StepResults.apply(execution, "recordPetitionReceived", steps.recordPetitionReceived(caseNumber, true, execution.getVariables()),
                    PenaltyCaseProcess.VAR_WAIVER_REQUIRED);
        } else {
            StepResults.apply(execution, "recordPetitionReceived", steps.recordPetitionReceived(caseNumber, false, execution.getVariables()));
        }
    }
}
