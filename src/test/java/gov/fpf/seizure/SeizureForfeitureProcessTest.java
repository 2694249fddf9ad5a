package gov.fpf.seizure;

import static gov.fpf.seizure.SeizureForfeitureProcess.*;
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
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.InOrder;

import gov.fpf.audit.AuditLog;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.mitigation.PetitionReviewSteps;
import gov.fpf.process.engine.StepResults;
import gov.fpf.process.identity.EngineSetupPlugin;
import gov.fpf.referral.ReferralFollowUpProcess;
import gov.fpf.system.Roles;
import gov.fpf.testsupport.ProcessTestSupport;

/**
 * Every path of the seizure model, with the domain ({@link SeizureSteps}, {@link PetitionReviewSteps}) mocked and the
 * forfeiture path table, the called petition review and referral follow-up models deployed for real. Time moves
 * only when a test moves {@link ClockUtil}, and a timer fires only when the test runs its job, so each deadline is
 * shown to fall due on its date and not a second before.
 */
class SeizureForfeitureProcessTest {

    @RegisterExtension
    static final ProcessTestSupport engine = ProcessTestSupport.deploying(SeizureForfeitureProcess.RESOURCE,
                    SeizureForfeitureProcess.SUMMARY_SALE_RESOURCE, SeizureForfeitureProcess.DISPOSITION_RESOURCE,
                    SeizureForfeitureProcess.DECISION_RESOURCE, PetitionReviewProcess.RESOURCE,
                    ReferralFollowUpProcess.RESOURCE, "testdmn/PetitionRoutingStub.dmn")
            .and(SeizureForfeitureProcess.FORM_RESOURCES).and(PetitionReviewProcess.FORM_RESOURCES)
            .and(ReferralFollowUpProcess.FORM_RESOURCES);

    private static final String CASE_NUMBER = "2026-SZ-000071";
    private static final String OFFICE_CODE = "5301";
    private static final String PETITION_ID = "PET-21";
    private static final String SUPPLEMENTAL_PETITION_ID = "PET-22";
    private static final String PROCEEDS_PETITION_ID = "PET-23";

    /** Seized, custody receipt (CBP Form 6051S) issued, case opened. */
    private static final LocalDateTime SEIZED_AT = LocalDateTime.of(2025, 10, 6, 9, 0);
    /** The summary-sale date custody estimated: the appraisal is due then. */
    private static final LocalDate CUSTODY_SUMMARY_SALE_DUE = LocalDate.of(2025, 10, 20);
    /** Storage reaches half the appraised value long after the election period (the usual case). */
    private static final LocalDate SUMMARY_SALE_DUE = LocalDate.of(2026, 2, 20);
    /** P10: perishable produce whose projected storage (56% of the value) makes a summary sale due during the election. */
    private static final LocalDate EARLY_SUMMARY_SALE_DUE = LocalDate.of(2025, 11, 3);
    /** Notice mailed 2025-10-20: 30 days to petition (19 CFR 171.2(b)(1)). */
    private static final LocalDate PETITION_DUE = LocalDate.of(2025, 11, 19);
    /** First published 2025-10-21: 20 days to claim with cost bond (19 U.S.C. 1608). */
    private static final LocalDate CLAIM_DUE = LocalDate.of(2025, 11, 10);
    /** The later of the two. */
    private static final LocalDate ELECTION_DUE = PETITION_DUE;
    private static final LocalDate DECISION_VALID_UNTIL = LocalDate.of(2026, 1, 12);
    /** A denial noticed on 2025-10-06: a supplemental petition until 2025-12-05 (60 days, 19 CFR 171.61). */
    private static final LocalDate SUPPLEMENTAL_AFTER_DENIAL_DUE = LocalDate.of(2025, 12, 5);
    /** P18: auction on 2026-01-15, petition for the proceeds by 2026-04-15. */
    private static final LocalDate AUCTION = LocalDate.of(2026, 1, 15);
    private static final LocalDate PROCEEDS_DUE = LocalDate.of(2026, 4, 15);
    private static final LocalDate REFERRAL_ESCALATION = LocalDate.of(2026, 6, 1);
    /** P7: $42,000 → cost bond $4,200. */
    private static final double VALUE = 42000.00;
    private static final double ADMINISTRATIVE_LIMIT = 500000.00;

    private final SeizureSteps steps = mock(SeizureSteps.class);
    private final PetitionReviewSteps reviewSteps = mock(PetitionReviewSteps.class);
    private final AuditLog auditLog = mock(AuditLog.class);

    @BeforeEach
    void registerDelegatesWithMockedDomain() {
        ClockUtil.setCurrentTime(date(SEIZED_AT));
        registerSeizureDelegates(steps, auditLog);
        registerPetitionDelegates(reviewSteps);

        when(steps.recordCustody(anyString(), anyMap()))
                .thenReturn(withVariables(VAR_SUMMARY_SALE_DATE, startOf(CUSTODY_SUMMARY_SALE_DUE)));
        givenAppraisal(false, false, SUMMARY_SALE_DUE);
        // like the domain: 10% of the value, at least $250, at most $5,000 (19 U.S.C. 1608)
        when(steps.recordPath(anyString(), anyMap())).thenAnswer(call -> {
            double value = ((Number) variables(call).get(VAR_APPRAISED_VALUE)).doubleValue();
            return withVariables(VAR_COST_BOND_AMOUNT, Math.max(250.0, Math.min(5000.0, value * 0.10)));
        });
        when(steps.issueNoticeOfSeizure(anyString(), anyMap())).thenReturn(withVariables(
                VAR_PETITION_DUE_DATE, closeOf(PETITION_DUE), VAR_CLAIM_DUE_DATE, closeOf(CLAIM_DUE),
                VAR_ELECTION_DUE_DATE, closeOf(ELECTION_DUE)));
        when(steps.recordPetitionReceived(anyString(), anyBoolean(), anyMap()))
                .thenReturn(withVariables(VAR_PETITION_TIMELY, true));
        // like the domain: a denial grants nothing; a remission on conditions is in effect until its date
        when(steps.issueDecision(anyString(), anyMap())).thenAnswer(call -> {
            Map<String, Object> variables = variables(call);
            Object outcome = variables.get(VAR_PETITION_OUTCOME);
            boolean remitted = !PetitionReviewProcess.OUTCOME_DENY.equals(outcome);
            boolean onConditions = remitted && !PetitionReviewProcess.OUTCOME_CANCEL.equals(outcome)
                    && Boolean.FALSE.equals(variables.get(VAR_PROCEEDS_PETITION));
            if (!remitted && Boolean.FALSE.equals(variables.get(VAR_PROCEEDS_PETITION))) {
                // like the domain: the supplemental-petition window closes when its 60th day ends (19 CFR 171.61)
                return withVariables(VAR_REMITTED, false,
                        VAR_SUPPLEMENTAL_PETITION_DUE_DATE, startOf(SUPPLEMENTAL_AFTER_DENIAL_DUE.plusDays(1)));
            }
            return onConditions
                    ? withVariables(VAR_REMITTED, true, VAR_DECISION_VALID_UNTIL, closeOf(DECISION_VALID_UNTIL))
                    : withVariables(VAR_REMITTED, remitted);
        });
        when(steps.recordForfeiture(anyString(), anyString(), anyMap()))
                .thenAnswer(call -> withVariables(VAR_FORFEITURE_DATE, startOf(today())));
        when(steps.prepareReferral(anyString(), eq(ReferralFollowUpProcess.REFERRED_TO_US_ATTORNEY), anyMap()))
                .thenReturn(withVariables(VAR_REFERRAL_REASON, "Claim and cost bond of $4,200.00 filed (19 U.S.C. 1608)",
                        VAR_FOLLOW_UP_CYCLE, "R/P30D", VAR_REFERRAL_ESCALATION_DATE, startOf(REFERRAL_ESCALATION)));
        // like the domain: an approved sale covers the whole seizure unless only some items are perishable
        when(steps.recordSummarySaleDecision(anyString(), anyMap()))
                .thenReturn(withVariables(VAR_SUMMARY_SALE_SCOPE, SALE_SCOPE_WHOLE_SEIZURE));
        // like the domain: a sale opens 3 months for a petition for the proceeds (1613(a))
        when(steps.recordSummarySale(anyString(), anyMap())).thenAnswer(call -> {
            Map<String, Object> variables = variables(call);
            return withVariables(VAR_PROCEEDS_PETITION_DUE_DATE,
                    SUMMARY_SALE.equals(variables.get(VAR_SUMMARY_SALE_DECISION))
                            ? closeOf(StepResults.calendarDate(variables.get(VAR_SALE_DATE)).plusMonths(3))
                            : startOf(StepResults.calendarDate(variables.get(VAR_DESTRUCTION_DATE))));
        });
        when(steps.checkDisposition(anyString(), anyMap())).thenAnswer(call ->
                withVariables(VAR_DISPOSITION_METHOD, variables(call).get(VAR_DISPOSITION_METHOD)));
        when(steps.recordDisposition(anyString(), anyMap())).thenAnswer(call -> {
            Map<String, Object> variables = variables(call);
            LocalDate disposed = StepResults.calendarDate(variables.get(VAR_DISPOSITION_DATE));
            return withVariables(VAR_PROCEEDS_PETITION_DUE_DATE,
                    DISPOSITION_SALE.equals(variables.get(VAR_DISPOSITION_METHOD)) ? closeOf(disposed.plusMonths(3))
                            : startOf(disposed));
        });
        when(reviewSteps.prepareReview(anyString(), anyString())).thenAnswer(call ->
                seizureReviewFacts(call.getArgument(1).equals(SUPPLEMENTAL_PETITION_ID)));
    }

    // ---------------------------------------------------------------- custody, appraisal, path

    @Test
    void custodyAndAppraisalComeFirstThenTheNoticeOpensTheElectionWithItsTimers() {
        // given a seizure on file
        ProcessInstance seizure = openCase(CASE_NUMBER);
        Task custody = task(TASK_RECORD_CUSTODY_AND_INVENTORY, seizure);
        assertThat(custody).hasCandidateGroup(Roles.CUSTODIAN);
        assertFormResolves(custody, FORM_RECORD_CUSTODY_AND_INVENTORY);

        // when the custodian takes custody
        complete(custody, custodyAndInventory(false));

        // then the appraisal is offered to officers and custodians, due when custody says a summary sale would be
        verify(steps).recordCustody(eq(CASE_NUMBER), argThat(variables ->
                "Bonded warehouse 3, bay 12".equals(variables.get(VAR_STORAGE_LOCATION))
                        && Boolean.TRUE.equals(variables.get(VAR_HIGH_RISK))));
        Task appraisal = task(TASK_APPRAISE_DOMESTIC_VALUE, seizure);
        assertThat(appraisal).hasCandidateGroup(Roles.OFFICER).hasCandidateGroup(Roles.CUSTODIAN)
                .hasDueDate(startOf(CUSTODY_SUMMARY_SALE_DUE));
        assertFormResolves(appraisal, FORM_APPRAISE_DOMESTIC_VALUE);
        assertThat(jobQuery().processInstanceId(seizure.getId()).count()).as("no timer before the appraisal").isZero();

        // when it is appraised at $42,000
        complete(appraisal, appraisal(VALUE));

        // then the table chooses the administrative path, the bond is set and the notice opens the election
        assertThat(seizure).hasPassedInOrder(TASK_RECORD_APPRAISAL, TASK_DETERMINE_FORFEITURE_PATH, TASK_RECORD_PATH,
                        GATEWAY_FORFEITURE_PATH, START_EVENT_ADMINISTRATIVE_PROCEEDINGS_OPEN, TASK_ISSUE_NOTICE_OF_SEIZURE)
                .hasNotPassed(TASK_NOTIFY_TRADEMARK_OWNER).isWaitingAt(GATEWAY_AWAIT_ELECTION)
                .variables().containsEntry(VAR_FORFEITURE_PATH, PATH_ADMINISTRATIVE)
                .containsEntry(VAR_PATH_CITATION, "19 U.S.C. 1607(a)(1)").containsEntry(VAR_TRADEMARK_OWNER_NOTICE, false)
                .containsEntry(VAR_COST_BOND_AMOUNT, 4200.00).containsEntry(VAR_ELECTION_DUE_DATE, closeOf(ELECTION_DUE));
        // two deadlines run: the election, and the 1612 summary sale on the date the appraisal computed
        assertThat(job(INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED, seizure).getDuedate()).isEqualTo(closeOf(ELECTION_DUE));
        assertThat(job(START_EVENT_STORAGE_COST_THRESHOLD_REACHED, seizure).getDuedate()).isEqualTo(startOf(SUMMARY_SALE_DUE));
        assertThat(jobQuery().processInstanceId(seizure.getId()).count()).isEqualTo(2);
        InOrder domain = inOrder(steps);
        domain.verify(steps).recordCustody(eq(CASE_NUMBER), anyMap());
        domain.verify(steps).recordAppraisal(eq(CASE_NUMBER), argThat(variables ->
                "Three comparable offers, Miami, October 2025".equals(variables.get(VAR_APPRAISAL_BASIS))));
        domain.verify(steps).recordPath(eq(CASE_NUMBER), argThat(variables ->
                PATH_ADMINISTRATIVE.equals(variables.get(VAR_FORFEITURE_PATH))));
        domain.verify(steps).issueNoticeOfSeizure(eq(CASE_NUMBER), anyMap());
        verifyNoMoreInteractions(steps);
    }

