package gov.fpf.penalty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Issues the written no-violation statement with the reviewer's findings ({@link PenaltyCaseSteps#issueNoViolationStatement}). */
@Component("issueNoViolationStatementDelegate")
public class IssueNoViolationStatementDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public IssueNoViolationStatementDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        steps.issueNoViolationStatement(caseNumber,
                StepResults.optionalString(execution, PenaltyCaseProcess.VAR_REPRESENTATIONS_FINDINGS));
    }
}
