package gov.fpf.process.diagram;

import static gov.fpf.process.diagram.Palette.INK;
import static gov.fpf.process.diagram.Palette.MUTED;
import static gov.fpf.process.diagram.Palette.PAPER;
import static gov.fpf.process.diagram.SvgCanvas.num;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CancelEventDefinition;
import org.camunda.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.LoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The small pictures inside shapes: a task's type in its corner, the loop, multi-instance, collapsed and compensation
 * markers along an activity's bottom, and an event's type inside its circle.
 */
final class ShapeMarkers {

    private final SvgCanvas svg;

    ShapeMarkers(SvgCanvas svg) {
        this.svg = svg;
    }

    /** The type marker of a task, in a 16 by 16 box from (x, y). */
    void taskMarker(Activity activity, double x, double y) {
        if (activity instanceof UserTask) {
            svg.open("g", "class", "marker");
            svg.empty("circle", "cx", x + 8, "cy", y + 5, "r", 3.5, "fill", PAPER, "stroke", INK);
            svg.empty("path", "d", new PathData().move(x + 1, y + 16).raw("v-3 q0,-4 7,-4 q7,0 7,4 v3 z"),
                    "fill", PAPER, "stroke", INK);
            svg.close("g");
        } else if (activity instanceof ServiceTask) {
            double cx = x + 8;
            double cy = y + 8;
            PathData teeth = new PathData();
            for (int i = 0; i < 8; i++) {
                double a = Math.PI / 4 * i;
                teeth.move(cx + 4.5 * Math.cos(a), cy + 4.5 * Math.sin(a))
                        .line(cx + 7.5 * Math.cos(a), cy + 7.5 * Math.sin(a));
            }
            svg.open("g", "class", "marker");
            svg.empty("path", "d", teeth, "stroke", INK, "stroke-width", 2.2);
            svg.empty("circle", "cx", cx, "cy", cy, "r", 4.5, "fill", PAPER, "stroke", INK, "stroke-width", 1.5);
            svg.empty("circle", "cx", cx, "cy", cy, "r", 1.6, "fill", INK);
            svg.close("g");
        } else if (activity instanceof BusinessRuleTask) {
            svg.open("g", "class", "marker");
            svg.empty("rect", "x", x, "y", y + 2, "width", 17, "height", 12, "fill", PAPER, "stroke", INK);
            svg.empty("rect", "x", x, "y", y + 2, "width", 17, "height", 4, "fill", MUTED, "stroke", INK);
            svg.empty("path", "d", new PathData().move(x, y + 10).raw("h17").move(x + 5, y + 6).raw("v8"), "stroke", INK);
            svg.close("g");
        } else if (activity instanceof ScriptTask) {
            svg.open("g", "class", "marker");
            svg.empty("path", "d", new PathData().move(x + 3, y + 1)
                            .raw("h11 q-4,3.5 0,7 q4,3.5 0,7 h-11 q-4,-3.5 0,-7 q4,-3.5 0,-7 z")
                            .move(x + 4, y + 5).raw("h6").move(x + 4, y + 8).raw("h6").move(x + 5, y + 11).raw("h6"),
                    "fill", PAPER, "stroke", INK);
            svg.close("g");
        } else if (activity instanceof SendTask) {
            envelope(x + 8, y + 8, 8, true, INK);
        } else if (activity instanceof ReceiveTask) {
            envelope(x + 8, y + 8, 8, false, INK);
        } else if (activity instanceof ManualTask) {
            svg.open("g", "class", "marker");
            svg.empty("path", "d", new PathData().move(x, y + 7).raw("h9 v-3 h6 v3 h2 v7 h-17 z"), "fill", PAPER, "stroke", INK);
            svg.close("g");
        }
    }

    /** [+] for a collapsed sub-process or a call activity, and the loop markers, centred at the bottom. */
    void bottomMarkers(Activity activity, Box box) {
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
            svg.empty("path", "class", "marker", "d", d, "fill", "none", "stroke", INK, "stroke-width", 1.5);
            x += 16;
        }
    }

    /** The event type inside the circle; filled when the event throws. Coordinates are shares of the radius. */
    void glyph(EventDefinition definition, double cx, double cy, double r, boolean filled, String stroke) {
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
            svg.open("g", "class", "glyph timer");
            svg.circle(cx, cy, c, PAPER, stroke, 1.5, null);
            svg.empty("path", "d", d, "stroke", stroke, "stroke-width", 1, "fill", "none");
            svg.close("g");
        } else if (definition instanceof MessageEventDefinition) {
            envelope(cx, cy, r * 0.5, filled, stroke);
        } else if (definition instanceof EscalationEventDefinition) {
            glyphPath("escalation", polygonPath(cx, cy, r, 0, -0.58, 0.4, 0.5, 0, 0.1, -0.4, 0.5), fill, stroke);
        } else if (definition instanceof ErrorEventDefinition) {
            glyphPath("error", polygonPath(cx, cy, r, -0.45, 0.5, -0.2, -0.4, 0.08, 0.08, 0.45, -0.5, 0.2, 0.4, -0.08, -0.08),
                    fill, stroke);
        } else if (definition instanceof TerminateEventDefinition) {
            svg.open("g", "class", "glyph terminate");
            svg.circle(cx, cy, r * 0.55, stroke, stroke, 1, null);
            svg.close("g");
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
            svg.empty("path", "class", "glyph cancel",
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
        svg.empty("path", "class", "glyph " + type, "d", d, "fill", fill, "stroke", stroke, "stroke-width", 1.2,
                "stroke-linejoin", "round");
    }

    private void envelope(double cx, double cy, double half, boolean filled, String stroke) {
        double w = half * 2;
        double h = half * 1.36;
        double x = cx - w / 2;
        double y = cy - h / 2;
        svg.open("g", "class", "glyph message");
        svg.empty("rect", "x", x, "y", y, "width", w, "height", h, "fill", filled ? stroke : PAPER, "stroke", stroke);
        svg.empty("path", "d", new PathData().move(x, y).line(cx, cy + h * 0.1).line(x + w, y), "fill", "none",
                "stroke", filled ? PAPER : stroke);
        svg.close("g");
    }
}
