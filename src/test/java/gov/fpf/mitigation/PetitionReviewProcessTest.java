package gov.fpf.mitigation;

import static gov.fpf.mitigation.PetitionReviewProcess.END_EVENT_DECISION_READY;
import static gov.fpf.mitigation.PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION;
import static gov.fpf.mitigation.PetitionReviewProcess.TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION;
import static gov.fpf.mitigation.PetitionReviewProcess.TASK_PREPARE_PETITION_REVIEW;
import static gov.fpf.mitigation.PetitionReviewProcess.TASK_RECORD_PETITION_DECISION;
import static gov.fpf.mitigation.PetitionReviewProcess.TASK_ROUTE_TO_DECIDING_AUTHORITY;
import static gov.fpf.testsupport.ProcessTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

import gov.fpf.system.Problems;
import gov.fpf.system.Roles;
import gov.fpf.testsupport.ProcessTestSupport;

class PetitionReviewProcessTest {

    @RegisterExtension
    static final ProcessTestSupport engine = ProcessTestSupport.deploying(PetitionReviewProcess.RESOURCE,
                    "testdmn/PetitionRoutingStub.dmn")
            .and(PetitionReviewProcess.FORM_RESOURCES);

    static final String CASE_NUMBER = "2026-PEN-000123";
    static final String PETITION_ID = "PET-1";
    static final String OFFICER = "olivia.officer";
    static final String SUPERVISOR = "sam.supervisor";

    private final PetitionReviewSteps steps = mock(PetitionReviewSteps.class);

    @BeforeEach
    void registerDelegatesWithMockedSteps() {
        registerPetitionDelegates(steps);
    }

    private static Map<String, Object> belowFloorWithException(double amount) {
        Map<String, Object> decision = mitigateTo(amount);
        decision.put(PetitionReviewProcess.VAR_NATIONAL_SECURITY_EXCEPTION, true);
        decision.put(PetitionReviewProcess.VAR_EXCEPTION_JUSTIFICATION, "Importer supplies a defense program");
        return decision;
    }

    private ProcessInstance startReview(double amount, boolean supplemental) {
        when(steps.prepareReview(CASE_NUMBER, PETITION_ID)).thenReturn(reviewFacts(amount, supplemental));
        return engine.getRuntimeService().startProcessInstanceByKey(PetitionReviewProcess.KEY, CASE_NUMBER,
                withVariables(PetitionReviewProcess.VAR_CASE_NUMBER, CASE_NUMBER,
                        PetitionReviewProcess.VAR_OFFICE_CODE, "5301",
                        PetitionReviewProcess.VAR_PETITION_ID, PETITION_ID,
                        PetitionReviewProcess.VAR_SUPPLEMENTAL, supplemental));
    }

