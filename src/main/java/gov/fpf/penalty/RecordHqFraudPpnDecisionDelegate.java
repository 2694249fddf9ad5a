package gov.fpf.penalty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

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
        PenaltyCaseProcess.Review decision = StepResults.requiredEnum(execution, PenaltyCaseProcess.VAR_HQ_PPN_DECISION,
                PenaltyCaseProcess.Review.class, StepResults.where(execution));
        steps.recordHeadquartersPpnDecision(caseNumber, new PenaltyCaseSteps.HqPpnDecision(decision,
                StepResults.optionalString(execution, PenaltyCaseProcess.VAR_HQ_PPN_COMMENT)));
    }
}
