package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Checks and records the supervisor's decision on a 1612 summary sale or destruction ({@link SeizureSteps#recordSummarySaleDecision}). */
@Component("recordSummarySaleDecisionDelegate")
public class RecordSummarySaleDecisionDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public RecordSummarySaleDecisionDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        StepResults.apply(execution, "recordSummarySaleDecision", SeizureStepVariables.of(steps.recordSummarySaleDecision(caseNumber, execution.getVariables())));
    }
}
