package gov.fpf.seizure;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.process.engine.StepResults;

/**
 * Issues the decision on a petition and sets whether relief was granted ({@link SeizureSteps#issueDecision}). Only a
 * remission on conditions of a petition during the proceedings needs {@link SeizureForfeitureProcess#VAR_DECISION_VALID_UNTIL}:
 * the model waits for compliance until then. A cancellation releases at once, and a decision on a petition for the
 * proceeds of a sale ({@link SeizureForfeitureProcess#VAR_PROCEEDS_PETITION}) closes the case.
 */
@Component("issueSeizureDecisionDelegate")
public class IssueSeizureDecisionDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public IssueSeizureDecisionDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String where = StepResults.where(execution);
        String caseNumber = StepResults.caseNumber(execution);
        boolean proceedsPetition = StepResults.requiredBoolean(execution,
                SeizureForfeitureProcess.VAR_PROCEEDS_PETITION, where);
        boolean cancelled = PetitionReviewProcess.OUTCOME_CANCEL.equals(
                execution.getVariable(SeizureForfeitureProcess.VAR_PETITION_OUTCOME));
        SeizureSteps.Decision decision = steps.issueDecision(caseNumber, execution.getVariables());
        Map<String, Object> result = decision == null ? null : SeizureStepVariables.of(decision);
        boolean awaitsCompliance = !proceedsPetition && !cancelled && decision != null && decision.remitted();
        if (awaitsCompliance) {
            StepResults.apply(execution, "issueDecision", result, SeizureForfeitureProcess.VAR_REMITTED,
                    SeizureForfeitureProcess.VAR_DECISION_VALID_UNTIL);
        } else {
            StepResults.apply(execution, "issueDecision", result, SeizureForfeitureProcess.VAR_REMITTED);
        }
    }
}
