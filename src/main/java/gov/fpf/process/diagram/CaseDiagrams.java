package gov.fpf.process.diagram;

import java.util.Optional;

/**
 * Process diagrams as SVG, rendered on the server from a model's diagram interchange (no bpmn-js in the browser):
 * for a case, its main process with the current steps and the completed ones highlighted; for a deployed definition,
 * the plain diagram (the designers' catalogue, a notice or a report).
 */
public interface CaseDiagrams {

    /** The case's main process (business key = case number) with its state; empty when the case has no process. */
    Optional<String> svgForCase(String caseNumber);

    /** A deployed process definition's diagram, unhighlighted; empty when the definition is unknown. */
    Optional<String> svgForDefinition(String processDefinitionId);
}
