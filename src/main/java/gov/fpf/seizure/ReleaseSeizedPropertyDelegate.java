package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Releases the property to the claimant for the reason named by the task's local input {@link SeizureForfeitureProcess#VAR_RELEASE_REASON} ({@link SeizureSteps#releaseProperty}). */
@Component("releaseSeizedPropertyDelegate")
public class ReleaseSeizedPropertyDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public ReleaseSeizedPropertyDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String where = StepResults.where(execution);
        String caseNumber = StepResults.caseNumber(execution);
        StepResults.requiredString(execution, SeizureForfeitureProcess.VAR_RELEASE_REASON, where);
        steps.releaseProperty(caseNumber, execution.getVariables());
    }
}
