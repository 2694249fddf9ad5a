package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Records the summary sale or destruction the custodian carried out and sets the end of the proceeds petition period ({@link SeizureSteps#recordSummarySale}). */
@Component("recordSummarySaleDelegate")
public class RecordSummarySaleDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public RecordSummarySaleDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        StepResults.apply(execution, "recordSummarySale", SeizureStepVariables.of(steps.recordSummarySale(caseNumber, execution.getVariables())),
                SeizureForfeitureProcess.VAR_PROCEEDS_PETITION_DUE_DATE);
    }
}
