package gov.fpf.penalty;

import gov.fpf.process.engine.StepResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Issues the penalty notice and sets the petition due date ({@link PenaltyCaseSteps#issuePenaltyNotice}). */
@Component("issuePenaltyNoticeDelegate")
public class IssuePenaltyNoticeDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public IssuePenaltyNoticeDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        StepResults.apply(execution, "issuePenaltyNotice", steps.issuePenaltyNotice(caseNumber, execution.getVariables()),
                PenaltyCaseProcess.VAR_PETITION_DUE_DATE);
    }
}
