package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/**
 * Checks the officer's disposition against the rules and sets the method that stands ({@link SeizureSteps#checkDisposition}).
 * A refusal fails the officer's task completion, so the task stays open with the choice to correct.
 */
@Component("checkDispositionDelegate")
public class CheckDispositionDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public CheckDispositionDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        StepResults.apply(execution, "checkDisposition", SeizureStepVariables.of(steps.checkDisposition(caseNumber, execution.getVariables())),
                SeizureForfeitureProcess.VAR_DISPOSITION_METHOD);
    }
}
