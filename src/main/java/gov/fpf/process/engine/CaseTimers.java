package gov.fpf.process.engine;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Moves a timer a case's process is waiting on when the domain recomputes its date outside a step (a recorded
 * publication date, a new storage rate), as {@link RecordSolDecisionDelegate} moves the limitation guards: the date
 * variable the timer reads is set to the new date, and a timer already armed is given it. A timer not yet armed reads
 * the variable when its activity is reached.
 */
@Service
public class CaseTimers {

    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    public CaseTimers(RuntimeService runtimeService, ManagementService managementService) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    /**
     * Sets the date variable on every running instance of {@code processKey} for the case, and moves the timer where
     * it is armed. Returns how many armed timers were moved (0 when the process is not waiting on that timer now).
     */
    public int move(String processKey, String caseNumber, String timerActivityId, String dateVariable, Date due) {
        int moved = 0;
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(processKey).active().list()) {
            runtimeService.setVariable(instance.getId(), dateVariable, due);
            moved += setArmedTimers(instance.getId(), timerActivityId, due);
        }
        return moved;
    }

    /**
     * Moves only a timer the case's process is waiting at now (an extension of a running period): the variable and
     * the armed job take the new date; an instance not waiting there is left unchanged. Returns how many were moved.
     */
    public int moveArmed(String caseNumber, String timerActivityId, String dateVariable, Date due) {
        int moved = 0;
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .active().list()) {
            if (managementService.createJobQuery().processInstanceId(instance.getId()).activityId(timerActivityId)
                    .timers().count() > 0) {
                runtimeService.setVariable(instance.getId(), dateVariable, due);
                moved += setArmedTimers(instance.getId(), timerActivityId, due);
            }
        }
        return moved;
    }

    private int setArmedTimers(String processInstanceId, String timerActivityId, Date due) {
        int moved = 0;
        for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId(timerActivityId).timers().list()) {
            managementService.setJobDuedate(job.getId(), due);
            moved++;
        }
        return moved;
    }
}
