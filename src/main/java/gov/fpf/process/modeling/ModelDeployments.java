package gov.fpf.process.modeling;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Service;

import gov.fpf.process.modeling.ModelRefusedException.Finding;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * Deploys models as the logged-in designer, exactly as Camunda Modeler does through the engine REST API: the
 * engine checks the user may create deployments, {@link ModelDeploymentGuard} lints every model and
 * {@link DeploymentAudit} records it. A refused deployment stores nothing and comes back as {@link ModelsRefused}.
 */
@Service
public class ModelDeployments {

    public static final String SOURCE = "FP&F designer API";

    private final RepositoryService repositoryService;
    private final IdentityService identityService;

    public ModelDeployments(RepositoryService repositoryService, IdentityService identityService) {
        this.repositoryService = repositoryService;
        this.identityService = identityService;
    }

    /** A process or decision the deployment created a new version of. */
    public record DeployedModel(String kind, String key, int version, String versionTag, String resourceName) {
    }

    /** {@code models} is empty when nothing had changed (with {@code deployChangedOnly}), so nothing was deployed. */
    public record DeploymentResult(String deploymentId, String name, Instant deployedAt, List<DeployedModel> models) {
    }

    /** 400: the models break house rules, or the engine cannot parse them; every finding says where and why. */
    public static class ModelsRefused extends Problems.InvalidInput {
        private final transient List<Finding> findings;

        ModelsRefused(String detail, List<Finding> findings) {
            super(detail);
            this.findings = List.copyOf(findings);
        }

        public List<Finding> findings() {
            return findings;
        }
    }

    /**
     * @param files             resource name (the file name, e.g. {@code PenaltyCaseProcess.bpmn}) to content
     * @param deployChangedOnly as Camunda Modeler's deploy-changed-only: deploy only the files that differ from the
     *                          last deployment of the same name
     */
    public DeploymentResult deploy(String deploymentName, Map<String, byte[]> files, boolean deployChangedOnly) {
        if (files.isEmpty()) {
            throw new Problems.InvalidInput("Send at least one .bpmn, .dmn or .form file to deploy.");
        }
        DeploymentBuilder builder = repositoryService.createDeployment().name(deploymentName).source(SOURCE);
        if (deployChangedOnly) {
            builder.enableDuplicateFiltering(true);
        }
        files.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
        identityService.setAuthentication(CurrentUser.id(), List.copyOf(CurrentUser.groups()));
        DeploymentWithDefinitions deployment;
        try {
            deployment = builder.deployWithResult();
        } catch (ModelRefusedException refused) {
            throw new ModelsRefused(refused.findings().size() + " finding(s) against the house rules; nothing was "
                    + "deployed. " + refused.findings().get(0) + (refused.findings().size() > 1 ? " (and more)" : ""),
                    refused.findings());
        } catch (ParseException unparseable) {
            List<Finding> findings = findingsOf(unparseable);
            throw new ModelsRefused("The engine cannot parse the model; nothing was deployed. "
                    + unparseable.getMessage(), findings);
        } catch (AuthorizationException e) {
            throw new Problems.Forbidden("Only process designers and administrators may deploy models.");
        } catch (ProcessEngineException unreadable) {
            if (gov.fpf.system.Failures.classify(unreadable).isPresent()) {
                throw unreadable;
            }
            // not even a model: not XML, empty, a DOCTYPE the parser refuses, a form that is not JSON (ENGINE-09003,
            // 09033, DMN 22004); nothing was deployed
            throw new Problems.InvalidInput("The engine cannot read the uploaded files as models; nothing was deployed. "
                    + unreadable.getMessage());
        } finally {
            identityService.clearAuthentication();
        }
        List<DeployedModel> models = new ArrayList<>();
        if (deployment.getDeployedProcessDefinitions() != null) {
            deployment.getDeployedProcessDefinitions().forEach(p -> models.add(new DeployedModel("PROCESS", p.getKey(),
                    p.getVersion(), p.getVersionTag(), p.getResourceName())));
        }
        if (deployment.getDeployedDecisionDefinitions() != null) {
            deployment.getDeployedDecisionDefinitions().forEach(d -> models.add(new DeployedModel("DECISION",
                    d.getKey(), d.getVersion(), d.getVersionTag(), d.getResourceName())));
        }
        return new DeploymentResult(deployment.getId(), deployment.getName(),
                deployment.getDeploymentTime() == null ? null : deployment.getDeploymentTime().toInstant(), models);
    }

    private static List<Finding> findingsOf(ParseException e) {
        List<Finding> findings = new ArrayList<>();
        for (ResourceReport report : e.getResorceReports()) {
            for (Problem problem : report.getErrors()) {
                findings.add(new Finding(report.getResourceName(), problem.getMainElementId(), "PARSE",
                        problem.getMessage(), problem.getLine(), problem.getColumn()));
            }
        }
        return findings;
    }
}
