package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Records the disposition the custodian carried out, applies any proceeds and sets the end of the proceeds petition period ({@link SeizureSteps#recordDisposition}). */
@Component("recordDispositionDelegate")
public class RecordDispositionDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public RecordDispositionDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        StepResults.apply(execution, "recordDisposition", SeizureStepVariables.of(steps.recordDisposition(caseNumber, execution.getVariables())),
                SeizureForfeitureProcess.VAR_PROCEEDS_PETITION_DUE_DATE);
    }
}
