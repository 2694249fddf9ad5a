package gov.fpf.liquidateddamages;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import gov.fpf.process.engine.CaseModel;

/** The liquidated-damages claim model, as the engine side needs to know it. */
@Component
public class LiquidatedDamagesClaimModel implements CaseModel {

    @Override
    public String processKey() {
        return LiquidatedDamagesClaimProcess.KEY;
    }

    @Override
    public boolean opensCase() {
        return true;
    }

    @Override
    public Set<String> dueDateVariables() {
        return LiquidatedDamagesClaimProcess.DUE_DATES;
    }

    @Override
    public Optional<TasklistFilter> tasklistFilter() {
        return Optional.of(new TasklistFilter("My office's liquidated-damages tasks",
                "Claims against bonds: my groups' tasks", 30, null));
    }
}
