package gov.fpf.mitigation;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/**
 * Records the decision that passed the checks on the case ({@link PetitionReviewSteps#recordDecision}), with the
 * variables in {@link PetitionReviewProcess#DECISION_VARIABLES}; the calling model then issues it.
 */
@Component("recordPetitionDecisionDelegate")
public class RecordPetitionDecisionDelegate implements JavaDelegate {

    private final PetitionReviewSteps steps;

    public RecordPetitionDecisionDelegate(PetitionReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String where = StepResults.where(execution);
        String caseNumber = StepResults.caseNumber(execution);
        String petitionId = StepResults.requiredString(execution, PetitionReviewProcess.VAR_PETITION_ID, where);
        Map<String, Object> decision = new HashMap<>();
        for (String name : PetitionReviewProcess.DECISION_VARIABLES) {
            decision.put(name, execution.getVariable(name));
        }
        steps.recordDecision(caseNumber, petitionId, decision);
    }
}
