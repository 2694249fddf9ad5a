package gov.fpf.penalty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Closes the case with the outcome named by the task's local input {@link PenaltyCaseProcess#VAR_CLOSE_OUTCOME} ({@link PenaltyCaseSteps#closeCase}). */
@Component("closePenaltyCaseDelegate")
public class ClosePenaltyCaseDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public ClosePenaltyCaseDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        steps.closeCase(caseNumber, StepResults.requiredEnum(execution, PenaltyCaseProcess.VAR_CLOSE_OUTCOME,
                PenaltyCaseProcess.Outcome.class, StepResults.where(execution)));
    }
}
