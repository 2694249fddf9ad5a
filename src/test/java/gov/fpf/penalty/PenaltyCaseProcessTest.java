package gov.fpf.penalty;

import static gov.fpf.penalty.PenaltyCaseProcess.*;
import static gov.fpf.testsupport.ProcessTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import gov.fpf.audit.AuditLog;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.mitigation.PetitionReviewSteps;
import gov.fpf.penalty.PenaltyCaseProcess.Outcome;
import gov.fpf.penalty.PenaltyCaseProcess.Review;
import gov.fpf.penalty.PenaltyCaseProcess.SolDecision;
import gov.fpf.penalty.PenaltyCaseProcess.SolWarning;
import gov.fpf.referral.ReferralFollowUpProcess;
import gov.fpf.system.Roles;
import gov.fpf.testsupport.ProcessTestSupport;

/**
 * Every path of the penalty case model, with the domain ({@link PenaltyCaseSteps}, {@link PetitionReviewSteps})
 * mocked and the called petition review and referral follow-up models deployed for real.
 */
class PenaltyCaseProcessTest {

    @RegisterExtension
    static final ProcessTestSupport engine = ProcessTestSupport.deploying(PenaltyCaseProcess.RESOURCE,
                    PetitionReviewProcess.RESOURCE, ReferralFollowUpProcess.RESOURCE, "testdmn/PetitionRoutingStub.dmn")
            .and(PenaltyCaseProcess.FORM_RESOURCES).and(PetitionReviewProcess.FORM_RESOURCES)
            .and(ReferralFollowUpProcess.FORM_RESOURCES);

    private static final String CASE_NUMBER = "2026-PEN-000123";
    private static final String PETITION_ID = "PET-1";
    private static final String SUPPLEMENTAL_PETITION_ID = "PET-2";
    private static final LocalDateTime OPENED_AT = LocalDateTime.of(2026, 3, 2, 9, 0);

    private static final LocalDate SOL = LocalDate.of(2030, 1, 10);
    private static final LocalDate PPN_RESPONSE_DUE = LocalDate.of(2026, 4, 1);
    private static final LocalDate PETITION_DUE = LocalDate.of(2026, 5, 1);
    private static final LocalDate DECISION_VALID_UNTIL = LocalDate.of(2026, 7, 1);
    private static final LocalDate REFERRAL_ESCALATION = LocalDate.of(2026, 12, 1);

    private final PenaltyCaseSteps steps = mock(PenaltyCaseSteps.class);
    private final PetitionReviewSteps reviewSteps = mock(PetitionReviewSteps.class);
    private final AuditLog auditLog = mock(AuditLog.class);

    @BeforeEach
    void registerDelegatesWithMockedDomain() {
        ClockUtil.setCurrentTime(date(OPENED_AT));
        registerPenaltyDelegates(steps, auditLog);
        registerPetitionDelegates(reviewSteps);

        when(steps.checkStatuteOfLimitations(eq(CASE_NUMBER), any())).thenReturn(solDates(SOL, false));
        givenAssessment(true, false);
        when(steps.issuePrePenaltyNotice(CASE_NUMBER)).thenReturn(closeOf(PPN_RESPONSE_DUE));
        when(steps.issuePenaltyNotice(eq(CASE_NUMBER), any())).thenReturn(
                new PenaltyCaseSteps.PenaltyNoticeIssued(closeOf(PETITION_DUE), null));
        when(steps.issueDecision(eq(CASE_NUMBER), anyString())).thenReturn(new PenaltyCaseSteps.DecisionIssued(
                closeOf(DECISION_VALID_UNTIL), closeOf(DECISION_VALID_UNTIL)));
        when(steps.recordPetitionReceived(eq(CASE_NUMBER), anyString(), eq(false)))
                .thenReturn(new PenaltyCaseSteps.PetitionFiled(true, false));
        givenSupplementalPetitionNeedsWaiver(false);
        when(steps.prepareReferral(eq(CASE_NUMBER), eq(ReferralFollowUpProcess.REFERRED_TO_COUNSEL), any()))
                .thenReturn(new PenaltyCaseSteps.Referral("Penalty of $12,500.00 unpaid", "R/P30D",
                        startOf(REFERRAL_ESCALATION)));
        when(reviewSteps.prepareReview(eq(CASE_NUMBER), anyString()))
                .thenReturn(reviewFacts(12500.00, false));
    }

    // ---------------------------------------------------------------- intake

    @Test
    void expiredStatuteOfLimitationsClosesTheCaseWithoutAnyWork() {
        // given
        when(steps.checkStatuteOfLimitations(eq(CASE_NUMBER), any())).thenReturn(solDates(LocalDate.of(2026, 2, 1), true));

        // when
        ProcessInstance penaltyCase = openCase();

        // then
        assertThat(penaltyCase).hasPassedInOrder(TASK_CHECK_STATUTE_OF_LIMITATIONS, TASK_CLOSE_CASE_SOL_EXPIRED,
                END_EVENT_SOL_EXPIRED).hasNotPassed(SUB_PROCESS_PENALTY_CASE_WITHIN_SOL).isEnded();
        verify(steps).closeCase(CASE_NUMBER, Outcome.SOL_EXPIRED);
    }

