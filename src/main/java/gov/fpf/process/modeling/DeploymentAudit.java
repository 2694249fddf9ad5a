package gov.fpf.process.modeling;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

import gov.fpf.audit.AuditLog;
import gov.fpf.system.CurrentUser;

/**
 * Runs after the engine's deployers, in the deployment's transaction: one audit event per process or decision the
 * deployment created a new version of, saying who deployed it (the engine's authenticated user, else the logged-in
 * user, else "system" for the start-up deployment), from where, the new version and version tag against the
 * previous ones, and which flow nodes were added or removed. A deployment that changed nothing creates no version
 * and writes nothing; one without models (forms only) writes one DEPLOYMENT event.
 */
public final class DeploymentAudit implements Deployer {

    static final String EVENT = "MODEL_DEPLOYED";
    static final String PROCESS_DEFINITION = "PROCESS_DEFINITION";
    static final String DECISION_DEFINITION = "DECISION_DEFINITION";

    private final Supplier<AuditLog> auditLog;

    public DeploymentAudit(Supplier<AuditLog> auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        String actor = Context.getCommandContext().getAuthenticatedUserId();
        if (actor == null) {
            actor = CurrentUser.id();
        }
        String from = "deployment '" + deployment.getName() + "' (" + deployment.getId() + ")"
                + (deployment.getSource() == null ? "" : " from " + deployment.getSource()) + " by " + actor;
        List<ProcessDefinition> processes = orEmpty(deployment.getDeployedProcessDefinitions());
        List<DecisionDefinition> decisions = orEmpty(deployment.getDeployedDecisionDefinitions());
        RepositoryService repository = Context.getProcessEngineConfiguration().getRepositoryService();
        for (ProcessDefinition process : processes) {
            auditLog.get().entityEventBy(actor, PROCESS_DEFINITION, process.getKey(), EVENT,
                    describe(process, deployment, repository, from), null);
        }
        for (DecisionDefinition decision : decisions) {
            auditLog.get().entityEventBy(actor, DECISION_DEFINITION, decision.getKey(), EVENT,
                    decision.getKey() + " version " + decision.getVersion() + tag(decision.getVersionTag()) + " from "
                            + decision.getResourceName() + " in " + from + ".", null);
        }
        if (processes.isEmpty() && decisions.isEmpty()) {
            auditLog.get().entityEventBy(actor, "DEPLOYMENT", deployment.getId(), EVENT, "Resources "
                    + String.join(", ", deployment.getResources().keySet()) + " in " + from + ".", null);
        }
    }

    private static String describe(ProcessDefinition process, DeploymentEntity deployment,
                                   RepositoryService repository, String from) {
        StringBuilder detail = new StringBuilder(process.getKey() + " version " + process.getVersion()
                + tag(process.getVersionTag()) + " from " + process.getResourceName() + " in " + from + ".");
        ResourceEntity resource = deployment.getResource(process.getResourceName());
        ProcessDefinition previous = null;
        if (process.getVersion() > 1) {
            ProcessDefinitionQuery query = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(process.getKey()).processDefinitionVersion(process.getVersion() - 1);
            previous = (process.getTenantId() == null ? query.withoutTenantId()
                    : query.tenantIdIn(process.getTenantId())).singleResult();
        }
        if (previous == null || resource == null) {
            return detail.append(" First version.").toString();
        }
        detail.append(" Previous: version ").append(previous.getVersion()).append(tag(previous.getVersionTag()))
                .append('.');
        Set<String> before = flowNodeIds(repository.getBpmnModelInstance(previous.getId()), process.getKey());
        Set<String> after = flowNodeIds(Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes())),
                process.getKey());
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(after);
        if (added.isEmpty() && removed.isEmpty()) {
            detail.append(" Same flow nodes as before (attributes or layout changed).");
        }
        if (!added.isEmpty()) {
            detail.append(" Added: ").append(String.join(", ", added)).append('.');
        }
        if (!removed.isEmpty()) {
            detail.append(" Removed: ").append(String.join(", ", removed)).append('.');
        }
        return detail.toString();
    }

    private static Set<String> flowNodeIds(BpmnModelInstance model, String processKey) {
        return model.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> processKey.equals(ProcessModels.processOf(node)))
                .map(FlowNode::getId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String tag(String versionTag) {
        return versionTag == null ? " (no version tag)" : " (tag " + versionTag + ")";
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? new ArrayList<>() : list;
    }
}
