package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Records custody and the daily storage cost and sets the date the 1612 summary sale or destruction is due ({@link SeizureSteps#recordCustody}). */
@Component("recordCustodyDelegate")
public class RecordCustodyDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public RecordCustodyDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        StepResults.apply(execution, "recordCustody", SeizureStepVariables.of(steps.recordCustody(caseNumber, execution.getVariables())),
                SeizureForfeitureProcess.VAR_SUMMARY_SALE_DATE);
    }
}