    @Test
    void noncommercialCaseSkipsThePrePenaltyNoticeAndClosesWhenPaidInFull() {
        // given
        givenAssessment(false, false);
        ProcessInstance penaltyCase = openCase();
        Task culpability = task(TASK_DETERMINE_CULPABILITY_AND_AMOUNT, penaltyCase);
        assertThat(culpability).hasCandidateGroup(Roles.OFFICER);
        assertFormResolves(culpability, FORM_DETERMINE_CULPABILITY_AND_AMOUNT);
        complete(culpability, negligence(800.00));
        assertThat(penaltyCase).hasPassed(TASK_ISSUE_PENALTY_NOTICE).hasNotPassed(TASK_ISSUE_PRE_PENALTY_NOTICE)
                .isWaitingAt(GATEWAY_AWAIT_PETITION_OR_PAYMENT);
        assertThat(job(INTERMEDIATE_EVENT_PETITION_PERIOD_ELAPSED, penaltyCase).getDuedate())
                .isEqualTo(closeOf(PETITION_DUE));

        // when a part payment arrives, then the rest
        correlate(CASE_NUMBER, MESSAGE_PAYMENT_RECEIVED, VAR_PAID_IN_FULL, false);
        assertThat(penaltyCase).isWaitingAt(GATEWAY_AWAIT_PETITION_OR_PAYMENT).hasNotPassed(TASK_CLOSE_CASE_PAID);
        correlate(CASE_NUMBER, MESSAGE_PAYMENT_RECEIVED, VAR_PAID_IN_FULL, true);

        // then
        assertThat(penaltyCase).hasPassedInOrder(TASK_ASSESS_PENALTY_AMOUNT, TASK_ISSUE_PENALTY_NOTICE,
                TASK_CLOSE_CASE_PAID, END_EVENT_CASE_PAID, END_EVENT_PENALTY_CASE_CLOSED).isEnded();
        verify(steps).closeCase(CASE_NUMBER, Outcome.PAID);
        assertThat(jobQuery().count()).isZero();
    }

    @Test
    void fraudGoesToCounselWhoReturnsItThenApprovesAndRepresentationsShowNoViolation() {
        // given
        givenAssessment(true, true);
        ProcessInstance penaltyCase = openCase();
        complete(task(TASK_DETERMINE_CULPABILITY_AND_AMOUNT, penaltyCase), fraud(90000.00));
        Task counsel = task(TASK_COUNSEL_REVIEW_FRAUD, penaltyCase);
        assertThat(counsel).hasCandidateGroup(Roles.COUNSEL);
        assertFormResolves(counsel, FORM_COUNSEL_REVIEW_FRAUD);

        // when counsel returns it, the officer revises and counsel approves
        complete(counsel, withVariables(VAR_COUNSEL_FRAUD_REVIEW, REVIEW_RETURNED,
                VAR_COUNSEL_FRAUD_COMMENT, "Intent not shown for entries 4-6"));
        assertThat(penaltyCase).isWaitingAt(TASK_DETERMINE_CULPABILITY_AND_AMOUNT).isNotWaitingAt(TASK_COUNSEL_REVIEW_FRAUD);
        complete(task(TASK_DETERMINE_CULPABILITY_AND_AMOUNT, penaltyCase), fraud(60000.00));
        complete(task(TASK_COUNSEL_REVIEW_FRAUD, penaltyCase), withVariables(VAR_COUNSEL_FRAUD_REVIEW, REVIEW_APPROVED,
                VAR_COUNSEL_FRAUD_COMMENT, "Approved"));

        // then the pre-penalty notice goes out and waits for representations
        assertThat(penaltyCase).hasPassed(TASK_ISSUE_PRE_PENALTY_NOTICE).isWaitingAt(GATEWAY_AWAIT_REPRESENTATIONS);
        assertThat(job(INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED, penaltyCase).getDuedate())
                .isEqualTo(closeOf(PPN_RESPONSE_DUE));

        // when representations arrive and show no violation
        correlate(CASE_NUMBER, MESSAGE_REPRESENTATIONS_RECEIVED);
        Task review = task(TASK_REVIEW_REPRESENTATIONS, penaltyCase);
        assertThat(review).hasCandidateGroup(Roles.OFFICER);
        assertFormResolves(review, FORM_REVIEW_REPRESENTATIONS);
        complete(review, withVariables(VAR_REPRESENTATIONS_OUTCOME, REPRESENTATIONS_NO_VIOLATION,
                VAR_REPRESENTATIONS_FINDINGS, "Broker's records show the correct value was declared"));

        // then
        assertThat(penaltyCase).hasPassedInOrder(TASK_COUNSEL_REVIEW_FRAUD, TASK_DETERMINE_CULPABILITY_AND_AMOUNT,
                TASK_COUNSEL_REVIEW_FRAUD, TASK_ISSUE_PRE_PENALTY_NOTICE, INTERMEDIATE_EVENT_REPRESENTATIONS_RECEIVED,
                TASK_REVIEW_REPRESENTATIONS, TASK_ISSUE_NO_VIOLATION_STATEMENT, TASK_CLOSE_CASE_NO_VIOLATION,
                END_EVENT_NO_VIOLATION).hasNotPassed(TASK_ISSUE_PENALTY_NOTICE).isEnded();
        InOrder domain = inOrder(steps);
        domain.verify(steps).issuePrePenaltyNotice(CASE_NUMBER);
        domain.verify(steps).issueNoViolationStatement(eq(CASE_NUMBER), any());
        domain.verify(steps).closeCase(CASE_NUMBER, Outcome.NO_VIOLATION);
        verify(steps, never()).issuePenaltyNotice(any(), any());
    }

