package gov.fpf.penalty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Records a petition or supplemental petition as filed; the service task says which through its local input {@link PenaltyCaseProcess#VAR_SUPPLEMENTAL} ({@link PenaltyCaseSteps#recordPetitionReceived}). */
@Component("recordPetitionReceivedDelegate")
public class RecordPetitionReceivedDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public RecordPetitionReceivedDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String where = StepResults.where(execution);
        String caseNumber = StepResults.caseNumber(execution);
        boolean supplemental = StepResults.requiredBoolean(execution, PenaltyCaseProcess.VAR_SUPPLEMENTAL, where);
        String petitionId = StepResults.requiredString(execution, PenaltyCaseProcess.VAR_PETITION_ID, where);
        PenaltyCaseSteps.PetitionFiled filed = steps.recordPetitionReceived(caseNumber, petitionId, supplemental);
        String step = "recordPetitionReceived";
        if (filed == null) {
            throw new IllegalStateException(step + " returned nothing on " + where);
        }
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_PETITION_TIMELY, filed.timely());
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_WAIVER_REQUIRED, filed.waiverRequired());
    }
}
