package gov.fpf.penalty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.process.engine.StepResults;

/** Issues the decision on a petition and sets how long it is valid ({@link PenaltyCaseSteps#issueDecision}); a cancelled penalty needs no dates. */
@Component("issuePenaltyDecisionDelegate")
public class IssuePenaltyDecisionDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public IssuePenaltyDecisionDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String where = StepResults.where(execution);
        String caseNumber = StepResults.caseNumber(execution);
        String petitionId = StepResults.requiredString(execution, PenaltyCaseProcess.VAR_PETITION_ID, where);
        boolean cancelled = PetitionReviewProcess.OUTCOME_CANCEL.equals(
                execution.getVariable(PenaltyCaseProcess.VAR_PETITION_OUTCOME));
        PenaltyCaseSteps.DecisionIssued decision = steps.issueDecision(caseNumber, petitionId);
        if (cancelled) {
            return;
        }
        String step = "issueDecision";
        if (decision == null) {
            throw new IllegalStateException(step + " returned nothing on " + where);
        }
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_DECISION_VALID_UNTIL, decision.validUntil());
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_SUPPLEMENTAL_DUE_DATE, decision.supplementalDue());
    }
}