    /** App. B (E)(1)(b)(i): a fraud pre-penalty notice below domestic value waits for Headquarters, who returns it. */
    @Test
    void fraudNoticeBelowDomesticValueGoesToHeadquartersWhoReturnsItToTheOfficer() {
        // given counsel approves a fraud proposal below domestic value
        givenAssessment(true, true, true);
        ProcessInstance penaltyCase = openCase();
        complete(task(TASK_DETERMINE_CULPABILITY_AND_AMOUNT, penaltyCase), fraud(60000.00));
        complete(task(TASK_COUNSEL_REVIEW_FRAUD, penaltyCase), withVariables(VAR_COUNSEL_FRAUD_REVIEW, REVIEW_APPROVED,
                VAR_COUNSEL_FRAUD_COMMENT, "Approved"));

        // then Headquarters has the task and no notice is out
        Task hq = task(TASK_HQ_APPROVE_FRAUD_PPN, penaltyCase);
        assertThat(hq).hasCandidateGroup(Roles.HQ);
        assertFormResolves(hq, FORM_HQ_APPROVE_FRAUD_PPN);
        verify(steps, never()).issuePrePenaltyNotice(any());

        // when Headquarters returns it
        complete(hq, withVariables(VAR_HQ_PPN_DECISION, REVIEW_RETURNED, VAR_HQ_PPN_COMMENT, "Propose domestic value"));

        // then the officer proposes again and no notice went out
        assertThat(penaltyCase).isWaitingAt(TASK_DETERMINE_CULPABILITY_AND_AMOUNT).hasPassedInOrder(
                TASK_COUNSEL_REVIEW_FRAUD, GATEWAY_HQ_APPROVAL_REQUIRED, TASK_HQ_APPROVE_FRAUD_PPN,
                TASK_RECORD_HQ_PPN_DECISION, GATEWAY_HQ_APPROVES);
        verify(steps).recordHeadquartersPpnDecision(CASE_NUMBER, new PenaltyCaseSteps.HqPpnDecision(Review.RETURNED, "Propose domestic value"));
        verify(steps, never()).issuePrePenaltyNotice(any());
    }

    @Test
    void fraudNoticeBelowDomesticValueIsIssuedOnceHeadquartersApproves() {
        givenAssessment(true, true, true);
        ProcessInstance penaltyCase = openCase();
        complete(task(TASK_DETERMINE_CULPABILITY_AND_AMOUNT, penaltyCase), fraud(60000.00));
        complete(task(TASK_COUNSEL_REVIEW_FRAUD, penaltyCase), withVariables(VAR_COUNSEL_FRAUD_REVIEW, REVIEW_APPROVED,
                VAR_COUNSEL_FRAUD_COMMENT, "Approved"));

        complete(task(TASK_HQ_APPROVE_FRAUD_PPN, penaltyCase), withVariables(VAR_HQ_PPN_DECISION, REVIEW_APPROVED,
                VAR_HQ_PPN_COMMENT, "Mitigating cooperation"));

        assertThat(penaltyCase).hasPassedInOrder(TASK_HQ_APPROVE_FRAUD_PPN, TASK_RECORD_HQ_PPN_DECISION,
                TASK_ISSUE_PRE_PENALTY_NOTICE).isWaitingAt(GATEWAY_AWAIT_REPRESENTATIONS);
        InOrder domain = inOrder(steps);
        domain.verify(steps).recordHeadquartersPpnDecision(CASE_NUMBER, new PenaltyCaseSteps.HqPpnDecision(Review.APPROVED, "Mitigating cooperation"));
        domain.verify(steps).issuePrePenaltyNotice(CASE_NUMBER);
    }

    @Test
    void fraudNoticeAtDomesticValueNeedsNoHeadquartersApproval() {
        givenAssessment(true, true, false);
        ProcessInstance penaltyCase = openCase();
        complete(task(TASK_DETERMINE_CULPABILITY_AND_AMOUNT, penaltyCase), fraud(600000.00));
        complete(task(TASK_COUNSEL_REVIEW_FRAUD, penaltyCase), withVariables(VAR_COUNSEL_FRAUD_REVIEW, REVIEW_APPROVED,
                VAR_COUNSEL_FRAUD_COMMENT, "Approved"));

        assertThat(penaltyCase).hasPassed(GATEWAY_HQ_APPROVAL_REQUIRED, TASK_ISSUE_PRE_PENALTY_NOTICE)
                .hasNotPassed(TASK_HQ_APPROVE_FRAUD_PPN).isWaitingAt(GATEWAY_AWAIT_REPRESENTATIONS);
    }

