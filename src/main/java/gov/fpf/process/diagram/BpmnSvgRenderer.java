package gov.fpf.process.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.EventBasedGatewayType;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CancelEventDefinition;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.DataAssociation;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Group;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.LoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Transaction;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Draws a BPMN model as SVG from its diagram interchange (the {@code bpmndi} section Camunda Modeler writes): one
 * {@code <g class="shape …">} per {@code BPMNShape} and one {@code <g class="edge …">} per {@code BPMNEdge}, each with
 * {@code data-element-id} (the BPMN id) and a {@code <title>} naming the element, its kind and its state. No browser
 * library is involved, so the same picture goes into a page, a notice or a report.
 *
 * <p>The output is self-contained: colours and strokes are presentation attributes, so it needs no stylesheet (a
 * page may still restyle it through the classes), and its marker ids are prefixed with the process id so two
 * different diagrams can sit on one page. It has no XML declaration, so it can be pasted into HTML as it is
 * ({@code th:utext}) or served alone as {@code image/svg+xml}.
 *
 * <p>An instance's state ({@link DiagramState}) shows as a class and a {@code data-state} on each group
 * ({@code current}, {@code completed}, {@code interrupted}; flows taken are {@code passed}), as colour, and not by colour
 * alone: a current step has a dashed halo and a heavier border, a completed activity a tick. A legend is drawn above the
 * diagram, the titles end in the state, and the root's {@code aria-label} (the root is {@code role="img"}) names the
 * current and completed steps in words.
 *
 * <p>To put a diagram into a notice or a report, call {@link CaseDiagrams} (a case's process with its state, or a
 * deployed definition); with a model already in hand, call {@link #render(BpmnModelInstance, DiagramState)}.
 *
 * <p>Notation, simplified from BPMN 2.0: tasks are rounded rectangles with a small type marker in the top left
 * corner; call activities have a thick border and a [+]; expanded sub-processes are large rounded rectangles, dashed
 * for event sub-processes; start events are thin circles (dashed when non-interrupting), intermediate and boundary
 * events double circles (dashed when non-interrupting), end events thick circles; an event's type is a glyph inside
 * (filled when the event throws); gateways are diamonds with X (exclusive), + (parallel), O (inclusive), * (complex)
 * or the circled pentagon (event-based). Text is wrapped by an estimate of character widths, since the server has no
 * font metrics; the whole name is always in the element's {@code <title>}.
 */
public final class BpmnSvgRenderer {

    /**
     * What a process instance has done: the ids of the elements it is at now, of those it has completed, and of
     * those it left because an event interrupted them. An id in more than one set counts as the first of current,
     * completed, interrupted (a step done before and now open again is current).
     */
    public record DiagramState(Set<String> current, Set<String> completed, Set<String> interrupted) {

        /** A plain diagram: no instance, nothing highlighted, no legend. */
        public static final DiagramState NONE = new DiagramState(Set.of(), Set.of(), Set.of());

        public DiagramState {
            current = Set.copyOf(current);
            completed = Set.copyOf(completed);
            interrupted = Set.copyOf(interrupted);
        }

        public boolean isEmpty() {
            return current.isEmpty() && completed.isEmpty() && interrupted.isEmpty();
        }

        String of(String elementId) {
            if (current.contains(elementId)) {
                return CURRENT;
            } else if (completed.contains(elementId)) {
                return COMPLETED;
            } else if (interrupted.contains(elementId)) {
                return INTERRUPTED;
            }
            return null;
        }

        boolean reached(String elementId) {
            return of(elementId) != null;
        }
    }

    /** The state classes on shapes and edges; a page's CSS may refer to them. */
    public static final String CURRENT = "current";
    public static final String COMPLETED = "completed";
    public static final String INTERRUPTED = "interrupted";
    /** A sequence flow whose source completed and whose target was reached (inferred: history has no flows). */
    public static final String PASSED = "passed";

    private static final String INK = "#1b1b1b";
    private static final String PAPER = "#ffffff";
    private static final String MUTED = "#505050";
    // AA contrast against white for graphics (3:1) and for text on the tints
    private static final String CURRENT_STROKE = "#c05600";
    private static final String CURRENT_FILL = "#fff1e0";
    private static final String COMPLETED_STROKE = "#00703c";
    private static final String COMPLETED_FILL = "#e3f1e8";
    private static final String INTERRUPTED_STROKE = "#6b6b6b";
    private static final String INTERRUPTED_FILL = "#ececec";
    private static final String ANNOTATION_FILL = "#f7f7f7";

    private static final double FONT = 11;
    private static final double LINE = 13;
    /** Average advance of a character of a sans-serif font, as a share of the font size (an estimate). */
    private static final double CHAR_WIDTH = 0.55;
    private static final double MARGIN = 20;
    private static final double LEGEND_HEIGHT = 36;

    private BpmnSvgRenderer() {
    }

    /** The plain diagram of a model. */
    public static String render(BpmnModelInstance model) {
        return render(model, DiagramState.NONE);
    }

    /** The diagram with the instance's state highlighted and a legend, when {@code state} is not empty. */
    public static String render(BpmnModelInstance model, DiagramState state) {
        return new Drawing(model, state == null ? DiagramState.NONE : state).draw();
    }

    /** The kinds of element drawn, most specific first; the class is the CSS class, the name goes into titles. */
    private record Kind(Class<? extends ModelElementInstance> type, String cssClass, String name) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(UserTask.class, "user-task", "User task"),
            new Kind(ServiceTask.class, "service-task", "Service task"),
            new Kind(BusinessRuleTask.class, "business-rule-task", "Business rule task"),
            new Kind(ScriptTask.class, "script-task", "Script task"),
            new Kind(SendTask.class, "send-task", "Send task"),
            new Kind(ReceiveTask.class, "receive-task", "Receive task"),
            new Kind(ManualTask.class, "manual-task", "Manual task"),
            new Kind(Task.class, "task", "Task"),
            new Kind(CallActivity.class, "call-activity", "Call activity"),
            new Kind(Transaction.class, "transaction", "Transaction"),
            new Kind(SubProcess.class, "sub-process", "Sub-process"),
            new Kind(StartEvent.class, "start-event", "Start event"),
            new Kind(EndEvent.class, "end-event", "End event"),
            new Kind(BoundaryEvent.class, "boundary-event", "Boundary event"),
            new Kind(IntermediateCatchEvent.class, "intermediate-catch-event", "Intermediate event"),
            new Kind(IntermediateThrowEvent.class, "intermediate-throw-event", "Intermediate throw event"),
            new Kind(ExclusiveGateway.class, "exclusive-gateway", "Exclusive gateway"),
            new Kind(ParallelGateway.class, "parallel-gateway", "Parallel gateway"),
            new Kind(InclusiveGateway.class, "inclusive-gateway", "Inclusive gateway"),
            new Kind(EventBasedGateway.class, "event-based-gateway", "Event-based gateway"),
            new Kind(ComplexGateway.class, "complex-gateway", "Complex gateway"),
            new Kind(SequenceFlow.class, "sequence-flow", "Sequence flow"),
            new Kind(MessageFlow.class, "message-flow", "Message flow"),
            new Kind(Association.class, "association", "Association"),
            new Kind(DataAssociation.class, "data-association", "Data association"),
            new Kind(TextAnnotation.class, "text-annotation", "Text annotation"),
            new Kind(DataObjectReference.class, "data-object", "Data object"),
            new Kind(DataStoreReference.class, "data-store", "Data store"),
            new Kind(Participant.class, "participant", "Pool"),
            new Kind(Lane.class, "lane", "Lane"),
            new Kind(Group.class, "group", "Group"));

    private static Kind kindOf(BaseElement element, boolean eventSubProcess) {
        if (element == null) {
            return new Kind(BaseElement.class, "unknown", "Element");
        }
        if (eventSubProcess) {
            return new Kind(SubProcess.class, "event-sub-process", "Event sub-process");
        }
        for (Kind kind : KINDS) {
            if (kind.type().isInstance(element)) {
                return kind;
            }
        }
        String type = element.getElementType().getTypeName();
        return new Kind(BaseElement.class, type.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT), type);
    }

    private record Box(double x, double y, double w, double h) {
        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }

        double right() {
            return x + w;
        }

        double bottom() {
            return y + h;
        }

        static Box of(Bounds bounds) {
            return new Box(value(bounds.getX()), value(bounds.getY()), value(bounds.getWidth()), value(bounds.getHeight()));
        }

        private static double value(Double d) {
            return d == null ? 0 : d;
        }
    }

    private record Point(double x, double y) {
    }

    /** One rendering; not thread-safe, made per call. */
    private static final class Drawing {

        private final BpmnModelInstance model;
        private final DiagramState state;
        private final String idPrefix;
        private final StringBuilder svg = new StringBuilder(64 * 1024);

        Drawing(BpmnModelInstance model, DiagramState state) {
            this.model = model;
            this.state = state;
            this.idPrefix = "bpmn-" + safeId(mainProcessId()) + "-";
        }

        String draw() {
            BpmnPlane plane = model.getModelElementsByType(BpmnDiagram.class).stream()
                    .map(BpmnDiagram::getBpmnPlane).filter(p -> p != null).findFirst().orElse(null);
            List<DiagramElement> elements = plane == null ? List.of() : List.copyOf(plane.getDiagramElements());
            List<BpmnShape> shapes = elements.stream().filter(BpmnShape.class::isInstance).map(BpmnShape.class::cast)
                    .toList();
            List<BpmnEdge> edges = elements.stream().filter(BpmnEdge.class::isInstance).map(BpmnEdge.class::cast)
                    .toList();

            double[] extent = extent(shapes, edges);
            boolean legend = !state.isEmpty();
            double minX = extent[0] - MARGIN;
            double minY = extent[1] - MARGIN - (legend ? LEGEND_HEIGHT : 0);
            double maxX = Math.max(extent[2] + MARGIN, legend ? minX + legendWidth() + MARGIN : 0);
            double maxY = extent[3] + MARGIN;
            double width = maxX - minX;
            double height = maxY - minY;

            open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "bpmn-diagram",
                    "viewBox", num(minX) + " " + num(minY) + " " + num(width) + " " + num(height),
                    "width", width, "height", height, "role", "img", "aria-label", summary(),
                    "data-process-id", mainProcessId(),
                    "font-family", "system-ui, -apple-system, 'Segoe UI', Arial, sans-serif", "font-size", FONT);
            textElement("title", title());
            definitions();
            empty("rect", "class", "background", "x", minX, "y", minY, "width", width, "height", height, "fill", PAPER);
            if (plane == null) {
                textElement("text", "This model has no diagram.", "x", 0, "y", 0, "fill", INK);
            }
            if (legend) {
                legend(minX + MARGIN, minY + 10);
            }

            List<Object> drawables = new ArrayList<>();
            drawables.addAll(shapes);
            drawables.addAll(edges);
            drawables.sort(Comparator.comparingInt(this::layer)); // stable: DI order within a layer
            for (Object drawable : drawables) {
                if (drawable instanceof BpmnShape shape) {
                    shape(shape);
                } else {
                    edge((BpmnEdge) drawable);
                }
            }
            close("svg");
            return svg.toString();
        }

        /** Pools under lanes under sub-processes (outer first) under flows under nodes under boundary events. */
        private int layer(Object drawable) {
            if (drawable instanceof BpmnEdge edge) {
                // a flow taken lies over one not taken where the two share a stretch of line
                return PASSED.equals(edgeState(edge.getBpmnElement())) ? 101 : 100;
            }
            BpmnShape shape = (BpmnShape) drawable;
            BaseElement element = shape.getBpmnElement();
            if (element instanceof Participant) {
                return 0;
            } else if (element instanceof Lane) {
                return 10;
            } else if (element instanceof Group) {
                return 90;
            } else if (element instanceof SubProcess && expanded(shape)) {
                return 20 + Math.min(depth(element), 60);
            } else if (element instanceof BoundaryEvent) {
                return 300;
            }
            return 200;
        }

        private static int depth(ModelElementInstance element) {
            int depth = 0;
            for (ModelElementInstance parent = element.getParentElement(); parent != null;
                 parent = parent.getParentElement()) {
                if (parent instanceof SubProcess) {
                    depth++;
                }
            }
            return depth;
        }

        /** minX, minY, maxX, maxY of every shape, label and waypoint. */
        private double[] extent(List<BpmnShape> shapes, List<BpmnEdge> edges) {
            List<Box> boxes = new ArrayList<>();
            for (BpmnShape shape : shapes) {
                if (shape.getBounds() != null) {
                    boxes.add(Box.of(shape.getBounds()));
                }
                Box label = labelBox(shape.getBpmnLabel());
                if (label != null) {
                    boxes.add(label);
                } else if (shape.getBounds() != null && hasExternalLabel(shape.getBpmnElement())) {
                    boxes.add(defaultLabelBox(Box.of(shape.getBounds())));
                }
            }
            for (BpmnEdge edge : edges) {
                for (Waypoint point : edge.getWaypoints()) {
                    boxes.add(new Box(point.getX(), point.getY(), 0, 0));
                }
                Box label = labelBox(edge.getBpmnLabel());
                if (label != null) {
                    boxes.add(label);
                }
            }
            if (boxes.isEmpty()) {
                return new double[] {0, 0, 300, 40};
            }
            return new double[] {
                    boxes.stream().mapToDouble(Box::x).min().orElseThrow(),
                    boxes.stream().mapToDouble(Box::y).min().orElseThrow(),
                    boxes.stream().mapToDouble(Box::right).max().orElseThrow(),
                    boxes.stream().mapToDouble(Box::bottom).max().orElseThrow()};
        }

        // ---------------------------------------------------------------- text about the diagram

        private String mainProcessId() {
            return model.getModelElementsByType(Process.class).stream().map(Process::getId).findFirst()
                    .orElse(model.getDefinitions() == null ? "diagram" : String.valueOf(model.getDefinitions().getId()));
        }

        private String title() {
            String name = model.getModelElementsByType(Process.class).stream().map(Process::getName)
                    .filter(n -> n != null && !n.isBlank()).findFirst().orElse(mainProcessId());
            return "Process diagram: " + name;
        }

        /** The state in words, for screen readers (role="img" makes the diagram one image with this label). */
        private String summary() {
            if (state.isEmpty()) {
                return title();
            }
            return title() + ". Current: " + names(state.current()) + ". Completed: " + names(state.completed())
                    + (state.interrupted().isEmpty() ? "" : ". Interrupted: " + names(state.interrupted())) + ".";
        }

        private String names(Set<String> ids) {
            Set<String> names = new LinkedHashSet<>();
            for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
                BaseElement element = shape.getBpmnElement();
                if (element != null && ids.contains(element.getId())
                        && !(element instanceof Gateway && isBlank(nameOf(element)))) {
                    names.add(displayName(element));
                }
            }
            return names.isEmpty() ? "none" : String.join("; ", names);
        }

        // ---------------------------------------------------------------- defs and legend

        private void definitions() {
            open("defs");
            arrow("arrow", INK, INK);
            arrow("arrow-" + PASSED, COMPLETED_STROKE, COMPLETED_STROKE);
            arrow("arrow-open", PAPER, INK);
            open("marker", "id", idPrefix + "circle-open", "viewBox", "0 0 10 10", "refX", 5, "refY", 5,
                    "markerWidth", 8, "markerHeight", 8, "markerUnits", "userSpaceOnUse", "orient", "auto");
            empty("circle", "cx", 5, "cy", 5, "r", 4, "fill", PAPER, "stroke", INK);
            close("marker");
            diamond("diamond", INK);
            diamond("diamond-" + PASSED, COMPLETED_STROKE);
            close("defs");
        }

        private void arrow(String id, String fill, String stroke) {
            open("marker", "id", idPrefix + id, "viewBox", "0 0 10 10", "refX", 10, "refY", 5,
                    "markerWidth", 10, "markerHeight", 10, "markerUnits", "userSpaceOnUse", "orient", "auto");
            empty("path", "d", "M0,0 L10,5 L0,10 z", "fill", fill, "stroke", fill.equals(stroke) ? null : stroke);
            close("marker");
        }

        /** The conditional-flow diamond at the start of a flow leaving an activity. */
        private void diamond(String id, String colour) {
            open("marker", "id", idPrefix + id, "viewBox", "0 0 16 10", "refX", 0, "refY", 5,
                    "markerWidth", 16, "markerHeight", 10, "markerUnits", "userSpaceOnUse", "orient", "auto");
            empty("path", "d", "M1,5 L8,1 L15,5 L8,9 z", "fill", PAPER, "stroke", colour);
            close("marker");
        }

        private static final String[][] LEGEND = {
                {CURRENT, "Current step"}, {COMPLETED, "Completed"}, {INTERRUPTED, "Interrupted"},
                {"", "Not reached"}, {PASSED, "Flow taken"}};

        private double legendWidth() {
            double width = 0;
            for (String[] item : LEGEND) {
                width += 34 + textWidth(item[1], FONT) + 18;
            }
            return width;
        }

        private void legend(double x, double y) {
            open("g", "class", "legend", "aria-hidden", "true");
            double at = x;
            for (String[] item : LEGEND) {
                String itemState = item[0];
                if (INTERRUPTED.equals(itemState) && state.interrupted().isEmpty()) {
                    continue;
                }
                if (PASSED.equals(itemState)) {
                    empty("line", "x1", at, "y1", y + 8, "x2", at + 26, "y2", y + 8, "stroke", COMPLETED_STROKE,
                            "stroke-width", 2, "marker-end", "url(#" + idPrefix + "arrow-" + PASSED + ")");
                } else {
                    empty("rect", "class", "swatch " + itemState, "x", at, "y", y, "width", 26, "height", 16, "rx", 4,
                            "fill", fill(itemState), "stroke", stroke(itemState),
                            "stroke-width", CURRENT.equals(itemState) ? 3 : 1.5);
                }
                textElement("text", item[1], "x", at + 34, "y", y + 12, "fill", INK);
                at += 34 + textWidth(item[1], FONT) + 18;
            }
            close("g");
        }

        // ---------------------------------------------------------------- shapes

        private void shape(BpmnShape shape) {
            BaseElement element = shape.getBpmnElement();
            Box box = shape.getBounds() == null ? new Box(0, 0, 0, 0) : Box.of(shape.getBounds());
            boolean eventSubProcess = element instanceof SubProcess sub && sub.triggeredByEvent();
            Kind kind = kindOf(element, eventSubProcess);
            String id = element == null ? shape.getId() : element.getId();
            String elementState = state.of(id);

            open("g", "class", "shape " + kind.cssClass() + (elementState == null ? "" : " " + elementState),
                    "data-element-id", id, "data-state", elementState);
            textElement("title", describe(element, kind, elementState));

            if (element instanceof Participant || element instanceof Lane) {
                band(box, nameOf(element), elementState);
            } else if (element instanceof SubProcess subProcess && expanded(shape)) {
                container(box, subProcess, eventSubProcess, elementState);
            } else if (element instanceof Activity activity) {
                activity(box, activity, elementState);
            } else if (element instanceof Event event) {
                event(box, event, elementState);
            } else if (element instanceof Gateway gateway) {
                gateway(box, gateway, shape, elementState);
            } else if (element instanceof TextAnnotation annotation) {
                annotation(box, annotation);
            } else if (element instanceof Group) {
                rect(box, 10, "none", INK, 1.5, "8 4 2 4");
            } else {
                rect(box, 0, fill(elementState), stroke(elementState), 1.5, null);
            }
            if (hasExternalLabel(element) && !isBlank(nameOf(element))) {
                externalLabel(nameOf(element), labelBox(shape.getBpmnLabel()), box);
            }
            close("g");
        }

        /** Where the Modeler put the label, or below the shape. */
        private void externalLabel(String name, Box label, Box shape) {
            Box at = label == null ? defaultLabelBox(shape) : label;
            double width = Math.max(at.w(), 90);
            int lines = Math.min(4, wrap(name, width, FONT).size());
            // a label above its shape grows upwards, so extra lines do not run into the shape
            double top = at.bottom() <= shape.y() + 1 ? Math.min(at.y(), at.bottom() - lines * LINE) : at.y();
            text(name, at.cx(), top, width, 4, "middle");
        }

        private void band(Box box, String name, String elementState) {
            rect(box, 0, "none", stroke(elementState), 1.5, null);
            // the name runs up a band on the left, as in the Modeler
            empty("line", "x1", box.x() + 30, "y1", box.y(), "x2", box.x() + 30, "y2", box.bottom(),
                    "stroke", INK, "stroke-width", 1);
            if (!isBlank(name)) {
                double cx = box.x() + 15;
                double cy = box.cy();
                textElement("text", clip(oneLine(name), box.h() - 10, FONT), "x", cx, "y", cy + FONT / 3,
                        "text-anchor", "middle", "fill", INK, "transform", "rotate(-90 " + num(cx) + " " + num(cy) + ")");
            }
        }

        private void container(Box box, SubProcess subProcess, boolean eventSubProcess, String elementState) {
            // a container shows its state by its border only: a tinted area the size of the process is hard to read
            double strokeWidth = CURRENT.equals(elementState) ? 3 : 1.5;
            rect(box, 10, PAPER, stroke(elementState), strokeWidth, eventSubProcess ? "6 4" : null);
            if (subProcess instanceof Transaction) {
                rect(inset(box, 3), 8, "none", stroke(elementState), 1, null);
            }
            String name = nameOf(subProcess);
            if (!isBlank(name)) {
                text(name, box.x() + 10, box.y() + 6, Math.max(box.w() - 20, 60), 2, "start");
            }
        }

        private void activity(Box box, Activity activity, String elementState) {
            boolean current = CURRENT.equals(elementState);
            if (current) {
                halo(inset(box, -5), 14);
            }
            if (activity instanceof CallActivity) {
                // the thick border stays inside the bounds
                rect(inset(box, 1.5), 10, fill(elementState), stroke(elementState), 4, null);
            } else {
                rect(box, 10, fill(elementState), stroke(elementState), current ? 3 : 2, null);
            }
            if (activity instanceof Transaction) {
                rect(inset(box, 3), 8, "none", stroke(elementState), 1, null);
            }
            taskMarker(activity, box.x() + 6, box.y() + 6);
            if (COMPLETED.equals(elementState)) {
                // a tick, so completion does not rest on colour alone
                empty("path", "class", "tick", "d", new PathData().move(box.right() - 20, box.y() + 11).raw("l4,4 l8,-8"),
                        "fill", "none", "stroke", COMPLETED_STROKE, "stroke-width", 2.5, "stroke-linecap", "round");
            }
            bottomMarkers(activity, box);
            String name = nameOf(activity);
            if (!isBlank(name)) {
                int maxLines = (int) Math.max(1, Math.floor((box.h() - 8) / LINE));
                double lines = Math.min(maxLines, wrap(name, box.w() - 12, FONT).size());
                double top = box.cy() - lines * LINE / 2;
                // clear of the type marker in the corner, when the text still fits below it
                if (top < box.y() + 18 && box.y() + 18 + lines * LINE <= box.bottom() - 2) {
                    top = box.y() + 18;
                }
                text(name, box.cx(), top, box.w() - 12, maxLines, "middle");
            }
        }

        /** The type marker of a task, in a 16 by 16 box from (x, y). */
        private void taskMarker(Activity activity, double x, double y) {
            if (activity instanceof UserTask) {
                open("g", "class", "marker");
                empty("circle", "cx", x + 8, "cy", y + 5, "r", 3.5, "fill", PAPER, "stroke", INK);
                empty("path", "d", new PathData().move(x + 1, y + 16).raw("v-3 q0,-4 7,-4 q7,0 7,4 v3 z"),
                        "fill", PAPER, "stroke", INK);
                close("g");
            } else if (activity instanceof ServiceTask) {
                double cx = x + 8;
                double cy = y + 8;
                PathData teeth = new PathData();
                for (int i = 0; i < 8; i++) {
                    double a = Math.PI / 4 * i;
                    teeth.move(cx + 4.5 * Math.cos(a), cy + 4.5 * Math.sin(a))
                            .line(cx + 7.5 * Math.cos(a), cy + 7.5 * Math.sin(a));
                }
                open("g", "class", "marker");
                empty("path", "d", teeth, "stroke", INK, "stroke-width", 2.2);
                empty("circle", "cx", cx, "cy", cy, "r", 4.5, "fill", PAPER, "stroke", INK, "stroke-width", 1.5);
                empty("circle", "cx", cx, "cy", cy, "r", 1.6, "fill", INK);
                close("g");
            } else if (activity instanceof BusinessRuleTask) {
                open("g", "class", "marker");
                empty("rect", "x", x, "y", y + 2, "width", 17, "height", 12, "fill", PAPER, "stroke", INK);
                empty("rect", "x", x, "y", y + 2, "width", 17, "height", 4, "fill", MUTED, "stroke", INK);
                empty("path", "d", new PathData().move(x, y + 10).raw("h17").move(x + 5, y + 6).raw("v8"), "stroke", INK);
                close("g");
            } else if (activity instanceof ScriptTask) {
                open("g", "class", "marker");
                empty("path", "d", new PathData().move(x + 3, y + 1)
                                .raw("h11 q-4,3.5 0,7 q4,3.5 0,7 h-11 q-4,-3.5 0,-7 q4,-3.5 0,-7 z")
                                .move(x + 4, y + 5).raw("h6").move(x + 4, y + 8).raw("h6").move(x + 5, y + 11).raw("h6"),
                        "fill", PAPER, "stroke", INK);
                close("g");
            } else if (activity instanceof SendTask) {
                envelope(x + 8, y + 8, 8, true, INK);
            } else if (activity instanceof ReceiveTask) {
                envelope(x + 8, y + 8, 8, false, INK);
            } else if (activity instanceof ManualTask) {
                open("g", "class", "marker");
                empty("path", "d", new PathData().move(x, y + 7).raw("h9 v-3 h6 v3 h2 v7 h-17 z"), "fill", PAPER, "stroke", INK);
                close("g");
            }
        }

        /** [+] for a collapsed sub-process or a call activity, and the loop markers, centred at the bottom. */
        private void bottomMarkers(Activity activity, Box box) {
            List<String> markers = new ArrayList<>();
            LoopCharacteristics loop = activity.getLoopCharacteristics();
            if (loop instanceof MultiInstanceLoopCharacteristics multi) {
                markers.add(multi.isSequential() ? "sequential" : "parallel");
            } else if (loop != null) {
                markers.add("loop");
            }
            if (activity instanceof CallActivity || activity instanceof SubProcess) {
                markers.add("collapsed");
            }
            if (activity.isForCompensation()) {
                markers.add("compensation");
            }
            double x = box.cx() - markers.size() * 16 / 2.0;
            double y = box.bottom() - 18;
            for (String marker : markers) {
                PathData d = switch (marker) {
                    case "sequential" -> new PathData().move(x + 2, y + 3).raw("h10").move(x + 2, y + 7).raw("h10")
                            .move(x + 2, y + 11).raw("h10");
                    case "parallel" -> new PathData().move(x + 3, y + 1).raw("v12").move(x + 7, y + 1).raw("v12")
                            .move(x + 11, y + 1).raw("v12");
                    case "loop" -> new PathData().move(x + 4, y + 12).raw("A5,5 0 1 1 " + num(x + 10) + "," + num(y + 12))
                            .move(x + 10, y + 12).raw("l3,-1").move(x + 10, y + 12).raw("l0,-3");
                    case "compensation" -> new PathData().move(x + 7, y + 2).raw("l-6,5 l6,5 z")
                            .move(x + 13, y + 2).raw("l-6,5 l6,5 z");
                    default -> new PathData().move(x + 1, y + 1).raw("h12 v12 h-12 z").move(x + 4, y + 7).raw("h6")
                            .move(x + 7, y + 4).raw("v6");
                };
                empty("path", "class", "marker", "d", d, "fill", "none", "stroke", INK, "stroke-width", 1.5);
                x += 16;
            }
        }

        private void event(Box box, Event event, String elementState) {
            double cx = box.cx();
            double cy = box.cy();
            double r = Math.min(box.w(), box.h()) / 2;
            String fill = fill(elementState);
            String stroke = stroke(elementState);
            boolean current = CURRENT.equals(elementState);
            boolean nonInterrupting = (event instanceof StartEvent start && !start.isInterrupting())
                    || (event instanceof BoundaryEvent boundary && !boundary.cancelActivity());
            String dash = nonInterrupting ? "5 3" : null;
            if (current) {
                circle(cx, cy, r + 6, "none", CURRENT_STROKE, 2, "4 3");
            }
            if (event instanceof EndEvent) {
                circle(cx, cy, r - 2, fill, stroke, 4, null);
            } else if (event instanceof StartEvent) {
                circle(cx, cy, r, fill, stroke, current ? 3 : 1.5, dash);
            } else {
                circle(cx, cy, r, fill, stroke, current ? 2.5 : 1.5, dash);
                circle(cx, cy, r - 3, "none", stroke, 1.5, dash);
            }
            Collection<EventDefinition> definitions = event instanceof CatchEvent catchEvent ? catchEvent.getEventDefinitions()
                    : event instanceof ThrowEvent throwEvent ? throwEvent.getEventDefinitions() : List.of();
            boolean throwing = event instanceof ThrowEvent;
            if (definitions.size() > 1) {
                polygon(cx, cy, r * 0.5, 5, throwing, stroke);
            } else if (!definitions.isEmpty()) {
                glyph(definitions.iterator().next(), cx, cy, r, throwing, stroke);
            }
        }

        /** The event type inside the circle; filled when the event throws. Coordinates are shares of the radius. */
        private void glyph(EventDefinition definition, double cx, double cy, double r, boolean filled, String stroke) {
            String fill = filled ? stroke : PAPER;
            if (definition instanceof TimerEventDefinition) {
                double c = r * 0.62;
                PathData d = new PathData();
                for (int i = 0; i < 12; i++) {
                    double a = Math.PI / 6 * i;
                    d.move(cx + c * 0.78 * Math.cos(a), cy + c * 0.78 * Math.sin(a))
                            .line(cx + c * Math.cos(a), cy + c * Math.sin(a));
                }
                d.move(cx, cy).line(cx + c * 0.35, cy - c * 0.62).move(cx, cy).line(cx + c * 0.62, cy + c * 0.1);
                open("g", "class", "glyph timer");
                circle(cx, cy, c, PAPER, stroke, 1.5, null);
                empty("path", "d", d, "stroke", stroke, "stroke-width", 1, "fill", "none");
                close("g");
            } else if (definition instanceof MessageEventDefinition) {
                envelope(cx, cy, r * 0.5, filled, stroke);
            } else if (definition instanceof EscalationEventDefinition) {
                glyphPath("escalation", polygonPath(cx, cy, r, 0, -0.58, 0.4, 0.5, 0, 0.1, -0.4, 0.5), fill, stroke);
            } else if (definition instanceof ErrorEventDefinition) {
                glyphPath("error", polygonPath(cx, cy, r, -0.45, 0.5, -0.2, -0.4, 0.08, 0.08, 0.45, -0.5, 0.2, 0.4, -0.08, -0.08),
                        fill, stroke);
            } else if (definition instanceof TerminateEventDefinition) {
                open("g", "class", "glyph terminate");
                circle(cx, cy, r * 0.55, stroke, stroke, 1, null);
                close("g");
            } else if (definition instanceof SignalEventDefinition) {
                glyphPath("signal", polygonPath(cx, cy, r, 0, -0.55, 0.5, 0.35, -0.5, 0.35), fill, stroke);
            } else if (definition instanceof ConditionalEventDefinition) {
                PathData d = polygonPath(cx, cy, r, -0.4, -0.5, 0.4, -0.5, 0.4, 0.5, -0.4, 0.5);
                for (int i = 1; i <= 4; i++) {
                    d.move(cx - r * 0.4 + 2, cy - r * 0.5 + r * i / 5).line(cx + r * 0.4 - 2, cy - r * 0.5 + r * i / 5);
                }
                glyphPath("conditional", d, PAPER, stroke);
            } else if (definition instanceof LinkEventDefinition) {
                glyphPath("link", polygonPath(cx, cy, r, -0.5, -0.15, 0, -0.15, 0, -0.4, 0.45, 0, 0, 0.4, 0, 0.15, -0.5, 0.15),
                        fill, stroke);
            } else if (definition instanceof CompensateEventDefinition) {
                PathData d = polygonPath(cx, cy, r, -0.55, 0, -0.1, -0.35, -0.1, 0.35);
                d.append(polygonPath(cx, cy, r, -0.1, 0, 0.35, -0.35, 0.35, 0.35));
                glyphPath("compensation", d, fill, stroke);
            } else if (definition instanceof CancelEventDefinition) {
                double a = r * 0.35;
                empty("path", "class", "glyph cancel",
                        "d", new PathData().move(cx - a, cy - a).line(cx + a, cy + a).move(cx + a, cy - a).line(cx - a, cy + a),
                        "stroke", stroke, "stroke-width", 3);
            }
        }

        /** A closed polygon through points given as shares of r from the centre: x1, y1, x2, y2, … */
        private static PathData polygonPath(double cx, double cy, double r, double... shares) {
            PathData d = new PathData().move(cx + shares[0] * r, cy + shares[1] * r);
            for (int i = 2; i < shares.length; i += 2) {
                d.line(cx + shares[i] * r, cy + shares[i + 1] * r);
            }
            return d.raw("Z");
        }

        private void glyphPath(String type, PathData d, String fill, String stroke) {
            empty("path", "class", "glyph " + type, "d", d, "fill", fill, "stroke", stroke, "stroke-width", 1.2,
                    "stroke-linejoin", "round");
        }

        private void envelope(double cx, double cy, double half, boolean filled, String stroke) {
            double w = half * 2;
            double h = half * 1.36;
            double x = cx - w / 2;
            double y = cy - h / 2;
            open("g", "class", "glyph message");
            empty("rect", "x", x, "y", y, "width", w, "height", h, "fill", filled ? stroke : PAPER, "stroke", stroke);
            empty("path", "d", new PathData().move(x, y).line(cx, cy + h * 0.1).line(x + w, y), "fill", "none",
                    "stroke", filled ? PAPER : stroke);
            close("g");
        }

        private void gateway(Box box, Gateway gateway, BpmnShape shape, String elementState) {
            double cx = box.cx();
            double cy = box.cy();
            if (CURRENT.equals(elementState)) {
                empty("polygon", "class", "halo", "points", diamondPoints(cx, cy, box.w() / 2 + 7, box.h() / 2 + 7),
                        "fill", "none", "stroke", CURRENT_STROKE, "stroke-width", 2, "stroke-dasharray", "4 3");
            }
            empty("polygon", "points", diamondPoints(cx, cy, box.w() / 2, box.h() / 2), "fill", fill(elementState),
                    "stroke", stroke(elementState), "stroke-width", CURRENT.equals(elementState) ? 3 : 2,
                    "stroke-linejoin", "round");
            double a = box.w() * 0.16;
            if (gateway instanceof ExclusiveGateway) {
                if (markerVisible(shape)) {
                    cross(cx, cy, a, 3.5);
                }
            } else if (gateway instanceof ParallelGateway) {
                plus(cx, cy, a * 1.3, 3.5);
            } else if (gateway instanceof InclusiveGateway) {
                circle(cx, cy, box.w() * 0.24, "none", INK, 2.5, null);
            } else if (gateway instanceof ComplexGateway) {
                plus(cx, cy, a * 1.3, 3);
                cross(cx, cy, a * 0.92, 3);
            } else if (gateway instanceof EventBasedGateway eventGateway) {
                circle(cx, cy, box.w() * 0.28, "none", INK, 1, null);
                if (eventGateway.getEventGatewayType() == EventBasedGatewayType.Parallel) {
                    plus(cx, cy, box.w() * 0.15, 1.5);
                } else {
                    circle(cx, cy, box.w() * 0.23, "none", INK, 1, null);
                    polygon(cx, cy, box.w() * 0.13, 5, false, INK);
                }
            }
        }

        private void cross(double cx, double cy, double a, double width) {
            empty("path", "class", "marker",
                    "d", new PathData().move(cx - a, cy - a).line(cx + a, cy + a).move(cx + a, cy - a).line(cx - a, cy + a),
                    "stroke", INK, "stroke-width", width);
        }

        private void plus(double cx, double cy, double a, double width) {
            empty("path", "class", "marker",
                    "d", new PathData().move(cx - a, cy).line(cx + a, cy).move(cx, cy - a).line(cx, cy + a),
                    "stroke", INK, "stroke-width", width);
        }

        private void annotation(Box box, TextAnnotation annotation) {
            rect(box, 0, ANNOTATION_FILL, "none", 0, null);
            empty("path", "d", new PathData().move(box.x() + 12, box.y()).raw("H" + num(box.x()) + " V" + num(box.bottom())
                    + " H" + num(box.x() + 12)), "fill", "none", "stroke", INK, "stroke-width", 1.5);
            String text = nameOf(annotation);
            if (!isBlank(text)) {
                int maxLines = (int) Math.max(1, Math.floor((box.h() - 6) / LINE));
                text(text, box.x() + 6, box.y() + 4, box.w() - 10, maxLines, "start");
            }
        }

        // ---------------------------------------------------------------- edges

        private void edge(BpmnEdge edge) {
            BaseElement element = edge.getBpmnElement();
            Kind kind = kindOf(element, false);
            String id = element == null ? edge.getId() : element.getId();
            List<Point> points = edge.getWaypoints().stream().map(p -> new Point(p.getX(), p.getY())).toList();
            String edgeState = edgeState(element);
            boolean passed = PASSED.equals(edgeState);

            open("g", "class", "edge " + kind.cssClass() + (edgeState == null ? "" : " " + edgeState),
                    "data-element-id", id, "data-state", edgeState);
            textElement("title", describeFlow(element, kind, edgeState));

            String colour = passed ? COMPLETED_STROKE : INK;
            String dash = null;
            String start = null;
            String end = null;
            if (element instanceof SequenceFlow flow) {
                end = marker(passed ? "arrow-" + PASSED : "arrow");
                if (flow.getConditionExpression() != null && flow.getSource() instanceof Activity) {
                    start = marker(passed ? "diamond-" + PASSED : "diamond");
                }
            } else if (element instanceof MessageFlow) {
                dash = "6 4";
                start = marker("circle-open");
                end = marker("arrow-open");
            } else if (element instanceof Association || element instanceof DataAssociation) {
                dash = "2 3";
                end = element instanceof DataAssociation ? marker("arrow-open") : null;
            }
            empty("polyline", "points", points.stream().map(p -> num(p.x()) + "," + num(p.y())).collect(Collectors.joining(" ")),
                    "fill", "none", "stroke", colour, "stroke-width", passed ? 2.5 : 1.5, "stroke-linejoin", "round",
                    "stroke-dasharray", dash, "marker-start", start, "marker-end", end);
            if (element instanceof SequenceFlow flow && isDefault(flow) && points.size() >= 2) {
                defaultSlash(points.get(0), points.get(1), colour);
            }
            String name = nameOf(element);
            if (!isBlank(name) && points.size() >= 2) {
                Box label = labelBox(edge.getBpmnLabel());
                if (label == null) {
                    Point a = points.get((points.size() - 1) / 2);
                    Point b = points.get((points.size() - 1) / 2 + 1);
                    label = new Box((a.x() + b.x()) / 2 + 6, (a.y() + b.y()) / 2 + 4, 90, LINE);
                }
                // from the label's left edge: the Modeler sizes a flow's label to its text, and hand-made diagrams
                // put it a few pixels beside the line, so either way the text starts there
                text(name, label.x(), label.y(), Math.max(label.w(), 90), 3, "start");
            }
            close("g");
        }

        private String marker(String id) {
            return "url(#" + idPrefix + id + ")";
        }

        /** History records no flows: a flow counts as taken when its source completed and its target was reached. */
        private String edgeState(BaseElement element) {
            if (element instanceof SequenceFlow flow && flow.getSource() != null && flow.getTarget() != null
                    && COMPLETED.equals(state.of(flow.getSource().getId())) && state.reached(flow.getTarget().getId())) {
                return PASSED;
            }
            return null;
        }

        private static boolean isDefault(SequenceFlow flow) {
            BaseElement source = flow.getSource();
            SequenceFlow defaultFlow = source instanceof ExclusiveGateway g ? g.getDefault()
                    : source instanceof InclusiveGateway g ? g.getDefault()
                    : source instanceof ComplexGateway g ? g.getDefault()
                    : source instanceof Activity a ? a.getDefault() : null;
            return defaultFlow != null && defaultFlow.getId().equals(flow.getId());
        }

        /** The default flow's slash across its first stretch, leaning forward. */
        private void defaultSlash(Point from, Point to, String colour) {
            double length = Math.hypot(to.x() - from.x(), to.y() - from.y());
            if (length < 14) {
                return;
            }
            double ux = (to.x() - from.x()) / length;
            double uy = (to.y() - from.y()) / length;
            double cx = from.x() + ux * 12;
            double cy = from.y() + uy * 12;
            double ax = -uy * 6 - ux * 3;
            double ay = ux * 6 - uy * 3;
            empty("line", "class", "default-marker", "x1", cx - ax, "y1", cy - ay, "x2", cx + ax, "y2", cy + ay,
                    "stroke", colour, "stroke-width", 1.5);
        }

        // ---------------------------------------------------------------- words

        private String describe(BaseElement element, Kind kind, String elementState) {
            String name = element == null ? null : nameOf(element);
            return kind.name() + (isBlank(name) ? "" : ": " + oneLine(name)) + stateWords(elementState);
        }

        private String describeFlow(BaseElement element, Kind kind, String edgeState) {
            StringBuilder text = new StringBuilder(kind.name());
            String name = nameOf(element);
            if (!isBlank(name)) {
                text.append(" \"").append(oneLine(name)).append("\"");
            }
            if (element instanceof SequenceFlow flow && flow.getSource() != null && flow.getTarget() != null) {
                text.append(" from ").append(displayName(flow.getSource())).append(" to ").append(displayName(flow.getTarget()));
            }
            return text + stateWords(edgeState);
        }

        private String stateWords(String elementState) {
            if (state.isEmpty()) {
                return "";
            }
            return switch (elementState == null ? "" : elementState) {
                case CURRENT -> " (current step)";
                case COMPLETED -> " (completed)";
                case INTERRUPTED -> " (interrupted)";
                case PASSED -> " (taken)";
                default -> " (not reached)";
            };
        }

        /**
         * Wrapped text: lines of at most {@code maxWidth} (estimated), at most {@code maxLines} of them (the last one
         * ends in an ellipsis when the text is longer), the first line's top at {@code top}.
         */
        private void text(String text, double x, double top, double maxWidth, int maxLines, String anchor) {
            List<String> lines = wrap(text, maxWidth, FONT);
            if (lines.size() > maxLines) {
                List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
                kept.set(maxLines - 1, clip(kept.get(maxLines - 1) + "\u2026", maxWidth, FONT));
                lines = kept;
            }
            open("text", "x", x, "y", top + FONT, "text-anchor", anchor, "fill", INK);
            for (int i = 0; i < lines.size(); i++) {
                textElement("tspan", lines.get(i), "x", x, "y", top + FONT + i * LINE);
            }
            close("text");
        }

        // ---------------------------------------------------------------- primitives

        private void rect(Box box, double radius, String fill, String stroke, double width, String dash) {
            empty("rect", "x", box.x(), "y", box.y(), "width", Math.max(0, box.w()), "height", Math.max(0, box.h()),
                    "rx", radius > 0 ? radius : null, "fill", fill, "stroke", stroke, "stroke-width", width,
                    "stroke-dasharray", dash);
        }

        /** A dashed outline around the current step, so "current" does not rest on colour alone. */
        private void halo(Box box, double radius) {
            empty("rect", "class", "halo", "x", box.x(), "y", box.y(), "width", box.w(), "height", box.h(), "rx", radius,
                    "fill", "none", "stroke", CURRENT_STROKE, "stroke-width", 2, "stroke-dasharray", "4 3");
        }

        private void circle(double cx, double cy, double r, String fill, String stroke, double width, String dash) {
            empty("circle", "cx", cx, "cy", cy, "r", Math.max(0, r), "fill", fill, "stroke", stroke,
                    "stroke-width", width, "stroke-dasharray", dash);
        }

        private void polygon(double cx, double cy, double r, int corners, boolean filled, String stroke) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < corners; i++) {
                double a = -Math.PI / 2 + 2 * Math.PI * i / corners;
                points.append(num(cx + r * Math.cos(a))).append(",").append(num(cy + r * Math.sin(a))).append(" ");
            }
            empty("polygon", "class", "marker", "points", points.toString().trim(), "fill", filled ? stroke : "none",
                    "stroke", stroke, "stroke-width", 1.2, "stroke-linejoin", "round");
        }

        /** {@code <name a="v" …>}; attributes come as name, value pairs, and a null value leaves its attribute out. */
        private void open(String name, Object... attributes) {
            start(name, attributes);
            svg.append('>');
        }

        private void empty(String name, Object... attributes) {
            start(name, attributes);
            svg.append("/>");
        }

        private void textElement(String name, String text, Object... attributes) {
            open(name, attributes);
            svg.append(esc(text));
            close(name);
        }

        private void close(String name) {
            svg.append("</").append(name).append('>');
        }

        private void start(String name, Object... attributes) {
            svg.append('<').append(name);
            for (int i = 0; i < attributes.length; i += 2) {
                Object value = attributes[i + 1];
                if (value != null) {
                    String text = value instanceof Number number ? num(number.doubleValue()) : value.toString();
                    svg.append(' ').append(attributes[i]).append("=\"").append(esc(text)).append('"');
                }
            }
        }

        private static Box inset(Box box, double by) {
            return new Box(box.x() + by, box.y() + by, box.w() - 2 * by, box.h() - 2 * by);
        }

        private static String diamondPoints(double cx, double cy, double rx, double ry) {
            return num(cx) + "," + num(cy - ry) + " " + num(cx + rx) + "," + num(cy) + " " + num(cx) + "," + num(cy + ry)
                    + " " + num(cx - rx) + "," + num(cy);
        }

        private static boolean expanded(BpmnShape shape) {
            // read the attribute itself: a shape written without it is collapsed, and the getter has no default
            return "true".equals(shape.getAttributeValue("isExpanded"));
        }

        private static boolean markerVisible(BpmnShape shape) {
            return "true".equals(shape.getAttributeValue("isMarkerVisible"));
        }

        private static String fill(String elementState) {
            return switch (elementState == null ? "" : elementState) {
                case CURRENT -> CURRENT_FILL;
                case COMPLETED -> COMPLETED_FILL;
                case INTERRUPTED -> INTERRUPTED_FILL;
                default -> PAPER;
            };
        }

        private static String stroke(String elementState) {
            return switch (elementState == null ? "" : elementState) {
                case CURRENT -> CURRENT_STROKE;
                case COMPLETED, PASSED -> COMPLETED_STROKE;
                case INTERRUPTED -> INTERRUPTED_STROKE;
                default -> INK;
            };
        }
    }

    /** SVG path data from absolute points (numbers written by {@link #num}) and raw relative commands. */
    private static final class PathData {

        private final StringBuilder d = new StringBuilder();

        PathData move(double x, double y) {
            return command("M" + num(x) + "," + num(y));
        }

        PathData line(double x, double y) {
            return command("L" + num(x) + "," + num(y));
        }

        PathData raw(String commands) {
            return command(commands);
        }

        PathData append(PathData other) {
            return command(other.toString());
        }

        private PathData command(String command) {
            if (!d.isEmpty()) {
                d.append(' ');
            }
            d.append(command);
            return this;
        }

        @Override
        public String toString() {
            return d.toString();
        }
    }

    // -------------------------------------------------------------------- names and labels

    private static String displayName(BaseElement element) {
        String name = nameOf(element);
        return isBlank(name) ? element.getId() : oneLine(name);
    }

    private static String nameOf(BaseElement element) {
        if (element instanceof FlowElement flowElement) {
            return flowElement.getName();
        } else if (element instanceof Participant participant) {
            return participant.getName();
        } else if (element instanceof Lane lane) {
            return lane.getName();
        } else if (element instanceof DataStoreReference store) {
            return store.getName();
        } else if (element instanceof MessageFlow flow) {
            return flow.getName();
        } else if (element instanceof TextAnnotation annotation) {
            return annotation.getText() == null ? null : annotation.getText().getTextContent();
        }
        return element == null ? null : element.getAttributeValue("name");
    }

    /** Events, gateways and data carry their names outside, below or where the Modeler put the label. */
    private static boolean hasExternalLabel(BaseElement element) {
        return element instanceof Event || element instanceof Gateway || element instanceof DataObjectReference
                || element instanceof DataStoreReference;
    }

    private static Box defaultLabelBox(Box shape) {
        return new Box(shape.cx() - 50, shape.bottom() + 5, 100, 2 * LINE);
    }

    private static Box labelBox(BpmnLabel label) {
        return label == null || label.getBounds() == null ? null : Box.of(label.getBounds());
    }

    // -------------------------------------------------------------------- text helpers (package-private for tests)

    /**
     * Splits text into lines no wider than {@code maxWidth} by the width estimate: at spaces, after hyphens, and
     * inside a word only when the word alone is longer than a line. Explicit line breaks are kept.
     */
    static List<String> wrap(String text, double maxWidth, double fontSize) {
        List<String> lines = new ArrayList<>();
        int perLine = Math.max(4, (int) Math.floor(maxWidth / (fontSize * CHAR_WIDTH)));
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                // "national-security" may break after its hyphen, and joins without a space when it does not
                String[] parts = word.split("(?<=-)(?=.)");
                for (int p = 0; p < parts.length; p++) {
                    String part = parts[p];
                    if (part.isEmpty()) {
                        continue;
                    }
                    String glue = p == 0 ? " " : "";
                    // the estimate errs wide, so a word a little longer than a line stays whole; a long one is cut
                    while (part.length() > perLine + perLine / 4) {
                        if (!line.isEmpty()) {
                            lines.add(line.toString());
                            line.setLength(0);
                        }
                        lines.add(part.substring(0, perLine));
                        part = part.substring(perLine);
                    }
                    if (line.isEmpty()) {
                        line.append(part);
                    } else if (line.length() + glue.length() + part.length() <= perLine) {
                        line.append(glue).append(part);
                    } else {
                        lines.add(line.toString());
                        line.setLength(0);
                        line.append(part);
                    }
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    private static String clip(String text, double maxWidth, double fontSize) {
        int max = Math.max(2, (int) Math.floor(maxWidth / (fontSize * CHAR_WIDTH)));
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    private static double textWidth(String text, double fontSize) {
        return text.length() * fontSize * CHAR_WIDTH;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String safeId(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot carry at all are dropped. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    /** A number as SVG wants it: no exponent, no locale, at most two decimals. */
    static String num(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0";
        }
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            return Long.toString((long) rounded);
        }
        return java.math.BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }
}
