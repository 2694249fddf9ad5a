package gov.fpf.liquidateddamages;

import static gov.fpf.liquidateddamages.LiquidatedDamagesClaimProcess.*;
import static gov.fpf.testsupport.ProcessTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import gov.fpf.audit.AuditLog;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.mitigation.PetitionReviewSteps;
import gov.fpf.process.identity.EngineSetupPlugin;
import gov.fpf.referral.ReferralFollowUpProcess;
import gov.fpf.system.Roles;
import gov.fpf.testsupport.ProcessTestSupport;

/**
 * Every path of the liquidated-damages claim model, with the domain ({@link LdClaimSteps}, {@link PetitionReviewSteps})
 * mocked and the called petition review and referral follow-up models deployed for real. Time moves only when a test
 * moves {@link ClockUtil}, and a timer fires only when the test runs its job, so each deadline is shown to fall due on
 * its date and not before.
 */
class LiquidatedDamagesClaimProcessTest {

    @RegisterExtension
    static final ProcessTestSupport engine = ProcessTestSupport.deploying(LiquidatedDamagesClaimProcess.RESOURCE,
                    PetitionReviewProcess.RESOURCE, ReferralFollowUpProcess.RESOURCE, "testdmn/PetitionRoutingStub.dmn")
            .and(LiquidatedDamagesClaimProcess.FORM_RESOURCES).and(PetitionReviewProcess.FORM_RESOURCES)
            .and(ReferralFollowUpProcess.FORM_RESOURCES);

    private static final String CASE_NUMBER = "2026-LD-000045";
    private static final String OFFICE_CODE = "5301";
    private static final String PETITION_ID = "PET-11";
    private static final String SUPPLEMENTAL_PETITION_ID = "PET-12";
    private static final String EXTENSION_REQUEST_ID = "EXT-3";

    /** Liability accrued (the breach) and the case opened the same day. */
    private static final LocalDateTime OPENED_AT = LocalDateTime.of(2026, 3, 2, 9, 0);
    /** 60 days from mailing the notice of claim (19 CFR 172.3(b)). */
    private static final LocalDate PETITION_DUE = LocalDate.of(2026, 5, 1);
    private static final LocalDate EXTENDED_DUE = LocalDate.of(2026, 5, 29);
    /** 180 days after liability accrued (19 CFR 113.52). */
    private static final LocalDate REFERRAL_DATE = OPENED_AT.toLocalDate().plusDays(180);
    private static final LocalDate DECISION_VALID_UNTIL = LocalDate.of(2026, 7, 1);
    private static final LocalDate SUPPLEMENTAL_DUE = LocalDate.of(2026, 7, 1);
    private static final LocalDate REFERRAL_ESCALATION = LocalDate.of(2026, 12, 1);
    private static final double CLAIM = 5000.00;

    private final LdClaimSteps steps = mock(LdClaimSteps.class);
    private final PetitionReviewSteps reviewSteps = mock(PetitionReviewSteps.class);
    private final AuditLog auditLog = mock(AuditLog.class);
    /** The principal's petition due date the model waits on, as the domain last returned it. */
    private Date petitionDueInForce;

    @BeforeEach
    void registerDelegatesWithMockedDomain() {
        ClockUtil.setCurrentTime(date(OPENED_AT));
        registerLdDelegates(steps, auditLog);
        registerPetitionDelegates(reviewSteps);

        givenClaim(CLAIM, false);
        petitionDueInForce = startOf(PETITION_DUE);
        when(steps.issueClaimNotice(CASE_NUMBER)).thenReturn(new LdClaimSteps.ClaimNoticeIssued(
                startOf(PETITION_DUE), startOf(REFERRAL_DATE)));
        // like the domain: the new date if granted, else the date in force
        when(steps.recordExtensionDecision(eq(CASE_NUMBER), any())).thenAnswer(call -> {
            LdClaimSteps.ExtensionDecision decision = call.getArgument(1);
            if (decision.granted()) {
                petitionDueInForce = startOf(decision.extendedDueDate());
            }
            return new LdClaimSteps.PetitionPeriods(petitionDueInForce, null);
        });
        when(steps.recordPetitionReceived(eq(CASE_NUMBER), anyBoolean(), any()))
                .thenReturn(new LdClaimSteps.PetitionRecorded(true));
        when(steps.issueDecision(eq(CASE_NUMBER), any()))
                .thenReturn(new LdClaimSteps.DecisionIssued(startOf(DECISION_VALID_UNTIL), startOf(SUPPLEMENTAL_DUE)));
        // like the domain: the surety has 60 days from the demand; no referral before that nor before 180 days
        when(steps.issueDemandOnSurety(CASE_NUMBER)).thenAnswer(call -> {
            LocalDate suretyDue = today().plusDays(60);
            LocalDate referral = suretyDue.isAfter(REFERRAL_DATE) ? suretyDue : REFERRAL_DATE;
            return new LdClaimSteps.SuretyDemandIssued(startOf(suretyDue), startOf(referral));
        });
        when(steps.prepareReferral(CASE_NUMBER, ReferralFollowUpProcess.REFERRED_TO_DOJ))
                .thenReturn(new LdClaimSteps.ReferralPrepared(
                        "Liquidated damages of $5,000.00 unpaid 180 days after the breach", "R/P30D",
                        startOf(REFERRAL_ESCALATION)));
        when(reviewSteps.prepareReview(eq(CASE_NUMBER), anyString())).thenReturn(ldReviewFacts(false));
    }

