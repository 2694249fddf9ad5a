package gov.fpf.penalty;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.casefile.Money;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.process.engine.StepResults;

/**
 * Issues the penalty notice and sets the petition due date ({@link PenaltyCaseSteps#issuePenaltyNotice}); passes the
 * review of the representations when a pre-penalty notice drew them.
 */
@Component("issuePenaltyNoticeDelegate")
public class IssuePenaltyNoticeDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public IssuePenaltyNoticeDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String where = StepResults.where(execution);
        String caseNumber = StepResults.caseNumber(execution);
        PenaltyCaseSteps.RepresentationsReview review = null;
        if (execution.getVariable(PenaltyCaseProcess.VAR_REPRESENTATIONS_OUTCOME) != null) {
            PenaltyCaseProcess.Representations outcome = StepResults.requiredEnum(execution,
                    PenaltyCaseProcess.VAR_REPRESENTATIONS_OUTCOME, PenaltyCaseProcess.Representations.class, where);
            BigDecimal reduced = outcome == PenaltyCaseProcess.Representations.REDUCED_AMOUNT
                    ? Money.dollars(execution.getVariable(PenaltyCaseProcess.VAR_REDUCED_AMOUNT), PenaltyCaseProcess.VAR_REDUCED_AMOUNT)
                    : null;
            review = new PenaltyCaseSteps.RepresentationsReview(outcome, reduced);
        }
        PenaltyCaseSteps.PenaltyNoticeIssued notice = steps.issuePenaltyNotice(caseNumber, review);
        String step = "issuePenaltyNotice";
        if (notice == null) {
            throw new IllegalStateException(step + " returned nothing on " + where);
        }
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_PETITION_DUE_DATE, notice.petitionDue());
        if (notice.assessedAmount() != null) {
            execution.setVariable(PenaltyCaseProcess.VAR_ASSESSED_AMOUNT, ProcessVariables.number(notice.assessedAmount()));
        }
    }
}
