package gov.fpf.mitigation;

import static gov.fpf.testsupport.ProcessTestSupport.registerPetitionDelegates;
import static gov.fpf.testsupport.ProcessTestSupport.reviewFacts;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import gov.fpf.system.Roles;
import gov.fpf.testsupport.ProcessTestSupport;

/**
 * The petition review with the REAL routing table (processes/mitigation/PetitionRouting.dmn): who works the task is
 * what the table names (rule audit B3, B4; worked example P22).
 */
class PetitionRoutingProcessTest {

    @RegisterExtension
    static final ProcessTestSupport engine = ProcessTestSupport.deploying(PetitionReviewProcess.RESOURCE,
                    "processes/mitigation/PetitionRouting.dmn")
            .and(PetitionReviewProcess.FORM_RESOURCES);

    private final PetitionReviewSteps steps = mock(PetitionReviewSteps.class);

    @BeforeEach
    void delegates() {
        registerPetitionDelegates(steps);
    }

    private ProcessInstance review(String caseNumber, String statute, double amount, boolean supplemental) {
        Map<String, Object> facts = reviewFacts(amount, supplemental);
        facts.put(PetitionReviewProcess.VAR_STATUTE, statute);
        when(steps.prepareReview(caseNumber, "PET-9")).thenReturn(facts);
        return engine.getRuntimeService().startProcessInstanceByKey(PetitionReviewProcess.KEY, caseNumber,
                withVariables(PetitionReviewProcess.VAR_CASE_NUMBER, caseNumber,
                        PetitionReviewProcess.VAR_OFFICE_CODE, "LALB",
                        PetitionReviewProcess.VAR_PETITION_ID, "PET-9",
                        PetitionReviewProcess.VAR_SUPPLEMENTAL, supplemental));
    }

    /** P22: a $12,000 broker supplemental goes to the FP&F officer first, then to the HQ Penalties Branch. */
    @Test
    void p22ABrokerSupplementalAboveTheThresholdGoesToTheFpfOfficerFirstThenToThePenaltiesBranch() {
        ProcessInstance p22 = review("2026-PEN-000022", "1641", 12000.00, true);

        assertThat(p22).isWaitingAtExactly(PetitionReviewProcess.TASK_FPF_OFFICER_FIRST_REVIEW_OF_SUPPLEMENTAL)
                .variables().containsEntry(PetitionReviewProcess.VAR_DECIDING_AUTHORITY, "HQ_PENALTIES_BRANCH")
                .containsEntry(PetitionReviewProcess.VAR_ROUTING_CITATION, "19 CFR 171.62(a)");
        assertThat(task(PetitionReviewProcess.TASK_FPF_OFFICER_FIRST_REVIEW_OF_SUPPLEMENTAL, p22))
                .hasCandidateGroup(Roles.OFFICER);
        complete(task(PetitionReviewProcess.TASK_FPF_OFFICER_FIRST_REVIEW_OF_SUPPLEMENTAL, p22), withVariables(
                PetitionReviewProcess.VAR_PETITION_OUTCOME, PetitionReviewProcess.OUTCOME_DENY,
                PetitionReviewProcess.VAR_NATIONAL_SECURITY_EXCEPTION, false));

        assertThat(p22).isWaitingAtExactly(PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        assertThat(task(PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION, p22))
                .hasCandidateGroup(Roles.HQ_PENALTIES_BRANCH);
    }

    /** At the threshold ($10,000, not above it): after the officer, the HQ field official decides (171.62(a)). */
    @Test
    void aBrokerSupplementalAtTheThresholdGoesToTheHeadquartersFieldOfficialAfterTheOfficer() {
        ProcessInstance review = review("2026-PEN-000023", "1641", 10000.00, true);
        complete(task(PetitionReviewProcess.TASK_FPF_OFFICER_FIRST_REVIEW_OF_SUPPLEMENTAL, review), withVariables(
                PetitionReviewProcess.VAR_PETITION_OUTCOME, PetitionReviewProcess.OUTCOME_DENY,
                PetitionReviewProcess.VAR_NATIONAL_SECURITY_EXCEPTION, false));
        assertThat(task(PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION, review))
                .hasCandidateGroup(Roles.HQ_FIELD_OFFICIAL);
    }

    /** B3: within the delegation the office's officers decide; above it (by a dollar) the Penalties Branch. */
    @Test
    void anOriginalPetitionIsWorkedByTheOfficeWithinTheDelegationAndByThePenaltiesBranchAboveIt() {
        ProcessInstance within = review("2026-PEN-000024", "1592", 100000.00, false);
        ProcessInstance above = review("2026-PEN-000025", "1592", 100001.00, false);

        assertThat(task(PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION, within))
                .hasCandidateGroup(Roles.OFFICER);
        assertThat(task(PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION, above))
                .hasCandidateGroup(Roles.HQ_PENALTIES_BRANCH);
    }
}
