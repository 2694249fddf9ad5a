package gov.fpf.confidentiality;

import static gov.fpf.confidentiality.ConfidentialityReviewProcess.*;
import static gov.fpf.testsupport.ProcessTestSupport.assertFormResolves;
import static gov.fpf.testsupport.ProcessTestSupport.closeOf;
import static gov.fpf.testsupport.ProcessTestSupport.date;
import static gov.fpf.testsupport.ProcessTestSupport.fireClosingTimerAfter;
import static gov.fpf.testsupport.ProcessTestSupport.fireTimerAt;
import static gov.fpf.testsupport.ProcessTestSupport.notDueJustBefore;
import static gov.fpf.testsupport.ProcessTestSupport.startOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.LegalParameter;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterSource;
import gov.fpf.rules.ParameterValue;
import gov.fpf.system.Roles;
import gov.fpf.testsupport.ProcessTestSupport;

/**
 * Every path of the confidentiality review model, its timers driven through the engine clock. The recording steps are
 * the real delegate over a fake domain that computes the timers' dates from V31's values (review every 12 months,
 * grants of at most 2 years, renewal review 30 days before the end) as the service does.
 */
class ConfidentialityReviewProcessTest {

    @RegisterExtension
    static final ProcessTestSupport engine = ProcessTestSupport.deploying(RESOURCE).and(FORM_RESOURCES);

    private static final LocalDateTime RECORDED_AT = LocalDateTime.of(2026, 10, 1, 9, 0);
    private static final LocalDate GRANT_DAY = RECORDED_AT.toLocalDate();

    private static final EoRuleSource IN_FORCE = (rule, on) -> rule == EoRule.CONFIDENTIALITY_REVIEW
            ? Optional.of(new EoRuleSource.InForce(rule, 0, "test", "test instrument", LocalDate.of(2026, 9, 1)))
            : Optional.empty();

    private static final ParameterSource V31 = (name, on) -> switch (name) {
        case ParameterNames.CONFIDENTIALITY_REVIEW_CYCLE -> value(name, 12, LegalParameter.Unit.MONTHS);
        case ParameterNames.CONFIDENTIALITY_GRANT_MAXIMUM -> value(name, 2, LegalParameter.Unit.YEARS);
        case ParameterNames.CONFIDENTIALITY_RENEWAL_NOTICE -> value(name, 30, LegalParameter.Unit.DAYS);
        default -> throw new IllegalArgumentException(name);
    };

    private static ParameterValue value(String name, int v, LegalParameter.Unit unit) {
        return new ParameterValue(1, name, BigDecimal.valueOf(v), unit, LocalDate.of(2026, 6, 3), "test", "TEAM");
    }

    /** What the service does, in memory: the log is the decisions it would record. */
    static final class FakeDomain implements ConfidentialitySteps {
        final ConfidentialityTerms terms;
        final List<String> log = new ArrayList<>();
        LocalDate grantedUntil;
        LocalDate nextReview;

        FakeDomain(EoRuleSource rules) {
            this.terms = new ConfidentialityTerms(V31, rules);
        }

        private Map<String, Object> dates(LocalDate today) {
            Map<String, Object> d = new HashMap<>();
            d.put(VAR_REVIEW_DATE, startOf(nextReview));
            d.put(VAR_RENEWAL_DATE, startOf(terms.renewalOpens(today, grantedUntil)));
            d.put(VAR_EXPIRY_DATE, closeOf(grantedUntil));
            return d;
        }

        @Override
        public Map<String, Object> applyDecision(long id, String decision, String reason, LocalDate until, String actor) {
            LocalDate today = ProcessTestSupport.today();
            log.add(decision + " " + until + " by " + actor);
            Map<String, Object> r = new HashMap<>();
            r.put(VAR_GRANTED, DECISION_GRANT.equals(decision));
            boolean periodic = DECISION_GRANT.equals(decision) && terms.reviewInForce(today).isPresent();
            r.put(VAR_PERIODIC_REVIEW, periodic);
            if (periodic) {
                assertThat(until).isBeforeOrEqualTo(terms.latestUntil(today));
                grantedUntil = until;
                nextReview = terms.nextReview(today);
                r.putAll(dates(today));
            }
            return r;
        }

        @Override
        public Map<String, Object> applyReview(long id, String outcome, String reason, String actor) {
            LocalDate today = ProcessTestSupport.today();
            log.add("REVIEW " + outcome + " on " + today);
            Map<String, Object> r = new HashMap<>();
            r.put(VAR_CONTINUED, REVIEW_CONTINUE.equals(outcome));
            if (REVIEW_CONTINUE.equals(outcome)) {
                nextReview = terms.nextReview(today);
                r.putAll(dates(today));
            }
            return r;
        }

        @Override
        public Map<String, Object> applyRenewal(long id, String decision, String reason, LocalDate until, String actor) {
            LocalDate today = ProcessTestSupport.today();
            log.add(decision + " " + until + " on " + today);
            Map<String, Object> r = new HashMap<>();
            r.put(VAR_RENEWED, RENEWAL_RENEW.equals(decision));
            if (RENEWAL_RENEW.equals(decision)) {
                assertThat(until).isBeforeOrEqualTo(terms.latestUntil(today));
                grantedUntil = until;
                nextReview = terms.nextReview(today);
                r.putAll(dates(today));
            }
            return r;
        }

