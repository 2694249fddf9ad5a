package gov.fpf.process.diagram;

import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;

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
}
