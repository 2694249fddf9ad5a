package gov.fpf.liquidateddamages;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

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
        LocalDate until = StepResults.calendarDate(execution.getVariable(LiquidatedDamagesClaimProcess.VAR_EXTENDED_DUE_DATE));
        if (granted && until == null) {
            throw new IllegalStateException("A granted extension needs the new petition due date in '"
                    + LiquidatedDamagesClaimProcess.VAR_EXTENDED_DUE_DATE + "' on " + where);
        }
        LdClaimSteps.ExtensionDecision decision = new LdClaimSteps.ExtensionDecision(
                StepResults.text(execution.getVariable(LiquidatedDamagesClaimProcess.VAR_EXTENSION_REQUEST_ID)), granted,
                until, StepResults.text(execution.getVariable(LiquidatedDamagesClaimProcess.VAR_EXTENSION_NOTE)));
        LdClaimSteps.PetitionPeriods periods = steps.recordExtensionDecision(caseNumber, decision);
        StepResults.apply(execution, "recordExtensionDecision", StepResults.values(
                        LiquidatedDamagesClaimProcess.VAR_PETITION_DUE_DATE, periods.petitionDueDate(),
                        LiquidatedDamagesClaimProcess.VAR_SURETY_PETITION_DUE_DATE, periods.suretyPetitionDueDate()),
                LiquidatedDamagesClaimProcess.VAR_PETITION_DUE_DATE);
    }
}
