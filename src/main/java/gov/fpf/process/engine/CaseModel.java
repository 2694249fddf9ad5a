package gov.fpf.process.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a case family tells the engine side about one of its models: its key, whether a case is opened with it, the
 * variables its timers wait on, the steps a supervisor approves and the Tasklist filter it offers. Each family declares
 * a bean per model, so the engine side (diagrams, model linting, approvals, Tasklist filters) lists the models without
 * depending on the families.
 */
public interface CaseModel {

    /** The BPMN process key. */
    String processKey();

    /** True for the model a case is opened with; false for the processes such a model calls. */
    default boolean opensCase() {
        return false;
    }

    /**
     * The variables holding dates the model's timers may wait on. The domain computes them from their trigger date and
     * the law, so a timer that names anything else waits on a value nobody sets.
     */
    Set<String> dueDateVariables();

    /**
     * Processes this model calls that are parts of it, kept in their own files so each stays small enough to revise
     * in Modeler: their tasks are this model's work (e.g. in its Tasklist filter). Shared processes such as the
     * petition review are models of their own, not parts.
     */
    default List<String> partProcessKeys() {
        return List.of();
    }

    /** The user tasks of this model a supervisor decides on the approvals page. */
    default List<Approval> supervisorApprovals() {
        return List.of();
    }

    /**
     * For a model that runs per party rather than per case (recurrent vetting): the business key prefix its instances
     * carry ({@code PARTY-}), followed by the party id. Empty for case models, whose business key is the case number.
     */
    default Optional<String> partyKeyPrefix() {
        return Optional.empty();
    }

    /** The saved Tasklist filter that shows officers this model's work, if it offers one. */
    default Optional<TasklistFilter> tasklistFilter() {
        return Optional.empty();
    }

    /** A supervisor's approval step; {@code petitionIdVariable} names the petition it concerns, or is null. */
    record Approval(String taskKey, String petitionIdVariable) {
    }

    /**
     * A saved Tasklist filter of the officer's groups' tasks: of one task definition when {@code taskKey} is set,
     * otherwise of the whole process.
     */
    record TasklistFilter(String name, String description, int priority, String taskKey) {
    }
}
