package gov.fpf.referral;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import gov.fpf.process.engine.CaseModel;

/** The referral follow-up every family calls. */
@Component
public class ReferralFollowUpModel implements CaseModel {

    @Override
    public String processKey() {
        return ReferralFollowUpProcess.KEY;
    }

    @Override
    public Set<String> dueDateVariables() {
        return ReferralFollowUpProcess.DUE_DATES;
    }

    @Override
    public Optional<TasklistFilter> tasklistFilter() {
        return Optional.of(new TasklistFilter("Referrals to follow up", "Referrals to counsel, DOJ or the U.S. Attorney", 90,
                null));
    }
}
