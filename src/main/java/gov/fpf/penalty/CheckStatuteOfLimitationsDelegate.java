package gov.fpf.penalty;

import gov.fpf.process.engine.StepResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Computes the statute-of-limitations date and its guard dates ({@link PenaltyCaseSteps#checkStatuteOfLimitations}). */
@Component("checkStatuteOfLimitationsDelegate")
public class CheckStatuteOfLimitationsDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public CheckStatuteOfLimitationsDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        java.util.Map<String, Object> result = steps.checkStatuteOfLimitations(caseNumber, execution.getVariables());
        if (result != null && Boolean.TRUE.equals(result.get(PenaltyCaseProcess.VAR_SOL_EXPIRED))) {
            // the case closes at once: the guard's warning dates are not needed
            StepResults.apply(execution, "checkStatuteOfLimitations", result, PenaltyCaseProcess.VAR_SOL_EXPIRED);
            return;
        }
        StepResults.apply(execution, "checkStatuteOfLimitations", result,
                PenaltyCaseProcess.VAR_SOL_EXPIRED, PenaltyCaseProcess.VAR_SOL_DATE,
                PenaltyCaseProcess.VAR_SOL_WARNING_24_DATE, PenaltyCaseProcess.VAR_SOL_WARNING_12_DATE,
                PenaltyCaseProcess.VAR_SOL_COUNSEL_DATE);
    }
}
