package gov.fpf.penalty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Issues the pre-penalty notice and sets the response due date ({@link PenaltyCaseSteps#issuePrePenaltyNotice}). */
@Component("issuePrePenaltyNoticeDelegate")
public class IssuePrePenaltyNoticeDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public IssuePrePenaltyNoticeDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        StepResults.set(execution, "issuePrePenaltyNotice", PenaltyCaseProcess.VAR_PPN_RESPONSE_DUE_DATE,
                steps.issuePrePenaltyNotice(caseNumber));
    }
}
