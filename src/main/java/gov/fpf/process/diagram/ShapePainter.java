package gov.fpf.process.diagram;

import static gov.fpf.process.diagram.BpmnSvgRenderer.COMPLETED;
import static gov.fpf.process.diagram.BpmnSvgRenderer.CURRENT;
import static gov.fpf.process.diagram.DiagramText.FONT;
import static gov.fpf.process.diagram.DiagramText.LINE;
import static gov.fpf.process.diagram.DiagramText.clip;
import static gov.fpf.process.diagram.DiagramText.defaultLabelBox;
import static gov.fpf.process.diagram.DiagramText.hasExternalLabel;
import static gov.fpf.process.diagram.DiagramText.isBlank;
import static gov.fpf.process.diagram.DiagramText.labelBox;
import static gov.fpf.process.diagram.DiagramText.nameOf;
import static gov.fpf.process.diagram.DiagramText.oneLine;
import static gov.fpf.process.diagram.DiagramText.stateWords;
import static gov.fpf.process.diagram.DiagramText.wrap;
import static gov.fpf.process.diagram.Palette.ANNOTATION_FILL;
import static gov.fpf.process.diagram.Palette.COMPLETED_STROKE;
import static gov.fpf.process.diagram.Palette.CURRENT_STROKE;
import static gov.fpf.process.diagram.Palette.INK;
import static gov.fpf.process.diagram.Palette.PAPER;
import static gov.fpf.process.diagram.Palette.fill;
import static gov.fpf.process.diagram.Palette.stroke;
import static gov.fpf.process.diagram.SvgCanvas.diamondPoints;
import static gov.fpf.process.diagram.SvgCanvas.num;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.model.bpmn.EventBasedGatewayType;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Group;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Transaction;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

import gov.fpf.process.diagram.BpmnSvgRenderer.DiagramState;

/**
 * Draws the shapes: pools and lanes, expanded sub-processes, activities, events, gateways, annotations and groups,
 * each in a group with its title and state, with the label inside or, for events, gateways and data, outside.
 */
final class ShapePainter {

    private final SvgCanvas svg;
    private final DiagramState state;
    private final ShapeMarkers markers;

    ShapePainter(SvgCanvas svg, DiagramState state) {
        this.svg = svg;
        this.state = state;
        this.markers = new ShapeMarkers(svg);
    }

