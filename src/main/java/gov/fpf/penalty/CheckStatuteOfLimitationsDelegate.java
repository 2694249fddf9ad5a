package gov.fpf.penalty;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

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
        // intake passes the date it just computed; a migrated or restarted case has none and the domain reads its file
        Date opened = execution.getVariable(PenaltyCaseProcess.VAR_SOL_DATE) instanceof Date d ? d : null;
        PenaltyCaseSteps.SolDates dates = steps.checkStatuteOfLimitations(caseNumber, opened);
        String step = "checkStatuteOfLimitations";
        if (dates == null) {
            throw new IllegalStateException(step + " returned nothing on " + StepResults.where(execution));
        }
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_SOL_EXPIRED, dates.expired());
        if (dates.expired()) {
            // the case closes at once: the guard's warning dates are not needed
            if (dates.sol() != null) {
                execution.setVariable(PenaltyCaseProcess.VAR_SOL_DATE, dates.sol());
            }
            return;
        }
        RecordSolDecisionDelegate.setSolDates(execution, step, dates);
    }
}
