package gov.fpf.rules;

import java.util.Map;

/**
 * Evaluates a decision table (DMN) that a designer may revise: the app evaluates the latest deployed version, unit
 * tests the file in processes/. Rule code depends on this, never on the engine.
 */
public interface DecisionTables {

    /** The single matching row's outputs, and which table version produced them (for the computation trace). */
    Evaluation singleResult(String decisionKey, Map<String, Object> inputs);

    record Evaluation(Map<String, Object> outputs, String reference) {
    }
}
