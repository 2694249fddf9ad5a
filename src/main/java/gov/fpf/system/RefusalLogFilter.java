package gov.fpf.system;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * An expected refusal is one log line, not a stack trace. The engine logs every exception that ends a command at ERROR
 * with its stack trace (logger {@value #ENGINE_CONTEXT}); for a rule of ours refused inside a command (a listener's 422,
 * four eyes' 403) or a value the database cannot hold, that is noise: the handler that answers the request logs the
 * refusal in one line ({@link ProblemHandler}, the engine REST API's mapper). Anything else the engine logs is kept.
 */
@Component
class RefusalLogFilter extends TurboFilter {

    static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

    RefusalLogFilter() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            setContext(context);
            start();
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (logger == null || !logger.getName().startsWith(ENGINE_CONTEXT) || level == null || !level.isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        if (thrown == null) {
            return FilterReply.NEUTRAL;
        }
        return Failures.classify(thrown).filter(f -> f.status().is4xxClientError()).isPresent()
                ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