    @Test
    void unansweredPrePenaltyNoticeIsReviewedAndAnOfferIsRejectedThenAccepted() {
        // given
        ProcessInstance penaltyCase = openCaseAndProposeAmount();
        assertThat(penaltyCase).isWaitingAt(GATEWAY_AWAIT_REPRESENTATIONS);

        // when the response period runs out
        fireClosingTimerAfter(INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED, penaltyCase, PPN_RESPONSE_DUE);
        complete(task(TASK_REVIEW_REPRESENTATIONS, penaltyCase), withVariables(
                VAR_REPRESENTATIONS_OUTCOME, REPRESENTATIONS_REDUCED_AMOUNT, VAR_REDUCED_AMOUNT, 9000.00,
                VAR_REPRESENTATIONS_FINDINGS, "No response; amount reduced for the prior good record"));

        // then the penalty notice is issued
        assertThat(penaltyCase).hasPassed(INTERMEDIATE_EVENT_PPN_RESPONSE_PERIOD_ELAPSED, TASK_ISSUE_PENALTY_NOTICE)
                .isWaitingAt(GATEWAY_AWAIT_PETITION_OR_PAYMENT);

        // when an offer is rejected by counsel
        correlate(CASE_NUMBER, MESSAGE_OFFER_IN_COMPROMISE_RECEIVED);
        Task offerReview = task(TASK_COUNSEL_REVIEW_OFFER, penaltyCase);
        assertThat(offerReview).hasCandidateGroup(Roles.COUNSEL);
        assertFormResolves(offerReview, FORM_COUNSEL_REVIEW_OFFER);
        complete(offerReview, withVariables(VAR_OFFER_DECISION, OFFER_REJECTED, VAR_OFFER_DECISION_NOTE, "Too low"));

        // then the case waits again with the same petition deadline
        assertThat(penaltyCase).isWaitingAt(GATEWAY_AWAIT_PETITION_OR_PAYMENT);
        assertThat(job(INTERMEDIATE_EVENT_PETITION_PERIOD_ELAPSED, penaltyCase).getDuedate())
                .isEqualTo(closeOf(PETITION_DUE));

        // when a better offer is accepted
        correlate(CASE_NUMBER, MESSAGE_OFFER_IN_COMPROMISE_RECEIVED);
        complete(task(TASK_COUNSEL_REVIEW_OFFER, penaltyCase),
                withVariables(VAR_OFFER_DECISION, OFFER_ACCEPTED, VAR_OFFER_DECISION_NOTE, "Accepted at $7,000"));

        // then
        assertThat(penaltyCase).hasPassed(TASK_CLOSE_CASE_COMPROMISED, END_EVENT_CASE_COMPROMISED).isEnded();
        verify(steps).closeCase(CASE_NUMBER, Outcome.COMPROMISED);
    }

    // ---------------------------------------------------------------- referral

    @Test
    void noResponseToThePenaltyNoticeRefersTheCaseUntilTheReferralOutcomeIsRecorded() {
        // given
        ProcessInstance penaltyCase = openCaseAtPenaltyNotice();

        // when the petition period runs out
        fireClosingTimerAfter(INTERMEDIATE_EVENT_PETITION_PERIOD_ELAPSED, penaltyCase, PETITION_DUE);

        // then the case is referred to counsel and followed up
        assertThat(penaltyCase).hasPassed(END_EVENT_REFER_PETITION_PERIOD_ELAPSED, BOUNDARY_EVENT_CASE_TO_BE_REFERRED,
                TASK_PREPARE_REFERRAL).isWaitingAtExactly(CALL_ACTIVITY_FOLLOW_REFERRAL)
                .variables().containsEntry(VAR_REFERRAL_TRIGGER, ESCALATION_PETITION_PERIOD_ELAPSED)
                .containsEntry(VAR_REFERRED_TO, ReferralFollowUpProcess.REFERRED_TO_COUNSEL);
        verify(steps).prepareReferral(eq(CASE_NUMBER), eq(ReferralFollowUpProcess.REFERRED_TO_COUNSEL), any());
        verify(auditLog).caseEvent(CASE_NUMBER, ReferralFollowUpProcess.EVENT_REFERRAL_OPENED,
                "Referred to Office of Chief Counsel: Penalty of $12,500.00 unpaid");

        // when the referral's outcome is recorded
        recordReferralOutcome();

        // then
        assertThat(penaltyCase).hasPassed(TASK_CLOSE_CASE_REFERRED, END_EVENT_CASE_REFERRED).isEnded()
                .variables().containsEntry(VAR_REFERRAL_OUTCOME, ReferralFollowUpProcess.OUTCOME_COLLECTED);
        verify(steps).closeCase(CASE_NUMBER, Outcome.REFERRED);
    }

    // ---------------------------------------------------------------- petition

    @Test
    void petitionIsReviewedDecidedAndTheDecidedAmountPaid() {
        // given
        ProcessInstance penaltyCase = openCaseAtPenaltyNotice();

        // when
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);
        assertThat(penaltyCase).hasPassed(TASK_RECORD_PETITION_RECEIVED).isWaitingAt(CALL_ACTIVITY_REVIEW_PETITION);
        proposeInPetitionReview(CASE_NUMBER, mitigateTo(6000.00));