    // ---------------------------------------------------------------- claim

    @Test
    void exhaustedBondGoesToAnOfficerAndClosesWithoutANotice() {
        // given
        givenClaim(0.00, true);
        ProcessInstance claim = openClaim();
        Task review = task(TASK_REVIEW_EXHAUSTED_BOND, claim);
        assertThat(review).hasCandidateGroup(Roles.OFFICER);
        assertFormResolves(review, FORM_REVIEW_EXHAUSTED_BOND);

        // when
        complete(review, withVariables(VAR_EXHAUSTED_BOND_NOTE, "Bond used up by claims 2026-LD-000031 and -000038"));

        // then
        assertThat(claim).hasPassedInOrder(TASK_COMPUTE_CLAIM, GATEWAY_BOND_COVERAGE_LEFT, TASK_REVIEW_EXHAUSTED_BOND,
                TASK_CLOSE_CLAIM_BOND_EXHAUSTED, END_EVENT_BOND_EXHAUSTED).hasNotPassed(TASK_ISSUE_CLAIM_NOTICE).isEnded();
        InOrder domain = inOrder(steps);
        domain.verify(steps).computeClaim(CASE_NUMBER);
        domain.verify(steps).closeCase(CASE_NUMBER, Outcome.BOND_EXHAUSTED,
                "Bond used up by claims 2026-LD-000031 and -000038");
        verifyNoMoreInteractions(steps);
    }

    @Test
    void claimPaidWithinThePrincipalsPeriodClosesAsPaid() {
        // given
        ProcessInstance claim = openClaim();
        assertThat(claim).isWaitingAtExactly(GATEWAY_AWAIT_PRINCIPAL_RESPONSE).variables()
                .containsEntry(VAR_CLAIM_AMOUNT, CLAIM).containsEntry(VAR_SURETY_DEMANDED, false)
                .containsEntry(VAR_REFERRAL_DATE, startOf(REFERRAL_DATE));
        // the only deadline while the principal may petition is the 60-day period; the referral date is not armed
        assertThat(jobQuery().processInstanceId(claim.getId()).list()).singleElement()
                .satisfies(timer -> assertThat(timer.getDuedate()).isEqualTo(startOf(PETITION_DUE)));
        assertThat(job(INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED, claim)).isNotNull();

        // when
        correlate(CASE_NUMBER, MESSAGE_PAYMENT_RECEIVED, VAR_PAID_IN_FULL, true);

        // then
        assertThat(claim).hasPassedInOrder(TASK_COMPUTE_CLAIM, TASK_ISSUE_CLAIM_NOTICE,
                INTERMEDIATE_EVENT_PAYMENT_RECEIVED, TASK_CLOSE_CLAIM_PAID, END_EVENT_CLAIM_PAID).isEnded();
        InOrder domain = inOrder(steps);
        domain.verify(steps).computeClaim(CASE_NUMBER);
        domain.verify(steps).issueClaimNotice(CASE_NUMBER);
        domain.verify(steps).closeCase(eq(CASE_NUMBER), eq(Outcome.PAID), any());
        verifyNoMoreInteractions(steps);
        assertThat(jobQuery().count()).isZero();
    }

    // ---------------------------------------------------------------- petition

    @Test
    void petitionThatCancelsTheClaimClosesItAsCancelled() {
        // given
        ProcessInstance claim = openClaim();
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);
        // like the domain: a cancelled claim's decision sets no dates
        when(steps.issueDecision(eq(CASE_NUMBER), any())).thenReturn(LdClaimSteps.DecisionIssued.CLAIM_CANCELLED);

        // when
        proposeInPetitionReview(CASE_NUMBER, cancel());

