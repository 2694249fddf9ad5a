package gov.fpf.process.diagram;

import static gov.fpf.process.diagram.BpmnSvgRenderer.PASSED;
import static gov.fpf.process.diagram.DiagramText.FONT;
import static gov.fpf.process.diagram.DiagramText.defaultLabelBox;
import static gov.fpf.process.diagram.DiagramText.displayName;
import static gov.fpf.process.diagram.DiagramText.hasExternalLabel;
import static gov.fpf.process.diagram.DiagramText.isBlank;
import static gov.fpf.process.diagram.DiagramText.labelBox;
import static gov.fpf.process.diagram.DiagramText.nameOf;
import static gov.fpf.process.diagram.DiagramText.safeId;
import static gov.fpf.process.diagram.Palette.INK;
import static gov.fpf.process.diagram.Palette.PAPER;
import static gov.fpf.process.diagram.ShapePainter.expanded;
import static gov.fpf.process.diagram.SvgCanvas.num;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Group;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import gov.fpf.process.diagram.BpmnSvgRenderer.DiagramState;

/**
 * One rendering: reads the diagram interchange, sizes the picture to what it holds, and draws pools, containers,
 * flows and nodes in layers, with the legend when an instance is shown. Not thread-safe; made per call.
 */
final class Drawing {

    private static final double MARGIN = 20;
    private static final double LEGEND_HEIGHT = 36;

    private final BpmnModelInstance model;
    private final DiagramState state;
    private final String idPrefix;
    private final SvgCanvas svg = new SvgCanvas();
    private final ShapePainter shapePainter;
    private final EdgePainter edgePainter;

    Drawing(BpmnModelInstance model, DiagramState state) {
        this.model = model;
        this.state = state;
        this.idPrefix = "bpmn-" + safeId(mainProcessId()) + "-";
        this.shapePainter = new ShapePainter(svg, state);
        this.edgePainter = new EdgePainter(svg, state, idPrefix);
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
        double maxX = Math.max(extent[2] + MARGIN, legend ? minX + Legend.width() + MARGIN : 0);
        double maxY = extent[3] + MARGIN;
        double width = maxX - minX;
        double height = maxY - minY;

        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "bpmn-diagram",
                "viewBox", num(minX) + " " + num(minY) + " " + num(width) + " " + num(height),
                "width", width, "height", height, "role", "img", "aria-label", summary(),
                "data-process-id", mainProcessId(),
                "font-family", "system-ui, -apple-system, 'Segoe UI', Arial, sans-serif", "font-size", FONT);
        svg.textElement("title", title());
        edgePainter.definitions();
        svg.empty("rect", "class", "background", "x", minX, "y", minY, "width", width, "height", height, "fill", PAPER);
        if (plane == null) {
            svg.textElement("text", "This model has no diagram.", "x", 0, "y", 0, "fill", INK);
        }
        if (legend) {
            Legend.draw(svg, minX + MARGIN, minY + 10, state, idPrefix);
        }

        List<Object> drawables = new ArrayList<>();
        drawables.addAll(shapes);
        drawables.addAll(edges);
        drawables.sort(Comparator.comparingInt(this::layer)); // stable: DI order within a layer
        for (Object drawable : drawables) {
            if (drawable instanceof BpmnShape shape) {
                shapePainter.shape(shape);
            } else {
                edgePainter.edge((BpmnEdge) drawable);
            }
        }
        svg.close("svg");
        return svg.toString();
    }

    /** Pools under lanes under sub-processes (outer first) under flows under nodes under boundary events. */
    private int layer(Object drawable) {
        if (drawable instanceof BpmnEdge edge) {
            // a flow taken lies over one not taken where the two share a stretch of line
            return PASSED.equals(edgePainter.edgeState(edge.getBpmnElement())) ? 101 : 100;
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
}
