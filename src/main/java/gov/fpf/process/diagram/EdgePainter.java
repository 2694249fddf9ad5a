package gov.fpf.process.diagram;

import static gov.fpf.process.diagram.BpmnSvgRenderer.COMPLETED;
import static gov.fpf.process.diagram.BpmnSvgRenderer.PASSED;
import static gov.fpf.process.diagram.DiagramText.LINE;
import static gov.fpf.process.diagram.DiagramText.displayName;
import static gov.fpf.process.diagram.DiagramText.isBlank;
import static gov.fpf.process.diagram.DiagramText.labelBox;
import static gov.fpf.process.diagram.DiagramText.nameOf;
import static gov.fpf.process.diagram.DiagramText.oneLine;
import static gov.fpf.process.diagram.DiagramText.stateWords;
import static gov.fpf.process.diagram.Palette.COMPLETED_STROKE;
import static gov.fpf.process.diagram.Palette.INK;
import static gov.fpf.process.diagram.Palette.PAPER;
import static gov.fpf.process.diagram.SvgCanvas.num;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.DataAssociation;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;

import gov.fpf.process.diagram.BpmnSvgRenderer.DiagramState;

/**
 * Draws the edges: sequence flows with their arrow, condition diamond and default slash, message flows and
 * associations, each in a group with its title; a flow the instance took is drawn heavier and in the completed colour.
 */
final class EdgePainter {

    private final SvgCanvas svg;
    private final DiagramState state;
    private final String idPrefix;

    EdgePainter(SvgCanvas svg, DiagramState state, String idPrefix) {
        this.svg = svg;
        this.state = state;
        this.idPrefix = idPrefix;
    }

    /** The line ends the edges refer to, with ids prefixed so two diagrams on one page keep their own. */
    void definitions() {
        svg.open("defs");
        arrow("arrow", INK, INK);
        arrow("arrow-" + PASSED, COMPLETED_STROKE, COMPLETED_STROKE);
        arrow("arrow-open", PAPER, INK);
        svg.open("marker", "id", idPrefix + "circle-open", "viewBox", "0 0 10 10", "refX", 5, "refY", 5,
                "markerWidth", 8, "markerHeight", 8, "markerUnits", "userSpaceOnUse", "orient", "auto");
        svg.empty("circle", "cx", 5, "cy", 5, "r", 4, "fill", PAPER, "stroke", INK);
        svg.close("marker");
        diamond("diamond", INK);
        diamond("diamond-" + PASSED, COMPLETED_STROKE);
        svg.close("defs");
    }

    private void arrow(String id, String fill, String stroke) {
        svg.open("marker", "id", idPrefix + id, "viewBox", "0 0 10 10", "refX", 10, "refY", 5,
                "markerWidth", 10, "markerHeight", 10, "markerUnits", "userSpaceOnUse", "orient", "auto");
        svg.empty("path", "d", "M0,0 L10,5 L0,10 z", "fill", fill, "stroke", fill.equals(stroke) ? null : stroke);
        svg.close("marker");
    }

    /** The conditional-flow diamond at the start of a flow leaving an activity. */
    private void diamond(String id, String colour) {
        svg.open("marker", "id", idPrefix + id, "viewBox", "0 0 16 10", "refX", 0, "refY", 5,
                "markerWidth", 16, "markerHeight", 10, "markerUnits", "userSpaceOnUse", "orient", "auto");
        svg.empty("path", "d", "M1,5 L8,1 L15,5 L8,9 z", "fill", PAPER, "stroke", colour);
        svg.close("marker");
    }

    void edge(BpmnEdge edge) {
        BaseElement element = edge.getBpmnElement();
        ElementKind kind = ElementKind.of(element, false);
        String id = element == null ? edge.getId() : element.getId();
        List<Point> points = edge.getWaypoints().stream().map(p -> new Point(p.getX(), p.getY())).toList();
        String edgeState = edgeState(element);
        boolean passed = PASSED.equals(edgeState);

        svg.open("g", "class", "edge " + kind.cssClass() + (edgeState == null ? "" : " " + edgeState),
                "data-element-id", id, "data-state", edgeState);
        svg.textElement("title", describeFlow(element, kind, edgeState));

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
        svg.empty("polyline", "points", points.stream().map(p -> num(p.x()) + "," + num(p.y())).collect(Collectors.joining(" ")),
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
            svg.text(name, label.x(), label.y(), Math.max(label.w(), 90), 3, "start");
        }
        svg.close("g");
    }

    private String marker(String id) {
        return "url(#" + idPrefix + id + ")";
    }

    /** History records no flows: a flow counts as taken when its source completed and its target was reached. */
    String edgeState(BaseElement element) {
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
        svg.empty("line", "class", "default-marker", "x1", cx - ax, "y1", cy - ay, "x2", cx + ax, "y2", cy + ay,
                "stroke", colour, "stroke-width", 1.5);
    }

    private String describeFlow(BaseElement element, ElementKind kind, String edgeState) {
        StringBuilder text = new StringBuilder(kind.name());
        String name = nameOf(element);
        if (!isBlank(name)) {
            text.append(" \"").append(oneLine(name)).append("\"");
        }
        if (element instanceof SequenceFlow flow && flow.getSource() != null && flow.getTarget() != null) {
            text.append(" from ").append(displayName(flow.getSource())).append(" to ").append(displayName(flow.getTarget()));
        }
        return text + stateWords(state, edgeState);
    }
}
