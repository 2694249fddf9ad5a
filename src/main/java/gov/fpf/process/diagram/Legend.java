package gov.fpf.process.diagram;

import static gov.fpf.process.diagram.BpmnSvgRenderer.COMPLETED;
import static gov.fpf.process.diagram.BpmnSvgRenderer.CURRENT;
import static gov.fpf.process.diagram.BpmnSvgRenderer.INTERRUPTED;
import static gov.fpf.process.diagram.BpmnSvgRenderer.PASSED;
import static gov.fpf.process.diagram.DiagramText.FONT;
import static gov.fpf.process.diagram.DiagramText.textWidth;
import static gov.fpf.process.diagram.Palette.COMPLETED_STROKE;
import static gov.fpf.process.diagram.Palette.INK;
import static gov.fpf.process.diagram.Palette.fill;
import static gov.fpf.process.diagram.Palette.stroke;

import gov.fpf.process.diagram.BpmnSvgRenderer.DiagramState;

/** The key above a diagram that shows an instance: what each state looks like, and a flow taken. */
final class Legend {

    private static final String[][] LEGEND = {
            {CURRENT, "Current step"}, {COMPLETED, "Completed"}, {INTERRUPTED, "Interrupted"},
            {"", "Not reached"}, {PASSED, "Flow taken"}};

    private Legend() {
    }

    static double width() {
        double width = 0;
        for (String[] item : LEGEND) {
            width += 34 + textWidth(item[1], FONT) + 18;
        }
        return width;
    }

    static void draw(SvgCanvas svg, double x, double y, DiagramState state, String idPrefix) {
        svg.open("g", "class", "legend", "aria-hidden", "true");
        double at = x;
        for (String[] item : LEGEND) {
            String itemState = item[0];
            if (INTERRUPTED.equals(itemState) && state.interrupted().isEmpty()) {
                continue;
            }
            if (PASSED.equals(itemState)) {
                svg.empty("line", "x1", at, "y1", y + 8, "x2", at + 26, "y2", y + 8, "stroke", COMPLETED_STROKE,
                        "stroke-width", 2, "marker-end", "url(#" + idPrefix + "arrow-" + PASSED + ")");
            } else {
                svg.empty("rect", "class", "swatch " + itemState, "x", at, "y", y, "width", 26, "height", 16, "rx", 4,
                        "fill", fill(itemState), "stroke", stroke(itemState),
                        "stroke-width", CURRENT.equals(itemState) ? 3 : 1.5);
            }
            svg.textElement("text", item[1], "x", at + 34, "y", y + 12, "fill", INK);
            at += 34 + textWidth(item[1], FONT) + 18;
        }
        svg.close("g");
    }
}
