package gov.fpf.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/** For unit tests: evaluates a decision table straight from its file in processes/, with the standalone DMN engine. */
public final class FileDecisionTables implements DecisionTables {

    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final String resource;

    public FileDecisionTables(String resource) {
        this.resource = resource;
    }

    @Override
    public Evaluation singleResult(String decisionKey, Map<String, Object> inputs) {
        DmnModelInstance model;
        try (InputStream in = FileDecisionTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            model = Dmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DmnDecision decision = engine.parseDecision(decisionKey, model);
        Decision definition = model.getModelElementById(decisionKey);
        Map<String, Object> outputs = engine.evaluateDecisionTable(decision, Variables.fromMap(inputs))
                .getSingleResult().getEntryMap();
        return new Evaluation(outputs, "decision table " + decisionKey + " (" + definition.getVersionTag() + ") from "
                + resource);
    }
}
