package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Tells the trademark owner of the seizure of goods bearing a counterfeit mark ({@link SeizureSteps#notifyTrademarkOwner}). */
@Component("notifyTrademarkOwnerDelegate")
public class NotifyTrademarkOwnerDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public NotifyTrademarkOwnerDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        steps.notifyTrademarkOwner(caseNumber, execution.getVariables());
    }
}
