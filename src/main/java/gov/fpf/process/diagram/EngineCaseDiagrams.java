package gov.fpf.process.diagram;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.springframework.stereotype.Component;

import gov.fpf.process.diagram.BpmnSvgRenderer.DiagramState;
import gov.fpf.process.engine.CaseModel;

/**
 * {@link CaseDiagrams} from the engine: the model as deployed (the version the instance runs on, not the newest) and
 * the instance's state from its history, drawn by {@link BpmnSvgRenderer}.
 *
 * <p>It checks no office or role: the caller has already decided that the user may see the case (the case page does,
 * through the case service). A notice or a report embeds a diagram the same way, e.g.
 * {@code caseDiagrams.svgForCase("2026-PEN-000123").orElse("")} into its HTML; the SVG carries its own colours.
 */
@Component
public class EngineCaseDiagrams implements CaseDiagrams {

    /** The processes a case is opened with; the processes they call carry the same business key and are not "the case". */
    private final List<String> mainProcessKeys;

    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;

    public EngineCaseDiagrams(HistoryService historyService, RuntimeService runtimeService,
                              RepositoryService repositoryService, List<CaseModel> models) {
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.mainProcessKeys = models.stream().filter(CaseModel::opensCase).map(CaseModel::processKey).toList();
    }

    @Override
    public Optional<String> svgForCase(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return Optional.empty();
        }
        // the newest, should a case ever have been restarted
        List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKeyIn(mainProcessKeys.toArray(String[]::new))
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, 1);
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = instances.get(0);
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId());
        return Optional.of(BpmnSvgRenderer.render(model, stateOf(instance, model)));
    }

    @Override
    public Optional<String> svgForDefinition(String processDefinitionId) {
        if (processDefinitionId == null || processDefinitionId.isBlank()
                || repositoryService.createProcessDefinitionQuery().processDefinitionId(processDefinitionId).count() == 0) {
            return Optional.empty();
        }
        return Optional.of(BpmnSvgRenderer.render(repositoryService.getBpmnModelInstance(processDefinitionId)));
    }

    /**
     * From the history (level full or audit): an activity instance without an end is current, one that ended is
     * completed, unless an event cancelled it. Sub-processes, event sub-processes and the call activity waiting for a
     * petition review have activity instances of their own, so they count as current while work goes on inside.
     */
    DiagramState stateOf(HistoricProcessInstance instance, BpmnModelInstance model) {
        Set<String> current = new HashSet<>();
        Set<String> completed = new HashSet<>();
        Set<String> interrupted = new HashSet<>();
        List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).list();
        Set<String> reached = new HashSet<>();
        activities.forEach(a -> reached.add(elementId(a.getActivityId())));
        for (HistoricActivityInstance activity : activities) {
            String id = elementId(activity.getActivityId());
            if (activity.getEndTime() == null) {
                current.add(id);
            } else if (activity.isCanceled() && !leftByOneOfItsEvents(model, id, reached)) {
                interrupted.add(id);
            } else {
                completed.add(id);
            }
        }
        if (instance.getEndTime() == null) {
            try {
                runtimeService.getActiveActivityIds(instance.getId()).forEach(id -> current.add(elementId(id)));
            } catch (ProcessEngineException endedMeanwhile) {
                // the instance ended between the two queries; its history already says so
            }
        }
        return new DiagramState(current, completed, interrupted);
    }

    /**
     * The engine ends an event-based gateway's activity instance as cancelled when one of its events fires; that is
     * the gateway doing its work, not an interruption. It was interrupted only if none of its events was reached.
     */
    private static boolean leftByOneOfItsEvents(BpmnModelInstance model, String elementId, Set<String> reached) {
        return model.getModelElementById(elementId) instanceof EventBasedGateway gateway
                && gateway.getOutgoing().stream().anyMatch(flow -> reached.contains(flow.getTarget().getId()));
    }

    private static String elementId(String activityId) {
        return activityId != null && activityId.endsWith(MULTI_INSTANCE_BODY)
                ? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length()) : activityId;
    }
}
