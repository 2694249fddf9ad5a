package gov.fpf.vetting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/**
 * The vetting task's two moments: when it is created the vetting row names it; when it is completed (our API, the
 * party page or Tasklist alike) the outcome and reason are checked and recorded with who completed it, and the cycle
 * timer is given its date. A refusal here rolls the completion back: the task stays open and nothing is stored.
 */
@Component("vettingTaskListener")
public class VettingTaskListener implements TaskListener {

    private final VettingSteps steps;

    public VettingTaskListener(VettingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        String where = "task " + task.getTaskDefinitionKey() + " (process instance " + task.getProcessInstanceId() + ")";
        long vettingId = Long.parseLong(StepResults.requiredString(task, RecurrentVettingProcess.VAR_VETTING_ID, where));
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            steps.taskOpened(vettingId, task.getId());
            return;
        }
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            java.util.Date next = steps.complete(vettingId, task.getVariable(RecurrentVettingProcess.VAR_VETTING_OUTCOME),
                    task.getVariable(RecurrentVettingProcess.VAR_VETTING_REASON), StepResults.completedBy(task));
            task.getExecution().setVariable(RecurrentVettingProcess.VAR_NEXT_VETTING_DATE, next);
            // unless a new finding arrives first, the cycle opens the next vetting
            task.getExecution().setVariable(RecurrentVettingProcess.VAR_VETTING_TRIGGER, VettingTrigger.CYCLE.name());
        }
    }
}
