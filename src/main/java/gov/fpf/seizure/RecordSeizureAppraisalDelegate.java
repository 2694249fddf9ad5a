package gov.fpf.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.fpf.process.engine.StepResults;

/** Records the appraised domestic value and sets the inputs of the SeizurePath decision and the recomputed summary-sale date ({@link SeizureSteps#recordAppraisal}). */
@Component("recordSeizureAppraisalDelegate")
public class RecordSeizureAppraisalDelegate implements JavaDelegate {

    private final SeizureSteps steps;

    public RecordSeizureAppraisalDelegate(SeizureSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = StepResults.caseNumber(execution);
        StepResults.apply(execution, "recordAppraisal", SeizureStepVariables.of(steps.recordAppraisal(caseNumber, execution.getVariables())),
                SeizureForfeitureProcess.VAR_APPRAISED_VALUE,
                SeizureForfeitureProcess.VAR_ADMINISTRATIVE_LIMIT,
                SeizureForfeitureProcess.VAR_PROHIBITED,
                SeizureForfeitureProcess.VAR_DRUG_CONVEYANCE,
                SeizureForfeitureProcess.VAR_MONETARY_INSTRUMENT,
                SeizureForfeitureProcess.VAR_COUNTERFEIT,
                SeizureForfeitureProcess.VAR_SUMMARY_SALE_DATE);
    }
}
