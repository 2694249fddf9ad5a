package gov.fpf.penalty;

import gov.fpf.process.engine.StepResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records Headquarters' approval or return of a fraud pre-penalty notice below domestic value
 * ({@link PenaltyCaseSteps#recordHeadquartersPpnDecision}).
 */
@Component("recordHqFraudPpnDecisionDelegate")
public class RecordHqFraudPpnDecisionDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public RecordHqFraudPpnDecisionDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        String decision = StepResults.requiredString(execution, PenaltyCaseProcess.VAR_HQ_PPN_DECISION,
                StepResults.where(execution));
        Object comment = execution.getVariable(PenaltyCaseProcess.VAR_HQ_PPN_COMMENT);
        steps.recordHeadquartersPpnDecision(caseNumber, decision, comment == null ? null : comment.toString(),
                execution.getVariables());
    }
}
