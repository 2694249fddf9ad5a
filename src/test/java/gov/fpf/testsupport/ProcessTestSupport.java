package gov.fpf.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import gov.fpf.audit.AuditLog;
import gov.fpf.liquidateddamages.CloseLdClaimDelegate;
import gov.fpf.liquidateddamages.ComputeLdClaimDelegate;
import gov.fpf.liquidateddamages.IssueDemandOnSuretyDelegate;
import gov.fpf.liquidateddamages.IssueLdClaimNoticeDelegate;
import gov.fpf.liquidateddamages.IssueLdDecisionDelegate;
import gov.fpf.liquidateddamages.LdClaimSteps;
import gov.fpf.liquidateddamages.PrepareLdReferralDelegate;
import gov.fpf.liquidateddamages.RecordLdExtensionDecisionDelegate;
import gov.fpf.liquidateddamages.RecordLdPetitionReceivedDelegate;
import gov.fpf.mitigation.CheckProposedDecisionListener;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.mitigation.PetitionReviewSteps;
import gov.fpf.mitigation.PreparePetitionReviewDelegate;
import gov.fpf.mitigation.RecordPetitionDecisionDelegate;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.penalty.AssessPenaltyAmountDelegate;
import gov.fpf.penalty.CheckStatuteOfLimitationsDelegate;
import gov.fpf.penalty.ClosePenaltyCaseDelegate;
import gov.fpf.penalty.IssueNoViolationStatementDelegate;
import gov.fpf.penalty.IssuePenaltyDecisionDelegate;
import gov.fpf.penalty.IssuePenaltyNoticeDelegate;
import gov.fpf.penalty.IssuePrePenaltyNoticeDelegate;
import gov.fpf.penalty.PenaltyCaseSteps;
import gov.fpf.penalty.PrepareReferralDelegate;
import gov.fpf.penalty.RecordHqFraudPpnDecisionDelegate;
import gov.fpf.penalty.RecordPetitionReceivedDelegate;
import gov.fpf.penalty.RecordSolDecisionDelegate;
import gov.fpf.penalty.RecordSolWarningDelegate;
import gov.fpf.referral.RecordReferralEventDelegate;
import gov.fpf.seizure.CheckDispositionDelegate;
import gov.fpf.seizure.CloseSeizureCaseDelegate;
import gov.fpf.seizure.IssueNoticeOfSeizureDelegate;
import gov.fpf.seizure.IssueSeizureDecisionDelegate;
import gov.fpf.seizure.NotifyTrademarkOwnerDelegate;
import gov.fpf.seizure.PrepareSeizureReferralDelegate;
import gov.fpf.seizure.RecordCustodyDelegate;
import gov.fpf.seizure.RecordDispositionDelegate;
import gov.fpf.seizure.RecordForfeitureDelegate;
import gov.fpf.seizure.RecordSeizureAppraisalDelegate;
import gov.fpf.seizure.RecordSeizurePathDelegate;
import gov.fpf.seizure.RecordSeizurePetitionReceivedDelegate;
import gov.fpf.seizure.RecordSummarySaleDecisionDelegate;
import gov.fpf.seizure.RecordSummarySaleDelegate;
import gov.fpf.seizure.ReleaseOnPaymentOfValueDelegate;
import gov.fpf.seizure.ReleaseSeizedPropertyDelegate;
import gov.fpf.seizure.SeizureSteps;
import gov.fpf.system.Roles;

/**
 * What every process test (camunda-bpm-junit5, no Spring) shares: the engine of {@code camunda.cfg.xml} with the
 * models and forms a test names deployed before each test and removed after it, the model beans bound to the real
 * delegates over mocked steps, the clock and timer moves, and the petition-review fixtures the family models call.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ProcessTestSupport engine = ProcessTestSupport.deploying(PenaltyCaseProcess.RESOURCE, ...)
 *         .and(PenaltyCaseProcess.FORM_RESOURCES);
 * </pre>
 *
 * Each test's deployment is removed with its instances after the test (as {@code @Deployment} did), and the mocks,
 * the engine clock, the assertions' engine and the authenticated user are reset.
 */
public final class ProcessTestSupport extends ProcessEngineExtension implements BeforeEachCallback, AfterEachCallback {

    private final List<String> resources = new ArrayList<>();

    private ProcessTestSupport() {
        configurationResource("camunda.cfg.xml");
        build();
    }

