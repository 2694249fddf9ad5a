package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Closes the seizure case with the outcome named by the task's local input {@link SeizureForfeitureProcess#VAR_CLOSE_OUTCOME} ({@link SeizureSteps#closeCase}). */
@Component("closeSeizureCaseDelegate")
public class CloseSeizureCaseDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public CloseSeizureCaseDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        steps.closeCase(caseNumber, StepResults.requiredString(execution, SeizureForfeitureProcess.VAR_CLOSE_OUTCOME,
                StepResults.where(execution)), execution.getVariables());
    }
}