        // then
        assertThat(penaltyCase).hasPassed(TASK_ISSUE_DECISION).isWaitingAt(GATEWAY_AWAIT_PAYMENT_OR_SUPPLEMENTAL_PETITION)
                .variables().containsEntry(VAR_DECIDED_AMOUNT, 6000.00)
                .containsEntry(VAR_PETITION_OUTCOME, PetitionReviewProcess.OUTCOME_MITIGATE)
                .containsEntry(VAR_DECIDING_AUTHORITY, "FPF_OFFICER");
        assertThat(job(INTERMEDIATE_EVENT_DECISION_EXPIRED, penaltyCase).getDuedate())
                .isEqualTo(closeOf(DECISION_VALID_UNTIL));
        verify(steps).recordPetitionReceived(CASE_NUMBER, PETITION_ID, false);
        verify(reviewSteps).prepareReview(CASE_NUMBER, PETITION_ID);

        // when part, then full payment
        correlate(CASE_NUMBER, MESSAGE_PAYMENT_RECEIVED, VAR_PAID_IN_FULL, false);
        assertThat(penaltyCase).isWaitingAt(GATEWAY_AWAIT_PAYMENT_OR_SUPPLEMENTAL_PETITION);
        correlate(CASE_NUMBER, MESSAGE_PAYMENT_RECEIVED, VAR_PAID_IN_FULL, true);

