package gov.fpf.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;

/** An expected refusal is one line from the handler that answers it; the engine's stack trace of it is dropped. */
class RefusalLogFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final Logger engineContext = context.getLogger(RefusalLogFilter.ENGINE_CONTEXT);
    private final RefusalLogFilter filter = new RefusalLogFilter();

    @Test
    void theEnginesErrorForARuleRefusalIsDroppedWhereverTheRefusalIsWrapped() {
        RuntimeException wrapped = new RuntimeException("ENGINE-16004 Exception while closing command context",
                new Problems.RuleViolation("The proposed penalty must be at most the statutory maximum.", "19 U.S.C. 1592(c)"));

        assertThat(filter.decide(null, engineContext, Level.ERROR, "{}", new Object[] {"x", wrapped}, null))
                .isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, engineContext, Level.ERROR, "{}", null,
                new Problems.Forbidden("four eyes"))).isEqualTo(FilterReply.DENY);
    }

    @Test
    void everythingElseTheEngineLogsIsKept() {
        assertThat(filter.decide(null, engineContext, Level.ERROR, "{}", null, new IllegalStateException("a bug")))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, context.getLogger("gov.fpf.Something"), Level.ERROR, "{}", null,
                new Problems.Forbidden("four eyes"))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engineContext, Level.ERROR, "{}", null,
                new RuntimeException(new java.sql.SQLTransientConnectionException("pool timeout"))))
                .as("an outage is not an expected refusal").isEqualTo(FilterReply.NEUTRAL);
    }
}
