package gov.fpf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the Spring test context: the system clock, unless a test sets a moment, which then moves
 * the application's "today" and the engine's clock (ClockUtil, which decides which timers are due) together. A test
 * that sets it must {@link #reset()} it.
 */
public final class TestClock extends Clock {

    private volatile Instant fixed;

    /** From now on, the application and the engine see {@code instant}. */
    public void set(Instant instant) {
        fixed = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Back to the system clock, for the application and the engine. */
    public void reset() {
        fixed = null;
        ClockUtil.reset();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * Does the job executor's work for one case at the current moment: runs the timers of the case's process
     * instances that are due now (again, while firing one makes another due) and returns the activities that fired.
     */
    public static java.util.List<String> runDueTimers(org.camunda.bpm.engine.RuntimeService runtime,
                                                       org.camunda.bpm.engine.ManagementService management,
                                                       String caseNumber) {
        java.util.List<String> fired = new java.util.ArrayList<>();
        for (int round = 0; round < 5; round++) {
            java.util.List<org.camunda.bpm.engine.runtime.Job> due = new java.util.ArrayList<>();
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().forEach(pi ->
                    due.addAll(management.createJobQuery().processInstanceId(pi.getId()).timers().executable().list()));
            if (due.isEmpty()) {
                return fired;
            }
            for (org.camunda.bpm.engine.runtime.Job job : due) {
                fired.add(management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                        .getActivityId());
                management.executeJob(job.getId());
            }
        }
        return fired;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
