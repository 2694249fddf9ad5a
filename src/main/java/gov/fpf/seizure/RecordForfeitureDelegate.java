package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Records the forfeiture on the basis named by the task's local input {@link SeizureForfeitureProcess#VAR_FORFEITURE_BASIS} ({@link SeizureSteps#recordForfeiture}). */
@Component("recordForfeitureDelegate")
public class RecordForfeitureDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public RecordForfeitureDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String where = StepResults.where(execution);
        String caseNumber = StepResults.caseNumber(execution);
        String basis = StepResults.requiredString(execution, SeizureForfeitureProcess.VAR_FORFEITURE_BASIS, where);
        StepResults.apply(execution, "recordForfeiture", SeizureStepVariables.of(steps.recordForfeiture(caseNumber, basis, execution.getVariables())),
                SeizureForfeitureProcess.VAR_FORFEITURE_DATE);
    }
}