        // then
        assertThat(penaltyCase).hasPassed(TASK_CLOSE_CASE_DECIDED_PAID, END_EVENT_DECIDED_AMOUNT_PAID).isEnded();
        verify(steps).closeCase(CASE_NUMBER, Outcome.DECIDED_PAID);
    }

    @Test
    void petitionThatCancelsThePenaltyClosesTheCase() {
        // given
        ProcessInstance penaltyCase = openCaseAtPenaltyNotice();
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);

        // when
        Map<String, Object> cancel = mitigateTo(0);
        cancel.put(PetitionReviewProcess.VAR_PETITION_OUTCOME, PetitionReviewProcess.OUTCOME_CANCEL);
        cancel.remove(PetitionReviewProcess.VAR_PROPOSED_AMOUNT);
        proposeInPetitionReview(CASE_NUMBER, cancel);

        // then
        assertThat(penaltyCase).hasPassedInOrder(TASK_ISSUE_DECISION, TASK_CLOSE_CASE_CANCELLED,
                END_EVENT_PENALTY_CANCELLED).isEnded();
        verify(steps).closeCase(CASE_NUMBER, Outcome.CANCELLED);
    }

    @Test
    void decisionNotPaidWithinItsValidityIsReferred() {
        // given
        ProcessInstance penaltyCase = openCaseAtDecision();

        // when
        fireClosingTimerAfter(INTERMEDIATE_EVENT_DECISION_EXPIRED, penaltyCase, DECISION_VALID_UNTIL);

        // then
        assertThat(penaltyCase).hasPassed(END_EVENT_REFER_DECISION_EXPIRED).isWaitingAtExactly(CALL_ACTIVITY_FOLLOW_REFERRAL)
                .variables().containsEntry(VAR_REFERRAL_TRIGGER, ESCALATION_DECISION_EXPIRED);
    }

    @Test
    void supplementalPetitionWithAYearOrMoreLeftIsReviewedAgainAsSupplemental() {
        // given
        ProcessInstance penaltyCase = openCaseAtDecision();
        when(reviewSteps.prepareReview(CASE_NUMBER, SUPPLEMENTAL_PETITION_ID))
                .thenReturn(reviewFacts(12500.00, true));

        // when
        correlate(CASE_NUMBER, MESSAGE_SUPPLEMENTAL_PETITION_RECEIVED, VAR_PETITION_ID, SUPPLEMENTAL_PETITION_ID);

        // then the second review runs as a supplemental one, routed by the table to headquarters
        assertThat(penaltyCase).hasPassed(TASK_RECORD_SUPPLEMENTAL_PETITION).hasNotPassed(TASK_REQUEST_SOL_WAIVER)
                .isWaitingAt(CALL_ACTIVITY_REVIEW_PETITION).variables().containsEntry(VAR_SUPPLEMENTAL, true);
        verify(steps).recordPetitionReceived(CASE_NUMBER, SUPPLEMENTAL_PETITION_ID, true);
        ProcessInstance secondReview = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(penaltyCase.getId()).singleResult();
        assertThat(secondReview).variables().containsEntry(PetitionReviewProcess.VAR_SUPPLEMENTAL, true)
                .containsEntry(PetitionReviewProcess.VAR_PETITION_ID, SUPPLEMENTAL_PETITION_ID)
                .containsEntry(PetitionReviewProcess.VAR_DECIDING_AUTHORITY, "HQ_PENALTIES_BRANCH");
        assertThat(secondReview.getBusinessKey()).isEqualTo(CASE_NUMBER);

        // when decided and paid
        proposeInPetitionReview(CASE_NUMBER, mitigateTo(5000.00));
        correlate(CASE_NUMBER, MESSAGE_PAYMENT_RECEIVED, VAR_PAID_IN_FULL, true);

        // then
        assertThat(penaltyCase).hasPassed(END_EVENT_DECIDED_AMOUNT_PAID).isEnded()
                .variables().containsEntry(VAR_DECIDED_AMOUNT, 5000.00);
    }

    @Test
    void supplementalPetitionWithUnderAYearLeftAndTheWaiverRefusedIsReferred() {
        // given
        givenSupplementalPetitionNeedsWaiver(true);
        ProcessInstance penaltyCase = openCaseAtDecision();
        correlate(CASE_NUMBER, MESSAGE_SUPPLEMENTAL_PETITION_RECEIVED, VAR_PETITION_ID, SUPPLEMENTAL_PETITION_ID);
        Task waiver = task(TASK_REQUEST_SOL_WAIVER, penaltyCase);
        assertThat(waiver).hasCandidateGroup(Roles.OFFICER);
        assertFormResolves(waiver, FORM_REQUEST_SOL_WAIVER);

        // when
        complete(waiver, withVariables(VAR_WAIVER_OUTCOME, WAIVER_REFUSED, VAR_WAIVER_NOTE, "Party declined by letter"));

        // then
        verify(steps).recordSolDecision(CASE_NUMBER, new PenaltyCaseSteps.SolDecisionMade(SolDecision.WAIVER_REFUSED, null, "Party declined by letter"));
        assertThat(penaltyCase).hasPassed(TASK_RECORD_SOL_WAIVER_OUTCOME, END_EVENT_REFER_WAIVER_REFUSED)
                .isWaitingAtExactly(CALL_ACTIVITY_FOLLOW_REFERRAL)
                .variables().containsEntry(VAR_REFERRAL_TRIGGER, ESCALATION_SOL_WAIVER_REFUSED);
    }

    @Test
    void waiverObtainedForASupplementalPetitionIsRecordedMovesTheGuardAndTheReviewGoesOn() {
        // given
        givenSupplementalPetitionNeedsWaiver(true);
        ProcessInstance penaltyCase = openCaseAtDecision();
        LocalDate waivedSol = LocalDate.of(2031, 6, 30);
        when(steps.recordSolDecision(CASE_NUMBER, new PenaltyCaseSteps.SolDecisionMade(SolDecision.WAIVER_OBTAINED, waivedSol, "Signed waiver on file")))
                .thenReturn(solDates(waivedSol, false));
        correlate(CASE_NUMBER, MESSAGE_SUPPLEMENTAL_PETITION_RECEIVED, VAR_PETITION_ID, SUPPLEMENTAL_PETITION_ID);

        // when the officer records the waiver as Tasklist's date field sends it
        complete(task(TASK_REQUEST_SOL_WAIVER, penaltyCase), withVariables(VAR_WAIVER_OUTCOME, WAIVER_OBTAINED,
                VAR_NEW_SOL_DATE, waivedSol.toString(), VAR_WAIVER_NOTE, "Signed waiver on file"));

        // then the waiver is on the case, the counsel timer moved to the new date, and the review goes on
        verify(steps).recordSolDecision(CASE_NUMBER, new PenaltyCaseSteps.SolDecisionMade(SolDecision.WAIVER_OBTAINED, waivedSol, "Signed waiver on file"));
        assertThat(penaltyCase).hasPassed(TASK_RECORD_SOL_WAIVER_OUTCOME).isWaitingAt(CALL_ACTIVITY_REVIEW_PETITION)
                .variables().containsEntry(VAR_SOL_DATE, startOf(waivedSol));
        assertThat(job(START_EVENT_SOL_COUNSEL_DATE_REACHED, penaltyCase).getDuedate())
                .isEqualTo(startOf(waivedSol.minusDays(180)));
        assertThat(job(START_EVENT_SOL_WARNING_12_MONTHS, penaltyCase).getDuedate())
                .isEqualTo(startOf(waivedSol.minusMonths(12)));
    }

    // ---------------------------------------------------------------- statute-of-limitations guard

    @Test
    void guardWarnsAt24And12MonthsWhileTheCaseGoesOn() {
        // given a case whose statute of limitations runs in 25 months
        LocalDate sol = OPENED_AT.toLocalDate().plusMonths(25);
        when(steps.checkStatuteOfLimitations(eq(CASE_NUMBER), any())).thenReturn(solDates(sol, false));
        ProcessInstance penaltyCase = openCase();

        // when the 24-month warning date comes
        fireTimerAt(START_EVENT_SOL_WARNING_24_MONTHS, penaltyCase, sol.minusMonths(24));

        // then the warning is recorded and the officer's task is untouched
        verify(steps).recordSolWarning(CASE_NUMBER, SolWarning.SOL_24_MONTHS);
        // (the case sub-process itself still counts as waiting: it holds the 12-month and counsel timers)
        assertThat(penaltyCase).hasPassed(END_EVENT_SOL_WARNING_24_MONTHS_RECORDED)
                .isWaitingAtExactly(SUB_PROCESS_PENALTY_CASE_WITHIN_SOL, TASK_DETERMINE_CULPABILITY_AND_AMOUNT);

        // when the 12-month date comes
        fireTimerAt(START_EVENT_SOL_WARNING_12_MONTHS, penaltyCase, sol.minusMonths(12));

        // then
        verify(steps).recordSolWarning(CASE_NUMBER, SolWarning.SOL_12_MONTHS);
        assertThat(penaltyCase).hasPassed(END_EVENT_SOL_WARNING_12_MONTHS_RECORDED)
                .isWaitingAtExactly(SUB_PROCESS_PENALTY_CASE_WITHIN_SOL, TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
    }

    @Test
    void counselReferringBeforeTheStatuteOfLimitationsInterruptsTheCase() {
        // given a case waiting for a petition when counsel's date comes
        ProcessInstance penaltyCase = openCaseAtPenaltyNotice();
        fireTimerAt(START_EVENT_SOL_COUNSEL_DATE_REACHED, penaltyCase, SOL.minusDays(180));
        Task counsel = task(TASK_COUNSEL_DECIDE_BEFORE_SOL, penaltyCase);
        assertThat(counsel).hasCandidateGroup(Roles.COUNSEL).hasDueDate(startOf(SOL));
        assertFormResolves(counsel, FORM_COUNSEL_DECIDE_BEFORE_SOL);
        assertThat(penaltyCase).isWaitingAt(TASK_COUNSEL_DECIDE_BEFORE_SOL, GATEWAY_AWAIT_PETITION_OR_PAYMENT);

        // when
        complete(counsel, withVariables(VAR_SOL_DECISION, SOL_DECISION_REFER_NOW,
                VAR_SOL_DECISION_REASON, "File suit in the CIT before the statute runs"));

        // then the petition window is closed and the case is referred
        verify(steps).recordSolDecision(CASE_NUMBER, new PenaltyCaseSteps.SolDecisionMade(SolDecision.REFER_NOW, null, "File suit in the CIT before the statute runs"));
        assertThat(penaltyCase).hasPassed(END_EVENT_REFER_BEFORE_SOL).isWaitingAtExactly(CALL_ACTIVITY_FOLLOW_REFERRAL)
                .variables().containsEntry(VAR_REFERRAL_TRIGGER, ESCALATION_COUNSEL_REFERRED_BEFORE_SOL);
        assertThat(engine.getRuntimeService().createEventSubscriptionQuery()
                .processInstanceId(penaltyCase.getId()).count()).isZero();
    }

    @Test
    void waiverObtainedByCounselAsksCounselAgainAtTheNewDateAndAWrittenReasonEndsTheGuard() {
        // given
        ProcessInstance penaltyCase = openCaseAtPenaltyNotice();
        LocalDate waivedSol = SOL.plusYears(1);
        when(steps.recordSolDecision(CASE_NUMBER, new PenaltyCaseSteps.SolDecisionMade(SolDecision.WAIVER_OBTAINED, waivedSol, "Waiver signed")))
                .thenReturn(solDates(waivedSol, false));
        fireTimerAt(START_EVENT_SOL_COUNSEL_DATE_REACHED, penaltyCase, SOL.minusDays(180));

        // when counsel obtains a waiver
        complete(task(TASK_COUNSEL_DECIDE_BEFORE_SOL, penaltyCase), withVariables(
                VAR_SOL_DECISION, SOL_DECISION_WAIVER_OBTAINED, VAR_NEW_SOL_DATE, waivedSol.toString(),
                VAR_SOL_DECISION_REASON, "Waiver signed"));

        // then counsel is asked again 180 days before the new date, and the case goes on meanwhile
        assertThat(penaltyCase).isWaitingAt(INTERMEDIATE_EVENT_NEW_SOL_COUNSEL_DATE_REACHED,
                GATEWAY_AWAIT_PETITION_OR_PAYMENT);
        assertThat(job(INTERMEDIATE_EVENT_NEW_SOL_COUNSEL_DATE_REACHED, penaltyCase).getDuedate())
                .isEqualTo(startOf(waivedSol.minusDays(180)));
        fireTimerAt(INTERMEDIATE_EVENT_NEW_SOL_COUNSEL_DATE_REACHED, penaltyCase, waivedSol.minusDays(180));
        assertThat(task(TASK_COUNSEL_DECIDE_BEFORE_SOL, penaltyCase)).hasDueDate(startOf(waivedSol));

        // when counsel lets it run for a written reason
        complete(task(TASK_COUNSEL_DECIDE_BEFORE_SOL, penaltyCase), withVariables(
                VAR_SOL_DECISION, SOL_DECISION_WRITTEN_REASON, VAR_SOL_DECISION_REASON, "Party bankrupt; claim filed"));

        // then the guard ends and the case still waits for the petition
        verify(steps).recordSolDecision(CASE_NUMBER, new PenaltyCaseSteps.SolDecisionMade(SolDecision.WRITTEN_REASON, null, "Party bankrupt; claim filed"));
        assertThat(penaltyCase).hasPassed(END_EVENT_SOL_DECISION_ON_FILE)
                .isWaitingAt(GATEWAY_AWAIT_PETITION_OR_PAYMENT).isNotWaitingAt(TASK_COUNSEL_DECIDE_BEFORE_SOL,
                        INTERMEDIATE_EVENT_NEW_SOL_COUNSEL_DATE_REACHED);
        assertThat(taskQuery().processInstanceId(penaltyCase.getId()).count()).isZero();
    }

    @Test
    void closingTheCaseWithdrawsAnOpenCounselTask() {
        // given
        ProcessInstance penaltyCase = openCaseAtPenaltyNotice();
        fireTimerAt(START_EVENT_SOL_COUNSEL_DATE_REACHED, penaltyCase, SOL.minusDays(180));
        assertThat(penaltyCase).isWaitingAt(TASK_COUNSEL_DECIDE_BEFORE_SOL);

        // when
        correlate(CASE_NUMBER, MESSAGE_PAYMENT_RECEIVED, VAR_PAID_IN_FULL, true);

        // then
        assertThat(penaltyCase).hasPassed(END_EVENT_CASE_PAID, END_EVENT_PENALTY_CASE_CLOSED).isEnded();
        assertThat(taskQuery().count()).isZero();
        assertThat(jobQuery().count()).isZero();
    }

    // ---------------------------------------------------------------- fixtures

    private ProcessInstance openCase() {
        return engine.getRuntimeService().startProcessInstanceByKey(PenaltyCaseProcess.KEY, CASE_NUMBER,
                withVariables(VAR_CASE_NUMBER, CASE_NUMBER, VAR_OFFICE_CODE, "5301"));
    }

    private ProcessInstance openCaseAndProposeAmount() {
        ProcessInstance penaltyCase = openCase();
        complete(task(TASK_DETERMINE_CULPABILITY_AND_AMOUNT, penaltyCase), negligence(12500.00));
        return penaltyCase;
    }

    /** Commercial negligence case whose pre-penalty notice drew representations for the same amount. */
    private ProcessInstance openCaseAtPenaltyNotice() {
        ProcessInstance penaltyCase = openCaseAndProposeAmount();
        correlate(CASE_NUMBER, MESSAGE_REPRESENTATIONS_RECEIVED);
        complete(task(TASK_REVIEW_REPRESENTATIONS, penaltyCase), withVariables(
                VAR_REPRESENTATIONS_OUTCOME, REPRESENTATIONS_SAME_AMOUNT,
                VAR_REPRESENTATIONS_FINDINGS, "Representations do not change the facts"));
        assertThat(penaltyCase).isWaitingAt(GATEWAY_AWAIT_PETITION_OR_PAYMENT);
        return penaltyCase;
    }

    private ProcessInstance openCaseAtDecision() {
        ProcessInstance penaltyCase = openCaseAtPenaltyNotice();
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);
        proposeInPetitionReview(CASE_NUMBER, mitigateTo(7000.00));
        assertThat(penaltyCase).isWaitingAt(GATEWAY_AWAIT_PAYMENT_OR_SUPPLEMENTAL_PETITION);
        return penaltyCase;
    }

    private void recordReferralOutcome() {
        Task outcome = taskQuery().processInstanceBusinessKey(CASE_NUMBER)
                .taskDefinitionKey(ReferralFollowUpProcess.TASK_RECORD_REFERRAL_OUTCOME).singleResult();
        complete(outcome, withVariables(
                ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME, ReferralFollowUpProcess.OUTCOME_COLLECTED,
                ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_DATE, "2026-08-03",
                ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_NOTE, "DOJ collected $12,500.00"));
    }

    private void givenAssessment(boolean ppnRequired, boolean fraud) {
        givenAssessment(ppnRequired, fraud, false);
    }

    private void givenAssessment(boolean ppnRequired, boolean fraud, boolean hqApprovalRequired) {
        when(steps.assessAmount(eq(CASE_NUMBER), any())).thenReturn(
                new PenaltyCaseSteps.Assessment(ppnRequired, fraud, hqApprovalRequired, null));
    }

    private void givenSupplementalPetitionNeedsWaiver(boolean waiverRequired) {
        when(steps.recordPetitionReceived(eq(CASE_NUMBER), anyString(), eq(true)))
                .thenReturn(new PenaltyCaseSteps.PetitionFiled(true, waiverRequired));
    }

    private static PenaltyCaseSteps.SolDates solDates(LocalDate sol, boolean expired) {
        return new PenaltyCaseSteps.SolDates(expired, startOf(sol), startOf(sol.minusMonths(24)),
                startOf(sol.minusMonths(12)), startOf(sol.minusDays(180)));
    }

    private static Map<String, Object> negligence(double amount) {
        return withVariables(VAR_CULPABILITY, CULPABILITY_NEGLIGENCE, VAR_PROPOSED_AMOUNT, amount,
                VAR_AMOUNT_RATIONALE, "App. B negligence range, no loss of revenue");
    }

    private static Map<String, Object> fraud(double amount) {
        return withVariables(VAR_CULPABILITY, CULPABILITY_FRAUD, VAR_PROPOSED_AMOUNT, amount,
                VAR_AMOUNT_RATIONALE, "Falsified invoices for entries 1-6");
    }

}
