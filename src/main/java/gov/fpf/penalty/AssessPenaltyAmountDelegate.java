package gov.fpf.penalty;

import gov.fpf.process.engine.StepResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Assesses the officer's proposed amount and says whether a pre-penalty notice and counsel review are needed ({@link PenaltyCaseSteps#assessAmount}). */
@Component("assessPenaltyAmountDelegate")
public class AssessPenaltyAmountDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public AssessPenaltyAmountDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        StepResults.apply(execution, "assessAmount", steps.assessAmount(caseNumber, execution.getVariables()),
                PenaltyCaseProcess.VAR_PPN_REQUIRED, PenaltyCaseProcess.VAR_FRAUD,
                PenaltyCaseProcess.VAR_HQ_APPROVAL_REQUIRED);
    }
}