    private static void completeAs(String userId, Task task, Map<String, Object> variables) {
        engine.getIdentityService().setAuthentication(userId, List.of());
        try {
            complete(task, variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void decisionWithinTheRulesIsCheckedAndRecordedWithoutASupervisor() {
        // given
        ProcessInstance review = startReview(40000.00, false);
        assertThat(review).hasPassedInOrder(TASK_PREPARE_PETITION_REVIEW, TASK_ROUTE_TO_DECIDING_AUTHORITY)
                .isWaitingAtExactly(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION)
                .variables()
                .containsEntry(PetitionReviewProcess.VAR_DECIDING_AUTHORITY, "FPF_OFFICER")
                .containsEntry(PetitionReviewProcess.VAR_ROUTING_CITATION, "19 CFR 171.21 (test stand-in)")
                .containsEntry(PetitionReviewProcess.VAR_FLOOR_AMOUNT, 20000.0);
        Task propose = task(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION, review);
        assertThat(propose).hasCandidateGroup(Roles.OFFICER);
        assertFormResolves(propose, PetitionReviewProcess.FORM_ANALYZE_FACTORS_AND_PROPOSE_DECISION);

        // when
        completeAs(OFFICER, propose, mitigateTo(25000.00));

        // then
        assertThat(review).hasPassed(TASK_RECORD_PETITION_DECISION, END_EVENT_DECISION_READY)
                .hasNotPassed(TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION).isEnded();
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> checked = ArgumentCaptor.forClass(Map.class);
        verify(steps).checkProposedDecision(eq(CASE_NUMBER), eq(PETITION_ID), checked.capture());
        assertThat(checked.getValue())
                .containsEntry(PetitionReviewProcess.VAR_DECISION_STEP, PetitionReviewProcess.STEP_PROPOSE)
                .containsEntry(PetitionReviewProcess.VAR_COMPLETED_BY, OFFICER)
                .containsEntry(PetitionReviewProcess.VAR_PETITION_OUTCOME, PetitionReviewProcess.OUTCOME_MITIGATE)
                .containsEntry(PetitionReviewProcess.VAR_PROPOSED_AMOUNT, 25000.00)
                .containsEntry(PetitionReviewProcess.VAR_DECIDING_AUTHORITY, "FPF_OFFICER")
                .containsEntry(PetitionReviewProcess.VAR_NATIONAL_SECURITY_EXCEPTION, false);
        verify(steps).recordDecision(eq(CASE_NUMBER), eq(PETITION_ID), argThat(decision ->
                OFFICER.equals(decision.get(PetitionReviewProcess.VAR_PROPOSED_BY))
                        && Double.valueOf(25000.00).equals(decision.get(PetitionReviewProcess.VAR_PROPOSED_AMOUNT))));
    }

    /** B3: a petition the table routes to headquarters is worked by the headquarters group, not the office's officers. */
    @Test
    void aPetitionRoutedToHeadquartersIsOfferedToTheHeadquartersGroupOnly() {
        ProcessInstance review = startReview(150000.00, false);

        assertThat(review).isWaitingAtExactly(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION).variables()
                .containsEntry(PetitionReviewProcess.VAR_DECIDING_AUTHORITY, "HQ_PENALTIES_BRANCH")
                .containsEntry(PetitionReviewProcess.VAR_DECIDER_GROUP, Roles.HQ_PENALTIES_BRANCH);
        Task analyze = task(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION, review);
        assertThat(analyze).hasCandidateGroup(Roles.HQ_PENALTIES_BRANCH);
        assertThat(engine.getTaskService().getIdentityLinksForTask(analyze.getId()))
                .noneMatch(l -> Roles.OFFICER.equals(l.getGroupId()));
    }

    /** B4, P22: a supplemental petition goes first to the FP&F officer; with no further relief, to headquarters. */
    @Test
    void aSupplementalPetitionGoesFirstToTheFpfOfficerAndWithoutFurtherReliefToHeadquarters() {
        ProcessInstance review = startReview(12000.00, true);
        assertThat(review).isWaitingAtExactly(PetitionReviewProcess.TASK_FPF_OFFICER_FIRST_REVIEW_OF_SUPPLEMENTAL)
                .hasNotPassed(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        Task firstReview = task(PetitionReviewProcess.TASK_FPF_OFFICER_FIRST_REVIEW_OF_SUPPLEMENTAL, review);
        assertThat(firstReview).hasCandidateGroup(Roles.OFFICER);
        assertFormResolves(firstReview, PetitionReviewProcess.FORM_ANALYZE_FACTORS_AND_PROPOSE_DECISION);

        completeAs(OFFICER, firstReview, withVariables(
                PetitionReviewProcess.VAR_PETITION_OUTCOME, PetitionReviewProcess.OUTCOME_DENY,
                PetitionReviewProcess.VAR_FINDINGS, "No new facts; no further relief",
                PetitionReviewProcess.VAR_NATIONAL_SECURITY_EXCEPTION, false));

        assertThat(review).isWaitingAtExactly(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION)
                .hasNotPassed(TASK_RECORD_PETITION_DECISION).variables()
                .containsEntry(PetitionReviewProcess.VAR_FIRST_REVIEW_BY, OFFICER)
                .containsEntry(PetitionReviewProcess.VAR_DECIDING_AUTHORITY, "HQ_PENALTIES_BRANCH");
        Task hq = task(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION, review);
        assertThat(hq).hasCandidateGroup(Roles.HQ_PENALTIES_BRANCH);
        verify(steps, never()).recordDecision(any(), any(), anyMap());

        completeAs("hq.reviewer", hq, mitigateTo(9000.00));
        assertThat(review).hasPassed(TASK_RECORD_PETITION_DECISION).isEnded();
        verify(steps).recordDecision(eq(CASE_NUMBER), eq(PETITION_ID), argThat(decision ->
                "hq.reviewer".equals(decision.get(PetitionReviewProcess.VAR_PROPOSED_BY))
                        && "HQ_PENALTIES_BRANCH".equals(decision.get(PetitionReviewProcess.VAR_DECIDING_AUTHORITY))));
    }

    @Test
    void furtherReliefOnTheFpfOfficersFirstReviewIsTheDecision() {
        ProcessInstance review = startReview(12000.00, true);

        completeAs(OFFICER, task(PetitionReviewProcess.TASK_FPF_OFFICER_FIRST_REVIEW_OF_SUPPLEMENTAL, review),
                mitigateTo(7000.00));

        assertThat(review).hasPassed(TASK_RECORD_PETITION_DECISION).hasNotPassed(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION)
                .isEnded();
        verify(steps).recordDecision(eq(CASE_NUMBER), eq(PETITION_ID), argThat(decision ->
                OFFICER.equals(decision.get(PetitionReviewProcess.VAR_PROPOSED_BY))
                        && "FPF_OFFICER".equals(decision.get(PetitionReviewProcess.VAR_DECIDING_AUTHORITY))
                        && Double.valueOf(7000.00).equals(decision.get(PetitionReviewProcess.VAR_PROPOSED_AMOUNT))));
    }

    @Test
    void aDecisionTheRulesRefuseLeavesTheTaskOpenAndNothingRecorded() {
        // given
        ProcessInstance review = startReview(40000.00, false);
        doThrow(new Problems.RuleViolation("The decided amount $15,000.00 is below the floor of $20,000.00",
                "EO 14411 Sec. 4(c)")).when(steps).checkProposedDecision(eq(CASE_NUMBER), eq(PETITION_ID), anyMap());
        Task propose = task(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION, review);

        // when / then
        assertThatThrownBy(() -> completeAs(OFFICER, propose, mitigateTo(15000.00)))
                // the engine wraps a task listener's exception; the refusal itself is the cause
                .hasRootCauseInstanceOf(Problems.RuleViolation.class)
                .hasMessageContaining("below the floor");
        assertThat(review).isWaitingAtExactly(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION)
                .hasNotPassed(TASK_RECORD_PETITION_DECISION);
        verify(steps, never()).recordDecision(any(), any(), anyMap());
    }

    @Test
    void approvedNationalSecurityExceptionIsCheckedAgainstTheProposerAndRecorded() {
        // given
        ProcessInstance review = startReview(40000.00, false);
        completeAs(OFFICER, task(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION, review), belowFloorWithException(8000.00));
        assertThat(review).isWaitingAtExactly(TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION).variables()
                .containsEntry(PetitionReviewProcess.VAR_PROPOSED_BY, OFFICER);
        Task approval = task(TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION, review);
        assertThat(approval).hasCandidateGroup(Roles.SUPERVISOR);
        assertFormResolves(approval, PetitionReviewProcess.FORM_APPROVE_NATIONAL_SECURITY_EXCEPTION);

        // when
        completeAs(SUPERVISOR, approval, withVariables(
                PetitionReviewProcess.VAR_EXCEPTION_APPROVAL, PetitionReviewProcess.APPROVAL_APPROVED,
                PetitionReviewProcess.VAR_EXCEPTION_APPROVAL_NOTE, "Justified; confirmed with the program office"));

        // then
        assertThat(review).hasPassedInOrder(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION,
                TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION, TASK_RECORD_PETITION_DECISION, END_EVENT_DECISION_READY)
                .isEnded();
        verify(steps).checkProposedDecision(eq(CASE_NUMBER), eq(PETITION_ID), argThat(decision ->
                PetitionReviewProcess.STEP_APPROVE_EXCEPTION.equals(decision.get(PetitionReviewProcess.VAR_DECISION_STEP))
                        && SUPERVISOR.equals(decision.get(PetitionReviewProcess.VAR_COMPLETED_BY))
                        && OFFICER.equals(decision.get(PetitionReviewProcess.VAR_PROPOSED_BY))
                        && PetitionReviewProcess.APPROVAL_APPROVED.equals(
                                decision.get(PetitionReviewProcess.VAR_EXCEPTION_APPROVAL))));
        verify(steps).recordDecision(eq(CASE_NUMBER), eq(PETITION_ID), argThat(decision ->
                OFFICER.equals(decision.get(PetitionReviewProcess.VAR_PROPOSED_BY))
                        && SUPERVISOR.equals(decision.get(PetitionReviewProcess.VAR_EXCEPTION_REVIEWED_BY))
                        && Boolean.TRUE.equals(decision.get(PetitionReviewProcess.VAR_NATIONAL_SECURITY_EXCEPTION))));
    }

    @Test
    void theProposerCannotApproveTheirOwnException() {
        // given
        ProcessInstance review = startReview(40000.00, false);
        completeAs(OFFICER, task(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION, review), belowFloorWithException(8000.00));
        doThrow(new Problems.Forbidden("The proposer may not approve their own exception"))
                .when(steps).checkProposedDecision(eq(CASE_NUMBER), eq(PETITION_ID), argThat(decision ->
                        decision.get(PetitionReviewProcess.VAR_COMPLETED_BY)
                                .equals(decision.get(PetitionReviewProcess.VAR_PROPOSED_BY))
                                && PetitionReviewProcess.STEP_APPROVE_EXCEPTION
                                        .equals(decision.get(PetitionReviewProcess.VAR_DECISION_STEP))));
        Task approval = task(TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION, review);

        // when / then
        assertThatThrownBy(() -> completeAs(OFFICER, approval, withVariables(
                PetitionReviewProcess.VAR_EXCEPTION_APPROVAL, PetitionReviewProcess.APPROVAL_APPROVED,
                PetitionReviewProcess.VAR_EXCEPTION_APPROVAL_NOTE, "Mine, approved")))
                .hasRootCauseInstanceOf(Problems.Forbidden.class);
        assertThat(review).isWaitingAtExactly(TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION);
        verify(steps, never()).recordDecision(any(), any(), anyMap());
    }

    @Test
    void rejectedExceptionGoesBackToTheOfficerWhoProposesAgain() {
        // given
        ProcessInstance review = startReview(40000.00, false);
        completeAs(OFFICER, task(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION, review), belowFloorWithException(8000.00));

        // when the supervisor rejects the exception
        completeAs(SUPERVISOR, task(TASK_APPROVE_NATIONAL_SECURITY_EXCEPTION, review), withVariables(
                PetitionReviewProcess.VAR_EXCEPTION_APPROVAL, PetitionReviewProcess.APPROVAL_REJECTED,
                PetitionReviewProcess.VAR_EXCEPTION_APPROVAL_NOTE, "No national-security link shown"));

        // then the officer proposes again, this time within the floor
        assertThat(review).isWaitingAtExactly(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        completeAs(OFFICER, task(TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION, review), mitigateTo(20000.00));
        assertThat(review).hasPassed(END_EVENT_DECISION_READY).isEnded();
        verify(steps, times(3)).checkProposedDecision(eq(CASE_NUMBER), eq(PETITION_ID), anyMap());
        verify(steps).recordDecision(eq(CASE_NUMBER), eq(PETITION_ID), argThat(decision ->
                decision.get(PetitionReviewProcess.VAR_EXCEPTION_APPROVAL) == null
                        && Double.valueOf(20000.00).equals(decision.get(PetitionReviewProcess.VAR_PROPOSED_AMOUNT))));
    }

    @Test
    void aReviewWithoutTheRoutingInputsIsRefusedBeforeTheDecisionTable() {
        // given
        Map<String, Object> incomplete = reviewFacts(40000.00, false);
        incomplete.remove(PetitionReviewProcess.VAR_FPF_DELEGATION_LIMIT);
        when(steps.prepareReview(CASE_NUMBER, PETITION_ID)).thenReturn(incomplete);

        // when / then
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(PetitionReviewProcess.KEY,
                CASE_NUMBER, withVariables(PetitionReviewProcess.VAR_CASE_NUMBER, CASE_NUMBER,
                        PetitionReviewProcess.VAR_PETITION_ID, PETITION_ID,
                        PetitionReviewProcess.VAR_SUPPLEMENTAL, false)))
                .hasMessageContaining("'" + PetitionReviewProcess.VAR_FPF_DELEGATION_LIMIT + "'");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }
}
