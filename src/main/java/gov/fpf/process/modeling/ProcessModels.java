package gov.fpf.process.modeling;

import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** Small questions about a BPMN model that the deployment audit and the migrations both ask. */
final class ProcessModels {

    private ProcessModels() {
    }

    /** The id of the process an element belongs to. */
    static String processOf(ModelElementInstance element) {
        for (ModelElementInstance parent = element; parent != null; parent = parent.getParentElement()) {
            if (parent instanceof Process process) {
                return process.getId();
            }
        }
        return null;
    }

    /**
     * Whether a running case can be found at this node: it waits there (a task for a person, a message or timer,
     * a called process, a sub-process or event sub-process it is inside, a joining gateway) or stops there
     * before or after it (asynchronous continuation). Every other node is passed straight through in one transaction.
     */
    static boolean canHoldACase(FlowNode node) {
        if (node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter()) {
            return true;
        }
        if (node instanceof StartEvent start) {
            return start.getParentElement() instanceof SubProcess sub && sub.triggeredByEvent();
        }
        return node instanceof UserTask || node instanceof ReceiveTask || node instanceof CallActivity
                || node instanceof SubProcess || node instanceof IntermediateCatchEvent
                || node instanceof EventBasedGateway || node instanceof BoundaryEvent
                || node instanceof ParallelGateway || (node instanceof Activity activity
                && activity.getLoopCharacteristics() != null);
    }
}
