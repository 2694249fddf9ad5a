package gov.fpf.process.modeling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import gov.fpf.process.modeling.ModelLinter.Rule;
import gov.fpf.process.modeling.ModelLinter.Violation;

/**
 * The two flow rules of {@link ModelLinter}, read from the sequence flows (their sourceRef and targetRef, as the
 * engine reads them):
 * <ul>
 * <li>{@link Rule#UNREACHABLE}: every flow node can be reached from a start event. A case enters a process or
 * sub-process at its start events, an event sub-process whenever its parent scope is active, a boundary event
 * whenever its activity is, and a catching link event from the throwing link event of the same name.</li>
 * <li>{@link Rule#DEAD_END}: from every reachable flow node some path leads to an end event (an activity may also
 * leave through an interrupting boundary event). Reported where the path stops: at a step with no way out, or at
 * every step of a loop that never leaves.</li>
 * </ul>
 * Event sub-processes (started by their event, no flows), compensation handlers and compensation boundary events
 * (joined by associations, not flows) are not held to either rule.
 */
final class ModelFlow {

    private final Map<FlowNode, List<FlowNode>> targets = new HashMap<>();
    private final Map<Activity, List<BoundaryEvent>> boundaryEvents = new HashMap<>();
    private final Set<FlowNode> reached = new LinkedHashSet<>();
    private final Deque<FlowNode> toVisit = new ArrayDeque<>();
    private final Set<SubProcess> emptyScopes = new LinkedHashSet<>();

