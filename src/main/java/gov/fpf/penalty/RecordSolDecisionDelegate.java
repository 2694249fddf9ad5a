package gov.fpf.penalty;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/**
 * Records a statute-of-limitations decision on the case: counsel's decision at 180 days, or the outcome of the waiver
 * requested for a supplemental petition (that task maps its outcome onto {@link PenaltyCaseProcess#VAR_SOL_DECISION}
 * with a local input). A waiver moves the statute of limitations, so the guard timers still waiting are moved to the
 * new dates the domain returns: no case reaches the new date unguarded either.
 */
@Component("recordSolDecisionDelegate")
public class RecordSolDecisionDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public RecordSolDecisionDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String where = StepResults.where(execution);
        String caseNumber = StepResults.caseNumber(execution);
        PenaltyCaseProcess.SolDecision decision = StepResults.requiredEnum(execution, PenaltyCaseProcess.VAR_SOL_DECISION,
                PenaltyCaseProcess.SolDecision.class, where);
        String reason = StepResults.optionalString(execution, PenaltyCaseProcess.VAR_SOL_DECISION_REASON);
        boolean waiverObtained = decision == PenaltyCaseProcess.SolDecision.WAIVER_OBTAINED;
        // Only a waiver carries a new date; an earlier waiver's date left in the case is not this decision's.
        LocalDate newSolDate = waiverObtained
                ? StepResults.calendarDate(execution.getVariable(PenaltyCaseProcess.VAR_NEW_SOL_DATE))
                : null;
        if (waiverObtained && newSolDate == null) {
            // The form requires the date; a caller that forgets it must not record a waiver without its new date.
            throw new IllegalStateException("A waiver of the statute of limitations needs the new date in '"
                    + PenaltyCaseProcess.VAR_NEW_SOL_DATE + "' on " + where);
        }
        PenaltyCaseSteps.SolDates dates = steps.recordSolDecision(caseNumber,
                new PenaltyCaseSteps.SolDecisionMade(decision, newSolDate, reason));
        if (waiverObtained) {
            String step = "recordSolDecision";
            if (dates == null) {
                throw new IllegalStateException(step + " returned no new dates for the waiver on " + where);
            }
            setSolDates(execution, step, dates);
            // the guard timers still waiting re-read their dates, now that the variables hold the new ones
            StepResults.recalculateTimers(execution, PenaltyCaseProcess.SOL_GUARD_TIMERS);
        }
    }

    /** The limitation date and its guard dates, under the names the guard's timers read. */
    static void setSolDates(DelegateExecution execution, String step, PenaltyCaseSteps.SolDates dates) {
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_SOL_DATE, dates.sol());
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_SOL_WARNING_24_DATE, dates.warning24());
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_SOL_WARNING_12_DATE, dates.warning12());
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_SOL_COUNSEL_DATE, dates.counsel());
    }
}
