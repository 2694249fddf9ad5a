package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Releases the property once its appraised value is paid, the payment standing in as proceeds ({@link SeizureSteps#releaseOnPaymentOfValue}). */
@Component("releaseOnPaymentOfValueDelegate")
public class ReleaseOnPaymentOfValueDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public ReleaseOnPaymentOfValueDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        steps.releaseOnPaymentOfValue(caseNumber, execution.getVariables());
    }
}
