package gov.fpf.process.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.CaseModel;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.system.Roles;

/**
 * Saved Tasklist filters, one set per role, created at startup when missing (by name), so Tasklist is never
 * empty-handed. The office restriction needs no filter: tasks belong to their office's tenant, and Tasklist shows a
 * user only their offices' tasks. Every filter shows the case number column.
 */
@Component
public class TasklistFilters {

    private final FilterService filterService;
    private final TaskService taskService;
    private final List<CaseModel> models;

    public TasklistFilters(FilterService filterService, TaskService taskService, List<CaseModel> models) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.models = models;
    }

    /** A filter as it is saved: Tasklist lists filters by priority, lowest first. */
    record Definition(String name, String description, int priority, String role, TaskQuery query) {
    }

    List<Definition> definitions() {
        String groups = "${currentUserGroups()}";
        List<Definition> definitions = new ArrayList<>();
        definitions.add(new Definition("My tasks", "Tasks assigned to me", 10, Roles.OFFICER,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
        for (CaseModel model : models) {
            model.tasklistFilter().ifPresent(f -> definitions.add(new Definition(f.name(), f.description(),
                    f.priority(), Roles.OFFICER, f.taskKey() == null
                    ? processTasks(groups, model)
                    : groupTasks(groups).taskDefinitionKey(f.taskKey()))));
        }
        definitions.add(new Definition("Waiting for supervisor approval",
                "National-security exceptions and 1612 summary sales", 60, Roles.SUPERVISOR,
                taskService.createTaskQuery().taskCandidateGroup(Roles.SUPERVISOR).includeAssignedTasks()
                        .taskDefinitionKeyIn(models.stream().flatMap(m -> m.supervisorApprovals().stream())
                                .map(CaseModel.Approval::taskKey).toArray(String[]::new))));
        definitions.add(new Definition("Custody and disposal", "Seized property: custody, summary sales, dispositions",
                70, Roles.CUSTODIAN, taskService.createTaskQuery().taskCandidateGroup(Roles.CUSTODIAN)
                .includeAssignedTasks()));
        definitions.add(new Definition("Counsel review",
                "Fraud reviews, offers in compromise, statute-of-limitations decisions", 80, Roles.COUNSEL,
                taskService.createTaskQuery().taskCandidateGroup(Roles.COUNSEL).includeAssignedTasks()));
        definitions.sort(Comparator.comparingInt(Definition::priority));
        return definitions;
    }

    /** The groups' tasks of the model and of the processes that are parts of it. */
    private TaskQuery processTasks(String groupsExpression, CaseModel model) {
        if (model.partProcessKeys().isEmpty()) {
            return groupTasks(groupsExpression).processDefinitionKey(model.processKey());
        }
        List<String> keys = new ArrayList<>();
        keys.add(model.processKey());
        keys.addAll(model.partProcessKeys());
        return groupTasks(groupsExpression).processDefinitionKeyIn(keys.toArray(String[]::new));
    }

    private TaskQuery groupTasks(String groupsExpression) {
        return taskService.createTaskQuery().taskCandidateGroupInExpression(groupsExpression).includeAssignedTasks();
    }

    /**
     * Creates the missing filters; an existing filter of the same name is left as an administrator may have changed it,
     * except that every task filter (ours, the starter's "All tasks" and any an administrator made) is given the case
     * columns it lacks ({@link #ensureCaseColumns()}).
     */
    public int ensureFilters() {
        int created = 0;
        for (Definition d : definitions()) {
            if (filterService.createFilterQuery().filterName(d.name()).count() > 0) {
                continue;
            }
            Filter filter = filterService.newTaskFilter(d.name());
            filter.setQuery(d.query());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", d.description() + " (for " + d.role() + ")");
            properties.put("priority", d.priority());
            properties.put("refresh", true);
            properties.put("variables", caseColumns(List.of()));
            filter.setProperties(properties);
            filterService.saveFilter(filter);
            created++;
        }
        ensureCaseColumns();
        return created;
    }

    /** The columns Tasklist shows on each task of a filter: the case number, the office and the party. */
    static final List<Map<String, String>> CASE_COLUMNS = List.of(
            Map.of("name", ProcessVariables.CASE_NUMBER, "label", "Case number"),
            Map.of("name", ProcessVariables.OFFICE_CODE, "label", "Office"),
            Map.of("name", "partyName", "label", "Party"));

    /**
     * Adds the case columns a task filter lacks, keeping its other columns and properties; a filter that has them all
     * is not saved again, so this is idempotent. The number of filters changed.
     */
    public int ensureCaseColumns() {
        int changed = 0;
        for (Filter filter : filterService.createTaskFilterQuery().list()) {
            Map<String, Object> properties = filter.getProperties() == null
                    ? new LinkedHashMap<>() : new LinkedHashMap<>(filter.getProperties());
            List<Map<String, String>> existing = columnsOf(properties.get("variables"));
            List<Map<String, String>> columns = caseColumns(existing);
            if (columns.size() == existing.size()) {
                continue;
            }
            properties.put("variables", columns);
            filter.setProperties(properties);
            filterService.saveFilter(filter);
            changed++;
        }
        return changed;
    }

    /** the existing columns followed by the case columns missing among them (matched by variable name) */
    private static List<Map<String, String>> caseColumns(List<Map<String, String>> existing) {
        List<Map<String, String>> columns = new ArrayList<>(existing);
        for (Map<String, String> column : CASE_COLUMNS) {
            if (existing.stream().noneMatch(c -> column.get("name").equals(c.get("name")))) {
                columns.add(column);
            }
        }
        return columns;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> columnsOf(Object variables) {
        List<Map<String, String>> columns = new ArrayList<>();
        if (variables instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("name") != null) {
                    Map<String, String> column = new LinkedHashMap<>();
                    ((Map<Object, Object>) m).forEach((k, v) -> column.put(String.valueOf(k), String.valueOf(v)));
                    columns.add(column);
                }
            }
        }
        return columns;
    }
}
