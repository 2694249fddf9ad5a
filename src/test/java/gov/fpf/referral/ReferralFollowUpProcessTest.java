package gov.fpf.referral;

import static gov.fpf.referral.ReferralFollowUpProcess.BOUNDARY_EVENT_ESCALATION_DUE;
import static gov.fpf.referral.ReferralFollowUpProcess.BOUNDARY_EVENT_FOLLOW_UP_DUE;
import static gov.fpf.referral.ReferralFollowUpProcess.END_EVENT_FOLLOW_UP_LOGGED;
import static gov.fpf.referral.ReferralFollowUpProcess.END_EVENT_REFERRAL_RESOLVED;
import static gov.fpf.referral.ReferralFollowUpProcess.TASK_FOLLOW_UP_WITH_RECIPIENT;
import static gov.fpf.referral.ReferralFollowUpProcess.TASK_RECORD_REFERRAL_CLOSED;
import static gov.fpf.referral.ReferralFollowUpProcess.TASK_RECORD_REFERRAL_OPENED;
import static gov.fpf.referral.ReferralFollowUpProcess.TASK_RECORD_REFERRAL_OUTCOME;
import static gov.fpf.referral.ReferralFollowUpProcess.TASK_SUPERVISOR_REVIEW_STALLED_REFERRAL;
import static gov.fpf.testsupport.ProcessTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import gov.fpf.audit.AuditLog;
import gov.fpf.system.Roles;
import gov.fpf.testsupport.ProcessTestSupport;

class ReferralFollowUpProcessTest {

    @RegisterExtension
    static final ProcessTestSupport engine = ProcessTestSupport.deploying(ReferralFollowUpProcess.RESOURCE)
            .and(ReferralFollowUpProcess.FORM_RESOURCES);

    private static final String CASE_NUMBER = "2026-PEN-000123";
    private static final LocalDateTime REFERRAL_SENT_AT = LocalDateTime.of(2026, 3, 2, 9, 0);
    private static final LocalDate ESCALATION_DAY = LocalDate.of(2026, 6, 1);
    private static final String FOLLOW_UP_EVERY_30_DAYS = "R/P30D";

    private final AuditLog auditLog = mock(AuditLog.class);

    @BeforeEach
    void useTestEngineAndRecordingAuditLog() {
        ClockUtil.setCurrentTime(date(REFERRAL_SENT_AT));
        // The real delegate, writing to a mock audit log: the test checks the audit sentences an officer will read.
        registerReferralDelegates(auditLog);
    }

    @Test
    void outcomeRecordedBeforeAnyTimerResolvesTheReferral() {
        // given
        ProcessInstance referral = startReferralToCounsel();
        assertThat(referral).hasPassed(TASK_RECORD_REFERRAL_OPENED).isWaitingAtExactly(TASK_RECORD_REFERRAL_OUTCOME);
        Task outcomeTask = task(TASK_RECORD_REFERRAL_OUTCOME, referral);
        assertThat(outcomeTask)
                .hasCandidateGroup(Roles.OFFICER)
                .hasDueDate(startOf(ESCALATION_DAY));
        assertFormResolves(outcomeTask, ReferralFollowUpProcess.FORM_RECORD_REFERRAL_OUTCOME);
        verify(auditLog).caseEvent(CASE_NUMBER, ReferralFollowUpProcess.EVENT_REFERRAL_OPENED,
                "Referred to Office of Chief Counsel: Petition denied; violator has not paid the $12,500.00 penalty");

        // when
        complete(outcomeTask, outcomeAcceptedForAction());

        // then
        assertThat(referral)
                .hasPassedInOrder(TASK_RECORD_REFERRAL_OPENED, TASK_RECORD_REFERRAL_OUTCOME,
                        TASK_RECORD_REFERRAL_CLOSED, END_EVENT_REFERRAL_RESOLVED)
                .hasNotPassed(TASK_FOLLOW_UP_WITH_RECIPIENT, TASK_SUPERVISOR_REVIEW_STALLED_REFERRAL)
                .isEnded();
        InOrder auditTrail = inOrder(auditLog);
        auditTrail.verify(auditLog).caseEvent(CASE_NUMBER, ReferralFollowUpProcess.EVENT_REFERRAL_OPENED,
                "Referred to Office of Chief Counsel: Petition denied; violator has not paid the $12,500.00 penalty");
        auditTrail.verify(auditLog).caseEvent(CASE_NUMBER, ReferralFollowUpProcess.EVENT_REFERRAL_OUTCOME_RECORDED,
                "Referral outcome ACCEPTED_FOR_ACTION on 2026-03-20: Counsel will file suit; AUSA assigned");
        verifyNoMoreInteractions(auditLog);
    }