    /** The test engine, deploying these classpath resources (models, decision tables, forms) for each test. */
    public static ProcessTestSupport deploying(String... resources) {
        return new ProcessTestSupport().and(Arrays.asList(resources));
    }

    /** Deploys these resources as well, e.g. a descriptor's {@code FORM_RESOURCES}. */
    public ProcessTestSupport and(Collection<String> more) {
        resources.addAll(more);
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BpmnAwareTests.init(getProcessEngine());
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        super.beforeTestExecution(context);
        DeploymentBuilder deployment = getRepositoryService().createDeployment()
                .name(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
        resources.forEach(deployment::addClasspathResource);
        manageDeployment(deployment.deploy());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        getIdentityService().clearAuthentication();
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    // ---------------------------------------------------------------- model beans over mocked steps

    /** The penalty model's beans, and the referral audit its follow-up writes. */
    public static void registerPenaltyDelegates(PenaltyCaseSteps steps, AuditLog auditLog) {
        Mocks.register("checkStatuteOfLimitationsDelegate", new CheckStatuteOfLimitationsDelegate(steps));
        Mocks.register("assessPenaltyAmountDelegate", new AssessPenaltyAmountDelegate(steps));
        Mocks.register("issuePrePenaltyNoticeDelegate", new IssuePrePenaltyNoticeDelegate(steps));
        Mocks.register("issueNoViolationStatementDelegate", new IssueNoViolationStatementDelegate(steps));
        Mocks.register("issuePenaltyNoticeDelegate", new IssuePenaltyNoticeDelegate(steps));
        Mocks.register("issuePenaltyDecisionDelegate", new IssuePenaltyDecisionDelegate(steps));
        Mocks.register("recordPetitionReceivedDelegate", new RecordPetitionReceivedDelegate(steps));
        Mocks.register("prepareReferralDelegate", new PrepareReferralDelegate(steps));
        Mocks.register("closePenaltyCaseDelegate", new ClosePenaltyCaseDelegate(steps));
        Mocks.register("recordSolWarningDelegate", new RecordSolWarningDelegate(steps));
        Mocks.register("recordSolDecisionDelegate", new RecordSolDecisionDelegate(steps));
        Mocks.register("recordHqFraudPpnDecisionDelegate", new RecordHqFraudPpnDecisionDelegate(steps));
        registerReferralDelegates(auditLog);
    }

    /** The liquidated-damages claim model's beans, and the referral audit its follow-up writes. */
    public static void registerLdDelegates(LdClaimSteps steps, AuditLog auditLog) {
        Mocks.register("computeLdClaimDelegate", new ComputeLdClaimDelegate(steps));
        Mocks.register("issueLdClaimNoticeDelegate", new IssueLdClaimNoticeDelegate(steps));
        Mocks.register("recordLdExtensionDecisionDelegate", new RecordLdExtensionDecisionDelegate(steps));
        Mocks.register("recordLdPetitionReceivedDelegate", new RecordLdPetitionReceivedDelegate(steps));
        Mocks.register("issueLdDecisionDelegate", new IssueLdDecisionDelegate(steps));
        Mocks.register("issueDemandOnSuretyDelegate", new IssueDemandOnSuretyDelegate(steps));
        Mocks.register("prepareLdReferralDelegate", new PrepareLdReferralDelegate(steps));
        Mocks.register("closeLdClaimDelegate", new CloseLdClaimDelegate(steps));
        registerReferralDelegates(auditLog);
    }

    /** The seizure model's beans, and the referral audit its follow-up writes. */
    public static void registerSeizureDelegates(SeizureSteps steps, AuditLog auditLog) {
        Mocks.register("recordCustodyDelegate", new RecordCustodyDelegate(steps));
        Mocks.register("recordSeizureAppraisalDelegate", new RecordSeizureAppraisalDelegate(steps));
        Mocks.register("recordSeizurePathDelegate", new RecordSeizurePathDelegate(steps));
        Mocks.register("notifyTrademarkOwnerDelegate", new NotifyTrademarkOwnerDelegate(steps));
        Mocks.register("issueNoticeOfSeizureDelegate", new IssueNoticeOfSeizureDelegate(steps));
        Mocks.register("recordSeizurePetitionReceivedDelegate", new RecordSeizurePetitionReceivedDelegate(steps));
        Mocks.register("issueSeizureDecisionDelegate", new IssueSeizureDecisionDelegate(steps));
        Mocks.register("recordForfeitureDelegate", new RecordForfeitureDelegate(steps));
        Mocks.register("prepareSeizureReferralDelegate", new PrepareSeizureReferralDelegate(steps));
        Mocks.register("recordSummarySaleDecisionDelegate", new RecordSummarySaleDecisionDelegate(steps));
        Mocks.register("recordSummarySaleDelegate", new RecordSummarySaleDelegate(steps));
        Mocks.register("releaseOnPaymentOfValueDelegate", new ReleaseOnPaymentOfValueDelegate(steps));
        Mocks.register("checkDispositionDelegate", new CheckDispositionDelegate(steps));
        Mocks.register("recordDispositionDelegate", new RecordDispositionDelegate(steps));
        Mocks.register("releaseSeizedPropertyDelegate", new ReleaseSeizedPropertyDelegate(steps));
        Mocks.register("closeSeizureCaseDelegate", new CloseSeizureCaseDelegate(steps));
        registerReferralDelegates(auditLog);
    }

    /** The petition review model's beans (the family models call it). */
    public static void registerPetitionDelegates(PetitionReviewSteps steps) {
        Mocks.register("preparePetitionReviewDelegate", new PreparePetitionReviewDelegate(steps));
        Mocks.register("recordPetitionDecisionDelegate", new RecordPetitionDecisionDelegate(steps));
        Mocks.register("checkProposedDecisionListener", new CheckProposedDecisionListener(steps));
    }

    /** The referral follow-up model's one bean: the real delegate, writing to the (mock) audit log. */
    public static void registerReferralDelegates(AuditLog auditLog) {
        Mocks.register("recordReferralEventDelegate", new RecordReferralEventDelegate(auditLog));
    }

    // ---------------------------------------------------------------- dates and the engine clock

    public static Date date(LocalDateTime localDateTime) {
        return Date.from(localDateTime.atZone(ZoneId.systemDefault()).toInstant());
    }

    public static Date startOf(LocalDate day) {
        return date(day.atStartOfDay());
    }

    /**
     * What the case services give the model for a period's last day (OfficeCalendar.periodCloses): the period
     * includes that day and closes at the first instant of the next (19 U.S.C. 1608, 1613(a); 19 CFR 162.78, 171.2).
     */
    public static Date closeOf(LocalDate lastDay) {
        return OfficeCalendar.periodCloses(lastDay, ZoneId.systemDefault());
    }

    /** The engine clock's date. */
    public static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    // ---------------------------------------------------------------- messages and timers

    /** Correlates a message to the case's process by business key, with name/value pairs as variables. */
    public static void correlate(String caseNumber, String message, Object... variables) {
        Map<String, Object> values = variables.length == 0 ? Map.of() : withVariables(variables[0].toString(),
                variables[1], Arrays.copyOfRange(variables, 2, variables.length));
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(caseNumber)
                .setVariables(values).correlate();
    }

    /** Moves the clock to the start of {@code day}, where the timer must be due, and fires it. */
    public static void fireTimerAt(String timerId, ProcessInstance instance, LocalDate day) {
        ClockUtil.setCurrentTime(startOf(day));
        List<?> due = jobQuery().processInstanceId(instance.getId()).activityId(timerId).executable().list();
        assertThat(due).as("timer %s due on %s", timerId, day).hasSize(1);
        execute(job(timerId, instance));
    }

    /** A second before the day starts, the timer is armed but not yet due. */
    public static void notDueJustBefore(String timerId, ProcessInstance instance, LocalDate day) {
        ClockUtil.setCurrentTime(new Date(startOf(day).getTime() - 1000));
        assertThat(jobQuery().processInstanceId(instance.getId()).activityId(timerId).executable().count())
                .as("timer %s due before %s", timerId, day).isZero();
        assertThat(jobQuery().processInstanceId(instance.getId()).activityId(timerId).count())
                .as("timer %s armed", timerId).isEqualTo(1);
    }

    /**
     * A period includes its last day (19 CFR 162.78, 171.2): at the last second of that day its timer is not yet due,
     * at the first instant of the next day it fires.
     */
    public static void fireClosingTimerAfter(String timerId, ProcessInstance instance, LocalDate lastDay) {
        ClockUtil.setCurrentTime(new Date(closeOf(lastDay).getTime() - 1000));
        assertThat(jobQuery().processInstanceId(instance.getId()).activityId(timerId).executable().count())
                .as("timer %s still waiting on the last day %s", timerId, lastDay).isZero();
        fireTimerAt(timerId, instance, lastDay.plusDays(1));
    }

    // ---------------------------------------------------------------- tasks, forms, called processes

    /** The task's deployed Camunda form is the one with this id. */
    public static void assertFormResolves(Task task, String formId) {
        try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
            assertThat(new ObjectMapper().readTree(form).path("id").asText()).isEqualTo(formId);
        } catch (IOException e) {
            throw new AssertionError("Form of task " + task.getTaskDefinitionKey() + " could not be read", e);
        }
    }

    /** The process a call activity of {@code caller} is waiting on. */
    public static ProcessInstance calledBy(ProcessInstance caller) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
    }

