package dev.lambdaobs.logging;

import static dev.lambdaobs.logging.StructuredArguments.entry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.masking.JsonTrees;
import dev.lambdaobs.core.masking.Masking;
import dev.lambdaobs.core.masking.MaskingPolicy;
import dev.lambdaobs.logging.backend.LoggingBackend.StepLogger;
import dev.lambdaobs.logging.event.CorrelationIdExtractor;

/**
 * The step's own lines: the event (masked) and correlation id at the start, the response (masked)
 * or the handler's exception at the end. A failure here (an event Jackson cannot convert) is
 * reported once and never reaches the handler.
 */
final class EventLogger {
    static final String EVENT_KEY = "event";
    static final String RESPONSE_KEY = "response";
    static final String PRIMING_KEY = "snapstart_priming";

    private final StepLogger logger;
    private final LoggingConfig config;
    private final MaskingPolicy masking;

    EventLogger(StepLogger logger, LoggingConfig config) {
        this.logger = logger;
        this.config = config;
        this.masking = config.masking();
    }

    void begin(Invocation invocation, CorrelationIdExtractor correlationIds) {
        if (correlationIds == null && !config.logEvent()) {
            return;
        }
        try {
            JsonNode tree = JsonTrees.toTree(invocation.event());
            if (correlationIds != null) {
                correlationIds.find(tree).ifPresent(invocation::correlationId);
            }
            if (config.logEvent()) {
                logger.info("Event received", entry(EVENT_KEY, Masking.mask(tree, masking)));
            }
        } catch (RuntimeException | StackOverflowError e) {
            report(invocation, "LoggingStep.event", e);
        }
    }

    void response(Invocation invocation, Object response) {
        if (!config.logResponse()) {
            return;
        }
        try {
            JsonNode tree = JsonTrees.toTree(response);
            logger.info("Response sent", entry(RESPONSE_KEY, Masking.mask(tree, masking)));
        } catch (RuntimeException | StackOverflowError e) {
            report(invocation, "LoggingStep.response", e);
        }
    }

    /**
     * SnapStart priming: one line at the step's own level with a structured argument, so the line path
     * (filters, layout, resolvers, appender) is loaded and initialized; core's line sink leaves it out.
     */
    void priming(LogLevel level) {
        logger.log(level, "SnapStart priming", entry(PRIMING_KEY, true));
    }

    void error(Throwable error) {
        if (config.logError()) {
            logger.error("Handler threw " + error.getClass().getName(), error);
        }
    }

    private static void report(Invocation invocation, String where, Throwable e) {
        invocation.config().settings().diagnostics().failureOnce(where, e);
    }
}
