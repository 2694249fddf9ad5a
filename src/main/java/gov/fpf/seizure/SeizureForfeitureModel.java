package gov.fpf.seizure;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import gov.fpf.process.engine.CaseModel;

/**
 * The seizure model, as the engine side needs to know it: a supervisor approves a 1612 summary sale; the summary sale
 * and the disposition are parts of it in processes of their own.
 */
@Component
public class SeizureForfeitureModel implements CaseModel {

    @Override
    public String processKey() {
        return SeizureForfeitureProcess.KEY;
    }

    @Override
    public boolean opensCase() {
        return true;
    }

    @Override
    public Set<String> dueDateVariables() {
        return SeizureForfeitureProcess.DUE_DATES;
    }

    @Override
    public List<String> partProcessKeys() {
        return List.of(SeizureForfeitureProcess.SUMMARY_SALE_KEY, SeizureForfeitureProcess.DISPOSITION_KEY);
    }

    @Override
    public List<Approval> supervisorApprovals() {
        return List.of(new Approval(SeizureForfeitureProcess.TASK_APPROVE_SUMMARY_SALE, null));
    }

    @Override
    public Optional<TasklistFilter> tasklistFilter() {
        return Optional.of(new TasklistFilter("My office's seizure tasks", "Seizures to disposal: my groups' tasks", 40,
                null));
    }
}
