package gov.fpf.penalty;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import gov.fpf.process.engine.CaseModel;

/** The penalty model, as the engine side needs to know it. */
@Component
public class PenaltyCaseModel implements CaseModel {

    @Override
    public String processKey() {
        return PenaltyCaseProcess.KEY;
    }

    @Override
    public boolean opensCase() {
        return true;
    }

    @Override
    public Set<String> dueDateVariables() {
        return PenaltyCaseProcess.DUE_DATES;
    }

    @Override
    public Optional<TasklistFilter> tasklistFilter() {
        return Optional.of(new TasklistFilter("My office's penalty tasks", "Penalty cases: my groups' tasks in my offices", 20,
                null));
    }
}
