package gov.fpf.process.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link TaskReadModel} (the worklist) in step with the engine's user tasks, from the engine's history
 * events rather than from task listeners.
 *
 * <p>Why history events: the engine produces them for every task change whatever caused it, including the paths
 * that skip custom listeners (cancelling or modifying a process instance in Cockpit with "skip custom listeners",
 * which is Cockpit's default), process instance migration (its own task event), and assignment, due-date and
 * candidate-group changes made through the API or Tasklist. A task listener added by a parse listener misses the
 * first two, so a cancelled case would leave a task in everybody's worklist. The handler runs synchronously inside the
 * engine's command, in the Spring transaction around it, before the engine flushes: the read model's writes commit
 * or roll back with the engine change.
 *
 * <p>What it needs: history level "activity" or higher for the task events (this application runs "full"; the start
 * fails below "activity", because the worklist would stay empty), and "full" for candidate groups changed after a
 * task was created (below it a warning is logged: the groups a task had when it was created stay in the read model).
 * A deployment deleted with cascade deletes its tasks' history instead of ending it, so no event reports those tasks;
 * {@code WorklistProjection.rebuild()} repairs the read model after such an operation.
 *
 * <p>The handler reads the task entity and its execution from the command context (engine internals, by necessity:
 * a history event names the task but does not carry it). It is registered beside the engine's own database handler,
 * never instead of it.
 */
@Component
class TaskReadModelPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(TaskReadModelPlugin.class);

    private final ObjectProvider<TaskReadModel> readModel;
    private ProcessEngineConfigurationImpl configuration;

    TaskReadModelPlugin(ObjectProvider<TaskReadModel> readModel) {
        this.readModel = readModel;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new Handler(readModel));
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        HistoryLevel level = configuration.getHistoryLevel();
        if (level == null) {
            return;
        }
        if (!level.isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_CREATE, null)) {
            throw new IllegalStateException("The worklist is kept from the engine's task history events, which history"
                    + " level " + level.getName() + " does not produce. Set camunda.bpm.history-level to full (or at"
                    + " least activity).");
        }
        if (!level.isHistoryEventProduced(HistoryEventTypes.IDENTITY_LINK_ADD, null)) {
            log.warn("History level {}: candidate groups added to or taken off a task after it was created will not"
                    + " reach the worklist; set camunda.bpm.history-level to full.", level.getName());
        }
    }

    /** Turns task and candidate-group history events into read-model calls. */
    static final class Handler implements HistoryEventHandler {

        private static final String CREATE = HistoryEventTypes.TASK_INSTANCE_CREATE.getEventName();
        private static final String UPDATE = HistoryEventTypes.TASK_INSTANCE_UPDATE.getEventName();
        private static final String MIGRATE = HistoryEventTypes.TASK_INSTANCE_MIGRATE.getEventName();
        private static final String COMPLETE = HistoryEventTypes.TASK_INSTANCE_COMPLETE.getEventName();
        private static final String DELETE = HistoryEventTypes.TASK_INSTANCE_DELETE.getEventName();
        private static final String LINK_ADD = HistoryEventTypes.IDENTITY_LINK_ADD.getEventName();
        private static final String LINK_DELETE = HistoryEventTypes.IDENTITY_LINK_DELETE.getEventName();
        /** the state of a task whose creation is still under way (its candidate groups are being added) */
        private static final String STATE_INIT = "Init";

        private final ObjectProvider<TaskReadModel> readModelProvider;
        private volatile TaskReadModel readModel;

        Handler(ObjectProvider<TaskReadModel> readModelProvider) {
            this.readModelProvider = readModelProvider;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricTaskInstanceEventEntity task) {
                onTask(task);
            } else if (event instanceof HistoricIdentityLinkLogEventEntity link) {
                onIdentityLink(link);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }

        private void onTask(HistoricTaskInstanceEventEntity event) {
            // standalone tasks and case-management (CMMN) tasks are no case work
            if (event.getProcessInstanceId() == null) {
                return;
            }
            TaskReadModel model = readModel();
            if (model == null) {
                return;
            }
            String type = event.getEventType();
            if (COMPLETE.equals(type) || DELETE.equals(type)) {
                model.taskClosed(event.getTaskId());
            } else if (CREATE.equals(type) || UPDATE.equals(type) || MIGRATE.equals(type)) {
                TaskEntity task = openTask(event.getTaskId());
                if (task == null) {
                    return;
                }
                if (CREATE.equals(type)) {
                    model.taskOpened(snapshot(task));
                } else {
                    model.taskChanged(snapshot(task));
                }
            }
        }

        private void onIdentityLink(HistoricIdentityLinkLogEventEntity event) {
            if (event.getTaskId() == null || event.getGroupId() == null
                    || !IdentityLinkType.CANDIDATE.equals(event.getType())) {
                return;
            }
            TaskReadModel model = readModel();
            if (model == null) {
                return;
            }
            TaskEntity task = openTask(event.getTaskId());
            // a task being created gets its groups before its create event, which writes them with the task
            if (task == null || task.getProcessInstanceId() == null || STATE_INIT.equals(task.getTaskState())) {
                return;
            }
            if (LINK_ADD.equals(event.getEventType())) {
                model.candidateGroupAdded(task.getId(), event.getGroupId());
            } else if (LINK_DELETE.equals(event.getEventType())) {
                model.candidateGroupRemoved(task.getId(), event.getGroupId());
            }
        }

        private TaskReadModel readModel() {
            TaskReadModel model = readModel;
            if (model == null) {
                model = readModelProvider.getIfAvailable();
                readModel = model;
            }
            return model;
        }

        /** The task from the command's cache (or the database), unless it is deleted in this command. */
        private static TaskEntity openTask(String taskId) {
            CommandContext commandContext = Context.getCommandContext();
            if (commandContext == null) {
                return null;
            }
            TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
            return task == null || task.isDeleted() ? null : task;
        }

        static TaskReadModel.OpenTaskSnapshot snapshot(TaskEntity task) {
            DelegateExecution execution = task.getExecution();
            String caseNumber = null;
            if (execution != null) {
                caseNumber = execution.getProcessBusinessKey();
                if (caseNumber == null) {
                    Object variable = execution.getVariable(ProcessVariables.CASE_NUMBER);
                    caseNumber = variable == null ? null : variable.toString();
                }
            }
            Set<String> groups = task.getCandidates().stream()
                    .map(IdentityLink::getGroupId)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new));
            return new TaskReadModel.OpenTaskSnapshot(task.getId(), task.getProcessInstanceId(), caseNumber,
                    task.getTenantId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), groups,
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    task.getCreateTime() == null ? null : task.getCreateTime().toInstant());
        }
    }
}
