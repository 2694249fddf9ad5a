package gov.fpf.process.engine;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import gov.fpf.rules.DecisionTables;

/** Decision tables as deployed: a designer's revised table applies from its deployment on, without a rebuild. */
@Component
public class DeployedDecisionTables implements DecisionTables {

    private final DecisionService decisionService;
    private final RepositoryService repositoryService;

    public DeployedDecisionTables(DecisionService decisionService, RepositoryService repositoryService) {
        this.decisionService = decisionService;
        this.repositoryService = repositoryService;
    }

    @Override
    public Evaluation singleResult(String decisionKey, Map<String, Object> inputs) {
        DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).withoutTenantId().latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("Decision table " + decisionKey + " is not deployed");
        }
        DmnDecisionResult result = decisionService.evaluateDecisionById(definition.getId())
                .variables(Variables.fromMap(inputs)).evaluate();
        return new Evaluation(result.getSingleResult().getEntryMap(), "decision table " + decisionKey + " version "
                + definition.getVersion() + (definition.getVersionTag() == null ? "" : " (" + definition.getVersionTag() + ")")
                + " from " + definition.getResourceName());
    }
}
