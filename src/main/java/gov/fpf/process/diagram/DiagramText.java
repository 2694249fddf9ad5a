package gov.fpf.process.diagram;

import static gov.fpf.process.diagram.BpmnSvgRenderer.COMPLETED;
import static gov.fpf.process.diagram.BpmnSvgRenderer.CURRENT;
import static gov.fpf.process.diagram.BpmnSvgRenderer.INTERRUPTED;
import static gov.fpf.process.diagram.BpmnSvgRenderer.PASSED;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;

import gov.fpf.process.diagram.BpmnSvgRenderer.DiagramState;

/**
 * Names and words: what an element is called, where its label goes, and text wrapped by an estimate of character
 * widths, since the server has no font metrics.
 */
final class DiagramText {

    /** Label font size and line height, in diagram units. */
    static final double FONT = 11;
    static final double LINE = 13;
    /** Average advance of a character of a sans-serif font, as a share of the font size (an estimate). */
    private static final double CHAR_WIDTH = 0.55;

    private DiagramText() {
    }

    // -------------------------------------------------------------------- names and labels

    static String displayName(BaseElement element) {
        String name = nameOf(element);
        return isBlank(name) ? element.getId() : oneLine(name);
    }

    static String nameOf(BaseElement element) {
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
    static boolean hasExternalLabel(BaseElement element) {
        return element instanceof Event || element instanceof Gateway || element instanceof DataObjectReference
                || element instanceof DataStoreReference;
    }

    static Box defaultLabelBox(Box shape) {
        return new Box(shape.cx() - 50, shape.bottom() + 5, 100, 2 * LINE);
    }

    static Box labelBox(BpmnLabel label) {
        return label == null || label.getBounds() == null ? null : Box.of(label.getBounds());
    }

    // -------------------------------------------------------------------- text

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

    static String clip(String text, double maxWidth, double fontSize) {
        int max = Math.max(2, (int) Math.floor(maxWidth / (fontSize * CHAR_WIDTH)));
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    static double textWidth(String text, double fontSize) {
        return text.length() * fontSize * CHAR_WIDTH;
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String safeId(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** The words that end a title: the element's state, or nothing when the diagram shows no instance. */
    static String stateWords(DiagramState state, String elementState) {
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
}
