package gov.fpf.process.modeling;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import gov.fpf.process.engine.CaseModel;

/**
 * The dates a model may wait on: the union of every model's {@link CaseModel#dueDateVariables()}. The domain computes
 * these from their trigger date and the law and sets them through the delegates' {@code StepResults.apply} (or a form
 * a supervisor fills in), so a timer that names anything else waits on a value nobody sets.
 */
public final class DomainDueDates {

    private DomainDueDates() {
    }

    /** The variable names, e.g. petitionDueDate. */
    public static Set<String> of(Collection<? extends CaseModel> models) {
        Set<String> names = new TreeSet<>();
        models.forEach(m -> names.addAll(m.dueDateVariables()));
        return Set.copyOf(names);
    }
}
