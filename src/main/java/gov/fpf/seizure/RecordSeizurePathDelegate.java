package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Stores the forfeiture path the decision table chose and sets the cost bond ({@link SeizureSteps#recordPath}). */
@Component("recordSeizurePathDelegate")
public class RecordSeizurePathDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public RecordSeizurePathDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        StepResults.apply(execution, "recordPath", SeizureStepVariables.of(steps.recordPath(caseNumber, execution.getVariables())),
                SeizureForfeitureProcess.VAR_COST_BOND_AMOUNT);
    }
}
