package gov.fpf.mitigation;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/**
 * Records the petition as timely or late and sets what the routing decision and the officer's form read
 * ({@link PetitionReviewSteps#prepareReview}). Every routing input must be returned, even as null: the decision
 * table cannot evaluate a variable that does not exist.
 */
@Component("preparePetitionReviewDelegate")
public class PreparePetitionReviewDelegate implements JavaDelegate {

    private final PetitionReviewSteps steps;

    public PreparePetitionReviewDelegate(PetitionReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String where = StepResults.where(execution);
        String caseNumber = StepResults.caseNumber(execution);
        String petitionId = StepResults.requiredString(execution, PetitionReviewProcess.VAR_PETITION_ID, where);
        Map<String, Object> result = steps.prepareReview(caseNumber, petitionId);
        Map<String, Object> values = result == null ? Map.of() : result;
        for (String input : PetitionReviewProcess.ROUTING_INPUTS) {
            if (!values.containsKey(input)) {
                throw new IllegalStateException("prepareReview returned no '" + input
                        + "', which the PetitionRouting decision reads next on " + where);
            }
        }
        values.forEach(execution::setVariable);
    }
}
