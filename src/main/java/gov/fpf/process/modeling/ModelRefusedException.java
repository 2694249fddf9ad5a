package gov.fpf.process.modeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment refused because its models break house rules; thrown inside the deployment's transaction, so nothing
 * of it is stored.
 *
 * <p>It is the engine's {@link ParseException}, so the engine REST API answers 400 with, per resource, the errors
 * and their {@code mainElementId} and {@code elementIds} ({@code details}). Camunda Modeler shows only the
 * {@code message} of a failed deployment in its log, and labels a message that starts with the engine's BPMN parse
 * code (ENGINE-09005) "Server could not parse the diagram. Please check log for errors." So the message starts with
 * that code and then lists every finding, one per line, with its resource, element id, line, rule and what to change.
 */
public class ModelRefusedException extends ParseException {

    private static final String MODELER_PARSE_ERROR = "ENGINE-09005 Could not parse BPMN process.";

    /** One breach in one resource of the deployment. {@code line} is 0 when the element could not be found. */
    public record Finding(String resourceName, String elementId, String rule, String message, int line, int column)
            implements Problem {

        @Override
        public String getMessage() {
            return rule + ": " + message;
        }

        @Override
        public int getLine() {
            return line;
        }

        @Override
        public int getColumn() {
            return column;
        }

        @Override
        public String getMainElementId() {
            return elementId;
        }

        @Override
        public List<String> getElementIds() {
            return List.of(elementId);
        }

        @Override
        public String toString() {
            return resourceName + (line > 0 ? " line " + line : "") + ", " + elementId + ": " + rule + ": " + message;
        }
    }

    private final List<Finding> findings;

    private ModelRefusedException(String message, Map<String, List<Finding>> byResource) {
        super(message, first(byResource).getKey(), new ArrayList<>(first(byResource).getValue()), List.of());
        byResource.entrySet().stream().skip(1)
                .forEach(entry -> resorceReports.add(new Report(entry.getKey(), new ArrayList<>(entry.getValue()))));
        this.findings = byResource.values().stream().flatMap(List::stream).toList();
    }

    /** @param findings at least one */
    static ModelRefusedException of(List<Finding> findings) {
        Map<String, List<Finding>> byResource = new LinkedHashMap<>();
        findings.forEach(f -> byResource.computeIfAbsent(f.resourceName(), name -> new ArrayList<>()).add(f));
        boolean anyBpmn = byResource.keySet().stream().anyMatch(name -> !name.endsWith(".dmn")
                && !name.endsWith(".dmn11.xml"));
        String message = (anyBpmn ? MODELER_PARSE_ERROR + " Errors: \n" : "")
                + "The deployment was refused and nothing was deployed: " + findings.size()
                + " finding(s) against the house rules (STYLE.md).\n"
                + findings.stream().map(f -> "* " + f).collect(Collectors.joining("\n"))
                + "\nFix the model in Camunda Modeler and deploy it again.";
        return new ModelRefusedException(message, byResource);
    }

    public List<Finding> findings() {
        return findings;
    }

    private static Map.Entry<String, List<Finding>> first(Map<String, List<Finding>> byResource) {
        return byResource.entrySet().iterator().next();
    }

    private record Report(String resourceName, List<Problem> errors) implements ResourceReport {

        @Override
        public String getResourceName() {
            return resourceName;
        }

        @Override
        public List<Problem> getErrors() {
            return errors;
        }

        @Override
        public List<Problem> getWarnings() {
            return List.of();
        }
    }
}
