package gov.fpf.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Issues and publishes the notice of seizure and sets the petition, claim and election due dates ({@link SeizureSteps#issueNoticeOfSeizure}). */
@Component("issueNoticeOfSeizureDelegate")
public class IssueNoticeOfSeizureDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public IssueNoticeOfSeizureDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        StepResults.apply(execution, "issueNoticeOfSeizure", steps.issueNoticeOfSeizure(caseNumber, execution.getVariables()),
                SeizureForfeitureProcess.VAR_PETITION_DUE_DATE,
                SeizureForfeitureProcess.VAR_CLAIM_DUE_DATE,
                SeizureForfeitureProcess.VAR_ELECTION_DUE_DATE);
    }
}
