package gov.fpf.process.modeling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import gov.fpf.process.modeling.ModelLinter.References;
import gov.fpf.process.modeling.ModelRefusedException.Finding;

/**
 * Runs before the engine's own deployers, inside the deployment's transaction, on every new deployment: the process
 * application's at start-up, ours through the designer API, and Camunda Modeler's through
 * {@code /engine-rest/deployment/create}. It lints every BPMN and DMN model of the deployment with {@link ModelLinter}
 * and refuses the whole deployment with a {@link ModelRefusedException} listing every finding, so nothing is stored.
 *
 * <p>What a model refers to is looked up where it will be found at run time: a called process or decision in the
 * deployment or already deployed, a delegate bean among the model beans the engine resolves for expressions
 * ({@link ModelExpressionFence}; any other bean of the application context is refused), a form in the deployment or
 * deployed before. A form is bound to the deployment ({@code camunda:formRefBinding="deployment"}), so the running
 * task would look for it in this deployment: a form that is only deployed before (Camunda Modeler deploys the diagram
 * alone) is copied into this deployment from its latest version, and the deployment then carries the form it was
 * checked with.
 */
public final class ModelDeploymentGuard implements Deployer {

    private static final Logger log = LoggerFactory.getLogger(ModelDeploymentGuard.class);

    private final Predicate<String> isKnownBean;
    private final Supplier<Set<String>> dueDates;
    private final ObjectMapper json = new ObjectMapper();

