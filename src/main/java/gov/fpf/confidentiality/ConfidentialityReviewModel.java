package gov.fpf.confidentiality;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import gov.fpf.process.engine.CaseModel;

/** The confidentiality review process, for the engine side (timers' dates, the Tasklist filter). */
@Component
public class ConfidentialityReviewModel implements CaseModel {

    @Override
    public String processKey() {
        return ConfidentialityReviewProcess.KEY;
    }

    @Override
    public Set<String> dueDateVariables() {
        return ConfidentialityReviewProcess.DUE_DATES;
    }

    @Override
    public Optional<TasklistFilter> tasklistFilter() {
        return Optional.of(new TasklistFilter("Confidentiality reviews",
                "Confidentiality requests to decide, review or renew (EO 14411 Sec. 6)", 80, null));
    }
}
