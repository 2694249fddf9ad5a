package gov.fpf.process.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The engine side of the processes that run per party rather than per case (recurrent vetting, business key
 * {@code PARTY-<id>}): starting one in an office, asking whether one runs, and which parties have one.
 * {@link CaseProcessGuard} holds them to one running instance per party.
 */
@Service
public class PartyProcesses {

    private final RuntimeService runtimeService;
    private final org.camunda.bpm.engine.TaskService taskService;

    public PartyProcesses(RuntimeService runtimeService, org.camunda.bpm.engine.TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** Moves an open task's due date (the embedded demo's backdated vetting; no person's door). */
    public void moveTaskDueDate(String taskId, java.util.Date due) {
        taskService.setDueDate(taskId, due);
    }

    /** Starts the process for the party in the office (tenant); the id of the instance. */
    public String start(String processKey, String businessKey, String officeCode, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put(ProcessVariables.OFFICE_CODE, officeCode);
        try {
            return runtimeService.startProcessInstanceByKey(processKey, businessKey, all).getId();
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            var refusal = CaseWork.refusalIn(e);
            if (refusal != null) {
                throw refusal;
            }
            throw e;
        }
    }

    public boolean running(String processKey, String businessKey) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).count() > 0;
    }

    /** The business keys of the running instances of the process. */
    public Set<String> runningBusinessKeys(String processKey) {
        Set<String> keys = new TreeSet<>();
        runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).list()
                .forEach(pi -> keys.add(pi.getBusinessKey()));
        return keys;
    }

    /** Delivers the message to the party's instance (which must wait for it), with variables. */
    public void deliver(String processKey, String businessKey, String messageName, Map<String, Object> variables) {
        try {
            runtimeService.createMessageCorrelation(messageName)
                    .processInstanceBusinessKey(businessKey).setVariables(variables).correlateWithResult();
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            var refusal = CaseWork.refusalIn(e);
            if (refusal != null) {
                throw refusal;
            }
            throw e;
        }
    }

    /** Whether the party's instance waits for this message now (not while its task is open). */
    public boolean waitsFor(String processKey, String businessKey, String messageName) {
        return runtimeService.createExecutionQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).messageEventSubscriptionName(messageName).count() > 0;
    }
}