        // then
        assertThat(claim).hasPassedInOrder(INTERMEDIATE_EVENT_PETITION_RECEIVED, TASK_RECORD_PETITION_RECEIVED,
                CALL_ACTIVITY_REVIEW_PETITION, TASK_ISSUE_DECISION, GATEWAY_CLAIM_CANCELLED, TASK_CLOSE_CLAIM_CANCELLED,
                END_EVENT_CLAIM_CANCELLED).isEnded()
                .variables().containsEntry(VAR_PETITION_OUTCOME, PetitionReviewProcess.OUTCOME_CANCEL);
        InOrder domain = inOrder(steps);
        domain.verify(steps).recordPetitionReceived(eq(CASE_NUMBER), eq(false), any());
        domain.verify(steps).issueDecision(eq(CASE_NUMBER), any());
        domain.verify(steps).closeCase(eq(CASE_NUMBER), eq(Outcome.CANCELLED), any());
        assertThat(jobQuery().count()).isZero();
    }

    @Test
    void petitionMitigatedAndTheDecidedAmountPaid() {
        // given
        ProcessInstance claim = openClaim();

        // when the principal petitions
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);

        // then the shared review runs for this case, in its office, as an original petition
        assertThat(claim).hasPassed(TASK_RECORD_PETITION_RECEIVED).isWaitingAtExactly(CALL_ACTIVITY_REVIEW_PETITION);
        assertThat(jobQuery().processInstanceId(claim.getId()).count()).isZero();
        ProcessInstance review = calledBy(claim);
        assertThat(review.getBusinessKey()).isEqualTo(CASE_NUMBER);
        assertThat(review).variables().containsEntry(PetitionReviewProcess.VAR_CASE_NUMBER, CASE_NUMBER)
                .containsEntry(PetitionReviewProcess.VAR_OFFICE_CODE, OFFICE_CODE)
                .containsEntry(PetitionReviewProcess.VAR_PETITION_ID, PETITION_ID)
                .containsEntry(PetitionReviewProcess.VAR_SUPPLEMENTAL, false)
                .containsEntry(PetitionReviewProcess.VAR_FAMILY, "LIQUIDATED_DAMAGES");
        verify(reviewSteps).prepareReview(CASE_NUMBER, PETITION_ID);

        // when the officer mitigates
        proposeInPetitionReview(CASE_NUMBER, mitigateTo(3000.00));

        // then the decision is issued and stays in effect until its date
        assertThat(claim).hasPassed(TASK_ISSUE_DECISION).isWaitingAtExactly(GATEWAY_AWAIT_PAYMENT_OR_SUPPLEMENTAL_PETITION)
                .variables().containsEntry(VAR_DECIDED_AMOUNT, 3000.00)
                .containsEntry(VAR_PETITION_OUTCOME, PetitionReviewProcess.OUTCOME_MITIGATE)
                .containsEntry(VAR_DECIDING_AUTHORITY, "FPF_OFFICER")
                .containsEntry(VAR_CLAIM_AMOUNT, CLAIM);
        assertThat(job(INTERMEDIATE_EVENT_DECISION_EXPIRED, claim).getDuedate()).isEqualTo(startOf(DECISION_VALID_UNTIL));

        // when the decided amount is paid
        correlate(CASE_NUMBER, MESSAGE_PAYMENT_RECEIVED, VAR_PAID_IN_FULL, true);

        // then
        assertThat(claim).hasPassedInOrder(TASK_ISSUE_DECISION, INTERMEDIATE_EVENT_DECIDED_AMOUNT_PAYMENT_RECEIVED,
                TASK_CLOSE_CLAIM_DECIDED_PAID, END_EVENT_DECIDED_AMOUNT_PAID).isEnded();
        InOrder domain = inOrder(steps);
        domain.verify(steps).issueClaimNotice(CASE_NUMBER);
        domain.verify(steps).recordPetitionReceived(eq(CASE_NUMBER), eq(false), any());
        domain.verify(steps).issueDecision(eq(CASE_NUMBER), any());
        domain.verify(steps).closeCase(eq(CASE_NUMBER), eq(Outcome.DECIDED_PAID), any());
        verify(steps, never()).issueDemandOnSurety(any());
    }

    @Test
    void supplementalPetitionIsReviewedAgainAndTheSecondDecisionPaid() {
        // given a first decision
        ProcessInstance claim = openClaimAtDecision(4000.00);
        when(reviewSteps.prepareReview(CASE_NUMBER, SUPPLEMENTAL_PETITION_ID)).thenReturn(ldReviewFacts(true));

        // when a supplemental petition comes within the decision's 60 days
        ClockUtil.setCurrentTime(startOf(DECISION_VALID_UNTIL.minusDays(5)));
        correlate(CASE_NUMBER, MESSAGE_SUPPLEMENTAL_PETITION_RECEIVED, VAR_PETITION_ID, SUPPLEMENTAL_PETITION_ID);

        // then it is recorded as supplemental and reviewed again, routed by the table to headquarters
        assertThat(claim).hasPassedInOrder(INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_RECEIVED,
                TASK_RECORD_SUPPLEMENTAL_PETITION).isWaitingAtExactly(CALL_ACTIVITY_REVIEW_PETITION)
                .variables().containsEntry(VAR_SUPPLEMENTAL, true);
        assertThat(jobQuery().processInstanceId(claim.getId()).count()).as("the decision's timer ended").isZero();
        ProcessInstance secondReview = calledBy(claim);
        assertThat(secondReview).variables().containsEntry(PetitionReviewProcess.VAR_SUPPLEMENTAL, true)
                .containsEntry(PetitionReviewProcess.VAR_PETITION_ID, SUPPLEMENTAL_PETITION_ID)
                .containsEntry(PetitionReviewProcess.VAR_DECIDING_AUTHORITY, "HQ_PENALTIES_BRANCH");

        // when the second decision is issued and paid
        proposeInPetitionReview(CASE_NUMBER, mitigateTo(2500.00));
        assertThat(claim).isWaitingAtExactly(GATEWAY_AWAIT_PAYMENT_OR_SUPPLEMENTAL_PETITION)
                .variables().containsEntry(VAR_DECIDED_AMOUNT, 2500.00);
        correlate(CASE_NUMBER, MESSAGE_PAYMENT_RECEIVED, VAR_PAID_IN_FULL, true);

        // then
        assertThat(claim).hasPassed(END_EVENT_DECIDED_AMOUNT_PAID).isEnded();
        InOrder domain = inOrder(steps);
        domain.verify(steps).recordPetitionReceived(eq(CASE_NUMBER), eq(false), any());
        domain.verify(steps).issueDecision(eq(CASE_NUMBER), any());
        domain.verify(steps).recordPetitionReceived(eq(CASE_NUMBER), eq(true), any());
        domain.verify(steps).issueDecision(eq(CASE_NUMBER), any());
        domain.verify(steps).closeCase(eq(CASE_NUMBER), eq(Outcome.DECIDED_PAID), any());
        verify(steps, times(2)).issueDecision(eq(CASE_NUMBER), any());
    }

    @Test
    void decisionNotPaidInTimeDemandsPaymentFromTheSuretyWhoPays() {
        // given
        ProcessInstance claim = openClaimAtDecision(2500.00);

        // when the decision's 60 days pass unpaid
        fireTimerAt(INTERMEDIATE_EVENT_DECISION_EXPIRED, claim, DECISION_VALID_UNTIL);

        // then the surety is demanded and has 60 days from the demand; as they end after the 180th day, the
        // referral date moves to their end
        LocalDate suretyDue = DECISION_VALID_UNTIL.plusDays(60);
        assertThat(suretyDue).isAfter(REFERRAL_DATE);
        assertThat(claim).hasPassedInOrder(INTERMEDIATE_EVENT_DECISION_EXPIRED, GATEWAY_SURETY_ALREADY_DEMANDED,
                TASK_ISSUE_DEMAND_ON_SURETY).isWaitingAtExactly(GATEWAY_AWAIT_SURETY_RESPONSE)
                .variables().containsEntry(VAR_SURETY_DEMANDED, true)
                .containsEntry(VAR_SURETY_PETITION_DUE_DATE, startOf(suretyDue))
                .containsEntry(VAR_REFERRAL_DATE, startOf(suretyDue));
        assertThat(job(INTERMEDIATE_EVENT_REFERRAL_DATE_REACHED, claim).getDuedate()).isEqualTo(startOf(suretyDue));

        // when the surety pays
        correlate(CASE_NUMBER, MESSAGE_PAYMENT_RECEIVED, VAR_PAID_IN_FULL, true);

        // then
        assertThat(claim).hasPassedInOrder(INTERMEDIATE_EVENT_SURETY_PAYMENT_RECEIVED,
                TASK_CLOSE_CLAIM_PAID_AFTER_DEMAND, END_EVENT_CLAIM_PAID_AFTER_DEMAND).isEnded();
        InOrder domain = inOrder(steps);
        domain.verify(steps).issueDecision(eq(CASE_NUMBER), any());
        domain.verify(steps).issueDemandOnSurety(CASE_NUMBER);
        domain.verify(steps).closeCase(eq(CASE_NUMBER), eq(Outcome.PAID), any());
        verify(steps, never()).prepareReferral(any(), any());
        assertThat(jobQuery().count()).isZero();
    }

    // ---------------------------------------------------------------- extension requests

    @Test
    void grantedExtensionMovesThePetitionDeadlineSoOnlyTheNewDateFires() {
        // given an extension request within the 60 days
        ProcessInstance claim = openClaim();
        ClockUtil.setCurrentTime(startOf(PETITION_DUE.minusDays(10)));
        correlate(CASE_NUMBER, MESSAGE_EXTENSION_REQUESTED, VAR_EXTENSION_REQUEST_ID, EXTENSION_REQUEST_ID);
        Task decide = task(TASK_DECIDE_EXTENSION_REQUEST, claim);
        assertThat(decide).hasCandidateGroup(Roles.OFFICER).hasDueDate(startOf(PETITION_DUE));
        assertFormResolves(decide, FORM_DECIDE_EXTENSION_REQUEST);
        assertThat(jobQuery().processInstanceId(claim.getId()).count()).isZero();

        // when the officer grants it, as Tasklist's date field sends the date
        complete(decide, withVariables(VAR_EXTENSION_GRANTED, true, VAR_EXTENDED_DUE_DATE, EXTENDED_DUE.toString(),
                VAR_EXTENSION_NOTE, "Broker's records lost in a warehouse fire"));

        // then the decision is recorded and the principal's wait starts again on the new date
        verify(steps).recordExtensionDecision(eq(CASE_NUMBER), argThat(decision -> decision.granted()
                && EXTENDED_DUE.equals(decision.extendedDueDate())
                && EXTENSION_REQUEST_ID.equals(decision.extensionRequestId())));
        assertThat(claim).hasPassedInOrder(INTERMEDIATE_EVENT_EXTENSION_REQUESTED, TASK_DECIDE_EXTENSION_REQUEST,
                TASK_RECORD_EXTENSION_DECISION).isWaitingAtExactly(GATEWAY_AWAIT_PRINCIPAL_RESPONSE)
                .variables().containsEntry(VAR_PETITION_DUE_DATE, startOf(EXTENDED_DUE))
                .containsEntry(VAR_EXTENSION_GRANTED, true);
        assertThat(job(INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED, claim).getDuedate())
                .isEqualTo(startOf(EXTENDED_DUE));

        // when the old date comes, nothing is due
        ClockUtil.setCurrentTime(startOf(PETITION_DUE.plusDays(1)));
        assertThat(jobQuery().processInstanceId(claim.getId()).executable().count()).isZero();
        assertThat(claim).isWaitingAtExactly(GATEWAY_AWAIT_PRINCIPAL_RESPONSE);
        verify(steps, never()).issueDemandOnSurety(any());

        // when the new date comes, the period is over and the surety is demanded
        notDueJustBefore(INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED, claim, EXTENDED_DUE);
        fireTimerAt(INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED, claim, EXTENDED_DUE);

        // then
        assertThat(claim).hasPassed(INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED, TASK_ISSUE_DEMAND_ON_SURETY)
                .isWaitingAtExactly(GATEWAY_AWAIT_SURETY_RESPONSE);
        InOrder domain = inOrder(steps);
        domain.verify(steps).issueClaimNotice(CASE_NUMBER);
        domain.verify(steps).recordExtensionDecision(eq(CASE_NUMBER), any());
        domain.verify(steps).issueDemandOnSurety(CASE_NUMBER);
    }

    @Test
    void refusedExtensionKeepsThePetitionDeadline() {
        // given
        ProcessInstance claim = openClaim();
        correlate(CASE_NUMBER, MESSAGE_EXTENSION_REQUESTED, VAR_EXTENSION_REQUEST_ID, EXTENSION_REQUEST_ID);

        // when the officer refuses it
        complete(task(TASK_DECIDE_EXTENSION_REQUEST, claim), withVariables(VAR_EXTENSION_GRANTED, false,
                VAR_EXTENSION_NOTE, "No circumstances shown that warrant more time"));

        // then the principal's wait goes on with the deadline it had, which fires on its day
        verify(steps).recordExtensionDecision(eq(CASE_NUMBER), argThat(decision -> !decision.granted()));
        assertThat(claim).isWaitingAtExactly(GATEWAY_AWAIT_PRINCIPAL_RESPONSE)
                .variables().containsEntry(VAR_PETITION_DUE_DATE, startOf(PETITION_DUE));
        assertThat(job(INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED, claim).getDuedate())
                .isEqualTo(startOf(PETITION_DUE));
        fireTimerAt(INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED, claim, PETITION_DUE);
        assertThat(claim).hasPassed(TASK_ISSUE_DEMAND_ON_SURETY).isWaitingAtExactly(GATEWAY_AWAIT_SURETY_RESPONSE);
    }

    @Test
    void aSecondExtensionRequestIsAnsweredAfreshAndItsRefusalKeepsTheExtendedDate() {
        // given a first request granted
        ProcessInstance claim = openClaim();
        correlate(CASE_NUMBER, MESSAGE_EXTENSION_REQUESTED, VAR_EXTENSION_REQUEST_ID, EXTENSION_REQUEST_ID);
        complete(task(TASK_DECIDE_EXTENSION_REQUEST, claim), withVariables(VAR_EXTENSION_GRANTED, true,
                VAR_EXTENDED_DUE_DATE, EXTENDED_DUE.toString(), VAR_EXTENSION_NOTE, "Granted once"));

        // when a second request comes
        correlate(CASE_NUMBER, MESSAGE_EXTENSION_REQUESTED, VAR_EXTENSION_REQUEST_ID, "EXT-4");

        // then the form does not offer the first answer again, and the task is due on the extended date
        Task second = task(TASK_DECIDE_EXTENSION_REQUEST, claim);
        assertThat(second).hasDueDate(startOf(EXTENDED_DUE));
        Map<String, Object> shown = engine.getTaskService().getVariables(second.getId());
        assertThat(shown).containsEntry(VAR_EXTENSION_GRANTED, null).containsEntry(VAR_EXTENDED_DUE_DATE, null)
                .containsEntry(VAR_EXTENSION_NOTE, null).containsEntry(VAR_EXTENSION_REQUEST_ID, "EXT-4");

        // when it is refused
        complete(second, withVariables(VAR_EXTENSION_GRANTED, false, VAR_EXTENSION_NOTE, "One extension is enough"));

        // then the extended date stays
        assertThat(claim).isWaitingAtExactly(GATEWAY_AWAIT_PRINCIPAL_RESPONSE).variables()
                .containsEntry(VAR_EXTENSION_GRANTED, false).containsEntry(VAR_EXTENDED_DUE_DATE, null)
                .containsEntry(VAR_PETITION_DUE_DATE, startOf(EXTENDED_DUE));
        assertThat(job(INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED, claim).getDuedate())
                .isEqualTo(startOf(EXTENDED_DUE));
        verify(steps, times(2)).recordExtensionDecision(eq(CASE_NUMBER), any());
    }

    @Test
    void grantingAnExtensionWithoutTheNewDateIsRefusedAndTheTaskStaysOpen() {
        // given
        ProcessInstance claim = openClaim();
        correlate(CASE_NUMBER, MESSAGE_EXTENSION_REQUESTED, VAR_EXTENSION_REQUEST_ID, EXTENSION_REQUEST_ID);
        Task decide = task(TASK_DECIDE_EXTENSION_REQUEST, claim);

        // when / then
        assertThatThrownBy(() -> engine.getTaskService().complete(decide.getId(),
                withVariables(VAR_EXTENSION_GRANTED, true, VAR_EXTENSION_NOTE, "Granted")))
                .hasMessageContaining("'" + VAR_EXTENDED_DUE_DATE + "'");
        assertThat(claim).isWaitingAtExactly(TASK_DECIDE_EXTENSION_REQUEST);
        verify(steps, never()).recordExtensionDecision(any(), any());
    }

    // ---------------------------------------------------------------- surety and referral

    @Test
    void noActionDemandsTheSuretyOnDay60WhosePetitionIsDecidedAndOnExpiryTheClaimWaitsForTheReferralDate() {
        // given no response from the principal
        ProcessInstance claim = openClaim();

        // when the 60 days pass (not a moment before)
        notDueJustBefore(INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED, claim, PETITION_DUE);
        fireTimerAt(INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED, claim, PETITION_DUE);

        // then the surety is demanded
        assertThat(claim).hasPassedInOrder(INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED,
                TASK_ISSUE_DEMAND_ON_SURETY).isWaitingAtExactly(GATEWAY_AWAIT_SURETY_RESPONSE)
                .variables().containsEntry(VAR_SURETY_DEMANDED, true)
                .containsEntry(VAR_SURETY_PETITION_DUE_DATE, startOf(PETITION_DUE.plusDays(60)));

        // when the surety petitions
        ClockUtil.setCurrentTime(startOf(PETITION_DUE.plusDays(20)));
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);

        // then the petition is reviewed like the principal's, and no referral is armed while it is pending (113.52)
        assertThat(claim).hasPassedInOrder(INTERMEDIATE_EVENT_PETITION_AFTER_DEMAND_RECEIVED,
                TASK_RECORD_PETITION_RECEIVED).isWaitingAtExactly(CALL_ACTIVITY_REVIEW_PETITION);
        assertThat(jobQuery().processInstanceId(claim.getId()).count()).isZero();
        proposeInPetitionReview(CASE_NUMBER, mitigateTo(3500.00));
        assertThat(claim).isWaitingAtExactly(GATEWAY_AWAIT_PAYMENT_OR_SUPPLEMENTAL_PETITION);

        // when the decision expires unpaid
        fireTimerAt(INTERMEDIATE_EVENT_DECISION_EXPIRED, claim, DECISION_VALID_UNTIL);

        // then the surety is not demanded twice: the claim waits for the referral date
        assertThat(claim).hasPassed(GATEWAY_SURETY_ALREADY_DEMANDED).isWaitingAtExactly(GATEWAY_AWAIT_SURETY_RESPONSE);
        verify(steps, times(1)).issueDemandOnSurety(CASE_NUMBER);
        assertThat(job(INTERMEDIATE_EVENT_REFERRAL_DATE_REACHED, claim).getDuedate()).isEqualTo(startOf(REFERRAL_DATE));

        // when the referral date comes (not a moment before)
        notDueJustBefore(INTERMEDIATE_EVENT_REFERRAL_DATE_REACHED, claim, REFERRAL_DATE);
        fireTimerAt(INTERMEDIATE_EVENT_REFERRAL_DATE_REACHED, claim, REFERRAL_DATE);

        // then the claim is referred to DOJ and followed until the outcome is recorded
        assertReferredToDojAndFollowedUp(claim);
        InOrder domain = inOrder(steps);
        domain.verify(steps).computeClaim(CASE_NUMBER);
        domain.verify(steps).issueClaimNotice(CASE_NUMBER);
        domain.verify(steps).issueDemandOnSurety(CASE_NUMBER);
        domain.verify(steps).recordPetitionReceived(eq(CASE_NUMBER), eq(false), any());
        domain.verify(steps).issueDecision(eq(CASE_NUMBER), any());
        domain.verify(steps).prepareReferral(CASE_NUMBER, ReferralFollowUpProcess.REFERRED_TO_DOJ);
        domain.verify(steps).closeCase(eq(CASE_NUMBER), eq(Outcome.REFERRED), any());
        verifyNoMoreInteractions(steps);
    }

    @Test
    void noActionAtAllIsReferredOnTheReferralDateNotWhenTheSuretysPeriodEnds() {
        // given the principal's period passes and the surety is demanded
        ProcessInstance claim = openClaim();
        fireTimerAt(INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED, claim, PETITION_DUE);
        assertThat(claim).isWaitingAtExactly(GATEWAY_AWAIT_SURETY_RESPONSE);

        // when the surety's 60 days pass too
        ClockUtil.setCurrentTime(startOf(PETITION_DUE.plusDays(61)));

        // then nothing is due yet: the referral waits for 180 days after liability accrued
        assertThat(jobQuery().processInstanceId(claim.getId()).executable().count()).isZero();
        assertThat(claim).isWaitingAtExactly(GATEWAY_AWAIT_SURETY_RESPONSE);
        assertThat(job(INTERMEDIATE_EVENT_REFERRAL_DATE_REACHED, claim).getDuedate()).isEqualTo(startOf(REFERRAL_DATE));
        notDueJustBefore(INTERMEDIATE_EVENT_REFERRAL_DATE_REACHED, claim, REFERRAL_DATE);

        // when the 180th day comes
        fireTimerAt(INTERMEDIATE_EVENT_REFERRAL_DATE_REACHED, claim, REFERRAL_DATE);

        // then
        assertReferredToDojAndFollowedUp(claim);
        verify(steps, never()).recordPetitionReceived(any(), anyBoolean(), any());
        verify(steps, never()).issueDecision(any(), any());
    }

    @Test
    void theClaimAndEveryProcessItCallsBelongToItsOffice() {
        // given the application's tenant rule (the office code is the tenant; called processes inherit it)
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngine().getProcessEngineConfiguration();
        TenantIdProvider before = configuration.getTenantIdProvider();
        configuration.setTenantIdProvider(new EngineSetupPlugin.OfficeTenantIdProvider());
        try {
            // when the claim is petitioned, decided, left unpaid and referred
            ProcessInstance claim = openClaim();
            correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);
            ProcessInstance review = calledBy(claim);
            Task propose = taskQuery().processInstanceId(review.getId()).singleResult();
            proposeInPetitionReview(CASE_NUMBER, mitigateTo(3000.00));
            fireTimerAt(INTERMEDIATE_EVENT_DECISION_EXPIRED, claim, DECISION_VALID_UNTIL);
            fireTimerAt(INTERMEDIATE_EVENT_REFERRAL_DATE_REACHED, claim, DECISION_VALID_UNTIL.plusDays(60));
            ProcessInstance followUp = calledBy(claim);
            Task outcome = taskQuery().processInstanceId(followUp.getId()).singleResult();

            // then all of it is the office's work
            assertThat(List.of(claim.getTenantId(), review.getTenantId(), propose.getTenantId(),
                    followUp.getTenantId(), outcome.getTenantId())).containsOnly(OFFICE_CODE);
        } finally {
            configuration.setTenantIdProvider(before);
        }
    }

    // ---------------------------------------------------------------- the model and its descriptor

    @Test
    void descriptorElementIdsAreInTheModelAndEveryTimerWaitsOnItsDateVariable() throws IOException {
        // given
        BpmnModelInstance model;
        try (InputStream file = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(file).as(RESOURCE).isNotNull();
            model = Bpmn.readModelFromStream(file);
        }
        Set<String> flowNodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toSet());

        // then every element id the code names is a flow node of the model (a designer may add nodes without a constant;
        // the ModelLinter guards their ids, forms and timers at every deployment)
        assertThat(flowNodes).containsAll(elementIdConstants());
        // every user task's form is a FORM_* constant shipped in FORM_RESOURCES
        assertThat(model.getModelElementsByType(UserTask.class)).extracting(UserTask::getCamundaFormRef)
                .containsExactlyInAnyOrder(FORM_REVIEW_EXHAUSTED_BOND, FORM_DECIDE_EXTENSION_REQUEST);
        assertThat(FORM_RESOURCES).containsExactlyInAnyOrder(
                "forms/liquidateddamages/" + FORM_REVIEW_EXHAUSTED_BOND + ".form",
                "forms/liquidateddamages/" + FORM_DECIDE_EXTENSION_REQUEST + ".form");
        // every deadline is a timer on the date the domain computed
        Map<String, String> timers = new HashMap<>();
        for (IntermediateCatchEvent event : model.getModelElementsByType(IntermediateCatchEvent.class)) {
            event.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
                    .map(TimerEventDefinition.class::cast)
                    .forEach(timer -> timers.put(event.getId(), timer.getTimeDate().getTextContent()));
        }
        assertThat(timers).containsExactlyInAnyOrderEntriesOf(Map.of(
                INTERMEDIATE_EVENT_PRINCIPAL_PETITION_PERIOD_ELAPSED, "${" + VAR_PETITION_DUE_DATE + "}",
                INTERMEDIATE_EVENT_DECISION_EXPIRED, "${" + VAR_DECISION_VALID_UNTIL + "}",
                INTERMEDIATE_EVENT_REFERRAL_DATE_REACHED, "${" + VAR_REFERRAL_DATE + "}"));
    }

    // ---------------------------------------------------------------- fixtures

    private ProcessInstance openClaim() {
        return engine.getRuntimeService().startProcessInstanceByKey(LiquidatedDamagesClaimProcess.KEY, CASE_NUMBER,
                withVariables(VAR_CASE_NUMBER, CASE_NUMBER, VAR_OFFICE_CODE, OFFICE_CODE,
                        VAR_BOND_NUMBER, "BND-99-0001234", VAR_SURETY_NAME, "Atlantic Surety Co.",
                        VAR_BREACH, "LATE_ENTRY_SUMMARY", VAR_BREACH_DATE, OPENED_AT.toLocalDate().toString(),
                        VAR_GUIDELINE_AMOUNT, 100.00));
    }

    /** A principal's petition mitigated to {@code amount}; the decision is in effect. */
    private ProcessInstance openClaimAtDecision(double amount) {
        ProcessInstance claim = openClaim();
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);
        proposeInPetitionReview(CASE_NUMBER, mitigateTo(amount));
        assertThat(claim).isWaitingAtExactly(GATEWAY_AWAIT_PAYMENT_OR_SUPPLEMENTAL_PETITION);
        return claim;
    }

    private void assertReferredToDojAndFollowedUp(ProcessInstance claim) {
        assertThat(claim).hasPassedInOrder(INTERMEDIATE_EVENT_REFERRAL_DATE_REACHED, TASK_PREPARE_REFERRAL)
                .isWaitingAtExactly(CALL_ACTIVITY_FOLLOW_REFERRAL)
                .variables().containsEntry(VAR_REFERRED_TO, ReferralFollowUpProcess.REFERRED_TO_DOJ);
        verify(steps).prepareReferral(CASE_NUMBER, ReferralFollowUpProcess.REFERRED_TO_DOJ);
        verify(auditLog).caseEvent(CASE_NUMBER, ReferralFollowUpProcess.EVENT_REFERRAL_OPENED,
                "Referred to Department of Justice: Liquidated damages of $5,000.00 unpaid 180 days after the breach");
        ProcessInstance followUp = calledBy(claim);
        assertThat(followUp.getBusinessKey()).isEqualTo(CASE_NUMBER);
        assertThat(followUp).variables().containsEntry(ReferralFollowUpProcess.VAR_OFFICE_CODE, OFFICE_CODE)
                .containsEntry(ReferralFollowUpProcess.VAR_REFERRED_TO, ReferralFollowUpProcess.REFERRED_TO_DOJ);
        Task outcome = taskQuery().processInstanceBusinessKey(CASE_NUMBER)
                .taskDefinitionKey(ReferralFollowUpProcess.TASK_RECORD_REFERRAL_OUTCOME).singleResult();
        assertThat(outcome).hasCandidateGroup(Roles.OFFICER).hasDueDate(startOf(REFERRAL_ESCALATION));

        complete(outcome, withVariables(
                ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME, ReferralFollowUpProcess.OUTCOME_JUDGMENT_OBTAINED,
                ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_DATE, "2026-11-16",
                ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_NOTE, "Judgment against principal and surety"));

        assertThat(claim).hasPassedInOrder(CALL_ACTIVITY_FOLLOW_REFERRAL, TASK_CLOSE_CLAIM_REFERRED,
                END_EVENT_CLAIM_REFERRED).isEnded()
                .variables().containsEntry(VAR_REFERRAL_OUTCOME, ReferralFollowUpProcess.OUTCOME_JUDGMENT_OBTAINED);
        verify(steps).closeCase(eq(CASE_NUMBER), eq(Outcome.REFERRED), any());
        assertThat(jobQuery().count()).isZero();
    }

    /** What the mitigation service returns for a petition on this claim (the stub routing reads only a few). */
    private static Map<String, Object> ldReviewFacts(boolean supplemental) {
        Map<String, Object> facts = reviewFacts(CLAIM, supplemental);
        facts.put(PetitionReviewProcess.VAR_FAMILY, "LIQUIDATED_DAMAGES");
        facts.put(PetitionReviewProcess.VAR_STATUTE, null);
        return facts;
    }

    private void givenClaim(double amount, boolean bondExhausted) {
        when(steps.computeClaim(CASE_NUMBER))
                .thenReturn(new LdClaimSteps.ClaimComputed(BigDecimal.valueOf(amount), bondExhausted));
    }

    private static List<String> elementIdConstants() {
        List<String> prefixes = List.of("START_EVENT_", "END_EVENT_", "TASK_", "GATEWAY_", "INTERMEDIATE_EVENT_",
                "CALL_ACTIVITY_");
        return Arrays.stream(LiquidatedDamagesClaimProcess.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .filter(field -> prefixes.stream().anyMatch(field.getName()::startsWith))
                .map(LiquidatedDamagesClaimProcessTest::value).toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

}