    public ModelDeploymentGuard(Predicate<String> isKnownBean, Supplier<Set<String>> dueDates) {
        this.isKnownBean = isKnownBean;
        this.dueDates = dueDates;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return; // the cache re-reading a deployed model after a restart: it was checked when it was deployed
        }
        Map<String, BpmnModelInstance> processes = new LinkedHashMap<>();
        Map<String, DmnModelInstance> decisions = new LinkedHashMap<>();
        Map<String, String> formsInDeployment = new HashMap<>();
        List<Finding> notModels = new ArrayList<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            String name = resource.getName();
            if (!isBpmn(name) && !isDmn(name) && !name.endsWith(".form")) {
                // a deployment is what a designer models: a binary or any other file has no place in it (review 5.3)
                notModels.add(new Finding(name, "", "RESOURCE_KIND", "Only .bpmn, .dmn and .form files are deployed; "
                        + name + " is none of them.", 0, 0));
                continue;
            }
            try {
                if (isBpmn(name)) {
                    processes.put(name, Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes())));
                } else if (isDmn(name)) {
                    decisions.put(name, Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes())));
                } else if (name.endsWith(".form")) {
                    formsInDeployment.put(json.readTree(resource.getBytes()).path("id").asText(), name);
                }
            } catch (IOException | RuntimeException unreadable) {
                // not well-formed: the engine's own parser reports it, with its line, when it deploys the resource
                log.debug("Not linting {}: {}", name, unreadable.getMessage());
            }
        }
        if (!notModels.isEmpty()) {
            throw ModelRefusedException.of(notModels);
        }
        if (processes.isEmpty() && decisions.isEmpty()) {
            return;
        }

        CommandContext commandContext = Context.getCommandContext();
        RepositoryService repository = Context.getProcessEngineConfiguration().getRepositoryService();
        Set<String> processIds = new HashSet<>();
        processes.values().forEach(model -> model.getModelElementsByType(Process.class)
                .forEach(process -> processIds.add(process.getId())));
        Set<String> decisionIds = new HashSet<>();
        decisions.values().forEach(model -> model.getModelElementsByType(Decision.class)
                .forEach(decision -> decisionIds.add(decision.getId())));
        Map<String, CamundaFormDefinitionEntity> formsToCarry = new LinkedHashMap<>();
        for (String formRef : formRefs(processes.values())) {
            if (!formsInDeployment.containsKey(formRef)) {
                CamundaFormDefinitionEntity deployed = commandContext.getCamundaFormDefinitionManager()
                        .findLatestDefinitionByKeyAndTenantId(formRef, deployment.getTenantId());
                if (deployed != null) {
                    formsToCarry.put(formRef, deployed);
                }
            }
        }
        Set<String> formIds = new HashSet<>(formsInDeployment.keySet());
        formIds.addAll(formsToCarry.keySet());
        // Expressions may name the beans the engine resolves for them (ModelExpressionFence), and nothing else.
        Map<Object, Object> modelBeans = Context.getProcessEngineConfiguration().getBeans();
        ModelLinter linter = new ModelLinter(new References(formIds,
                name -> modelBeans != null && modelBeans.containsKey(name),
                key -> processIds.contains(key)
                        || repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0,
                key -> decisionIds.contains(key)
                        || repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() > 0,
                dueDates.get(), isKnownBean));

        List<Finding> findings = new ArrayList<>();
        processes.forEach((name, model) -> linter.lint(name, model)
                .forEach(v -> findings.add(finding(deployment, name, v))));
        decisions.forEach((name, model) -> linter.lint(name, model)
                .forEach(v -> findings.add(finding(deployment, name, v))));
        if (!findings.isEmpty()) {
            log.info("Refused deployment '{}' ({}): {} finding(s)", deployment.getName(), deployment.getSource(),
                    findings.size());
            throw ModelRefusedException.of(findings);
        }
        formsToCarry.values().forEach(form -> carryForward(commandContext, deployment, form));
    }

    private static Set<String> formRefs(Iterable<BpmnModelInstance> models) {
        Set<String> refs = new HashSet<>();
        for (BpmnModelInstance model : models) {
            model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef)
                    .filter(ref -> ref != null && !ref.contains("{")).forEach(refs::add);
            model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
                    .filter(ref -> ref != null && !ref.contains("{")).forEach(refs::add);
        }
        return refs;
    }

    /** A copy of the form's latest deployed resource, stored with this deployment as the engine stores its own. */
    private static void carryForward(CommandContext commandContext, DeploymentEntity deployment,
                                     CamundaFormDefinitionEntity form) {
        ResourceEntity original = commandContext.getResourceManager()
                .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
        if (original == null || deployment.getResource(original.getName()) != null) {
            return;
        }
        ResourceEntity copy = new ResourceEntity();
        copy.setName(original.getName());
        copy.setBytes(original.getBytes());
        copy.setDeploymentId(deployment.getId());
        copy.setType(ResourceTypes.REPOSITORY.getValue());
        copy.setCreateTime(ClockUtil.getCurrentTime());
        commandContext.getResourceManager().insertResource(copy);
        deployment.addResource(copy);
        log.info("Deployment '{}' carries form {} (version {}) from deployment {}", deployment.getName(),
                form.getKey(), form.getVersion(), form.getDeploymentId());
    }

    private static Finding finding(DeploymentEntity deployment, String resourceName, ModelLinter.Violation violation) {
        String elementId = violation.elementId() == null ? "" : violation.elementId().split(",")[0].trim();
        int[] position = position(deployment.getResource(resourceName), elementId);
        return new Finding(resourceName, elementId, violation.rule().name(), violation.message(), position[0],
                position[1]);
    }

    /** Line and column of {@code id="elementId"} in the resource, so Camunda Modeler's log points at it. */
    private static int[] position(ResourceEntity resource, String elementId) {
        if (resource == null || elementId.isEmpty()) {
            return new int[] {0, 0};
        }
        String text = new String(resource.getBytes(), StandardCharsets.UTF_8);
        Matcher id = Pattern.compile("\\bid=\"" + Pattern.quote(elementId) + "\"").matcher(text);
        if (!id.find()) {
            return new int[] {0, 0};
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < id.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, id.start() - lineStart + 1};
    }

    static boolean isBpmn(String resourceName) {
        return resourceName.endsWith(".bpmn") || resourceName.endsWith(".bpmn20.xml");
    }

    static boolean isDmn(String resourceName) {
        return resourceName.endsWith(".dmn") || resourceName.endsWith(".dmn11.xml");
    }
}
