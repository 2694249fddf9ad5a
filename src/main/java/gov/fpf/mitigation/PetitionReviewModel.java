package gov.fpf.mitigation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import gov.fpf.process.engine.CaseModel;

/** The petition review every family calls: a supervisor approves a national-security exception. */
@Component
public class PetitionReviewModel implements CaseModel {

    @Override
    public String processKey() {
        return PetitionReviewProcess.KEY;
    }

    @Override
    public Set<String> dueDateVariables() {
        return PetitionReviewProcess.DUE_DATES;
    }

    @Override
    public List<Approval> supervisorApprovals() {
        return List.of(new Approval(PetitionReviewProcess.TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION,
                PetitionReviewProcess.VAR_PETITION_ID));
    }

    @Override
    public Optional<TasklistFilter> tasklistFilter() {
        return Optional.of(new TasklistFilter("Petitions to decide", "Petition reviews waiting for a proposed decision",
                50, PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION));
    }
}
