package gov.fpf.vetting;

import static gov.fpf.testsupport.ProcessTestSupport.assertFormResolves;
import static gov.fpf.testsupport.ProcessTestSupport.date;
import static gov.fpf.testsupport.ProcessTestSupport.fireTimerAt;
import static gov.fpf.testsupport.ProcessTestSupport.notDueJustBefore;
import static gov.fpf.testsupport.ProcessTestSupport.startOf;
import static gov.fpf.testsupport.ProcessTestSupport.today;
import static gov.fpf.vetting.RecurrentVettingProcess.END_EVENT_NO_LONGER_VETTED;
import static gov.fpf.vetting.RecurrentVettingProcess.EVENT_NEW_FINDING;
import static gov.fpf.vetting.RecurrentVettingProcess.EVENT_NEXT_CYCLE_DUE;
import static gov.fpf.vetting.RecurrentVettingProcess.GATEWAY_AWAIT_NEXT_VETTING;
import static gov.fpf.vetting.RecurrentVettingProcess.TASK_OPEN_VETTING;
import static gov.fpf.vetting.RecurrentVettingProcess.TASK_VET_PARTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import gov.fpf.system.Roles;
import gov.fpf.testsupport.ProcessTestSupport;

/**
 * Every path of the vetting model, with the real delegate and listener over recording steps that compute the dates as
 * the domain does (due 30 days after opening, next vetting 12 months after completion): the first vetting, the cycle
 * timer, a new finding during the wait, each outcome, the end.
 */
class RecurrentVettingProcessTest {

    @RegisterExtension
    static final ProcessTestSupport engine = ProcessTestSupport.deploying(RecurrentVettingProcess.RESOURCE)
            .and(RecurrentVettingProcess.FORM_RESOURCES);

