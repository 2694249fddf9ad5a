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