        @Override
        public void applyExpiry(long id) {
            log.add("EXPIRED on " + ProcessTestSupport.today());
        }
    }

    private FakeDomain domain(EoRuleSource rules) {
        FakeDomain domain = new FakeDomain(rules);
        Mocks.register("confidentialityStepDelegate", new ConfidentialityStepDelegate(domain));
        return domain;
    }

    private static ProcessInstance start() {
        ClockUtil.setCurrentTime(date(RECORDED_AT));
        return runtimeService().startProcessInstanceByKey(KEY, businessKey(7), withVariables(VAR_REQUEST_ID, 7L,
                VAR_OFFICE_CODE, "LALB", VAR_PARTY_NAME, "Acme Imports", VAR_SCOPE, "MANIFEST_IMPORTER_IDENTITY",
                VAR_REQUEST_REASON, "Competitors read the manifests"));
    }

    private static Task decideTask(ProcessInstance pi) {
        assertThat(pi).isWaitingAtExactly(TASK_DECIDE_REQUEST);
        Task task = task(TASK_DECIDE_REQUEST, pi);
        assertThat(task).hasCandidateGroup(Roles.SUPERVISOR);
        assertFormResolves(task, FORM_DECIDE_REQUEST);
        return task;
    }

    private static void grant(ProcessInstance pi, LocalDate until) {
        complete(decideTask(pi), withVariables(VAR_DECISION, DECISION_GRANT, VAR_DECISION_REASON, "Certified as 103.31(d)",
                VAR_GRANTED_UNTIL, until == null ? "" : until.toString()));
    }

    @Test
    void grantThenPeriodicReviewThenRenewalKeepsTheGrantUnderReview() {
        FakeDomain domain = domain(IN_FORCE);
        ProcessInstance pi = start();
        LocalDate until = LocalDate.of(2028, 9, 30);

        grant(pi, until);

        assertThat(pi).hasPassedInOrder(TASK_DECIDE_REQUEST, TASK_RECORD_DECISION)
                .isWaitingAtExactly(GATEWAY_REVIEW_OR_RENEWAL);
        // the periodic review: 12 months after the grant, not a second before
        notDueJustBefore(TIMER_REVIEW_DUE, pi, LocalDate.of(2027, 10, 1));
        fireTimerAt(TIMER_REVIEW_DUE, pi, LocalDate.of(2027, 10, 1));
        assertThat(pi).isWaitingAtExactly(TASK_PERIODIC_REVIEW);
        Task review = task(TASK_PERIODIC_REVIEW, pi);
        assertThat(review).hasCandidateGroup(Roles.SUPERVISOR);
        assertFormResolves(review, FORM_PERIODIC_REVIEW);
        complete(review, withVariables(VAR_REVIEW_OUTCOME, REVIEW_CONTINUE, VAR_REVIEW_REASON, "Still certified"));

        // continued: next review 2028-10-01 is after the renewal review (30 days before 2028-09-30), which comes first
        assertThat(pi).isWaitingAtExactly(GATEWAY_REVIEW_OR_RENEWAL);
        assertThat(job(TIMER_REVIEW_DUE, pi).getDuedate()).isEqualTo(startOf(LocalDate.of(2028, 10, 1)));
        notDueJustBefore(TIMER_RENEWAL_NOTICE, pi, LocalDate.of(2028, 8, 31));
        fireTimerAt(TIMER_RENEWAL_NOTICE, pi, LocalDate.of(2028, 8, 31));
        assertThat(pi).isWaitingAtExactly(TASK_DECIDE_RENEWAL);
        Task renewal = task(TASK_DECIDE_RENEWAL, pi);
        assertThat(renewal).hasCandidateGroup(Roles.SUPERVISOR).hasDueDate(closeOf(until));
        assertFormResolves(renewal, FORM_DECIDE_RENEWAL);
        assertThat(job(BOUNDARY_GRANT_EXPIRES, pi).getDuedate()).isEqualTo(closeOf(until));

        // renewed to the longest allowed: two years from the renewal
        complete(renewal, withVariables(VAR_RENEWAL_DECISION, RENEWAL_RENEW, VAR_RENEWAL_REASON, "Renewed certification",
                VAR_RENEWED_UNTIL, "2030-08-31"));

        assertThat(pi).hasPassed(TASK_RECORD_RENEWAL).hasNotPassed(TASK_RECORD_EXPIRY)
                .isWaitingAtExactly(GATEWAY_REVIEW_OR_RENEWAL);
        assertThat(job(TIMER_RENEWAL_NOTICE, pi).getDuedate()).isEqualTo(startOf(LocalDate.of(2030, 8, 1)));
        assertThat(job(TIMER_REVIEW_DUE, pi).getDuedate()).isEqualTo(startOf(LocalDate.of(2029, 8, 31)));
        assertThat(domain.log).containsExactly("GRANT 2028-09-30 by system", "REVIEW CONTINUE on 2027-10-01",
                "RENEW 2030-08-31 on 2028-08-31");
    }