    private ModelFlow(BpmnModelInstance model) {
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getSource() != null && flow.getTarget() != null) {
                targets.computeIfAbsent(flow.getSource(), node -> new ArrayList<>()).add(flow.getTarget());
            }
        }
        for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
            if (event.getAttachedTo() != null) {
                boundaryEvents.computeIfAbsent(event.getAttachedTo(), activity -> new ArrayList<>()).add(event);
            }
        }
    }

    static void check(BpmnModelInstance model, List<Violation> violations) {
        for (Process process : model.getModelElementsByType(Process.class)) {
            ModelFlow flow = new ModelFlow(model);
            flow.checkReachability(process, violations);
            flow.checkEveryPathEnds(process, violations);
        }
    }

    // ---------------------------------------------------------------- reachability

    private void checkReachability(Process process, List<Violation> violations) {
        if (startEvents(process.getFlowElements()).isEmpty() && !process.getFlowElements().isEmpty()) {
            violations.add(new Violation(process.getId(), Rule.UNREACHABLE,
                    "process has no start event, so no case can ever start it; add a start event"));
            return;
        }
        enter(process.getFlowElements());
        while (!toVisit.isEmpty()) {
            FlowNode node = toVisit.poll();
            targets.getOrDefault(node, List.of()).forEach(this::reach);
            if (node instanceof Activity activity) {
                boundaryEvents.getOrDefault(activity, List.of()).forEach(this::reach);
            }
            if (node instanceof SubProcess subProcess) {
                if (startEvents(subProcess.getFlowElements()).isEmpty() && !subProcess.getFlowElements().isEmpty()) {
                    emptyScopes.add(subProcess);
                    violations.add(new Violation(subProcess.getId(), Rule.UNREACHABLE, "sub-process has no start "
                            + "event, so nothing inside it ever runs; add a start event"));
                }
                enter(subProcess.getFlowElements());
            }
            String link = linkName(node, IntermediateThrowEvent.class);
            if (link != null) {
                siblings(node).stream().filter(n -> link.equals(linkName(n, IntermediateCatchEvent.class)))
                        .forEach(this::reach);
            }
        }
        for (FlowNode node : flowNodes(process.getFlowElements())) {
            List<SubProcess> enclosing = enclosingSubProcesses(node);
            if (!reached.contains(node) && !exempt(node) && reached.containsAll(enclosing)
                    && enclosing.stream().noneMatch(emptyScopes::contains)) {
                violations.add(new Violation(node.getId(), Rule.UNREACHABLE, unreachable(node)));
            }
        }
    }

    /** A scope starts at its start events; its event sub-processes listen for as long as it runs. */
    private void enter(Collection<FlowElement> scope) {
        for (FlowElement element : scope) {
            if (element instanceof StartEvent start) {
                reach(start);
            } else if (element instanceof SubProcess subProcess && subProcess.triggeredByEvent()) {
                reach(subProcess);
            }
        }
    }

    private void reach(FlowNode node) {
        if (reached.add(node)) {
            toVisit.add(node);
        }
    }

    private static String unreachable(FlowNode node) {
        if (node instanceof UserTask) {
            return "no path from a start event leads to this user task, so it will never be on anyone's worklist; "
                    + "connect it with a sequence flow or delete it";
        }
        return "no path from a start event leads to this " + typeName(node)
                + ", so no case can ever get here; connect it with a sequence flow or delete it";
    }

    // ---------------------------------------------------------------- every path ends

    private void checkEveryPathEnds(Process process, List<Violation> violations) {
        List<FlowNode> nodes = flowNodes(process.getFlowElements()).stream()
                .filter(reached::contains).filter(node -> !exempt(node)).toList();
        Set<FlowNode> finishes = closure(nodes, node -> node instanceof EndEvent);
        Set<FlowNode> sinks = new LinkedHashSet<>();
        for (FlowNode node : nodes) {
            if (!finishes.contains(node) && exits(node).isEmpty()) {
                sinks.add(node);
                violations.add(new Violation(node.getId(), Rule.DEAD_END, typeName(node) + " has no outgoing "
                        + "sequence flow and is not an end event, so a case that gets here stops without closing; "
                        + "connect it to the next step or to an end event"));
            }
        }
        Set<FlowNode> leadsToSink = closure(nodes, sinks::contains);
        for (FlowNode node : nodes) {
            if (!finishes.contains(node) && !leadsToSink.contains(node)) {
                violations.add(new Violation(node.getId(), Rule.DEAD_END, "every path from this " + typeName(node)
                        + " loops back without ever reaching an end event; give the loop a way out"));
            }
        }
    }

    /** The nodes from which some path reaches a node that {@code seed} accepts. */
    private Set<FlowNode> closure(List<FlowNode> nodes, Predicate<FlowNode> seed) {
        Set<FlowNode> result = new LinkedHashSet<>();
        nodes.stream().filter(seed).forEach(result::add);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (FlowNode node : nodes) {
                if (!result.contains(node) && exits(node).stream().anyMatch(result::contains)) {
                    result.add(node);
                    grew = true;
                }
            }
        }
        return result;
    }

    /** Where a case goes from here: the flows' targets, an interrupting boundary event, the linked catch event. */
    private List<FlowNode> exits(FlowNode node) {
        List<FlowNode> exits = new ArrayList<>(targets.getOrDefault(node, List.of()));
        if (node instanceof Activity activity) {
            boundaryEvents.getOrDefault(activity, List.of()).stream().filter(BoundaryEvent::cancelActivity)
                    .forEach(exits::add);
        }
        String link = linkName(node, IntermediateThrowEvent.class);
        if (link != null) {
            siblings(node).stream().filter(n -> link.equals(linkName(n, IntermediateCatchEvent.class)))
                    .forEach(exits::add);
        }
        return exits;
    }

    // ---------------------------------------------------------------- model helpers

    private static boolean exempt(FlowNode node) {
        if (node instanceof SubProcess subProcess && subProcess.triggeredByEvent()) {
            return true;
        }
        if (node instanceof Activity activity && activity.isForCompensation()) {
            return true;
        }
        return node instanceof BoundaryEvent event && event.getEventDefinitions().stream()
                .anyMatch(CompensateEventDefinition.class::isInstance);
    }

    private static List<StartEvent> startEvents(Collection<FlowElement> scope) {
        return scope.stream().filter(StartEvent.class::isInstance).map(StartEvent.class::cast).toList();
    }

    /** Every flow node of a scope and of the sub-processes inside it. */
    private static List<FlowNode> flowNodes(Collection<FlowElement> scope) {
        List<FlowNode> nodes = new ArrayList<>();
        for (FlowElement element : scope) {
            if (element instanceof FlowNode node) {
                nodes.add(node);
            }
            if (element instanceof SubProcess subProcess) {
                nodes.addAll(flowNodes(subProcess.getFlowElements()));
            }
        }
        return nodes;
    }

    private static List<FlowNode> siblings(FlowNode node) {
        ModelElementInstance parent = node.getParentElement();
        Collection<FlowElement> scope = parent instanceof SubProcess subProcess ? subProcess.getFlowElements()
                : parent instanceof Process process ? process.getFlowElements() : List.of();
        return scope.stream().filter(FlowNode.class::isInstance).map(FlowNode.class::cast).toList();
    }

    private static List<SubProcess> enclosingSubProcesses(FlowNode node) {
        List<SubProcess> enclosing = new ArrayList<>();
        for (ModelElementInstance parent = node.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent instanceof SubProcess subProcess) {
                enclosing.add(subProcess);
            }
        }
        return enclosing;
    }

    private static String linkName(FlowNode node, Class<? extends Event> type) {
        if (!type.isInstance(node)) {
            return null;
        }
        Collection<EventDefinition> definitions = node instanceof IntermediateThrowEvent thrower
                ? thrower.getEventDefinitions() : ((IntermediateCatchEvent) node).getEventDefinitions();
        return definitions.stream().filter(LinkEventDefinition.class::isInstance)
                .map(definition -> ((LinkEventDefinition) definition).getName()).findFirst().orElse(null);
    }

    private static String typeName(FlowNode node) {
        String type = node.getElementType().getTypeName(); // userTask, exclusiveGateway, ...
        return type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