    void shape(BpmnShape shape) {
        BaseElement element = shape.getBpmnElement();
        Box box = shape.getBounds() == null ? new Box(0, 0, 0, 0) : Box.of(shape.getBounds());
        boolean eventSubProcess = element instanceof SubProcess sub && sub.triggeredByEvent();
        ElementKind kind = ElementKind.of(element, eventSubProcess);
        String id = element == null ? shape.getId() : element.getId();
        String elementState = state.of(id);

        svg.open("g", "class", "shape " + kind.cssClass() + (elementState == null ? "" : " " + elementState),
                "data-element-id", id, "data-state", elementState);
        svg.textElement("title", describe(element, kind, elementState));

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
            svg.rect(box, 10, "none", INK, 1.5, "8 4 2 4");
        } else {
            svg.rect(box, 0, fill(elementState), stroke(elementState), 1.5, null);
        }
        if (hasExternalLabel(element) && !isBlank(nameOf(element))) {
            externalLabel(nameOf(element), labelBox(shape.getBpmnLabel()), box);
        }
        svg.close("g");
    }

    /** Where the Modeler put the label, or below the shape. */
    private void externalLabel(String name, Box label, Box shape) {
        Box at = label == null ? defaultLabelBox(shape) : label;
        double width = Math.max(at.w(), 90);
        int lines = Math.min(4, wrap(name, width, FONT).size());
        // a label above its shape grows upwards, so extra lines do not run into the shape
        double top = at.bottom() <= shape.y() + 1 ? Math.min(at.y(), at.bottom() - lines * LINE) : at.y();
        svg.text(name, at.cx(), top, width, 4, "middle");
    }

    private void band(Box box, String name, String elementState) {
        svg.rect(box, 0, "none", stroke(elementState), 1.5, null);
        // the name runs up a band on the left, as in the Modeler
        svg.empty("line", "x1", box.x() + 30, "y1", box.y(), "x2", box.x() + 30, "y2", box.bottom(),
                "stroke", INK, "stroke-width", 1);
        if (!isBlank(name)) {
            double cx = box.x() + 15;
            double cy = box.cy();
            svg.textElement("text", clip(oneLine(name), box.h() - 10, FONT), "x", cx, "y", cy + FONT / 3,
                    "text-anchor", "middle", "fill", INK, "transform", "rotate(-90 " + num(cx) + " " + num(cy) + ")");
        }
    }

    private void container(Box box, SubProcess subProcess, boolean eventSubProcess, String elementState) {
        // a container shows its state by its border only: a tinted area the size of the process is hard to read
        double strokeWidth = CURRENT.equals(elementState) ? 3 : 1.5;
        svg.rect(box, 10, PAPER, stroke(elementState), strokeWidth, eventSubProcess ? "6 4" : null);
        if (subProcess instanceof Transaction) {
            svg.rect(box.inset(3), 8, "none", stroke(elementState), 1, null);
        }
        String name = nameOf(subProcess);
        if (!isBlank(name)) {
            svg.text(name, box.x() + 10, box.y() + 6, Math.max(box.w() - 20, 60), 2, "start");
        }
    }

    private void activity(Box box, Activity activity, String elementState) {
        boolean current = CURRENT.equals(elementState);
        if (current) {
            svg.halo(box.inset(-5), 14);
        }
        if (activity instanceof CallActivity) {
            // the thick border stays inside the bounds
            svg.rect(box.inset(1.5), 10, fill(elementState), stroke(elementState), 4, null);
        } else {
            svg.rect(box, 10, fill(elementState), stroke(elementState), current ? 3 : 2, null);
        }
        if (activity instanceof Transaction) {
            svg.rect(box.inset(3), 8, "none", stroke(elementState), 1, null);
        }
        markers.taskMarker(activity, box.x() + 6, box.y() + 6);
        if (COMPLETED.equals(elementState)) {
            // a tick, so completion does not rest on colour alone
            svg.empty("path", "class", "tick", "d", new PathData().move(box.right() - 20, box.y() + 11).raw("l4,4 l8,-8"),
                    "fill", "none", "stroke", COMPLETED_STROKE, "stroke-width", 2.5, "stroke-linecap", "round");
        }
        markers.bottomMarkers(activity, box);
        String name = nameOf(activity);
        if (!isBlank(name)) {
            int maxLines = (int) Math.max(1, Math.floor((box.h() - 8) / LINE));
            double lines = Math.min(maxLines, wrap(name, box.w() - 12, FONT).size());
            double top = box.cy() - lines * LINE / 2;
            // clear of the type marker in the corner, when the text still fits below it
            if (top < box.y() + 18 && box.y() + 18 + lines * LINE <= box.bottom() - 2) {
                top = box.y() + 18;
            }
            svg.text(name, box.cx(), top, box.w() - 12, maxLines, "middle");
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
            svg.circle(cx, cy, r + 6, "none", CURRENT_STROKE, 2, "4 3");
        }
        if (event instanceof EndEvent) {
            svg.circle(cx, cy, r - 2, fill, stroke, 4, null);
        } else if (event instanceof StartEvent) {
            svg.circle(cx, cy, r, fill, stroke, current ? 3 : 1.5, dash);
        } else {
            svg.circle(cx, cy, r, fill, stroke, current ? 2.5 : 1.5, dash);
            svg.circle(cx, cy, r - 3, "none", stroke, 1.5, dash);
        }
        Collection<EventDefinition> definitions = event instanceof CatchEvent catchEvent ? catchEvent.getEventDefinitions()
                : event instanceof ThrowEvent throwEvent ? throwEvent.getEventDefinitions() : List.of();
        boolean throwing = event instanceof ThrowEvent;
        if (definitions.size() > 1) {
            svg.polygon(cx, cy, r * 0.5, 5, throwing, stroke);
        } else if (!definitions.isEmpty()) {
            markers.glyph(definitions.iterator().next(), cx, cy, r, throwing, stroke);
        }
    }

    private void gateway(Box box, Gateway gateway, BpmnShape shape, String elementState) {
        double cx = box.cx();
        double cy = box.cy();
        if (CURRENT.equals(elementState)) {
            svg.empty("polygon", "class", "halo", "points", diamondPoints(cx, cy, box.w() / 2 + 7, box.h() / 2 + 7),
                    "fill", "none", "stroke", CURRENT_STROKE, "stroke-width", 2, "stroke-dasharray", "4 3");
        }
        svg.empty("polygon", "points", diamondPoints(cx, cy, box.w() / 2, box.h() / 2), "fill", fill(elementState),
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
            svg.circle(cx, cy, box.w() * 0.24, "none", INK, 2.5, null);
        } else if (gateway instanceof ComplexGateway) {
            plus(cx, cy, a * 1.3, 3);
            cross(cx, cy, a * 0.92, 3);
        } else if (gateway instanceof EventBasedGateway eventGateway) {
            svg.circle(cx, cy, box.w() * 0.28, "none", INK, 1, null);
            if (eventGateway.getEventGatewayType() == EventBasedGatewayType.Parallel) {
                plus(cx, cy, box.w() * 0.15, 1.5);
            } else {
                svg.circle(cx, cy, box.w() * 0.23, "none", INK, 1, null);
                svg.polygon(cx, cy, box.w() * 0.13, 5, false, INK);
            }
        }
    }

    private void cross(double cx, double cy, double a, double width) {
        svg.empty("path", "class", "marker",
                "d", new PathData().move(cx - a, cy - a).line(cx + a, cy + a).move(cx + a, cy - a).line(cx - a, cy + a),
                "stroke", INK, "stroke-width", width);
    }

    private void plus(double cx, double cy, double a, double width) {
        svg.empty("path", "class", "marker",
                "d", new PathData().move(cx - a, cy).line(cx + a, cy).move(cx, cy - a).line(cx, cy + a),
                "stroke", INK, "stroke-width", width);
    }

    private void annotation(Box box, TextAnnotation annotation) {
        svg.rect(box, 0, ANNOTATION_FILL, "none", 0, null);
        svg.empty("path", "d", new PathData().move(box.x() + 12, box.y()).raw("H" + num(box.x()) + " V" + num(box.bottom())
                + " H" + num(box.x() + 12)), "fill", "none", "stroke", INK, "stroke-width", 1.5);
        String text = nameOf(annotation);
        if (!isBlank(text)) {
            int maxLines = (int) Math.max(1, Math.floor((box.h() - 6) / LINE));
            svg.text(text, box.x() + 6, box.y() + 4, box.w() - 10, maxLines, "start");
        }
    }

    private String describe(BaseElement element, ElementKind kind, String elementState) {
        String name = element == null ? null : nameOf(element);
        return kind.name() + (isBlank(name) ? "" : ": " + oneLine(name)) + stateWords(state, elementState);
    }

    static boolean expanded(BpmnShape shape) {
        // read the attribute itself: a shape written without it is collapsed, and the getter has no default
        return "true".equals(shape.getAttributeValue("isExpanded"));
    }

    private static boolean markerVisible(BpmnShape shape) {
        return "true".equals(shape.getAttributeValue("isMarkerVisible"));
    }
}