    @Test
    void aGrantNotRenewedByItsLastDayExpires() {
        FakeDomain domain = domain(IN_FORCE);
        ProcessInstance pi = start();
        LocalDate until = LocalDate.of(2027, 3, 31);
        grant(pi, until);
        fireTimerAt(TIMER_RENEWAL_NOTICE, pi, LocalDate.of(2027, 3, 1));
        assertThat(pi).isWaitingAtExactly(TASK_DECIDE_RENEWAL);

        // nobody decides: the grant runs through its last day, then expires
        fireClosingTimerAfter(BOUNDARY_GRANT_EXPIRES, pi, until);

        assertThat(pi).hasPassedInOrder(TASK_DECIDE_REQUEST, TIMER_RENEWAL_NOTICE, BOUNDARY_GRANT_EXPIRES,
                TASK_RECORD_EXPIRY, END_EVENT_EXPIRED).hasNotPassed(TASK_RECORD_RENEWAL).isEnded();
        assertThat(domain.log).containsExactly("GRANT 2027-03-31 by system", "EXPIRED on 2027-04-01");
    }

    @Test
    void aGrantLetExpireWaitsForItsLastDayThenExpires() {
        FakeDomain domain = domain(IN_FORCE);
        ProcessInstance pi = start();
        LocalDate until = LocalDate.of(2027, 3, 31);
        grant(pi, until);
        fireTimerAt(TIMER_RENEWAL_NOTICE, pi, LocalDate.of(2027, 3, 1));

        complete(task(TASK_DECIDE_RENEWAL, pi), withVariables(VAR_RENEWAL_DECISION, RENEWAL_DO_NOT_RENEW,
                VAR_RENEWAL_REASON, "Party no longer imports", VAR_RENEWED_UNTIL, ""));

        assertThat(pi).isWaitingAtExactly(TIMER_GRANT_EXPIRES);
        fireClosingTimerAfter(TIMER_GRANT_EXPIRES, pi, until);
        assertThat(pi).hasPassed(TASK_RECORD_RENEWAL, TASK_RECORD_EXPIRY).isEnded();
        assertThat(pi).hasPassed(END_EVENT_EXPIRED);
        assertThat(domain.log).containsExactly("GRANT 2027-03-31 by system", "DO_NOT_RENEW null on 2027-03-01",
                "EXPIRED on 2027-04-01");
    }

    @Test
    void aPeriodicReviewCanEndTheGrant() {
        FakeDomain domain = domain(IN_FORCE);
        ProcessInstance pi = start();
        grant(pi, LocalDate.of(2028, 9, 30));
        fireTimerAt(TIMER_REVIEW_DUE, pi, LocalDate.of(2027, 10, 1));

        complete(task(TASK_PERIODIC_REVIEW, pi), withVariables(VAR_REVIEW_OUTCOME, REVIEW_END, VAR_REVIEW_REASON,
                "Certification withdrawn"));

        assertThat(pi).hasPassed(TASK_RECORD_REVIEW, END_EVENT_ENDED_ON_REVIEW).hasNotPassed(TASK_DECIDE_RENEWAL).isEnded();
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(domain.log).containsExactly("GRANT 2028-09-30 by system", "REVIEW END on 2027-10-01");
    }

    @Test
    void aDeniedRequestEndsWithNoTimers() {
        FakeDomain domain = domain(IN_FORCE);
        ProcessInstance pi = start();

        complete(decideTask(pi), withVariables(VAR_DECISION, DECISION_DENY, VAR_DECISION_REASON, "Not a manifest party",
                VAR_GRANTED_UNTIL, ""));

        assertThat(pi).hasPassedInOrder(TASK_RECORD_DECISION, END_EVENT_DENIED).isEnded();
        assertThat(domain.log).containsExactly("DENY null by system");
    }

    @Test
    void beforeTheSec6RuleIsInForceAGrantIsOpenEndedWithNoReviewOrExpiry() {
        FakeDomain domain = domain(EoRuleSource.NONE);
        ProcessInstance pi = start();

        grant(pi, null);

        assertThat(pi).hasPassed(END_EVENT_GRANTED_WITHOUT_REVIEW).hasNotPassed(TIMER_REVIEW_DUE, TIMER_RENEWAL_NOTICE)
                .isEnded();
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(domain.log).containsExactly("GRANT null by system");
    }

    @Test
    void aWithdrawalEndsTheProcessWhereverItWaits() {
        domain(IN_FORCE);
        ProcessInstance pi = start();
        grant(pi, LocalDate.of(2028, 9, 30));
        assertThat(pi).isWaitingAtExactly(GATEWAY_REVIEW_OR_RENEWAL);

        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(businessKey(7)).correlate();

        assertThat(pi).hasPassed(START_EVENT_WITHDRAWN, END_EVENT_WITHDRAWN).isEnded();
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
    }
}
