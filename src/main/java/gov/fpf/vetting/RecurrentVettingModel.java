package gov.fpf.vetting;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import gov.fpf.process.engine.CaseModel;

/** Recurrent vetting of a party: runs per party (business key PARTY-&lt;id&gt;), not per case. */
@Component
public class RecurrentVettingModel implements CaseModel {

    @Override
    public String processKey() {
        return RecurrentVettingProcess.KEY;
    }

    @Override
    public Set<String> dueDateVariables() {
        return RecurrentVettingProcess.DUE_DATES;
    }

    @Override
    public Optional<String> partyKeyPrefix() {
        return Optional.of(RecurrentVettingProcess.BUSINESS_KEY_PREFIX);
    }

    @Override
    public Optional<TasklistFilter> tasklistFilter() {
        return Optional.of(new TasklistFilter("Vettings", "Recurrent vetting of importers, brokers, custodians and"
                + " forwarders (EO 14411 Sec. 2(f))", 95, null));
    }
}
