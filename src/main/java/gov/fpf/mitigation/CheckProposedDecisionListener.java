package gov.fpf.mitigation;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/**
 * Runs the mitigation rules (EO floor, repeat offender, four eyes) when the officer completes the proposed decision
 * and when a supervisor completes the exception approval, through {@link PetitionReviewSteps#checkProposedDecision}.
 * It listens on task completion, so the rules hold whether the task is completed through our API or in Tasklist: a
 * refusal thrown here rolls the completion back and the task stays open.
 *
 * <p>Once a step passes, who completed it is kept ({@link PetitionReviewProcess#VAR_PROPOSED_BY},
 * {@link PetitionReviewProcess#VAR_EXCEPTION_REVIEWED_BY}) so the approval can be checked against the proposer.
 */
@Component("checkProposedDecisionListener")
public class CheckProposedDecisionListener implements TaskListener {

    private final PetitionReviewSteps steps;

    public CheckProposedDecisionListener(PetitionReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        String where = "task " + task.getTaskDefinitionKey() + " (process instance " + task.getProcessInstanceId() + ")";
        String caseNumber = StepResults.caseNumber(task);
        String petitionId = StepResults.requiredString(task, PetitionReviewProcess.VAR_PETITION_ID, where);
        boolean approval = PetitionReviewProcess.TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION
                .equals(task.getTaskDefinitionKey());
        String completedBy = StepResults.completedBy(task);

        Map<String, Object> decision = new HashMap<>();
        for (String name : PetitionReviewProcess.DECISION_VARIABLES) {
            decision.put(name, task.getVariable(name));
        }
        if (!approval) {
            // A fresh proposal: an earlier round's approval does not carry over to it.
            decision.put(PetitionReviewProcess.VAR_EXCEPTION_APPROVAL, null);
            decision.put(PetitionReviewProcess.VAR_EXCEPTION_APPROVAL_NOTE, null);
            decision.put(PetitionReviewProcess.VAR_EXCEPTION_REVIEWED_BY, null);
        }
        decision.put(PetitionReviewProcess.VAR_DECISION_STEP,
                approval ? PetitionReviewProcess.STEP_APPROVE_EXCEPTION : PetitionReviewProcess.STEP_PROPOSE);
        decision.put(PetitionReviewProcess.VAR_COMPLETED_BY, completedBy);

        steps.checkProposedDecision(caseNumber, petitionId, decision);

        if (approval) {
            task.getExecution().setVariable(PetitionReviewProcess.VAR_EXCEPTION_REVIEWED_BY, completedBy);
        } else {
            if (PetitionReviewProcess.TASK_FPF_OFFICER_FIRST_REVIEW_OF_SUPPLEMENTAL.equals(task.getTaskDefinitionKey())) {
                // 171.62(a), 172.42(a): the officer's further relief is the decision; without it headquarters decides
                task.getExecution().setVariable(PetitionReviewProcess.VAR_FIRST_REVIEW_BY, completedBy);
                if (!PetitionReviewProcess.OUTCOME_DENY.equals(task.getVariable(PetitionReviewProcess.VAR_PETITION_OUTCOME))) {
                    task.getExecution().setVariable(PetitionReviewProcess.VAR_DECIDING_AUTHORITY,
                            PetitionReviewProcess.AUTHORITY_FPF_OFFICER);
                    task.getExecution().setVariable(PetitionReviewProcess.VAR_ROUTING_CITATION,
                            "19 CFR 171.62(a); 172.42(a) (further relief granted on the FP&F Officer's first review)");
                }
            }
            task.getExecution().setVariable(PetitionReviewProcess.VAR_PROPOSED_BY, completedBy);
            // an API caller may leave the box out: no exception proposed, which the next gateway must read as false
            task.getExecution().setVariable(PetitionReviewProcess.VAR_NATIONAL_SECURITY_EXCEPTION,
                    Boolean.TRUE.equals(task.getVariable(PetitionReviewProcess.VAR_NATIONAL_SECURITY_EXCEPTION)));
            task.getExecution().setVariable(PetitionReviewProcess.VAR_EXCEPTION_APPROVAL, null);
            task.getExecution().setVariable(PetitionReviewProcess.VAR_EXCEPTION_APPROVAL_NOTE, null);
            task.getExecution().setVariable(PetitionReviewProcess.VAR_EXCEPTION_REVIEWED_BY, null);
        }
    }

}
