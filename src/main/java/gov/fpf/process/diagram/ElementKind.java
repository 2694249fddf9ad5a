package gov.fpf.process.diagram;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.DataAssociation;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Group;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.Transaction;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** The kinds of element drawn, most specific first; the class is the CSS class, the name goes into titles. */
record ElementKind(Class<? extends ModelElementInstance> type, String cssClass, String name) {

    private static final List<ElementKind> KINDS = List.of(
            new ElementKind(UserTask.class, "user-task", "User task"),
            new ElementKind(ServiceTask.class, "service-task", "Service task"),
            new ElementKind(BusinessRuleTask.class, "business-rule-task", "Business rule task"),
            new ElementKind(ScriptTask.class, "script-task", "Script task"),
            new ElementKind(SendTask.class, "send-task", "Send task"),
            new ElementKind(ReceiveTask.class, "receive-task", "Receive task"),
            new ElementKind(ManualTask.class, "manual-task", "Manual task"),
            new ElementKind(Task.class, "task", "Task"),
            new ElementKind(CallActivity.class, "call-activity", "Call activity"),
            new ElementKind(Transaction.class, "transaction", "Transaction"),
            new ElementKind(SubProcess.class, "sub-process", "Sub-process"),
            new ElementKind(StartEvent.class, "start-event", "Start event"),
            new ElementKind(EndEvent.class, "end-event", "End event"),
            new ElementKind(BoundaryEvent.class, "boundary-event", "Boundary event"),
            new ElementKind(IntermediateCatchEvent.class, "intermediate-catch-event", "Intermediate event"),
            new ElementKind(IntermediateThrowEvent.class, "intermediate-throw-event", "Intermediate throw event"),
            new ElementKind(ExclusiveGateway.class, "exclusive-gateway", "Exclusive gateway"),
            new ElementKind(ParallelGateway.class, "parallel-gateway", "Parallel gateway"),
            new ElementKind(InclusiveGateway.class, "inclusive-gateway", "Inclusive gateway"),
            new ElementKind(EventBasedGateway.class, "event-based-gateway", "Event-based gateway"),
            new ElementKind(ComplexGateway.class, "complex-gateway", "Complex gateway"),
            new ElementKind(SequenceFlow.class, "sequence-flow", "Sequence flow"),
            new ElementKind(MessageFlow.class, "message-flow", "Message flow"),
            new ElementKind(Association.class, "association", "Association"),
            new ElementKind(DataAssociation.class, "data-association", "Data association"),
            new ElementKind(TextAnnotation.class, "text-annotation", "Text annotation"),
            new ElementKind(DataObjectReference.class, "data-object", "Data object"),
            new ElementKind(DataStoreReference.class, "data-store", "Data store"),
            new ElementKind(Participant.class, "participant", "Pool"),
            new ElementKind(Lane.class, "lane", "Lane"),
            new ElementKind(Group.class, "group", "Group"));

    /** The kind an element is drawn as; an unknown type gets a class made from its BPMN type name. */
    static ElementKind of(BaseElement element, boolean eventSubProcess) {
        if (element == null) {
            return new ElementKind(BaseElement.class, "unknown", "Element");
        }
        if (eventSubProcess) {
            return new ElementKind(SubProcess.class, "event-sub-process", "Event sub-process");
        }
        for (ElementKind kind : KINDS) {
            if (kind.type().isInstance(element)) {
                return kind;
            }
        }
        String type = element.getElementType().getTypeName();
        return new ElementKind(BaseElement.class, type.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT), type);
    }
}
