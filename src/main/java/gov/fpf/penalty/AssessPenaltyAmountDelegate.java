package gov.fpf.penalty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.casefile.Money;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.process.engine.StepResults;

/** Assesses the officer's proposed amount and says whether a pre-penalty notice and counsel review are needed ({@link PenaltyCaseSteps#assessAmount}). */
@Component("assessPenaltyAmountDelegate")
public class AssessPenaltyAmountDelegate implements JavaDelegate {

    private final PenaltyCaseSteps steps;

    public AssessPenaltyAmountDelegate(PenaltyCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        PenaltyCaseSteps.Proposal proposal = new PenaltyCaseSteps.Proposal(
                StepResults.optionalString(execution, PenaltyCaseProcess.VAR_CULPABILITY),
                Money.dollars(execution.getVariable(PenaltyCaseProcess.VAR_PROPOSED_AMOUNT), PenaltyCaseProcess.VAR_PROPOSED_AMOUNT),
                StepResults.optionalString(execution, PenaltyCaseProcess.VAR_AMOUNT_RATIONALE));
        PenaltyCaseSteps.Assessment assessment = steps.assessAmount(caseNumber, proposal);
        String step = "assessAmount";
        if (assessment == null) {
            throw new IllegalStateException(step + " returned nothing on " + StepResults.where(execution));
        }
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_PPN_REQUIRED, assessment.ppnRequired());
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_FRAUD, assessment.fraud());
        StepResults.set(execution, step, PenaltyCaseProcess.VAR_HQ_APPROVAL_REQUIRED, assessment.hqApprovalRequired());
        if (assessment.statutoryMaximum() != null) {
            // shown on the next forms beside the proposal
            execution.setVariable(PenaltyCaseProcess.VAR_STATUTORY_MAXIMUM, ProcessVariables.number(assessment.statutoryMaximum()));
        }
    }
}