    @Test
    void followUpTimerRemindsTheOfficerEveryCycleWhileTheOutcomeTaskStaysOpen() {
        // given
        ProcessInstance referral = startReferralToCounsel();
        Job firstReminder = job(BOUNDARY_EVENT_FOLLOW_UP_DUE, referral);
        assertThat(firstReminder.getDuedate()).isEqualTo(date(REFERRAL_SENT_AT.plusDays(30)));
        ClockUtil.setCurrentTime(date(REFERRAL_SENT_AT.plusDays(29)));
        assertThat(dueJobsAt(BOUNDARY_EVENT_FOLLOW_UP_DUE, referral)).isZero();

        // when
        ClockUtil.setCurrentTime(date(REFERRAL_SENT_AT.plusDays(30)));
        assertThat(dueJobsAt(BOUNDARY_EVENT_FOLLOW_UP_DUE, referral)).isOne();
        execute(firstReminder);

        // then the reminder is added beside the outcome task, which stays open, and the next reminder is set
        assertThat(referral).isWaitingAtExactly(TASK_RECORD_REFERRAL_OUTCOME, TASK_FOLLOW_UP_WITH_RECIPIENT);
        Task followUpTask = task(TASK_FOLLOW_UP_WITH_RECIPIENT, referral);
        assertThat(followUpTask).hasCandidateGroup(Roles.OFFICER);
        assertFormResolves(followUpTask, ReferralFollowUpProcess.FORM_FOLLOW_UP_REFERRAL);
        assertThat(job(BOUNDARY_EVENT_FOLLOW_UP_DUE, referral).getDuedate())
                .isEqualTo(date(REFERRAL_SENT_AT.plusDays(60)));

        // when the officer logs the follow-up
        complete(followUpTask, withVariables(ReferralFollowUpProcess.VAR_FOLLOW_UP_NOTE,
                "Called OCC Houston; attorney expects to decide by month end"));

        // then only the follow-up branch ends; the referral still waits for its outcome
        assertThat(referral)
                .hasPassed(END_EVENT_FOLLOW_UP_LOGGED)
                .isWaitingAtExactly(TASK_RECORD_REFERRAL_OUTCOME)
                .variables().containsEntry(ReferralFollowUpProcess.VAR_FOLLOW_UP_NOTE,
                        "Called OCC Houston; attorney expects to decide by month end");

        // when the outcome arrives
        complete(task(TASK_RECORD_REFERRAL_OUTCOME, referral), outcomeAcceptedForAction());

        // then
        assertThat(referral).hasPassed(TASK_RECORD_REFERRAL_CLOSED, END_EVENT_REFERRAL_RESOLVED).isEnded();
        assertThat(jobQuery().processInstanceId(referral.getId()).count()).isZero();
    }