    private static final long PARTY_ID = 4711;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 14);
    private static final int DUE_DAYS = 30;
    private static final int CYCLE_MONTHS = 12;

    private final RecordingSteps steps = new RecordingSteps();

    @BeforeEach
    void engineAtTheFirstDayWithTheRealModelBeans() {
        ClockUtil.setCurrentTime(date(FIRST_DAY.atTime(9, 0)));
        Mocks.register("openVettingDelegate", new OpenVettingDelegate(steps));
        Mocks.register("vettingTaskListener", new VettingTaskListener(steps));
    }

    @Test
    void firstVettingIsATaskOfTheOfficeGroupDueAfterTheDuePeriod() {
        // when
        ProcessInstance vetting = startVetting();

        // then
        assertThat(vetting).hasPassed(TASK_OPEN_VETTING).isWaitingAtExactly(TASK_VET_PARTY);
        Task task = task(TASK_VET_PARTY, vetting);
        assertThat(task).hasName("Vet DEMO Harbor Brokers LLC").hasCandidateGroup(Roles.OFFICER)
                .hasDueDate(startOf(FIRST_DAY.plusDays(DUE_DAYS)));
        assertThat(task.getTenantId()).isNull(); // the test engine has no tenant provider; the app's sets officeCode
        assertFormResolves(task, RecurrentVettingProcess.FORM_VET_PARTY);
        assertThat(steps.opened).containsExactly("FIRST LALB fpf-officer");
        assertThat(steps.tasks).containsExactly("1:" + task.getId());
    }

    @Test
    void theCycleTimerOpensTheNextVettingACycleAfterTheLastWasCompleted() {
        // given a completed first vetting
        ProcessInstance vetting = startVetting();
        LocalDate completedOn = FIRST_DAY.plusDays(10);
        ClockUtil.setCurrentTime(date(completedOn.atTime(11, 0)));
        complete(task(TASK_VET_PARTY, vetting), outcome(VettingOutcome.CLEARED));
        assertThat(vetting).isWaitingAtExactly(GATEWAY_AWAIT_NEXT_VETTING);
        assertThat(runtimeService().createExecutionQuery().processInstanceId(vetting.getId())
                .messageEventSubscriptionName(RecurrentVettingProcess.MESSAGE_NEW_FINDING).count()).isOne();
        LocalDate nextOn = completedOn.plusMonths(CYCLE_MONTHS);
        assertThat(job(EVENT_NEXT_CYCLE_DUE, vetting).getDuedate()).isEqualTo(startOf(nextOn));

        // then not a second before the cycle ends, and at its day the next vetting opens
        notDueJustBefore(EVENT_NEXT_CYCLE_DUE, vetting, nextOn);
        fireTimerAt(EVENT_NEXT_CYCLE_DUE, vetting, nextOn);
        assertThat(vetting).isWaitingAtExactly(TASK_VET_PARTY);
        assertThat(steps.opened).containsExactly("FIRST LALB fpf-officer", "CYCLE LALB fpf-officer");
        assertThat(task(TASK_VET_PARTY, vetting)).hasDueDate(startOf(nextOn.plusDays(DUE_DAYS)));
        assertThat(runtimeService().getVariable(vetting.getId(), RecurrentVettingProcess.VAR_VETTING_OUTCOME))
                .as("the last vetting's outcome is not this one's").isNull();
    }

    @Test
    void aNewFindingDuringTheWaitOpensAVettingAtOnceAndTheCycleStartsAgainAfterIt() {
        // given
        ProcessInstance vetting = startVetting();
        complete(task(TASK_VET_PARTY, vetting), outcome(VettingOutcome.CLEARED));
        LocalDate findingDay = FIRST_DAY.plusMonths(3);
        ClockUtil.setCurrentTime(startOf(findingDay));

        // when
        runtimeService().createMessageCorrelation(RecurrentVettingProcess.MESSAGE_NEW_FINDING)
                .processInstanceBusinessKey(RecurrentVettingProcess.businessKey(PARTY_ID))
                .setVariable(RecurrentVettingProcess.VAR_VETTING_TRIGGER, VettingTrigger.NEW_FINDING.name())
                .correlate();

        // then the vetting is open now, the cycle timer is gone, and the finding is the trigger
        assertThat(vetting).hasPassed(EVENT_NEW_FINDING).isWaitingAtExactly(TASK_VET_PARTY);
        assertThat(jobQuery().processInstanceId(vetting.getId()).activityId(EVENT_NEXT_CYCLE_DUE).count()).isZero();
        assertThat(steps.opened).containsExactly("FIRST LALB fpf-officer", "NEW_FINDING LALB fpf-officer");
        assertThat(task(TASK_VET_PARTY, vetting)).hasDueDate(startOf(findingDay.plusDays(DUE_DAYS)));

        // and after it the cycle counts from its completion, and the trigger is the cycle again
        complete(task(TASK_VET_PARTY, vetting), outcome(VettingOutcome.REFER));
        assertThat(job(EVENT_NEXT_CYCLE_DUE, vetting).getDuedate()).isEqualTo(startOf(findingDay.plusMonths(CYCLE_MONTHS)));
        assertThat(runtimeService().getVariable(vetting.getId(), RecurrentVettingProcess.VAR_VETTING_TRIGGER))
                .isEqualTo("CYCLE");
    }

    @Test
    void noNewFindingIsTakenWhileAVettingIsOpen() {
        // given
        ProcessInstance vetting = startVetting();

        // then there is nothing to correlate to: the open vetting covers the finding, no second one opens
        assertThat(runtimeService().createExecutionQuery().processInstanceId(vetting.getId())
                .messageEventSubscriptionName(RecurrentVettingProcess.MESSAGE_NEW_FINDING).count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(vetting.getId()).count()).isOne();
    }

    @ParameterizedTest
    @EnumSource(VettingOutcome.class)
    void eachOutcomeIsRecordedWithItsReasonAndWhoCompletedIt(VettingOutcome outcome) {
        // given
        ProcessInstance vetting = startVetting();
        engine.getIdentityService().setAuthenticatedUserId("officer1");

        // when
        complete(task(TASK_VET_PARTY, vetting), outcome(outcome));

        // then
        assertThat(steps.completed).containsExactly("1 " + outcome + " Checked the record: " + outcome + " by officer1");
        assertThat(vetting).hasPassedInOrder(TASK_OPEN_VETTING, TASK_VET_PARTY).isWaitingAtExactly(GATEWAY_AWAIT_NEXT_VETTING)
                .isNotEnded();
        assertThat(job(EVENT_NEXT_CYCLE_DUE, vetting).getDuedate()).isEqualTo(startOf(FIRST_DAY.plusMonths(CYCLE_MONTHS)));
    }

    @Test
    void aRefusedOutcomeLeavesTheTaskOpen() {
        // given
        ProcessInstance vetting = startVetting();
        steps.refuse = true;

        // when
        Task task = task(TASK_VET_PARTY, vetting);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task, outcome(VettingOutcome.SUSPEND)))
                .hasStackTraceContaining("vettingReason");

        // then
        assertThat(vetting).isWaitingAtExactly(TASK_VET_PARTY);
        assertThat(jobQuery().processInstanceId(vetting.getId()).count()).isZero();
    }

    @Test
    void aWithdrawnPartyIsNoLongerVetted() {
        // given
        ProcessInstance vetting = startVetting();
        complete(task(TASK_VET_PARTY, vetting), outcome(VettingOutcome.SUSPEND));

        // when
        runtimeService().createMessageCorrelation(RecurrentVettingProcess.MESSAGE_VETTING_WITHDRAWN)
                .processInstanceBusinessKey(RecurrentVettingProcess.businessKey(PARTY_ID)).correlate();

        // then
        assertThat(vetting).hasPassed(END_EVENT_NO_LONGER_VETTED).isEnded();
    }

    private static ProcessInstance startVetting() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(RecurrentVettingProcess.VAR_PARTY_ID, PARTY_ID);
        variables.put(RecurrentVettingProcess.VAR_PARTY_NAME, "DEMO Harbor Brokers LLC");
        variables.put(RecurrentVettingProcess.VAR_OFFICE_CODE, "LALB");
        variables.put(RecurrentVettingProcess.VAR_VETTING_GROUP, Roles.OFFICER);
        variables.put(RecurrentVettingProcess.VAR_VETTING_TRIGGER, VettingTrigger.FIRST.name());
        return runtimeService().startProcessInstanceByKey(RecurrentVettingProcess.KEY,
                RecurrentVettingProcess.businessKey(PARTY_ID), variables);
    }

    private static Map<String, Object> outcome(VettingOutcome outcome) {
        return withVariables(RecurrentVettingProcess.VAR_VETTING_OUTCOME, outcome.name(),
                RecurrentVettingProcess.VAR_VETTING_REASON, "Checked the record: " + outcome);
    }

    /** The domain's date arithmetic on the engine clock's date, recording what the model asked. */
    static final class RecordingSteps implements VettingSteps {

        final List<String> opened = new ArrayList<>();
        final List<String> tasks = new ArrayList<>();
        final List<String> completed = new ArrayList<>();
        boolean refuse;

        @Override
        public Opened open(long partyId, VettingTrigger trigger, String officeCode, String group,
                           String processInstanceId) {
            assertThat(partyId).isEqualTo(PARTY_ID);
            opened.add(trigger + " " + officeCode + " " + group);
            return new Opened(opened.size(), startOf(today().plusDays(DUE_DAYS)));
        }

        @Override
        public void taskOpened(long vettingId, String taskId) {
            tasks.add(vettingId + ":" + taskId);
        }

        @Override
        public Date complete(long vettingId, Object outcome, Object reason, String completedBy) {
            if (refuse) {
                throw new gov.fpf.system.Problems.InvalidInput("vettingReason: say why");
            }
            completed.add(vettingId + " " + outcome + " " + reason + " by " + completedBy);
            return startOf(today().plusMonths(CYCLE_MONTHS));
        }
    }
}
