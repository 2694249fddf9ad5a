package gov.fpf.liquidateddamages;

import gov.fpf.process.engine.StepResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the officer's decision on an extension request and sets the petition due date the principal's wait starts
 * again with ({@link LdClaimSteps#recordExtensionDecision}). A grant without its new date is refused here, as the form
 * refuses it, so a caller that forgets the date cannot extend the period to nothing.
 */
@Component("recordLdExtensionDecisionDelegate")
public class RecordLdExtensionDecisionDelegate implements JavaDelegate {

    private final LdClaimSteps steps;

    public RecordLdExtensionDecisionDelegate(LdClaimSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String where = StepResults.where(execution);
        String caseNumber = StepResults.caseNumber(execution);
        boolean granted = StepResults.requiredBoolean(execution, LiquidatedDamagesClaimProcess.VAR_EXTENSION_GRANTED, where);
        if (granted && StepResults.calendarDate(execution.getVariable(LiquidatedDamagesClaimProcess.VAR_EXTENDED_DUE_DATE)) == null) {
            throw new IllegalStateException("A granted extension needs the new petition due date in '"
                    + LiquidatedDamagesClaimProcess.VAR_EXTENDED_DUE_DATE + "' on " + where);
        }
        StepResults.apply(execution, "recordExtensionDecision",
                steps.recordExtensionDecision(caseNumber, execution.getVariables()),
                LiquidatedDamagesClaimProcess.VAR_PETITION_DUE_DATE);
    }
}