    @Test
    void outcomeRecordedWhileAFollowUpIsOpenTakesTheFollowUpOffTheWorklist() {
        // given a follow-up reminder nobody has worked yet
        ProcessInstance referral = startReferralToCounsel();
        ClockUtil.setCurrentTime(date(REFERRAL_SENT_AT.plusDays(30)));
        execute(job(BOUNDARY_EVENT_FOLLOW_UP_DUE, referral));
        assertThat(referral).isWaitingAt(TASK_FOLLOW_UP_WITH_RECIPIENT);

        // when
        complete(task(TASK_RECORD_REFERRAL_OUTCOME, referral), outcomeAcceptedForAction());

        // then
        assertThat(referral).hasPassed(END_EVENT_REFERRAL_RESOLVED).hasNotPassed(END_EVENT_FOLLOW_UP_LOGGED).isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(referral.getId()).count()).isZero();
    }

    @Test
    void escalationDateHandsAStalledReferralToASupervisorAndBackToTheOfficer() {
        // given
        ProcessInstance referral = startReferralToCounsel();
        Job escalation = job(BOUNDARY_EVENT_ESCALATION_DUE, referral);
        assertThat(escalation.getDuedate()).isEqualTo(startOf(ESCALATION_DAY));

        // when the escalation date passes without an outcome
        ClockUtil.setCurrentTime(startOf(ESCALATION_DAY));
        assertThat(dueJobsAt(BOUNDARY_EVENT_ESCALATION_DUE, referral)).isOne();
        execute(escalation);

        // then the officer's task is withdrawn and a supervisor must act
        assertThat(referral).isWaitingAtExactly(TASK_SUPERVISOR_REVIEW_STALLED_REFERRAL);
        Task review = task(TASK_SUPERVISOR_REVIEW_STALLED_REFERRAL, referral);
        assertThat(review).hasCandidateGroup(Roles.SUPERVISOR);
        assertFormResolves(review, ReferralFollowUpProcess.FORM_REVIEW_STALLED_REFERRAL);

        // when the supervisor instructs the officer; the date arrives as Tasklist's date field sends it
        LocalDate nextEscalationDay = ESCALATION_DAY.plusDays(30);
        complete(review, withVariables(
                ReferralFollowUpProcess.VAR_SUPERVISOR_INSTRUCTION, "Call the assigned attorney and ask for a date",
                ReferralFollowUpProcess.VAR_NEXT_ESCALATION_DATE, nextEscalationDay.toString()));

        // then the referral is back with the officer, with a fresh escalation date on the task and the timer
        assertThat(referral).isWaitingAtExactly(TASK_RECORD_REFERRAL_OUTCOME);
        Task reopened = task(TASK_RECORD_REFERRAL_OUTCOME, referral);
        assertThat(reopened).hasCandidateGroup(Roles.OFFICER)
                .hasDueDate(startOf(nextEscalationDay));
        assertThat(job(BOUNDARY_EVENT_ESCALATION_DUE, referral).getDuedate()).isEqualTo(startOf(nextEscalationDay));
        assertThat(dueJobsAt(BOUNDARY_EVENT_ESCALATION_DUE, referral)).isZero();

        // when the outcome is finally recorded
        complete(reopened, outcomeAcceptedForAction());

        // then
        assertThat(referral)
                .hasPassedInOrder(TASK_RECORD_REFERRAL_OUTCOME, TASK_SUPERVISOR_REVIEW_STALLED_REFERRAL,
                        TASK_RECORD_REFERRAL_OUTCOME, TASK_RECORD_REFERRAL_CLOSED, END_EVENT_REFERRAL_RESOLVED)
                .isEnded();
        verify(auditLog).caseEvent(CASE_NUMBER, ReferralFollowUpProcess.EVENT_REFERRAL_OUTCOME_RECORDED,
                "Referral outcome ACCEPTED_FOR_ACTION on 2026-03-20: Counsel will file suit; AUSA assigned");
    }

    @Test
    void outcomeWithoutANoteIsRefusedAndTheTaskStaysOpen() {
        // given
        ProcessInstance referral = startReferralToCounsel();
        Map<String, Object> outcomeWithoutNote = outcomeAcceptedForAction();
        outcomeWithoutNote.remove(ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_NOTE);
        Task outcomeTask = task(TASK_RECORD_REFERRAL_OUTCOME, referral);

        // when / then
        assertThatThrownBy(() -> complete(outcomeTask, outcomeWithoutNote))
                .hasMessageContaining("'" + ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_NOTE + "' is required");
        assertThat(referral).isWaitingAtExactly(TASK_RECORD_REFERRAL_OUTCOME).hasNotPassed(TASK_RECORD_REFERRAL_CLOSED);
        verify(auditLog).caseEvent(CASE_NUMBER, ReferralFollowUpProcess.EVENT_REFERRAL_OPENED,
                "Referred to Office of Chief Counsel: Petition denied; violator has not paid the $12,500.00 penalty");
        verifyNoMoreInteractions(auditLog);
    }

    @Test
    void referralToAnUnknownRecipientIsRefusedAndNothingIsStarted() {
        // given
        Map<String, Object> referralToNobody = referralToCounsel();
        referralToNobody.put(ReferralFollowUpProcess.VAR_REFERRED_TO, "IRS");

        // when / then
        assertThatThrownBy(() -> engine.getRuntimeService()
                .startProcessInstanceByKey(ReferralFollowUpProcess.KEY, CASE_NUMBER, referralToNobody))
                .hasMessageContaining("Unknown referral recipient 'IRS'");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
        verifyNoMoreInteractions(auditLog);
    }

    @Test
    void referralToTheUsAttorneyIsNamedInTheAuditTrail() {
        // given
        Map<String, Object> referralToUsAttorney = referralToCounsel();
        referralToUsAttorney.put(ReferralFollowUpProcess.VAR_REFERRED_TO,
                ReferralFollowUpProcess.REFERRED_TO_US_ATTORNEY);
        referralToUsAttorney.put(ReferralFollowUpProcess.VAR_REFERRAL_REASON, "Debt unpaid 180 days after demand");

        // when
        engine.getRuntimeService().startProcessInstanceByKey(ReferralFollowUpProcess.KEY, CASE_NUMBER,
                referralToUsAttorney);

        // then
        verify(auditLog).caseEvent(CASE_NUMBER, ReferralFollowUpProcess.EVENT_REFERRAL_OPENED,
                "Referred to U.S. Attorney: Debt unpaid 180 days after demand");
    }

    private ProcessInstance startReferralToCounsel() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(ReferralFollowUpProcess.KEY, CASE_NUMBER, referralToCounsel());
    }

    /** What a calling case model passes in. */
    private static Map<String, Object> referralToCounsel() {
        return withVariables(
                ReferralFollowUpProcess.VAR_CASE_NUMBER, CASE_NUMBER,
                ReferralFollowUpProcess.VAR_REFERRED_TO, ReferralFollowUpProcess.REFERRED_TO_COUNSEL,
                ReferralFollowUpProcess.VAR_REFERRAL_REASON,
                "Petition denied; violator has not paid the $12,500.00 penalty",
                ReferralFollowUpProcess.VAR_FOLLOW_UP_CYCLE, FOLLOW_UP_EVERY_30_DAYS,
                ReferralFollowUpProcess.VAR_REFERRAL_ESCALATION_DATE, startOf(ESCALATION_DAY),
                ReferralFollowUpProcess.VAR_OFFICE_CODE, "5301");
    }

    /** What the outcome form submits: Tasklist's date field sends yyyy-MM-dd text. */
    private static Map<String, Object> outcomeAcceptedForAction() {
        return withVariables(
                ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME, ReferralFollowUpProcess.OUTCOME_ACCEPTED_FOR_ACTION,
                ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_DATE, "2026-03-20",
                ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_NOTE, "Counsel will file suit; AUSA assigned");
    }

    /** Jobs on the given timer whose due date has come on the engine clock. */
    private static long dueJobsAt(String timerId, ProcessInstance referral) {
        return jobQuery().processInstanceId(referral.getId()).activityId(timerId).executable().count();
    }

}
