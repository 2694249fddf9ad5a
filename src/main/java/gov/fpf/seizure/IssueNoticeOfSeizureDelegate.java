package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/**
 * Issues the notice of seizure ({@link SeizureSteps#issueNoticeOfSeizure}): on the Title 19 path it sets the petition
 * and election due dates (the claim period runs from the first publication, recorded later); on the CAFRA path
 * ({@link SeizureForfeitureProcess#TASK_ISSUE_CAFRA_NOTICE}) whether the notice went out within 60 days of the seizure
 * and, if so, the claim due date the letter states.
 */
@Component("issueNoticeOfSeizureDelegate")
public class IssueNoticeOfSeizureDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public IssueNoticeOfSeizureDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        if (SeizureForfeitureProcess.TASK_ISSUE_CAFRA_NOTICE.equals(execution.getCurrentActivityId())) {
            StepResults.apply(execution, "issueNoticeOfSeizure", SeizureStepVariables.of(steps.issueNoticeOfSeizure(caseNumber,
                    execution.getVariables())), SeizureForfeitureProcess.VAR_CAFRA_NOTICE_TIMELY);
            return;
        }
        StepResults.apply(execution, "issueNoticeOfSeizure", SeizureStepVariables.of(steps.issueNoticeOfSeizure(caseNumber, execution.getVariables())),
                SeizureForfeitureProcess.VAR_PETITION_DUE_DATE,
                SeizureForfeitureProcess.VAR_ELECTION_DUE_DATE);
    }
}