    @Test
    void p8AboveTheAdministrativeLimitTheSeizureGoesStraightToTheUsAttorney() {
        // given goods appraised at $650,000, not prohibited
        ProcessInstance seizure = openCase(CASE_NUMBER);
        complete(task(TASK_RECORD_CUSTODY_AND_INVENTORY, seizure), custodyAndInventory(false));
        givenAppraisal(false, false, SUMMARY_SALE_DUE);

        // when
        complete(task(TASK_APPRAISE_DOMESTIC_VALUE, seizure), appraisal(650000.00));

        // then judicial forfeiture (1610): no notice of seizure, no summary sale, the referral is followed
        assertThat(seizure).hasPassedInOrder(TASK_DETERMINE_FORFEITURE_PATH, TASK_RECORD_PATH, GATEWAY_FORFEITURE_PATH,
                        GATEWAY_REFER_TO_US_ATTORNEY, TASK_PREPARE_JUDICIAL_REFERRAL)
                .hasNotPassed(SUB_PROCESS_SEIZURE_BEFORE_DISPOSITION).isWaitingAtExactly(CALL_ACTIVITY_FOLLOW_REFERRAL)
                .variables().containsEntry(VAR_FORFEITURE_PATH, PATH_JUDICIAL)
                .containsEntry(VAR_PATH_CITATION, "19 U.S.C. 1610")
                .containsEntry(VAR_REFERRED_TO, ReferralFollowUpProcess.REFERRED_TO_US_ATTORNEY)
                .containsEntry(VAR_COST_BOND_AMOUNT, 5000.00);
        verify(steps, never()).issueNoticeOfSeizure(any(), anyMap());
        assertThat(jobQuery().processInstanceId(seizure.getId()).count()).isZero();
        ProcessInstance followUp = calledBy(seizure);
        assertThat(followUp.getBusinessKey()).isEqualTo(CASE_NUMBER);
        assertThat(followUp).variables()
                .containsEntry(ReferralFollowUpProcess.VAR_REFERRED_TO, ReferralFollowUpProcess.REFERRED_TO_US_ATTORNEY)
                .containsEntry(ReferralFollowUpProcess.VAR_OFFICE_CODE, OFFICE_CODE);
    }

    @Test
    void p8AtExactlyTheLimitTheForfeitureIsAdministrative() {
        // given
        ProcessInstance seizure = openCase(CASE_NUMBER);
        complete(task(TASK_RECORD_CUSTODY_AND_INVENTORY, seizure), custodyAndInventory(false));

        // when appraised at exactly $500,000
        complete(task(TASK_APPRAISE_DOMESTIC_VALUE, seizure), appraisal(500000.00));

        // then
        assertThat(seizure).hasPassed(TASK_ISSUE_NOTICE_OF_SEIZURE).isWaitingAt(GATEWAY_AWAIT_ELECTION)
                .variables().containsEntry(VAR_FORFEITURE_PATH, PATH_ADMINISTRATIVE);
    }

