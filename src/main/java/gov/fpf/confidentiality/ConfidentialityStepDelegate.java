package gov.fpf.confidentiality;

import static gov.fpf.confidentiality.ConfidentialityReviewProcess.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/**
 * The recording steps of {@code ConfidentialityReviewProcess}: the service task's local input
 * {@link ConfidentialityReviewProcess#VAR_STEP} says which (decision, periodic review, renewal, expiry). The person
 * who completed the task before it is the one recorded as deciding (the engine's current authentication, set by our
 * API and by Tasklist alike); a timer's step is the system's.
 */
@Component("confidentialityStepDelegate")
public class ConfidentialityStepDelegate implements JavaDelegate {

    private final ConfidentialitySteps steps;

    public ConfidentialityStepDelegate(@Lazy ConfidentialitySteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(VAR_REQUEST_ID)).longValue();
        String step = (String) execution.getVariable(VAR_STEP);
        Map<String, Object> result = switch (step) {
            case STEP_DECISION -> steps.applyDecision(id, text(execution, VAR_DECISION), text(execution, VAR_DECISION_REASON),
                    ConfidentialityService.parseDate(execution.getVariable(VAR_GRANTED_UNTIL), VAR_GRANTED_UNTIL),
                    actor(execution));
            case STEP_REVIEW -> steps.applyReview(id, text(execution, VAR_REVIEW_OUTCOME), text(execution, VAR_REVIEW_REASON),
                    actor(execution));
            case STEP_RENEWAL -> steps.applyRenewal(id, text(execution, VAR_RENEWAL_DECISION),
                    text(execution, VAR_RENEWAL_REASON),
                    ConfidentialityService.parseDate(execution.getVariable(VAR_RENEWED_UNTIL), VAR_RENEWED_UNTIL),
                    actor(execution));
            case STEP_EXPIRY -> {
                steps.applyExpiry(id);
                yield Map.of();
            }
            default -> throw new IllegalArgumentException("Unknown confidentiality step '" + step + "' on "
                    + execution.getCurrentActivityId());
        };
        // the process's own variables, set by its own step (not a person's direct write)
        result.forEach(execution::setVariable);
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static String actor(DelegateExecution execution) {
        return StepResults.actingUser(execution);
    }
}