    // ---------------------------------------------------------------- the petition review, as the family models call it

    /**
     * Completes the officer's proposal in the case's petition review. A supplemental petition goes first to the FP&F
     * officer (171.62(a), 172.42(a)): further relief is the decision.
     */
    public static void proposeInPetitionReview(String caseNumber, Map<String, Object> decision) {
        Task firstReview = taskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(PetitionReviewProcess.TASK_FPF_OFFICER_FIRST_REVIEW_OF_SUPPLEMENTAL).singleResult();
        Task propose = firstReview != null ? firstReview : taskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(PetitionReviewProcess.TASK_ANALYZE_FACTORS_AND_PROPOSE_DECISION).singleResult();
        assertThat(propose).isNotNull();
        BpmnAwareTests.assertThat(propose).hasCandidateGroup(Roles.OFFICER);
        assertFormResolves(propose, PetitionReviewProcess.FORM_ANALYZE_FACTORS_AND_PROPOSE_DECISION);
        complete(propose, decision);
    }

    /** What the mitigation service returns for a timely original petition on a 1592 penalty. */
    public static Map<String, Object> reviewFacts(double amount, boolean supplemental) {
        Map<String, Object> facts = new HashMap<>();
        facts.put(PetitionReviewProcess.VAR_PETITION_TIMELY, true);
        facts.put(PetitionReviewProcess.VAR_FAMILY, "PENALTY");
        facts.put(PetitionReviewProcess.VAR_STATUTE, "1592");
        facts.put(PetitionReviewProcess.VAR_AMOUNT, amount);
        facts.put(PetitionReviewProcess.VAR_SUPPLEMENTAL, supplemental);
        facts.put(PetitionReviewProcess.VAR_ORIGINAL_DECIDED_BY, supplemental ? "FPF_OFFICER" : null);
        facts.put(PetitionReviewProcess.VAR_FPF_DELEGATION_LIMIT, 100000.0);
        facts.put(PetitionReviewProcess.VAR_BROKER_SUPPLEMENTAL_THRESHOLD, 10000.0);
        facts.put(PetitionReviewProcess.VAR_GUIDELINE_LOW, amount * 0.2);
        facts.put(PetitionReviewProcess.VAR_GUIDELINE_HIGH, amount * 0.4);
        facts.put(PetitionReviewProcess.VAR_FLOOR_AMOUNT, amount * 0.5);
        facts.put(PetitionReviewProcess.VAR_REPEAT_OFFENDER, false);
        return facts;
    }

    /** The officer's proposal to mitigate to {@code amount}. */
    public static Map<String, Object> mitigateTo(double amount) {
        return withVariables(
                PetitionReviewProcess.VAR_PETITION_OUTCOME, PetitionReviewProcess.OUTCOME_MITIGATE,
                PetitionReviewProcess.VAR_PROPOSED_AMOUNT, amount,
                PetitionReviewProcess.VAR_MITIGATING_FACTORS, "Prior good record; immediate remedial action",
                PetitionReviewProcess.VAR_AGGRAVATING_FACTORS, "",
                PetitionReviewProcess.VAR_FINDINGS, "Negligent misclassification of entries 1-3",
                PetitionReviewProcess.VAR_NATIONAL_SECURITY_EXCEPTION, false);
    }

    /** The officer's proposal to cancel the claim: no amount. */
    public static Map<String, Object> cancel() {
        Map<String, Object> cancel = mitigateTo(0);
        cancel.put(PetitionReviewProcess.VAR_PETITION_OUTCOME, PetitionReviewProcess.OUTCOME_CANCEL);
        cancel.remove(PetitionReviewProcess.VAR_PROPOSED_AMOUNT);
        return cancel;
    }
}