    @Test
    void counterfeitsAboveTheLimitAreForfeitedAdministrativelyAfterTheTrademarkOwnerIsTold() {
        // given counterfeit handbags (P8: $900,000)
        givenAppraisal(true, true, SUMMARY_SALE_DUE);
        ProcessInstance seizure = openCase(CASE_NUMBER);
        complete(task(TASK_RECORD_CUSTODY_AND_INVENTORY, seizure), custodyAndInventory(false));

        // when
        complete(task(TASK_APPRAISE_DOMESTIC_VALUE, seizure), appraisal(900000.00));

        // then the trademark owner is told before the notice of seizure goes out
        assertThat(seizure).hasPassedInOrder(GATEWAY_TRADEMARK_OWNER_NOTICE, TASK_NOTIFY_TRADEMARK_OWNER,
                GATEWAY_TRADEMARK_OWNER_NOTIFIED, TASK_ISSUE_NOTICE_OF_SEIZURE).isWaitingAt(GATEWAY_AWAIT_ELECTION)
                .variables().containsEntry(VAR_FORFEITURE_PATH, PATH_ADMINISTRATIVE)
                .containsEntry(VAR_TRADEMARK_OWNER_NOTICE, true);
        InOrder domain = inOrder(steps);
        domain.verify(steps).recordPath(eq(CASE_NUMBER), anyMap());
        domain.verify(steps).notifyTrademarkOwner(eq(CASE_NUMBER), anyMap());
        domain.verify(steps).issueNoticeOfSeizure(eq(CASE_NUMBER), anyMap());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            P8 non-prohibited goods at $650,000      | 650000    | false | false | false | false | JUDICIAL       | 19 U.S.C. 1610                                 | false
            P8 goods at exactly $500,000             | 500000    | false | false | false | false | ADMINISTRATIVE | 19 U.S.C. 1607(a)(1)                           | false
            a cent above the limit                   | 500000.01 | false | false | false | false | JUDICIAL       | 19 U.S.C. 1610                                 | false
            P8 counterfeit handbags at $900,000      | 900000    | true  | true  | false | false | ADMINISTRATIVE | 19 U.S.C. 1607(a)(2), 1526(e); 19 CFR 133.21   | true
            prohibited goods at $2,000,000           | 2000000   | false | true  | false | false | ADMINISTRATIVE | 19 U.S.C. 1607(a)(2)                           | false
            a drug conveyance at $800,000            | 800000    | false | false | true  | false | ADMINISTRATIVE | 19 U.S.C. 1607(a)(3)                           | false
            monetary instruments of $750,000         | 750000    | false | false | false | true  | ADMINISTRATIVE | 19 U.S.C. 1607(a)(4)                           | false
            """)
    void theSeizurePathTable(String example, double value, boolean counterfeit, boolean prohibited,
            boolean drugConveyance, boolean monetaryInstrument, String path, String citation, boolean notice) {
        // when
        DmnDecisionResultEntries result = engine.getDecisionService().evaluateDecisionByKey(DECISION_KEY)
                .variables(withVariables(VAR_APPRAISED_VALUE, value, VAR_ADMINISTRATIVE_LIMIT, ADMINISTRATIVE_LIMIT,
                        VAR_COUNTERFEIT, counterfeit, VAR_PROHIBITED, prohibited, VAR_DRUG_CONVEYANCE, drugConveyance,
                        VAR_MONETARY_INSTRUMENT, monetaryInstrument))
                .evaluate().getSingleResult();

        // then
        assertThat((String) result.getEntry(VAR_FORFEITURE_PATH)).isEqualTo(path);
        assertThat((String) result.getEntry(VAR_PATH_CITATION)).isEqualTo(citation);
        assertThat((Boolean) result.getEntry(VAR_TRADEMARK_OWNER_NOTICE)).isEqualTo(notice);
    }

    // ---------------------------------------------------------------- the election

    @Test
    void p23AbandonedCounterfeitsAreForfeitedByAssentInOneStepAndDestroyedBeforeAWitness() {
        // given counterfeits under notice
        givenAppraisal(true, true, SUMMARY_SALE_DUE);
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, 18000.00);
        ClockUtil.setCurrentTime(startOf(LocalDate.of(2025, 10, 28)));

        // when the party signs CBP Form 4607, and no other party appears to have an interest
        correlate(CASE_NUMBER, MESSAGE_ABANDONMENT_RECEIVED, VAR_OTHER_PARTIES_KEEP_RIGHTS, false);

        // then the property is forfeited by assent in one step, with no further notice, and goes to disposition
        assertThat(seizure).hasPassedInOrder(INTERMEDIATE_EVENT_ABANDONMENT_RECEIVED, GATEWAY_OTHER_PARTIES_KEEP_RIGHTS,
                        TASK_RECORD_FORFEITURE_BY_ASSENT,
                        END_EVENT_FORFEITED_BY_ASSENT, BOUNDARY_EVENT_PROPERTY_FORFEITED, GATEWAY_DISPOSITION_TO_DECIDE)
                .isWaitingAtExactly(CALL_ACTIVITY_DISPOSE_OF_PROPERTY)
                .variables().containsEntry(VAR_FORFEITURE_BASIS, FORFEITURE_BASIS_ASSENT)
                .containsEntry(VAR_FORFEITURE_DATE, startOf(LocalDate.of(2025, 10, 28)));
        ProcessInstance disposition = disposition(seizure);
        assertThat(disposition).isWaitingAtExactly(TASK_DECIDE_DISPOSITION);
        assertThat(jobQuery().processInstanceId(seizure.getId()).count()).as("election and 1612 timers ended").isZero();
        Task decide = task(TASK_DECIDE_DISPOSITION, disposition);
        assertThat(decide).hasCandidateGroup(Roles.OFFICER);
        assertFormResolves(decide, FORM_DECIDE_DISPOSITION);

        // when the officer orders destruction (the default for counterfeits) and the custodian carries it out
        complete(decide, withVariables(VAR_DISPOSITION_METHOD, DISPOSITION_DESTRUCTION,
                VAR_DISPOSITION_NOTE, "Counterfeit handbags: destroy (19 U.S.C. 1526(e))"));
        Task carryOut = task(TASK_CARRY_OUT_DISPOSITION, disposition);
        assertThat(carryOut).hasCandidateGroup(Roles.CUSTODIAN);
        assertFormResolves(carryOut, FORM_CARRY_OUT_DISPOSITION);
        complete(carryOut, withVariables(VAR_DISPOSITION_DATE, "2025-11-04", VAR_WITNESS, "SCBPO R. Alvarez",
                VAR_CERTIFICATE_REFERENCE, "DC-2025-0457"));

        // then
        assertThat(disposition).hasPassedInOrder(TASK_CHECK_DISPOSITION, TASK_CARRY_OUT_DISPOSITION, TASK_RECORD_DISPOSITION,
                GATEWAY_DISPOSITION_METHOD, TASK_CLOSE_CASE_DISPOSED, END_EVENT_PROPERTY_DISPOSED).isEnded();
        assertThat(seizure).hasPassedInOrder(CALL_ACTIVITY_DISPOSE_OF_PROPERTY, END_EVENT_CLOSED_AFTER_DISPOSITION).isEnded();
        InOrder domain = inOrder(steps);
        domain.verify(steps).notifyTrademarkOwner(eq(CASE_NUMBER), anyMap());
        domain.verify(steps).issueNoticeOfSeizure(eq(CASE_NUMBER), anyMap());
        domain.verify(steps).recordForfeiture(eq(CASE_NUMBER), eq(FORFEITURE_BASIS_ASSENT), anyMap());
        domain.verify(steps).checkDisposition(eq(CASE_NUMBER), anyMap());
        domain.verify(steps).recordDisposition(eq(CASE_NUMBER), argThat(variables ->
                "SCBPO R. Alvarez".equals(variables.get(VAR_WITNESS))
                        && "DC-2025-0457".equals(variables.get(VAR_CERTIFICATE_REFERENCE))));
        domain.verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_DISPOSED), anyMap());
        verify(steps).issueNoticeOfSeizure(any(), anyMap()); // once, before the abandonment
        verify(steps, never()).recordPetitionReceived(any(), anyBoolean(), anyMap());
    }

    @Test
    void p18NoResponseDeclaresTheForfeitureOnTheElectionDueDateAndAPetitionForTheAuctionProceedsIsHeard() {
        // given no response to the notice
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);

        // when the election period ends (not a second before)
        notDueJustBefore(INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED, seizure, ELECTION_DUE.plusDays(1));
        fireTimerAt(INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED, seizure, ELECTION_DUE.plusDays(1));

        // then the property is declared forfeited (1609)
        assertThat(seizure).hasPassedInOrder(INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED, TASK_DECLARE_FORFEITURE,
                END_EVENT_DECLARED_FORFEITED, BOUNDARY_EVENT_PROPERTY_FORFEITED).isWaitingAtExactly(CALL_ACTIVITY_DISPOSE_OF_PROPERTY)
                .variables().containsEntry(VAR_FORFEITURE_BASIS, FORFEITURE_BASIS_DECLARED);
        assertThat(disposition(seizure)).isWaitingAtExactly(TASK_DECIDE_DISPOSITION);
        verify(steps).recordForfeiture(eq(CASE_NUMBER), eq(FORFEITURE_BASIS_DECLARED), anyMap());

        // when it is sold at auction on 2026-01-15
        ProcessInstance sold = sellAtAuction(seizure);

        // then a petition for the proceeds is awaited until 2026-04-15 (3 months, 1613(a))
        assertThat(sold).isWaitingAtExactly(GATEWAY_AWAIT_SALE_PROCEEDS_PETITION);
        assertThat(job(INTERMEDIATE_EVENT_SALE_PROCEEDS_PETITION_PERIOD_ELAPSED, sold).getDuedate())
                .isEqualTo(closeOf(PROCEEDS_DUE));

        // when the owner petitions for the proceeds within the 3 months
        ClockUtil.setCurrentTime(startOf(PROCEEDS_DUE.minusDays(5)));
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PROCEEDS_PETITION_ID, VAR_SUPPLEMENTAL, false);

        // then it is recorded as a petition for the proceeds and reviewed; the period's timer is gone
        verify(steps).recordPetitionReceived(eq(CASE_NUMBER), eq(false), argThat(variables ->
                Boolean.TRUE.equals(variables.get(VAR_PROCEEDS_PETITION))
                        && PROCEEDS_PETITION_ID.equals(variables.get(VAR_PETITION_ID))));
        assertThat(sold).hasPassed(TASK_RECORD_SALE_PROCEEDS_PETITION)
                .isWaitingAtExactly(CALL_ACTIVITY_REVIEW_SALE_PROCEEDS_PETITION);
        assertThat(jobQuery().processInstanceId(sold.getId()).count()).isZero();
        assertThat(calledBy(sold)).variables().containsEntry(PetitionReviewProcess.VAR_PETITION_ID, PROCEEDS_PETITION_ID);

        // when the proceeds are remitted in part
        proposeInPetitionReview(CASE_NUMBER, mitigateTo(9000.00));

        // then the decision is issued (no compliance date needed) and the case closes
        assertThat(sold).hasPassedInOrder(TASK_ISSUE_SALE_PROCEEDS_DECISION, GATEWAY_SALE_PROCEEDS_SETTLED,
                TASK_CLOSE_CASE_SOLD, END_EVENT_PROPERTY_SOLD).isEnded();
        assertThat(seizure).hasPassed(END_EVENT_CLOSED_AFTER_DISPOSITION).isEnded();
        InOrder domain = inOrder(steps);
        domain.verify(steps).recordDisposition(eq(CASE_NUMBER), anyMap());
        domain.verify(steps).recordPetitionReceived(eq(CASE_NUMBER), eq(false), anyMap());
        domain.verify(steps).issueDecision(eq(CASE_NUMBER), argThat(variables ->
                Boolean.TRUE.equals(variables.get(VAR_PROCEEDS_PETITION))));
        domain.verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_DISPOSED), anyMap());
    }

    @Test
    void p18WithoutAPetitionTheSaleClosesWhenItsThreeMonthsEnd() {
        // given declared forfeited and sold on 2026-01-15
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);
        fireTimerAt(INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED, seizure, ELECTION_DUE.plusDays(1));
        ProcessInstance sold = sellAtAuction(seizure);

        // when 2026-04-15 comes (not a second before)
        notDueJustBefore(INTERMEDIATE_EVENT_SALE_PROCEEDS_PETITION_PERIOD_ELAPSED, sold, PROCEEDS_DUE.plusDays(1));
        fireTimerAt(INTERMEDIATE_EVENT_SALE_PROCEEDS_PETITION_PERIOD_ELAPSED, sold, PROCEEDS_DUE.plusDays(1));

        // then
        assertThat(sold).hasPassedInOrder(INTERMEDIATE_EVENT_SALE_PROCEEDS_PETITION_PERIOD_ELAPSED,
                GATEWAY_SALE_PROCEEDS_SETTLED, TASK_CLOSE_CASE_SOLD, END_EVENT_PROPERTY_SOLD).isEnded();
        assertThat(seizure).hasPassed(END_EVENT_CLOSED_AFTER_DISPOSITION).isEnded();
        verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_DISPOSED), anyMap());
        verify(steps, never()).recordPetitionReceived(any(), anyBoolean(), anyMap());
    }

    @Test
    void petitionRemittedOnPaymentIsReviewedAndThePropertyReleasedOnceTheConditionsAreMet() {
        // given
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);
        ClockUtil.setCurrentTime(startOf(PETITION_DUE.minusDays(10)));

        // when the owner petitions
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);

        // then the shared review runs for this case, in its office, as an original seizure petition; the election
        // timer is gone while it does, the 1612 timer still runs
        assertThat(seizure).hasPassed(TASK_RECORD_PETITION_RECEIVED).isWaitingAt(CALL_ACTIVITY_REVIEW_PETITION);
        assertThat(jobQuery().processInstanceId(seizure.getId()).activityId(INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED)
                .count()).isZero();
        assertThat(job(START_EVENT_STORAGE_COST_THRESHOLD_REACHED, seizure)).isNotNull();
        verify(steps).recordPetitionReceived(eq(CASE_NUMBER), eq(false), argThat(variables ->
                Boolean.FALSE.equals(variables.get(VAR_PROCEEDS_PETITION))));
        ProcessInstance review = calledBy(seizure);
        assertThat(review.getBusinessKey()).isEqualTo(CASE_NUMBER);
        assertThat(review).variables().containsEntry(PetitionReviewProcess.VAR_CASE_NUMBER, CASE_NUMBER)
                .containsEntry(PetitionReviewProcess.VAR_OFFICE_CODE, OFFICE_CODE)
                .containsEntry(PetitionReviewProcess.VAR_PETITION_ID, PETITION_ID)
                .containsEntry(PetitionReviewProcess.VAR_SUPPLEMENTAL, false)
                .containsEntry(PetitionReviewProcess.VAR_FAMILY, "SEIZURE");

        // when the officer remits on payment of $6,000
        proposeInPetitionReview(CASE_NUMBER, mitigateTo(6000.00));

        // then the decision is in effect until its date
        assertThat(seizure).hasPassed(TASK_ISSUE_DECISION, GATEWAY_RELIEF_GRANTED).isWaitingAt(GATEWAY_AWAIT_COMPLIANCE)
                .variables().containsEntry(VAR_REMITTED, true).containsEntry(VAR_DECIDED_AMOUNT, 6000.00)
                .containsEntry(VAR_PETITION_OUTCOME, PetitionReviewProcess.OUTCOME_MITIGATE)
                .containsEntry(VAR_DECIDING_AUTHORITY, "FPF_OFFICER");
        assertThat(job(INTERMEDIATE_EVENT_REMISSION_DECISION_EXPIRED, seizure).getDuedate())
                .isEqualTo(closeOf(DECISION_VALID_UNTIL));

        // when the conditions are met
        correlate(CASE_NUMBER, MESSAGE_PAYMENT_RECEIVED, VAR_PAID_IN_FULL, true);

        // then the property is released and the case closes; the 1612 timer ends with it
        assertThat(seizure).hasPassedInOrder(INTERMEDIATE_EVENT_REMISSION_CONDITIONS_MET, TASK_RELEASE_PROPERTY,
                TASK_CLOSE_CASE_RELEASED, END_EVENT_PROPERTY_RELEASED, END_EVENT_CLOSED_BEFORE_DISPOSITION).isEnded();
        InOrder domain = inOrder(steps);
        domain.verify(steps).recordPetitionReceived(eq(CASE_NUMBER), eq(false), anyMap());
        domain.verify(steps).issueDecision(eq(CASE_NUMBER), anyMap());
        domain.verify(steps).releaseProperty(eq(CASE_NUMBER), argThat(variables ->
                RELEASE_REASON_REMISSION.equals(variables.get(VAR_RELEASE_REASON))));
        domain.verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_RELEASED), anyMap());
        verify(steps, never()).recordForfeiture(any(), any(), anyMap());
        assertThat(jobQuery().count()).isZero();
    }

    @Test
    void remissionNotCompliedWithByItsDateForfeitsThePropertyOnThePetition() {
        // given a remission on conditions
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);
        proposeInPetitionReview(CASE_NUMBER, mitigateTo(6000.00));

        // when its date passes unpaid (not a second before)
        notDueJustBefore(INTERMEDIATE_EVENT_REMISSION_DECISION_EXPIRED, seizure, DECISION_VALID_UNTIL.plusDays(1));
        fireTimerAt(INTERMEDIATE_EVENT_REMISSION_DECISION_EXPIRED, seizure, DECISION_VALID_UNTIL.plusDays(1));

        // then
        assertThat(seizure).hasPassedInOrder(INTERMEDIATE_EVENT_REMISSION_DECISION_EXPIRED,
                        TASK_RECORD_FORFEITURE_CONDITIONS_NOT_MET, END_EVENT_FORFEITED_CONDITIONS_NOT_MET)
                .hasNotPassed(TASK_RELEASE_PROPERTY).isWaitingAtExactly(CALL_ACTIVITY_DISPOSE_OF_PROPERTY)
                .variables().containsEntry(VAR_FORFEITURE_BASIS, FORFEITURE_BASIS_PETITION);
        assertThat(disposition(seizure)).isWaitingAtExactly(TASK_DECIDE_DISPOSITION);
        verify(steps).recordForfeiture(eq(CASE_NUMBER), eq(FORFEITURE_BASIS_PETITION), anyMap());
        verify(steps, never()).releaseProperty(any(), anyMap());
    }

    @Test
    void deniedPetitionWaitsOutTheSupplementalPetitionWindowBeforeForfeitureAndDisposition() {
        // given
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);

        // when relief is denied on 2025-10-06: a supplemental petition may come until 2025-12-05 (171.61)
        proposeInPetitionReview(CASE_NUMBER, deny());

        // then nothing is forfeited or disposed of inside the 60 days
        assertThat(seizure).hasPassedInOrder(TASK_ISSUE_DECISION, GATEWAY_RELIEF_GRANTED)
                .hasNotPassed(TASK_RECORD_FORFEITURE_ON_DENIAL, GATEWAY_AWAIT_COMPLIANCE)
                .isWaitingAt(GATEWAY_AWAIT_SUPPLEMENTAL_PETITION_AFTER_DENIAL)
                .variables().containsEntry(VAR_REMITTED, false);
        verify(steps, never()).recordForfeiture(any(), any(), anyMap());
        // the window closes when its last day ends (not at its start): a supplemental petition on 12-05 still counts
        notDueJustBefore(INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_PERIOD_ELAPSED, seizure, SUPPLEMENTAL_AFTER_DENIAL_DUE.plusDays(1));

        // when the 60 days pass without one
        fireTimerAt(INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_PERIOD_ELAPSED, seizure, SUPPLEMENTAL_AFTER_DENIAL_DUE.plusDays(1));

        // then the property is forfeited on the petition and goes to disposition
        assertThat(seizure).hasPassedInOrder(INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_PERIOD_ELAPSED,
                        TASK_RECORD_FORFEITURE_ON_DENIAL, END_EVENT_FORFEITED_ON_DENIAL, BOUNDARY_EVENT_PROPERTY_FORFEITED)
                .isWaitingAtExactly(CALL_ACTIVITY_DISPOSE_OF_PROPERTY)
                .variables().containsEntry(VAR_FORFEITURE_BASIS, FORFEITURE_BASIS_PETITION);
        assertThat(disposition(seizure)).isWaitingAtExactly(TASK_DECIDE_DISPOSITION);
        verify(steps).recordForfeiture(eq(CASE_NUMBER), eq(FORFEITURE_BASIS_PETITION), anyMap());
        assertThat(jobQuery().processInstanceId(seizure.getId()).count()).isZero();
    }

    @Test
    void aSupplementalPetitionOnTheLastDayAfterADenialIsReviewedAgainInsteadOfForfeiture() {
        // given a denial
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);
        proposeInPetitionReview(CASE_NUMBER, deny());

        // when a supplemental petition comes on the 60th day
        ClockUtil.setCurrentTime(date(SUPPLEMENTAL_AFTER_DENIAL_DUE.atTime(16, 30)));
        correlate(CASE_NUMBER, MESSAGE_SUPPLEMENTAL_PETITION_RECEIVED, VAR_PETITION_ID, SUPPLEMENTAL_PETITION_ID);

        // then it is recorded and reviewed as supplemental; the window's timer is gone and nothing was forfeited
        assertThat(seizure).hasPassedInOrder(GATEWAY_AWAIT_SUPPLEMENTAL_PETITION_AFTER_DENIAL,
                        INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_AFTER_DENIAL_RECEIVED, TASK_RECORD_SUPPLEMENTAL_PETITION,
                        GATEWAY_PETITION_TO_REVIEW)
                .isWaitingAt(CALL_ACTIVITY_REVIEW_PETITION).variables().containsEntry(VAR_SUPPLEMENTAL, true);
        verify(steps).recordPetitionReceived(eq(CASE_NUMBER), eq(true), anyMap());
        verify(steps, never()).recordForfeiture(any(), any(), anyMap());
        assertThat(jobQuery().processInstanceId(seizure.getId()).activityId(
                INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_PERIOD_ELAPSED).count()).isZero();
    }

    @Test
    void abandonmentByOnePartyLeavesTheElectionOpenForTheOthersAndForfeitureIsDeclaredWhenItEnds() {
        // given a seizure under notice with another party who appears to have an interest (a lienholder)
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);
        ClockUtil.setCurrentTime(startOf(LocalDate.of(2025, 10, 28)));

        // when the owner abandons (CBP Form 4607) and the domain says the lienholder keeps its rights
        correlate(CASE_NUMBER, MESSAGE_ABANDONMENT_RECEIVED, VAR_OTHER_PARTIES_KEEP_RIGHTS, true);

        // then nothing is forfeited: the election is open again with its deadline, for the lienholder's claim
        assertThat(seizure).hasPassedInOrder(INTERMEDIATE_EVENT_ABANDONMENT_RECEIVED, GATEWAY_OTHER_PARTIES_KEEP_RIGHTS,
                        GATEWAY_ELECTION_OPEN).hasNotPassed(TASK_RECORD_FORFEITURE_BY_ASSENT)
                .isWaitingAt(GATEWAY_AWAIT_ELECTION);
        verify(steps, never()).recordForfeiture(any(), any(), anyMap());
        assertThat(job(INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED, seizure).getDuedate()).isEqualTo(closeOf(ELECTION_DUE));

        // when the election period ends without a claim, forfeiture is declared (1609), not by assent
        fireTimerAt(INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED, seizure, ELECTION_DUE.plusDays(1));
        assertThat(seizure).hasPassedInOrder(TASK_DECLARE_FORFEITURE, END_EVENT_DECLARED_FORFEITED)
                .isWaitingAtExactly(CALL_ACTIVITY_DISPOSE_OF_PROPERTY);
        assertThat(disposition(seizure)).isWaitingAtExactly(TASK_DECIDE_DISPOSITION);
        verify(steps).recordForfeiture(eq(CASE_NUMBER), eq(FORFEITURE_BASIS_DECLARED), anyMap());
    }

    @Test
    void aClaimByTheOtherPartyAfterTheOwnersAbandonmentGoesToTheUsAttorney() {
        // given the owner abandoned but a co-owner keeps its rights
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);
        correlate(CASE_NUMBER, MESSAGE_ABANDONMENT_RECEIVED, VAR_OTHER_PARTIES_KEEP_RIGHTS, true);

        // when the co-owner files a claim with cost bond
        correlate(CASE_NUMBER, MESSAGE_CLAIM_AND_BOND_RECEIVED);

        // then the claim is referred (1608)
        assertThat(seizure).hasPassed(END_EVENT_CLAIM_AND_BOND_FILED, BOUNDARY_EVENT_CLAIM_AND_BOND_FILED,
                TASK_PREPARE_JUDICIAL_REFERRAL).hasNotPassed(TASK_RECORD_FORFEITURE_BY_ASSENT);
        verify(steps, never()).recordForfeiture(any(), any(), anyMap());
    }

    @Test
    void petitionThatCancelsTheSeizureReleasesThePropertyAtOnce() {
        // given
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);

        // when the review cancels the seizure outright
        proposeInPetitionReview(CASE_NUMBER, cancel());

        // then no compliance is awaited
        assertThat(seizure).hasPassedInOrder(TASK_ISSUE_DECISION, GATEWAY_RELIEF_GRANTED, TASK_RELEASE_PROPERTY,
                TASK_CLOSE_CASE_RELEASED, END_EVENT_PROPERTY_RELEASED).hasNotPassed(GATEWAY_AWAIT_COMPLIANCE).isEnded();
        verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_RELEASED), anyMap());
    }

    @Test
    void supplementalPetitionWhileARemissionIsInEffectIsReviewedAgain() {
        // given a remission of $6,000
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);
        proposeInPetitionReview(CASE_NUMBER, mitigateTo(6000.00));

        // when a supplemental petition comes while it is in effect
        ClockUtil.setCurrentTime(startOf(DECISION_VALID_UNTIL.minusDays(5)));
        correlate(CASE_NUMBER, MESSAGE_SUPPLEMENTAL_PETITION_RECEIVED, VAR_PETITION_ID, SUPPLEMENTAL_PETITION_ID);

        // then it is recorded and reviewed again as supplemental; the decision's timer is gone
        assertThat(seizure).hasPassedInOrder(INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_RECEIVED,
                TASK_RECORD_SUPPLEMENTAL_PETITION).isWaitingAt(CALL_ACTIVITY_REVIEW_PETITION)
                .variables().containsEntry(VAR_SUPPLEMENTAL, true);
        assertThat(jobQuery().processInstanceId(seizure.getId())
                .activityId(INTERMEDIATE_EVENT_REMISSION_DECISION_EXPIRED).count()).isZero();
        assertThat(calledBy(seizure)).variables().containsEntry(PetitionReviewProcess.VAR_SUPPLEMENTAL, true)
                .containsEntry(PetitionReviewProcess.VAR_PETITION_ID, SUPPLEMENTAL_PETITION_ID);

        // when the second decision remits more and is complied with
        proposeInPetitionReview(CASE_NUMBER, mitigateTo(3000.00));
        assertThat(seizure).isWaitingAt(GATEWAY_AWAIT_COMPLIANCE).variables().containsEntry(VAR_DECIDED_AMOUNT, 3000.00);
        correlate(CASE_NUMBER, MESSAGE_PAYMENT_RECEIVED, VAR_PAID_IN_FULL, true);

        // then
        assertThat(seizure).hasPassed(END_EVENT_PROPERTY_RELEASED).isEnded();
        InOrder domain = inOrder(steps);
        domain.verify(steps).recordPetitionReceived(eq(CASE_NUMBER), eq(false), anyMap());
        domain.verify(steps).issueDecision(eq(CASE_NUMBER), anyMap());
        domain.verify(steps).recordPetitionReceived(eq(CASE_NUMBER), eq(true), anyMap());
        domain.verify(steps).issueDecision(eq(CASE_NUMBER), anyMap());
        domain.verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_RELEASED), anyMap());
    }

    // ---------------------------------------------------------------- CAFRA (18 U.S.C. 983)

    /** A CAFRA notice mailed 2025-10-06 sets the claim deadline 35 days later (983(a)(2)(B)). */
    private static final LocalDate CAFRA_CLAIM_DUE = LocalDate.of(2025, 11, 10);
    /** A CAFRA claim filed 2025-10-20: the complaint is due 90 days later (983(a)(3)). */
    private static final LocalDate COMPLAINT_DUE = LocalDate.of(2026, 1, 18);

    /** A currency seizure under 31 U.S.C. 5317 taken into custody and appraised: the CAFRA notice is out. */
    private ProcessInstance openCafraCase(boolean noticeInTime) {
        when(steps.issueNoticeOfSeizure(anyString(), anyMap())).thenReturn(noticeInTime
                ? withVariables(VAR_CAFRA_NOTICE_TIMELY, true, VAR_CLAIM_DUE_DATE, startOf(CAFRA_CLAIM_DUE.plusDays(1)))
                : withVariables(VAR_CAFRA_NOTICE_TIMELY, false));
        ProcessInstance seizure = engine.getRuntimeService().startProcessInstanceByKey(SeizureForfeitureProcess.KEY,
                CASE_NUMBER, withVariables(VAR_CASE_NUMBER, CASE_NUMBER, VAR_OFFICE_CODE, OFFICE_CODE,
                        VAR_SEIZURE_NUMBER, "2026520100071502", VAR_PARTY_NAME, "Traveller A. Doe",
                        VAR_SEIZURE_DATE, SEIZED_AT.toLocalDate().toString(), VAR_STATUTE, "31 U.S.C. 5317",
                        VAR_ITEMS_SUMMARY, "unreported currency, $42,000", VAR_CAFRA_SEIZURE, true));
        complete(task(TASK_RECORD_CUSTODY_AND_INVENTORY, seizure), custodyAndInventory(false));
        complete(task(TASK_APPRAISE_DOMESTIC_VALUE, seizure), appraisal(VALUE));
        return seizure;
    }

    @Test
    void cafraSeizureWithoutAClaimByTheNoticesDateIsForfeitedAdministratively() {
        // when a CAFRA seizure is appraised within the administrative limit
        ProcessInstance seizure = openCafraCase(true);

        // then it takes the CAFRA branch, not the Title 19 election: the notice is mailed and a claim awaited
        assertThat(seizure).hasPassedInOrder(GATEWAY_FORFEITURE_PATH, START_EVENT_CAFRA_PROCEEDINGS_OPEN,
                        TASK_ISSUE_CAFRA_NOTICE, GATEWAY_CAFRA_NOTICE_TIMELY)
                .hasNotPassed(START_EVENT_ADMINISTRATIVE_PROCEEDINGS_OPEN, TASK_ISSUE_NOTICE_OF_SEIZURE)
                .isWaitingAt(GATEWAY_AWAIT_CAFRA_CLAIM);
        // the claim period includes the day the notice names
        notDueJustBefore(INTERMEDIATE_EVENT_CAFRA_CLAIM_PERIOD_ELAPSED, seizure, CAFRA_CLAIM_DUE.plusDays(1));

        // when the date passes without a claim
        fireTimerAt(INTERMEDIATE_EVENT_CAFRA_CLAIM_PERIOD_ELAPSED, seizure, CAFRA_CLAIM_DUE.plusDays(1));

        // then the property is declared forfeited and goes to disposition
        assertThat(seizure).hasPassedInOrder(TASK_DECLARE_CAFRA_FORFEITURE, END_EVENT_CAFRA_DECLARED_FORFEITED,
                BOUNDARY_EVENT_CAFRA_PROPERTY_FORFEITED, GATEWAY_DISPOSITION_TO_DECIDE)
                .isWaitingAtExactly(CALL_ACTIVITY_DISPOSE_OF_PROPERTY);
        assertThat(disposition(seizure)).isWaitingAtExactly(TASK_DECIDE_DISPOSITION);
        verify(steps).recordForfeiture(eq(CASE_NUMBER), eq(FORFEITURE_BASIS_DECLARED), anyMap());
        assertThat(jobQuery().processInstanceId(seizure.getId()).count()).isZero();
    }

    @Test
    void cafraClaimIsReferredForAComplaintAndTheRecordedComplaintIsFollowedToTheCourt() {
        // given a CAFRA seizure under notice
        ProcessInstance seizure = openCafraCase(true);
        ClockUtil.setCurrentTime(startOf(LocalDate.of(2025, 10, 20)));

        // when a claim is filed (no bond), the complaint being due 90 days later
        correlate(CASE_NUMBER, MESSAGE_CLAIM_AND_BOND_RECEIVED, VAR_COMPLAINT_DUE_DATE, startOf(COMPLAINT_DUE.plusDays(1)));

        // then the case is referred and the officer waits for the complaint, due when the 90 days end
        assertThat(seizure).hasPassedInOrder(INTERMEDIATE_EVENT_CAFRA_CLAIM_RECEIVED, END_EVENT_CAFRA_CLAIM_FILED,
                BOUNDARY_EVENT_CAFRA_CLAIM_FILED, TASK_PREPARE_CAFRA_REFERRAL).isWaitingAt(TASK_RECORD_CAFRA_COMPLAINT);
        verify(steps).prepareReferral(eq(CASE_NUMBER), eq(ReferralFollowUpProcess.REFERRED_TO_US_ATTORNEY), anyMap());
        Task complaint = task(TASK_RECORD_CAFRA_COMPLAINT, seizure);
        assertThat(complaint).hasCandidateGroup(Roles.OFFICER).hasDueDate(startOf(COMPLAINT_DUE.plusDays(1)));
        assertFormResolves(complaint, FORM_RECORD_CAFRA_COMPLAINT);
        notDueJustBefore(BOUNDARY_EVENT_NO_COMPLAINT_IN_TIME, seizure, COMPLAINT_DUE.plusDays(1));

        // when the complaint is recorded on the 90th day
        complete(complaint, withVariables(VAR_COMPLAINT_FILED_DATE, COMPLAINT_DUE.toString(),
                VAR_COMPLAINT_REFERENCE, "C.D. Cal. 2:26-cv-00412"));

        // then the referral is followed to the court's outcome; no return
        assertThat(seizure).hasPassed(TASK_RECORD_CAFRA_COMPLAINT).hasNotPassed(TASK_RETURN_PROPERTY_NO_COMPLAINT)
                .isWaitingAt(CALL_ACTIVITY_FOLLOW_REFERRAL)
                .variables().containsEntry(VAR_COMPLAINT_REFERENCE, "C.D. Cal. 2:26-cv-00412");
        assertThat(jobQuery().processInstanceId(seizure.getId()).activityId(BOUNDARY_EVENT_NO_COMPLAINT_IN_TIME).count())
                .as("the 90-day timer ends with the complaint").isZero();
        assertThat(calledBy(seizure)).isNotNull();
        verify(steps, never()).releaseProperty(any(), anyMap());
    }

    @Test
    void cafraClaimWithoutAComplaintWithinNinetyDaysReturnsTheProperty() {
        // given a claim and a referral
        ProcessInstance seizure = openCafraCase(true);
        correlate(CASE_NUMBER, MESSAGE_CLAIM_AND_BOND_RECEIVED, VAR_COMPLAINT_DUE_DATE, startOf(COMPLAINT_DUE.plusDays(1)));

        // when the 90 days pass without a complaint
        fireTimerAt(BOUNDARY_EVENT_NO_COMPLAINT_IN_TIME, seizure, COMPLAINT_DUE.plusDays(1));

        // then the property is returned and the case closes
        assertThat(seizure).hasPassedInOrder(BOUNDARY_EVENT_NO_COMPLAINT_IN_TIME, TASK_RETURN_PROPERTY_NO_COMPLAINT,
                TASK_CLOSE_CASE_NO_COMPLAINT, END_EVENT_RETURNED_NO_COMPLAINT).hasNotPassed(CALL_ACTIVITY_FOLLOW_REFERRAL)
                .isEnded();
        verify(steps).releaseProperty(eq(CASE_NUMBER), argThat(variables ->
                RELEASE_REASON_NO_COMPLAINT.equals(variables.get(VAR_RELEASE_REASON))));
        verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_RETURNED), anyMap());
    }

    @Test
    void cafraNoticeNotSentWithinSixtyDaysOfTheSeizureReturnsTheProperty() {
        // when the notice can no longer be sent in time
        ProcessInstance seizure = openCafraCase(false);

        // then the property is returned and the case closes without a claim period
        assertThat(seizure).hasPassedInOrder(TASK_ISSUE_CAFRA_NOTICE, GATEWAY_CAFRA_NOTICE_TIMELY,
                        TASK_RETURN_PROPERTY_NO_TIMELY_NOTICE, TASK_CLOSE_CASE_NO_TIMELY_NOTICE,
                        END_EVENT_RETURNED_NO_TIMELY_NOTICE, END_EVENT_CAFRA_CLOSED)
                .hasNotPassed(GATEWAY_AWAIT_CAFRA_CLAIM).isEnded();
        verify(steps).releaseProperty(eq(CASE_NUMBER), argThat(variables ->
                RELEASE_REASON_NO_TIMELY_NOTICE.equals(variables.get(VAR_RELEASE_REASON))));
        verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_RETURNED), anyMap());
    }

    @Test
    void offerInCompromiseAcceptedByCounselReleasesThePropertyAndClosesAsCompromised() {
        // given
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);

        // when the party offers to settle
        correlate(CASE_NUMBER, MESSAGE_OFFER_IN_COMPROMISE_RECEIVED, VAR_OFFER_AMOUNT, 15000.00, VAR_OFFER_TERMS, "Paid within 30 days");

        // then counsel reviews it, by the election due date
        Task review = task(TASK_COUNSEL_REVIEW_OFFER, seizure);
        assertThat(review).hasCandidateGroup(Roles.COUNSEL).hasDueDate(closeOf(ELECTION_DUE));
        assertFormResolves(review, FORM_COUNSEL_REVIEW_OFFER);

        // when counsel accepts
        complete(review, withVariables(VAR_OFFER_DECISION, OFFER_ACCEPTED, VAR_OFFER_DECISION_NOTE, "Fair for the value"));

        // then
        assertThat(seizure).hasPassedInOrder(INTERMEDIATE_EVENT_OFFER_IN_COMPROMISE_RECEIVED, TASK_COUNSEL_REVIEW_OFFER,
                GATEWAY_OFFER_ACCEPTED, TASK_RELEASE_COMPROMISED_PROPERTY, TASK_CLOSE_CASE_COMPROMISED,
                END_EVENT_CASE_COMPROMISED).isEnded();
        InOrder domain = inOrder(steps);
        domain.verify(steps).releaseProperty(eq(CASE_NUMBER), argThat(variables ->
                RELEASE_REASON_COMPROMISE.equals(variables.get(VAR_RELEASE_REASON))
                        && Double.valueOf(15000.00).equals(variables.get(VAR_OFFER_AMOUNT))));
        domain.verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_COMPROMISED), argThat(variables ->
                OFFER_ACCEPTED.equals(variables.get(VAR_OFFER_DECISION))));
        assertThat(jobQuery().count()).isZero();
    }

    @Test
    void rejectedOfferReturnsToTheElectionWhoseDeadlineStillHolds() {
        // given an offer rejected by counsel
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);
        correlate(CASE_NUMBER, MESSAGE_OFFER_IN_COMPROMISE_RECEIVED, VAR_OFFER_AMOUNT, 500.00, VAR_OFFER_TERMS, "Nominal");
        complete(task(TASK_COUNSEL_REVIEW_OFFER, seizure),
                withVariables(VAR_OFFER_DECISION, OFFER_REJECTED, VAR_OFFER_DECISION_NOTE, "Far below the value"));

        // then the election is open again with its own date
        assertThat(seizure).hasPassed(GATEWAY_OFFER_ACCEPTED).hasNotPassed(TASK_RELEASE_COMPROMISED_PROPERTY)
                .isWaitingAt(GATEWAY_AWAIT_ELECTION).variables().containsEntry(VAR_OFFER_DECISION, OFFER_REJECTED);
        assertThat(job(INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED, seizure).getDuedate()).isEqualTo(closeOf(ELECTION_DUE));

        // when a second offer comes, counsel answers it afresh
        correlate(CASE_NUMBER, MESSAGE_OFFER_IN_COMPROMISE_RECEIVED, VAR_OFFER_AMOUNT, 12000.00, VAR_OFFER_TERMS, "Better");
        Task second = task(TASK_COUNSEL_REVIEW_OFFER, seizure);
        assertThat(engine.getTaskService().getVariables(second.getId())).containsEntry(VAR_OFFER_DECISION, null)
                .containsEntry(VAR_OFFER_DECISION_NOTE, null).containsEntry(VAR_OFFER_AMOUNT, 12000.00);
        complete(second, withVariables(VAR_OFFER_DECISION, OFFER_REJECTED, VAR_OFFER_DECISION_NOTE, "Still low"));

        // when nothing else comes by the due date, the property is declared forfeited
        fireTimerAt(INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED, seizure, ELECTION_DUE.plusDays(1));
        assertThat(seizure).hasPassed(TASK_DECLARE_FORFEITURE).isWaitingAtExactly(CALL_ACTIVITY_DISPOSE_OF_PROPERTY);
        assertThat(disposition(seizure)).isWaitingAtExactly(TASK_DECIDE_DISPOSITION);
        verify(steps, never()).releaseProperty(any(), anyMap());
    }

    @Test
    void claimAndCostBondGoesToTheUsAttorneyAndADecreeOfForfeitureLeadsToDisposition() {
        // given a seizure under notice
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);

        // when the claimant files a claim with cost bond
        correlate(CASE_NUMBER, MESSAGE_CLAIM_AND_BOND_RECEIVED);

        // then the administrative proceedings end (no summary sale once bonded) and the U.S. Attorney has the case
        assertThat(seizure).hasPassedInOrder(INTERMEDIATE_EVENT_CLAIM_AND_BOND_RECEIVED, END_EVENT_CLAIM_AND_BOND_FILED,
                        BOUNDARY_EVENT_CLAIM_AND_BOND_FILED, GATEWAY_REFER_TO_US_ATTORNEY, TASK_PREPARE_JUDICIAL_REFERRAL)
                .isWaitingAtExactly(CALL_ACTIVITY_FOLLOW_REFERRAL)
                .variables().containsEntry(VAR_REFERRED_TO, ReferralFollowUpProcess.REFERRED_TO_US_ATTORNEY);
        assertThat(jobQuery().processInstanceId(seizure.getId()).count()).isZero();
        verify(steps).prepareReferral(eq(CASE_NUMBER), eq(ReferralFollowUpProcess.REFERRED_TO_US_ATTORNEY), argThat(
                variables -> PATH_ADMINISTRATIVE.equals(variables.get(VAR_FORFEITURE_PATH))));
        verify(auditLog).caseEvent(CASE_NUMBER, ReferralFollowUpProcess.EVENT_REFERRAL_OPENED,
                "Referred to U.S. Attorney: Claim and cost bond of $4,200.00 filed (19 U.S.C. 1608)");

        // when the referral's outcome and then the court's decree are recorded
        Task courtOutcome = recordReferralOutcome(seizure);
        complete(courtOutcome, withVariables(VAR_COURT_OUTCOME, COURT_FORFEITED,
                VAR_COURT_ORDER_REFERENCE, "1:26-cv-00311 (S.D. Fla.)", VAR_COURT_OUTCOME_NOTE, "Default decree"));

        // then the property is forfeited by the decree and goes to disposition
        assertThat(seizure).hasPassedInOrder(CALL_ACTIVITY_FOLLOW_REFERRAL, TASK_RECORD_COURT_OUTCOME, GATEWAY_COURT_OUTCOME,
                TASK_RECORD_JUDICIAL_FORFEITURE, GATEWAY_DISPOSITION_TO_DECIDE).isWaitingAtExactly(CALL_ACTIVITY_DISPOSE_OF_PROPERTY)
                .variables().containsEntry(VAR_FORFEITURE_BASIS, FORFEITURE_BASIS_JUDICIAL);
        assertThat(disposition(seizure)).isWaitingAtExactly(TASK_DECIDE_DISPOSITION);
        verify(steps).recordForfeiture(eq(CASE_NUMBER), eq(FORFEITURE_BASIS_JUDICIAL), argThat(variables ->
                "1:26-cv-00311 (S.D. Fla.)".equals(variables.get(VAR_COURT_ORDER_REFERENCE))));
    }

    @Test
    void courtOrderedReturnReleasesThePropertyAndClosesAsReturned() {
        // given a claim and bond referred to the U.S. Attorney
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);
        correlate(CASE_NUMBER, MESSAGE_CLAIM_AND_BOND_RECEIVED);
        Task courtOutcome = recordReferralOutcome(seizure);

        // when the court orders the property returned
        complete(courtOutcome, withVariables(VAR_COURT_OUTCOME, COURT_RETURNED,
                VAR_COURT_ORDER_REFERENCE, "Declination letter 2026-03-02"));

        // then
        assertThat(seizure).hasPassedInOrder(GATEWAY_COURT_OUTCOME, TASK_RETURN_PROPERTY_ON_COURT_ORDER,
                TASK_CLOSE_CASE_RETURNED_BY_COURT, END_EVENT_RETURNED_BY_COURT).hasNotPassed(TASK_RECORD_JUDICIAL_FORFEITURE)
                .isEnded();
        InOrder domain = inOrder(steps);
        domain.verify(steps).releaseProperty(eq(CASE_NUMBER), argThat(variables ->
                RELEASE_REASON_COURT_ORDER.equals(variables.get(VAR_RELEASE_REASON))));
        domain.verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_RETURNED), anyMap());
        verify(steps, never()).recordForfeiture(any(), any(), anyMap());
        assertThat(jobQuery().count()).isZero();
    }

    // ---------------------------------------------------------------- any time before disposition

    @Test
    void p10SummarySaleOpensOnItsDateInterruptsTheProceedingsOnceApprovedAndClosesAfterTheProceedsPeriod() {
        // given perishable produce whose storage reaches half its value during the election
        givenAppraisal(false, false, EARLY_SUMMARY_SALE_DUE);
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, 8000.00);
        assertThat(job(START_EVENT_STORAGE_COST_THRESHOLD_REACHED, seizure).getDuedate())
                .isEqualTo(startOf(EARLY_SUMMARY_SALE_DUE));

        // when that day comes (not a second before)
        notDueJustBefore(START_EVENT_STORAGE_COST_THRESHOLD_REACHED, seizure, EARLY_SUMMARY_SALE_DUE);
        fireTimerAt(START_EVENT_STORAGE_COST_THRESHOLD_REACHED, seizure, EARLY_SUMMARY_SALE_DUE);

        // then a supervisor is asked (in the called summary-sale process) while the election goes on
        ProcessInstance approval = summarySale(seizure);
        Task approve = task(TASK_APPROVE_SUMMARY_SALE, approval);
        assertThat(approve).hasCandidateGroup(Roles.SUPERVISOR);
        assertFormResolves(approve, FORM_APPROVE_SUMMARY_SALE);
        assertThat(seizure).isWaitingAt(GATEWAY_AWAIT_ELECTION, CALL_ACTIVITY_DECIDE_SUMMARY_SALE);
        assertThat(approval).isWaitingAt(TASK_APPROVE_SUMMARY_SALE);
        assertThat(job(INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED, seizure)).isNotNull();

        // when the supervisor approves a sale
        complete(approve, withVariables(VAR_SUMMARY_SALE_DECISION, SUMMARY_SALE,
                VAR_SUMMARY_SALE_REASON, "Produce spoils within days; storage 56% of value"));

        // then the proceedings are interrupted and the custodian sells
        verify(steps).recordSummarySaleDecision(eq(CASE_NUMBER), argThat(variables ->
                SUMMARY_SALE.equals(variables.get(VAR_SUMMARY_SALE_DECISION))));
        assertThat(approval).hasPassedInOrder(TASK_APPROVE_SUMMARY_SALE, TASK_RECORD_SUMMARY_SALE_DECISION,
                GATEWAY_SUMMARY_SALE_APPROVED, END_EVENT_WHOLE_SEIZURE_TO_SELL_OR_DESTROY).isEnded();
        assertThat(seizure).hasPassedInOrder(CALL_ACTIVITY_DECIDE_SUMMARY_SALE, GATEWAY_WHOLE_SEIZURE_TO_SELL_OR_DESTROY,
                        END_EVENT_SUMMARY_SALE_APPROVED, BOUNDARY_EVENT_SUMMARY_SALE_APPROVED)
                .isWaitingAtExactly(TASK_CARRY_OUT_SUMMARY_SALE);
        assertThat(jobQuery().processInstanceId(seizure.getId()).count()).as("the election timer ended").isZero();
        Task carryOut = task(TASK_CARRY_OUT_SUMMARY_SALE, seizure);
        assertThat(carryOut).hasCandidateGroup(Roles.CUSTODIAN);
        assertFormResolves(carryOut, FORM_CARRY_OUT_SUMMARY_SALE);

        // when it is sold on 2025-11-10
        complete(carryOut, withVariables(VAR_SALE_DATE, "2025-11-10", VAR_SALE_PROCEEDS, 6000.00));

        // then a petition for the proceeds is awaited for 3 months
        LocalDate proceedsDue = LocalDate.of(2026, 2, 10);
        assertThat(seizure).hasPassed(TASK_RECORD_SUMMARY_SALE, GATEWAY_SUMMARY_SOLD_OR_DESTROYED)
                .isWaitingAtExactly(GATEWAY_AWAIT_SUMMARY_SALE_PROCEEDS_PETITION);
        assertThat(job(INTERMEDIATE_EVENT_SUMMARY_SALE_PROCEEDS_PETITION_PERIOD_ELAPSED, seizure).getDuedate())
                .isEqualTo(closeOf(proceedsDue));

        // when none comes
        notDueJustBefore(INTERMEDIATE_EVENT_SUMMARY_SALE_PROCEEDS_PETITION_PERIOD_ELAPSED, seizure, proceedsDue.plusDays(1));
        fireTimerAt(INTERMEDIATE_EVENT_SUMMARY_SALE_PROCEEDS_PETITION_PERIOD_ELAPSED, seizure, proceedsDue.plusDays(1));

        // then
        assertThat(seizure).hasPassedInOrder(GATEWAY_SUMMARY_SALE_PROCEEDS_SETTLED, TASK_CLOSE_CASE_SUMMARY_SOLD,
                END_EVENT_SUMMARY_SOLD).hasNotPassed(TASK_DECLARE_FORFEITURE).isEnded();
        InOrder domain = inOrder(steps);
        domain.verify(steps).recordSummarySaleDecision(eq(CASE_NUMBER), anyMap());
        domain.verify(steps).recordSummarySale(eq(CASE_NUMBER), argThat(variables ->
                Double.valueOf(6000.00).equals(variables.get(VAR_SALE_PROCEEDS))));
        domain.verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_SUMMARY_SOLD), anyMap());
        verify(steps, never()).recordForfeiture(any(), any(), anyMap());
    }

    @Test
    void aSaleOfThePerishableItemsOnlyLeavesTheProceedingsRunningForTheRest() {
        // given a seizure of produce and machinery: the domain scopes the sale to the perishable items (1612(a))
        givenAppraisal(false, false, EARLY_SUMMARY_SALE_DUE);
        when(steps.recordSummarySaleDecision(anyString(), anyMap()))
                .thenReturn(withVariables(VAR_SUMMARY_SALE_SCOPE, SALE_SCOPE_PERISHABLE_ITEMS));
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, 58000.00);
        fireTimerAt(START_EVENT_STORAGE_COST_THRESHOLD_REACHED, seizure, EARLY_SUMMARY_SALE_DUE);

        // when the supervisor approves the sale
        ProcessInstance sale = summarySale(seizure);
        complete(task(TASK_APPROVE_SUMMARY_SALE, sale),
                withVariables(VAR_SUMMARY_SALE_DECISION, SUMMARY_SALE, VAR_SUMMARY_SALE_REASON, "produce spoils"));

        // then the custodian sells the perishable items while the election goes on (nothing is interrupted)
        assertThat(sale).hasPassed(GATEWAY_SUMMARY_SALE_APPROVED).hasNotPassed(END_EVENT_WHOLE_SEIZURE_TO_SELL_OR_DESTROY)
                .isWaitingAt(TASK_CARRY_OUT_PERISHABLE_ITEMS_SALE);
        assertThat(seizure).hasNotPassed(END_EVENT_SUMMARY_SALE_APPROVED)
                .isWaitingAt(GATEWAY_AWAIT_ELECTION, CALL_ACTIVITY_DECIDE_SUMMARY_SALE);
        Task sell = task(TASK_CARRY_OUT_PERISHABLE_ITEMS_SALE, sale);
        assertThat(sell).hasCandidateGroup(Roles.CUSTODIAN);
        assertFormResolves(sell, FORM_CARRY_OUT_SUMMARY_SALE);

        // when they are sold
        complete(sell, withVariables(VAR_SALE_DATE, "2025-11-10", VAR_SALE_PROCEEDS, 6000.00));

        // then the sale is recorded with its own date and proceeds, the proceeds are held, and the election timer
        // still runs for the rest of the seizure
        verify(steps).recordSummarySale(eq(CASE_NUMBER), argThat(variables ->
                Double.valueOf(6000.00).equals(variables.get(VAR_SALE_PROCEEDS))
                        && "2025-11-10".equals(variables.get(VAR_SALE_DATE))));
        assertThat(sale).hasPassedInOrder(TASK_CARRY_OUT_PERISHABLE_ITEMS_SALE, TASK_RECORD_PERISHABLE_ITEMS_SALE,
                END_EVENT_PERISHABLE_ITEMS_SOLD).isEnded();
        assertThat(seizure).hasPassedInOrder(CALL_ACTIVITY_DECIDE_SUMMARY_SALE, GATEWAY_WHOLE_SEIZURE_TO_SELL_OR_DESTROY,
                END_EVENT_PROCEEDINGS_GO_ON).isWaitingAtExactly(SUB_PROCESS_SEIZURE_BEFORE_DISPOSITION,
                GATEWAY_AWAIT_ELECTION);
        assertThat(seizure).variables().doesNotContainKeys(VAR_SALE_PROCEEDS, VAR_SALE_DATE);
        assertThat(job(INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED, seizure)).isNotNull();
        verify(steps, never()).closeCase(any(), any(), anyMap());

        // when nobody answers, the rest is declared forfeited as usual
        fireTimerAt(INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED, seizure, ELECTION_DUE.plusDays(1));
        assertThat(seizure).hasPassed(TASK_DECLARE_FORFEITURE).isWaitingAtExactly(CALL_ACTIVITY_DISPOSE_OF_PROPERTY);
        assertThat(disposition(seizure)).isWaitingAtExactly(TASK_DECIDE_DISPOSITION);
    }

    @Test
    void petitionForTheProceedsOfASummarySaleIsReviewedAndTheCaseClosesAsSummarySold() {
        // given a summary sale
        givenAppraisal(false, false, EARLY_SUMMARY_SALE_DUE);
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, 8000.00);
        fireTimerAt(START_EVENT_STORAGE_COST_THRESHOLD_REACHED, seizure, EARLY_SUMMARY_SALE_DUE);
        complete(task(TASK_APPROVE_SUMMARY_SALE, summarySale(seizure)),
                withVariables(VAR_SUMMARY_SALE_DECISION, SUMMARY_SALE, VAR_SUMMARY_SALE_REASON, "Perishable"));
        complete(task(TASK_CARRY_OUT_SUMMARY_SALE, seizure), withVariables(VAR_SALE_DATE, "2025-11-10",
                VAR_SALE_PROCEEDS, 6000.00));

        // when the owner petitions for the proceeds
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PROCEEDS_PETITION_ID, VAR_SUPPLEMENTAL, false);
        proposeInPetitionReview(CASE_NUMBER, mitigateTo(1500.00));

        // then
        assertThat(seizure).hasPassedInOrder(INTERMEDIATE_EVENT_SUMMARY_SALE_PROCEEDS_PETITION_RECEIVED,
                TASK_RECORD_SUMMARY_SALE_PROCEEDS_PETITION, CALL_ACTIVITY_REVIEW_SUMMARY_SALE_PROCEEDS_PETITION,
                TASK_ISSUE_SUMMARY_SALE_PROCEEDS_DECISION, GATEWAY_SUMMARY_SALE_PROCEEDS_SETTLED,
                TASK_CLOSE_CASE_SUMMARY_SOLD, END_EVENT_SUMMARY_SOLD).isEnded();
        verify(steps).recordPetitionReceived(eq(CASE_NUMBER), eq(false), argThat(variables ->
                Boolean.TRUE.equals(variables.get(VAR_PROCEEDS_PETITION))));
        verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_SUMMARY_SOLD), anyMap());
        assertThat(jobQuery().count()).isZero();
    }

    @Test
    void approvedSummaryDestructionClosesTheCaseWithoutAProceedsPeriod() {
        // given
        givenAppraisal(false, false, EARLY_SUMMARY_SALE_DUE);
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, 8000.00);
        fireTimerAt(START_EVENT_STORAGE_COST_THRESHOLD_REACHED, seizure, EARLY_SUMMARY_SALE_DUE);

        // when destruction is approved and carried out
        complete(task(TASK_APPROVE_SUMMARY_SALE, summarySale(seizure)), withVariables(VAR_SUMMARY_SALE_DECISION, SUMMARY_DESTRUCTION,
                VAR_SUMMARY_SALE_REASON, "Spoiled; storage disproportionate (19 CFR 162.48(b))"));
        complete(task(TASK_CARRY_OUT_SUMMARY_SALE, seizure), withVariables(VAR_DESTRUCTION_DATE, "2025-11-05",
                VAR_WITNESS, "SCBPO R. Alvarez", VAR_CERTIFICATE_REFERENCE, "DC-2025-0460"));

        // then
        assertThat(seizure).hasPassedInOrder(TASK_RECORD_SUMMARY_SALE, GATEWAY_SUMMARY_SOLD_OR_DESTROYED,
                        TASK_CLOSE_CASE_SUMMARY_DESTROYED, END_EVENT_SUMMARY_DESTROYED)
                .hasNotPassed(GATEWAY_AWAIT_SUMMARY_SALE_PROCEEDS_PETITION).isEnded();
        verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_SUMMARY_DESTROYED), anyMap());
        assertThat(jobQuery().count()).isZero();
    }

    @Test
    void rejectedSummarySaleLeavesTheProceedingsAsTheyWere() {
        // given the 1612 approval opened during the election
        givenAppraisal(false, false, EARLY_SUMMARY_SALE_DUE);
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, 8000.00);
        fireTimerAt(START_EVENT_STORAGE_COST_THRESHOLD_REACHED, seizure, EARLY_SUMMARY_SALE_DUE);

        // when the supervisor rejects it
        ProcessInstance approval = summarySale(seizure);
        complete(task(TASK_APPROVE_SUMMARY_SALE, approval), withVariables(VAR_SUMMARY_SALE_DECISION, SUMMARY_SALE_REJECTED,
                VAR_SUMMARY_SALE_REASON, "Cold storage keeps it; the owner is about to petition"));

        // then the election goes on untouched, with its own deadline, and the approval does not open again
        assertThat(approval).hasPassed(END_EVENT_SUMMARY_SALE_REJECTED).isEnded();
        assertThat(seizure).hasPassed(END_EVENT_PROCEEDINGS_GO_ON).hasNotPassed(END_EVENT_SUMMARY_SALE_APPROVED)
                .isWaitingAt(GATEWAY_AWAIT_ELECTION).isNotWaitingAt(CALL_ACTIVITY_DECIDE_SUMMARY_SALE);
        assertThat(jobQuery().processInstanceId(seizure.getId()).list()).singleElement()
                .satisfies(timer -> assertThat(timer.getDuedate()).isEqualTo(closeOf(ELECTION_DUE)));

        // when the owner then petitions, the petition is reviewed as usual
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);
        assertThat(seizure).isWaitingAt(CALL_ACTIVITY_REVIEW_PETITION);
        verify(steps, never()).recordSummarySale(any(), anyMap());
    }

    @Test
    void p21ReleaseOnPaymentOfTheAppraisedValueWhileAwaitingTheElection() {
        // given
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, 30000.00);

        // when the owner pays the appraised value of $30,000
        correlate(CASE_NUMBER, MESSAGE_RELEASE_ON_PAYMENT_OF_VALUE);

        // then the property is released and the case closes
        assertThat(seizure).hasPassedInOrder(BOUNDARY_EVENT_RELEASE_ON_PAYMENT_OF_VALUE, TASK_RELEASE_ON_PAYMENT_OF_VALUE,
                TASK_CLOSE_CASE_RELEASED_ON_PAYMENT, END_EVENT_RELEASED_ON_PAYMENT).isEnded();
        InOrder domain = inOrder(steps);
        domain.verify(steps).releaseOnPaymentOfValue(eq(CASE_NUMBER), anyMap());
        domain.verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_RELEASED_ON_PAYMENT), anyMap());
        assertThat(jobQuery().count()).isZero();
    }

    @Test
    void p21ReleaseOnPaymentOfValueAlsoEndsAPetitionUnderReviewAndAPendingSummarySaleApproval() {
        // given a petition under review and a summary-sale approval open at the same time
        givenAppraisal(false, false, EARLY_SUMMARY_SALE_DUE);
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, 30000.00);
        correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);
        fireTimerAt(START_EVENT_STORAGE_COST_THRESHOLD_REACHED, seizure, EARLY_SUMMARY_SALE_DUE);
        ProcessInstance review = calledBy(seizure);
        ProcessInstance approval = summarySale(seizure);
        assertThat(seizure).isWaitingAt(CALL_ACTIVITY_REVIEW_PETITION, CALL_ACTIVITY_DECIDE_SUMMARY_SALE);
        assertThat(approval).isWaitingAt(TASK_APPROVE_SUMMARY_SALE);

        // when the appraised value is paid
        correlate(CASE_NUMBER, MESSAGE_RELEASE_ON_PAYMENT_OF_VALUE);

        // then everything open ends with the release
        assertThat(seizure).hasPassed(TASK_RELEASE_ON_PAYMENT_OF_VALUE, END_EVENT_RELEASED_ON_PAYMENT).isEnded();
        assertThat(review).isEnded();
        assertThat(approval).isEnded();
        assertThat(taskQuery().processInstanceBusinessKey(CASE_NUMBER).count()).isZero();
        verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_RELEASED_ON_PAYMENT), anyMap());
        verify(steps, never()).recordSummarySaleDecision(any(), anyMap());
    }

    // ---------------------------------------------------------------- disposition

    @Test
    void thirdPartyDisposalByAnAuthorizedDisposer() {
        // given forfeited by assent
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);
        correlate(CASE_NUMBER, MESSAGE_ABANDONMENT_RECEIVED, VAR_OTHER_PARTIES_KEEP_RIGHTS, false);

        // when the officer assigns an authorized disposer and the custodian records the disposal
        ProcessInstance disposition = disposition(seizure);
        complete(task(TASK_DECIDE_DISPOSITION, disposition), withVariables(VAR_DISPOSITION_METHOD,
                DISPOSITION_THIRD_PARTY_DISPOSAL, VAR_DISPOSER, "Gulf Recycling LLC (authorized disposer 17)",
                VAR_DISPOSITION_NOTE, "Hazardous: disposal by an authorized disposer"));
        complete(task(TASK_CARRY_OUT_DISPOSITION, disposition), withVariables(VAR_DISPOSITION_DATE, "2025-11-20",
                VAR_DISPOSER_REFERENCE, "GR-88812", VAR_CERTIFICATE_REFERENCE, "GR-CERT-88812"));

        // then
        assertThat(disposition).hasPassedInOrder(TASK_CHECK_DISPOSITION, TASK_RECORD_DISPOSITION, GATEWAY_DISPOSITION_METHOD,
                TASK_CLOSE_CASE_DISPOSED, END_EVENT_PROPERTY_DISPOSED).isEnded();
        assertThat(seizure).hasPassed(END_EVENT_CLOSED_AFTER_DISPOSITION).isEnded();
        verify(steps).checkDisposition(eq(CASE_NUMBER), argThat(variables ->
                "Gulf Recycling LLC (authorized disposer 17)".equals(variables.get(VAR_DISPOSER))));
        verify(steps).recordDisposition(eq(CASE_NUMBER), argThat(variables ->
                "GR-88812".equals(variables.get(VAR_DISPOSER_REFERENCE))));
        verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_DISPOSED), anyMap());
    }

    @Test
    void returnAsTheDispositionClosesTheCaseAsReturned() {
        // given
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);
        correlate(CASE_NUMBER, MESSAGE_ABANDONMENT_RECEIVED, VAR_OTHER_PARTIES_KEEP_RIGHTS, false);

        // when
        ProcessInstance disposition = disposition(seizure);
        complete(task(TASK_DECIDE_DISPOSITION, disposition), withVariables(VAR_DISPOSITION_METHOD, DISPOSITION_RETURN,
                VAR_DISPOSITION_NOTE, "Returned to the lawful owner, a theft victim"));
        complete(task(TASK_CARRY_OUT_DISPOSITION, disposition), withVariables(VAR_DISPOSITION_DATE, "2025-11-20"));

        // then
        assertThat(disposition).hasPassedInOrder(GATEWAY_DISPOSITION_METHOD, TASK_CLOSE_CASE_RETURNED,
                END_EVENT_PROPERTY_RETURNED).isEnded();
        assertThat(seizure).hasPassed(END_EVENT_CLOSED_AFTER_DISPOSITION).isEnded();
        verify(steps).closeCase(eq(CASE_NUMBER), eq(OUTCOME_RETURNED), anyMap());
    }

    @Test
    void aDispositionTheRulesRefuseLeavesTheOfficersTaskOpen() {
        // given counterfeits forfeited by assent, and a domain that refuses a donation without the owner's consent
        givenAppraisal(true, true, SUMMARY_SALE_DUE);
        ProcessInstance seizure = openAdministrativeCase(CASE_NUMBER, VALUE);
        correlate(CASE_NUMBER, MESSAGE_ABANDONMENT_RECEIVED, VAR_OTHER_PARTIES_KEEP_RIGHTS, false);
        doThrow(new IllegalStateException("Counterfeits are destroyed unless the trademark owner consents"))
                .when(steps).checkDisposition(eq(CASE_NUMBER), argThat(variables ->
                        !Boolean.TRUE.equals(variables.get(VAR_OWNER_CONSENT))));
        ProcessInstance disposition = disposition(seizure);
        Task decide = task(TASK_DECIDE_DISPOSITION, disposition);

        // when / then
        assertThatThrownBy(() -> engine.getTaskService().complete(decide.getId(), withVariables(
                VAR_DISPOSITION_METHOD, DISPOSITION_DONATION, VAR_RECIPIENT_AGENCY, "Homeless shelter",
                VAR_OWNER_CONSENT, false, VAR_DISPOSITION_NOTE, "Donate")))
                .hasMessageContaining("trademark owner consents");
        assertThat(disposition).isWaitingAtExactly(TASK_DECIDE_DISPOSITION);
        assertThat(seizure).isWaitingAtExactly(CALL_ACTIVITY_DISPOSE_OF_PROPERTY);
        verify(steps, never()).recordDisposition(any(), anyMap());
    }

    // ---------------------------------------------------------------- offices

    @Test
    void theSeizureAndEveryProcessItCallsBelongToItsOffice() {
        // given the application's tenant rule (the office code is the tenant; called processes inherit it)
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngine().getProcessEngineConfiguration();
        TenantIdProvider before = configuration.getTenantIdProvider();
        configuration.setTenantIdProvider(new EngineSetupPlugin.OfficeTenantIdProvider());
        try {
            // when one seizure is petitioned and another goes to the U.S. Attorney
            ProcessInstance petitioned = openAdministrativeCase(CASE_NUMBER, VALUE);
            correlate(CASE_NUMBER, MESSAGE_PETITION_RECEIVED, VAR_PETITION_ID, PETITION_ID, VAR_SUPPLEMENTAL, false);
            ProcessInstance review = calledBy(petitioned);
            Task propose = taskQuery().processInstanceId(review.getId()).singleResult();

            String secondCase = "2026-SZ-000072";
            ProcessInstance judicial = openCase(secondCase);
            complete(task(TASK_RECORD_CUSTODY_AND_INVENTORY, judicial), custodyAndInventory(false));
            complete(task(TASK_APPRAISE_DOMESTIC_VALUE, judicial), appraisal(650000.00));
            ProcessInstance followUp = calledBy(judicial);
            Task outcome = taskQuery().processInstanceId(followUp.getId()).singleResult();

            // then all of it is the office's work
            assertThat(List.of(petitioned.getTenantId(), review.getTenantId(), propose.getTenantId(),
                    judicial.getTenantId(), followUp.getTenantId(), outcome.getTenantId())).containsOnly(OFFICE_CODE);
        } finally {
            configuration.setTenantIdProvider(before);
        }
    }

    // ---------------------------------------------------------------- the model and its descriptor

    @Test
    void descriptorElementIdsAreInTheModelAndEveryTimerWaitsOnItsDateVariable() {
        // given
        BpmnModelInstance model = model();
        Set<String> flowNodes = models().stream().flatMap(each -> each.getModelElementsByType(FlowNode.class).stream())
                .map(FlowNode::getId).collect(Collectors.toSet());

        // then every element id the code names is a flow node of the seizure model or the summary sale it calls (a designer may add nodes without a constant;
        // the ModelLinter guards their ids, forms and timers at every deployment)
        assertThat(flowNodes).containsAll(elementIdConstants());
        // every deadline is a timer on the date the domain computed, with its citation in its name
        Map<String, String> timers = new HashMap<>();
        for (CatchEvent event : models().stream().flatMap(each -> each.getModelElementsByType(CatchEvent.class).stream())
                .toList()) {
            event.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
                    .map(TimerEventDefinition.class::cast)
                    .forEach(timer -> {
                        timers.put(event.getId(), timer.getTimeDate().getTextContent());
                        assertThat(event.getName()).as("citation in the name of timer %s", event.getId())
                                .containsPattern("(U\\.S\\.C\\.|CFR) \\d");
                    });
        }
        assertThat(timers).containsExactlyInAnyOrderEntriesOf(Map.of(
                START_EVENT_STORAGE_COST_THRESHOLD_REACHED, "${" + VAR_SUMMARY_SALE_DATE + "}",
                INTERMEDIATE_EVENT_ELECTION_PERIOD_ELAPSED, "${" + VAR_ELECTION_DUE_DATE + "}",
                INTERMEDIATE_EVENT_REMISSION_DECISION_EXPIRED, "${" + VAR_DECISION_VALID_UNTIL + "}",
                INTERMEDIATE_EVENT_SUMMARY_SALE_PROCEEDS_PETITION_PERIOD_ELAPSED, "${" + VAR_PROCEEDS_PETITION_DUE_DATE + "}",
                INTERMEDIATE_EVENT_SALE_PROCEEDS_PETITION_PERIOD_ELAPSED, "${" + VAR_PROCEEDS_PETITION_DUE_DATE + "}",
                INTERMEDIATE_EVENT_SUPPLEMENTAL_PETITION_PERIOD_ELAPSED, "${" + VAR_SUPPLEMENTAL_PETITION_DUE_DATE + "}",
                INTERMEDIATE_EVENT_CAFRA_CLAIM_PERIOD_ELAPSED, "${" + VAR_CLAIM_DUE_DATE + "}",
                BOUNDARY_EVENT_NO_COMPLAINT_IN_TIME, "${" + VAR_COMPLAINT_DUE_DATE + "}"));
        // the CAFRA track's ways out are attached to its sub-process, its complaint deadline to its task
        assertThat(model.getModelElementsByType(BoundaryEvent.class)).filteredOn(boundary ->
                        boundary.getAttachedTo().getId().equals(SUB_PROCESS_CAFRA_FORFEITURE)).extracting(BoundaryEvent::getId)
                .containsExactlyInAnyOrder(BOUNDARY_EVENT_CAFRA_CLAIM_FILED, BOUNDARY_EVENT_CAFRA_PROPERTY_FORFEITED);
        assertThat(model.<BoundaryEvent>getModelElementById(BOUNDARY_EVENT_NO_COMPLAINT_IN_TIME).getAttachedTo().getId())
                .isEqualTo(TASK_RECORD_CAFRA_COMPLAINT);
        // the four ways out of the administrative proceedings are attached to them
        assertThat(model.getModelElementsByType(BoundaryEvent.class)).filteredOn(boundary ->
                        !boundary.getAttachedTo().getId().equals(SUB_PROCESS_CAFRA_FORFEITURE)
                                && !boundary.getId().equals(BOUNDARY_EVENT_NO_COMPLAINT_IN_TIME)).allSatisfy(boundary ->
                assertThat(boundary.getAttachedTo().getId()).isEqualTo(SUB_PROCESS_SEIZURE_BEFORE_DISPOSITION));
    }

    @Test
    void everyUserTaskIsOfferedToItsRoleWithItsForm() {
        // given
        Map<String, List<String>> groups = new HashMap<>();
        Map<String, String> forms = new HashMap<>();
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                groups.put(task.getId(), task.getCamundaCandidateGroupsList());
                forms.put(task.getId(), task.getCamundaFormRef());
            }
        }

        // then
        assertThat(groups).containsExactlyInAnyOrderEntriesOf(Map.of(
                TASK_RECORD_CUSTODY_AND_INVENTORY, List.of(Roles.CUSTODIAN),
                TASK_APPRAISE_DOMESTIC_VALUE, List.of(Roles.OFFICER, Roles.CUSTODIAN),
                TASK_COUNSEL_REVIEW_OFFER, List.of(Roles.COUNSEL),
                TASK_APPROVE_SUMMARY_SALE, List.of(Roles.SUPERVISOR),
                TASK_CARRY_OUT_SUMMARY_SALE, List.of(Roles.CUSTODIAN),
                TASK_CARRY_OUT_PERISHABLE_ITEMS_SALE, List.of(Roles.CUSTODIAN),
                TASK_RECORD_COURT_OUTCOME, List.of(Roles.OFFICER),
                TASK_DECIDE_DISPOSITION, List.of(Roles.OFFICER),
                TASK_CARRY_OUT_DISPOSITION, List.of(Roles.CUSTODIAN),
                TASK_RECORD_CAFRA_COMPLAINT, List.of(Roles.OFFICER)));
        assertThat(forms).containsExactlyInAnyOrderEntriesOf(Map.of(
                TASK_RECORD_CUSTODY_AND_INVENTORY, FORM_RECORD_CUSTODY_AND_INVENTORY,
                TASK_APPRAISE_DOMESTIC_VALUE, FORM_APPRAISE_DOMESTIC_VALUE,
                TASK_COUNSEL_REVIEW_OFFER, FORM_COUNSEL_REVIEW_OFFER,
                TASK_APPROVE_SUMMARY_SALE, FORM_APPROVE_SUMMARY_SALE,
                TASK_CARRY_OUT_SUMMARY_SALE, FORM_CARRY_OUT_SUMMARY_SALE,
                TASK_CARRY_OUT_PERISHABLE_ITEMS_SALE, FORM_CARRY_OUT_SUMMARY_SALE,
                TASK_RECORD_COURT_OUTCOME, FORM_RECORD_COURT_OUTCOME,
                TASK_DECIDE_DISPOSITION, FORM_DECIDE_DISPOSITION,
                TASK_CARRY_OUT_DISPOSITION, FORM_CARRY_OUT_DISPOSITION,
                TASK_RECORD_CAFRA_COMPLAINT, FORM_RECORD_CAFRA_COMPLAINT));
        assertThat(FORM_RESOURCES).containsExactlyInAnyOrderElementsOf(forms.values().stream().distinct()
                .map(form -> "forms/seizure/" + form + ".form").toList());
    }

    @Test
    void theDiagramHasNoOverlappingShapesAndEveryEdgeRunsOrthogonally() {
        for (BpmnModelInstance model : models()) {
            theDiagramHasNoOverlappingShapesAndEveryEdgeRunsOrthogonally(model);
        }
    }

    private static void theDiagramHasNoOverlappingShapesAndEveryEdgeRunsOrthogonally(BpmnModelInstance model) {
        // given
        List<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> !(shape.getBpmnElement() instanceof org.camunda.bpm.model.bpmn.instance.SubProcess))
                .filter(shape -> !(shape.getBpmnElement() instanceof BoundaryEvent))
                .toList();

        // then no two flow nodes are drawn over each other
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                assertThat(overlap(shapes.get(i).getBounds(), shapes.get(j).getBounds()))
                        .as("%s overlaps %s", shapes.get(i).getBpmnElement().getId(), shapes.get(j).getBpmnElement().getId())
                        .isFalse();
            }
        }
        // and every edge is drawn with right angles only
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            List<org.camunda.bpm.model.bpmn.instance.di.Waypoint> points = List.copyOf(edge.getWaypoints());
            assertThat(points).as("waypoints of %s", edge.getBpmnElement().getId()).hasSizeGreaterThanOrEqualTo(2);
            for (int i = 1; i < points.size(); i++) {
                boolean straight = Double.compare(points.get(i).getX(), points.get(i - 1).getX()) == 0
                        || Double.compare(points.get(i).getY(), points.get(i - 1).getY()) == 0;
                assertThat(straight).as("segment %d of %s", i, edge.getBpmnElement().getId()).isTrue();
            }
        }
    }

    // ---------------------------------------------------------------- fixtures

    private ProcessInstance openCase(String caseNumber) {
        return engine.getRuntimeService().startProcessInstanceByKey(SeizureForfeitureProcess.KEY, caseNumber,
                withVariables(VAR_CASE_NUMBER, caseNumber, VAR_OFFICE_CODE, OFFICE_CODE,
                        VAR_SEIZURE_NUMBER, "2026520100071501", VAR_PARTY_NAME, "Coastal Imports LLC",
                        VAR_SEIZURE_DATE, SEIZED_AT.toLocalDate().toString(), VAR_STATUTE, "1595a(c)",
                        VAR_ITEMS_SUMMARY, "40 cartons of handbags", VAR_CAFRA_SEIZURE, false));
    }

    /** Custody taken and appraised at {@code value}: the election is open. */
    private ProcessInstance openAdministrativeCase(String caseNumber, double value) {
        ProcessInstance seizure = openCase(caseNumber);
        complete(task(TASK_RECORD_CUSTODY_AND_INVENTORY, seizure), custodyAndInventory(false));
        complete(task(TASK_APPRAISE_DOMESTIC_VALUE, seizure), appraisal(value));
        assertThat(seizure).isWaitingAt(GATEWAY_AWAIT_ELECTION);
        return seizure;
    }

    private static Map<String, Object> custodyAndInventory(boolean perishable) {
        return withVariables(VAR_STORAGE_LOCATION, "Bonded warehouse 3, bay 12", VAR_DAILY_STORAGE_RATE, 45.00,
                VAR_PERISHABLE, perishable, VAR_HAZARDOUS, false, VAR_HIGH_RISK, true,
                VAR_PHOTOGRAPH_REFERENCES, "IMG-0711\nIMG-0712", VAR_INVENTORY_NOTE, "40 cartons, 25 handbags each");
    }

    private static Map<String, Object> appraisal(double value) {
        return withVariables(VAR_APPRAISED_VALUE, value, VAR_APPRAISAL_BASIS, "Three comparable offers, Miami, October 2025");
    }

    /** What recordAppraisal returns, like the domain: the value entered, the flags of the goods, the 1612 date. */
    private void givenAppraisal(boolean counterfeit, boolean prohibited, LocalDate summarySaleDate) {
        doAnswer(call -> withVariables(
                VAR_APPRAISED_VALUE, ((Number) variables(call).get(VAR_APPRAISED_VALUE)).doubleValue(),
                VAR_ADMINISTRATIVE_LIMIT, ADMINISTRATIVE_LIMIT, VAR_PROHIBITED, prohibited, VAR_DRUG_CONVEYANCE, false,
                VAR_MONETARY_INSTRUMENT, false, VAR_COUNTERFEIT, counterfeit,
                VAR_SUMMARY_SALE_DATE, startOf(summarySaleDate))).when(steps).recordAppraisal(anyString(), anyMap());
    }

    /** Decides a sale and has it carried out at the P18 auction; returns the seizure, waiting for a proceeds petition. */
    /** Sells the forfeited property at auction; returns the disposition process the seizure called. */
    private ProcessInstance sellAtAuction(ProcessInstance seizure) {
        ProcessInstance disposition = disposition(seizure);
        ClockUtil.setCurrentTime(startOf(AUCTION.minusDays(20)));
        complete(task(TASK_DECIDE_DISPOSITION, disposition), withVariables(VAR_DISPOSITION_METHOD, DISPOSITION_SALE,
                VAR_DISPOSITION_NOTE, "Online auction by the national contractor"));
        ClockUtil.setCurrentTime(startOf(AUCTION));
        complete(task(TASK_CARRY_OUT_DISPOSITION, disposition), withVariables(VAR_DISPOSITION_DATE, AUCTION.toString(),
                VAR_SALE_PROCEEDS, 31000.00));
        verify(steps).recordDisposition(eq(CASE_NUMBER), argThat(variables ->
                Double.valueOf(31000.00).equals(variables.get(VAR_SALE_PROCEEDS))));
        return disposition;
    }

    /** The follow-up's officer records what the U.S. Attorney did; returns the court-outcome task that follows. */
    private Task recordReferralOutcome(ProcessInstance seizure) {
        Task referralOutcome = taskQuery().processInstanceBusinessKey(CASE_NUMBER)
                .taskDefinitionKey(ReferralFollowUpProcess.TASK_RECORD_REFERRAL_OUTCOME).singleResult();
        assertThat(referralOutcome).hasCandidateGroup(Roles.OFFICER).hasDueDate(startOf(REFERRAL_ESCALATION));
        complete(referralOutcome, withVariables(
                ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME, ReferralFollowUpProcess.OUTCOME_ACCEPTED_FOR_ACTION,
                ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_DATE, "2026-02-16",
                ReferralFollowUpProcess.VAR_REFERRAL_OUTCOME_NOTE, "Complaint for forfeiture in rem filed"));
        Task courtOutcome = task(TASK_RECORD_COURT_OUTCOME, seizure);
        assertThat(courtOutcome).hasCandidateGroup(Roles.OFFICER);
        assertFormResolves(courtOutcome, FORM_RECORD_COURT_OUTCOME);
        assertThat(seizure).variables()
                .containsEntry(VAR_REFERRAL_OUTCOME, ReferralFollowUpProcess.OUTCOME_ACCEPTED_FOR_ACTION);
        return courtOutcome;
    }

    private static Map<String, Object> deny() {
        Map<String, Object> deny = mitigateTo(VALUE);
        deny.put(PetitionReviewProcess.VAR_PETITION_OUTCOME, PetitionReviewProcess.OUTCOME_DENY);
        return deny;
    }

    /** What the mitigation service returns for a petition on this seizure (the stub routing reads only a few). */
    private static Map<String, Object> seizureReviewFacts(boolean supplemental) {
        Map<String, Object> facts = reviewFacts(VALUE, supplemental);
        facts.put(PetitionReviewProcess.VAR_FAMILY, "SEIZURE");
        facts.put(PetitionReviewProcess.VAR_STATUTE, "1595a(c)");
        return facts;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(org.mockito.invocation.InvocationOnMock call) {
        return (Map<String, Object>) call.getArguments()[call.getArguments().length - 1];
    }

    /** The petition review or referral follow-up the seizure called (not its summary-sale approval). */
    private static ProcessInstance calledBy(ProcessInstance seizure) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(seizure.getId())
                .processDefinitionKeyNotIn(SUMMARY_SALE_KEY, DISPOSITION_KEY).singleResult();
    }

    /** The disposition the seizure called once the property was forfeited; it carries the case's business key. */
    private static ProcessInstance disposition(ProcessInstance seizure) {
        ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(seizure.getId()).processDefinitionKey(DISPOSITION_KEY).singleResult();
        assertThat(called).as("disposition process called by the seizure").isNotNull();
        assertThat(called.getBusinessKey()).isEqualTo(seizure.getBusinessKey());
        return called;
    }

    /** The 1612 approval the seizure called; it carries the case's business key. */
    private static ProcessInstance summarySale(ProcessInstance seizure) {
        ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(seizure.getId()).processDefinitionKey(SUMMARY_SALE_KEY).singleResult();
        assertThat(called).as("summary-sale process called by the seizure").isNotNull();
        assertThat(called.getBusinessKey()).isEqualTo(seizure.getBusinessKey());
        return called;
    }

    /** The seizure model and the summary-sale and disposition processes it calls. */
    private static List<BpmnModelInstance> models() {
        return List.of(model(), model(SUMMARY_SALE_RESOURCE), model(DISPOSITION_RESOURCE));
    }

    private static BpmnModelInstance model() {
        return model(RESOURCE);
    }

    private static BpmnModelInstance model(String resource) {
        try (InputStream file = SeizureForfeitureProcessTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(file).as(resource).isNotNull();
            return Bpmn.readModelFromStream(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static List<String> elementIdConstants() {
        List<String> prefixes = List.of("START_EVENT_", "END_EVENT_", "TASK_", "GATEWAY_", "INTERMEDIATE_EVENT_",
                "CALL_ACTIVITY_", "BOUNDARY_EVENT_", "SUB_PROCESS_", "EVENT_SUB_PROCESS_");
        return Arrays.stream(SeizureForfeitureProcess.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .filter(field -> prefixes.stream().anyMatch(field.getName()::startsWith))
                .map(SeizureForfeitureProcessTest::value).toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

}
