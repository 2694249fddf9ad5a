package gov.fpf.vetting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** "Open vetting": records the vetting and sets the task's due date ({@code vetting.due} days). */
@Component("openVettingDelegate")
public class OpenVettingDelegate implements JavaDelegate {

    private final VettingSteps steps;

    public OpenVettingDelegate(VettingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String where = StepResults.where(execution);
        long partyId = Long.parseLong(StepResults.requiredString(execution, RecurrentVettingProcess.VAR_PARTY_ID, where));
        VettingTrigger trigger = VettingTrigger.valueOf(StepResults.requiredString(execution,
                RecurrentVettingProcess.VAR_VETTING_TRIGGER, where));
        String office = StepResults.requiredString(execution, RecurrentVettingProcess.VAR_OFFICE_CODE, where);
        String group = StepResults.requiredString(execution, RecurrentVettingProcess.VAR_VETTING_GROUP, where);
        VettingSteps.Opened opened = steps.open(partyId, trigger, office, group, execution.getProcessInstanceId());
        execution.setVariable(RecurrentVettingProcess.VAR_VETTING_ID, opened.vettingId());
        execution.setVariable(RecurrentVettingProcess.VAR_VETTING_DUE_DATE, opened.dueDate());
        // the outcome of the vetting before is not this one's
        execution.removeVariable(RecurrentVettingProcess.VAR_VETTING_OUTCOME);
        execution.removeVariable(RecurrentVettingProcess.VAR_VETTING_REASON);
    }
}
