package gov.fpf.process.diagram;

import static gov.fpf.process.diagram.BpmnSvgRenderer.COMPLETED;
import static gov.fpf.process.diagram.BpmnSvgRenderer.CURRENT;
import static gov.fpf.process.diagram.BpmnSvgRenderer.INTERRUPTED;
import static gov.fpf.process.diagram.BpmnSvgRenderer.PASSED;

/** The colours of a diagram, and the fill and stroke that show an element's state. */
final class Palette {

    static final String INK = "#1b1b1b";
    static final String PAPER = "#ffffff";
    static final String MUTED = "#505050";
    // AA contrast against white for graphics (3:1) and for text on the tints
    static final String CURRENT_STROKE = "#c05600";
    static final String CURRENT_FILL = "#fff1e0";
    static final String COMPLETED_STROKE = "#00703c";
    static final String COMPLETED_FILL = "#e3f1e8";
    static final String INTERRUPTED_STROKE = "#6b6b6b";
    static final String INTERRUPTED_FILL = "#ececec";
    static final String ANNOTATION_FILL = "#f7f7f7";

    private Palette() {
    }

    static String fill(String elementState) {
        return switch (elementState == null ? "" : elementState) {
            case CURRENT -> CURRENT_FILL;
            case COMPLETED -> COMPLETED_FILL;
            case INTERRUPTED -> INTERRUPTED_FILL;
            default -> PAPER;
        };
    }

    static String stroke(String elementState) {
        return switch (elementState == null ? "" : elementState) {
            case CURRENT -> CURRENT_STROKE;
            case COMPLETED, PASSED -> COMPLETED_STROKE;
            case INTERRUPTED -> INTERRUPTED_STROKE;
            default -> INK;
        };
    }
}
