package gov.fpf.penalty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Records a statute-of-limitations warning named by the task's local input {@link PenaltyCaseProcess#VAR_SOL_WARNING} ({@link PenaltyCaseSteps#recordSolWarning}). */
@Component("recordSolWarningDelegate")
public class RecordSolWarningDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public RecordSolWarningDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        steps.recordSolWarning(caseNumber, StepResults.requiredEnum(execution, PenaltyCaseProcess.VAR_SOL_WARNING,
                PenaltyCaseProcess.SolWarning.class, StepResults.where(execution)));
    }
}
