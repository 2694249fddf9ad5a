package gov.fpf.liquidateddamages;

import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.process.engine.StepResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Issues the decision on a petition against a claim and sets how long it is in effect ({@link LdClaimSteps#issueDecision}); a cancelled claim needs no dates. */
@Component("issueLdDecisionDelegate")
public class IssueLdDecisionDelegate implements JavaDelegate {

    private final LdClaimSteps steps;

    public IssueLdDecisionDelegate(LdClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        boolean cancelled = PetitionReviewProcess.OUTCOME_CANCEL.equals(
                execution.getVariable(LiquidatedDamagesClaimProcess.VAR_PETITION_OUTCOME));
        if (cancelled) {
            StepResults.apply(execution, "issueDecision", steps.issueDecision(caseNumber, execution.getVariables()));
        } else {
            StepResults.apply(execution, "issueDecision", steps.issueDecision(caseNumber, execution.getVariables()),
                    LiquidatedDamagesClaimProcess.VAR_DECISION_VALID_UNTIL,
                    LiquidatedDamagesClaimProcess.VAR_SUPPLEMENTAL_DUE_DATE);
        }
    }
}
