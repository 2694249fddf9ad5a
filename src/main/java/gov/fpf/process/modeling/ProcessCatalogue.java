package gov.fpf.process.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * What is deployed, for the designers' catalogue: every process key with all its versions (version tag, deployment
 * time, running instances), and the decision tables. Plain records, so the page outside this package needs no
 * engine API. No authorization check here: the page is for designers and administrators (SecurityConfig).
 */
@Service
public class ProcessCatalogue {

    private static final DateTimeFormatter UTC_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;

    public ProcessCatalogue(RepositoryService repositoryService, RuntimeService runtimeService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
    }

    /** One deployed version of a process. */
    public record ProcessVersion(String definitionId, String key, String name, int version, String versionTag,
                                 String tenantId, String resourceName, Instant deployedAt, long runningInstances,
                                 boolean suspended) {

        public String deployedAtText() {
            return deployedAt == null ? "" : UTC_MINUTES.format(deployedAt);
        }

        /** Cockpit's page of this definition (its instances, incidents and the diagram with tokens). */
        public String cockpitPath() {
            return "/camunda/app/cockpit/default/#/process-definition/" + definitionId;
        }
    }

    /** A process key with its versions, newest first. */
    public record ProcessModel(String key, String name, List<ProcessVersion> versions) {

        public ProcessVersion latest() {
            return versions.get(0);
        }

        public long runningInstances() {
            return versions.stream().mapToLong(ProcessVersion::runningInstances).sum();
        }

        public Optional<ProcessVersion> version(int version) {
            return versions.stream().filter(v -> v.version() == version).findFirst();
        }
    }

    /** One deployed version of a decision table. */
    public record DecisionVersion(String definitionId, int version, String versionTag, String resourceName,
                                  Instant deployedAt) {

        public String deployedAtText() {
            return deployedAt == null ? "" : UTC_MINUTES.format(deployedAt);
        }

        public String cockpitPath() {
            return "/camunda/app/cockpit/default/#/decision-definition/" + definitionId;
        }
    }

    /** A decision key with its versions, newest first. */
    public record DecisionModel(String key, String name, List<DecisionVersion> versions) {

        public DecisionVersion latest() {
            return versions.get(0);
        }
    }

    /** Every deployed process key, by name; within a key, newest version first. */
    public List<ProcessModel> processes() {
        return models(repositoryService.createProcessDefinitionQuery().list());
    }

    public Optional<ProcessModel> process(String key) {
        return models(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).list()).stream()
                .findFirst();
    }

    /** The BPMN XML of a deployed version, exactly as deployed. */
    public Optional<byte[]> bpmnXml(String key, int version) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).list().stream().findFirst().orElse(null);
        if (definition == null) {
            return Optional.empty();
        }
        try (InputStream xml = repositoryService.getProcessModel(definition.getId())) {
            return Optional.of(xml.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the deployed model " + definition.getResourceName(), e);
        }
    }

    /** Every deployed decision table, by key; within a key, newest version first. */
    public List<DecisionModel> decisions() {
        List<DecisionDefinition> definitions = repositoryService.createDecisionDefinitionQuery().list();
        Map<String, Instant> deployed = deploymentTimes();
        Map<String, List<DecisionDefinition>> byKey = definitions.stream()
                .collect(Collectors.groupingBy(DecisionDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
        return byKey.entrySet().stream().map(entry -> {
            List<DecisionVersion> versions = entry.getValue().stream()
                    .sorted(Comparator.comparingInt(DecisionDefinition::getVersion).reversed())
                    .map(d -> new DecisionVersion(d.getId(), d.getVersion(), d.getVersionTag(), d.getResourceName(),
                            deployed.get(d.getDeploymentId())))
                    .toList();
            DecisionDefinition newest = entry.getValue().stream()
                    .max(Comparator.comparingInt(DecisionDefinition::getVersion)).orElseThrow();
            return new DecisionModel(entry.getKey(), nameOr(newest.getName(), entry.getKey()), versions);
        }).sorted(Comparator.comparing(DecisionModel::key)).toList();
    }

    private List<ProcessModel> models(List<ProcessDefinition> definitions) {
        Map<String, Instant> deployed = deploymentTimes();
        Map<String, List<ProcessDefinition>> byKey = definitions.stream()
                .collect(Collectors.groupingBy(ProcessDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
        return byKey.entrySet().stream().map(entry -> {
            List<ProcessVersion> versions = entry.getValue().stream()
                    .sorted(Comparator.comparingInt(ProcessDefinition::getVersion).reversed()
                            .thenComparing(d -> d.getTenantId() == null ? "" : d.getTenantId()))
                    .map(d -> new ProcessVersion(d.getId(), d.getKey(), nameOr(d.getName(), d.getKey()), d.getVersion(),
                            d.getVersionTag(), d.getTenantId(), d.getResourceName(), deployed.get(d.getDeploymentId()),
                            runtimeService.createProcessInstanceQuery().processDefinitionId(d.getId()).count(),
                            d.isSuspended()))
                    .toList();
            return new ProcessModel(entry.getKey(), versions.get(0).name(), versions);
        }).sorted(Comparator.comparing(ProcessModel::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private Map<String, Instant> deploymentTimes() {
        return repositoryService.createDeploymentQuery().list().stream()
                .filter(d -> d.getDeploymentTime() != null)
                .collect(Collectors.toMap(Deployment::getId, d -> d.getDeploymentTime().toInstant(), (a, b) -> a));
    }

    private static String nameOr(String name, String key) {
        return name == null || name.isBlank() ? key : name;
    }
}
