package dev.lambdaobs.logging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Structured JSON logs for a Lambda handler method (woven by {@link dev.lambdaobs.logging.aspect.LoggingAspect}). Attributes
 * override the matching {@code POWERTOOLS_LOGGER_*} variables as described on each.
 *
 * <pre>{@code
 * public class OrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
 *     private static final Logger log = LogManager.getLogger(OrderHandler.class);
 *
 *     @Logging(logEvent = true, correlationIdPath = CorrelationIdPaths.API_GATEWAY_REST)
 *     public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
 *         log.info("Placing order");
 *         ...
 *     }
 * }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Logging {
    /** Log the (masked) event; {@code true} here or in {@code POWERTOOLS_LOGGER_LOG_EVENT} turns it on. */
    boolean logEvent() default false;

    /** Log the (masked) response; {@code true} here or in {@code POWERTOOLS_LOGGER_LOG_RESPONSE} turns it on. */
    boolean logResponse() default false;

    /** Log an exception the handler throws; {@code false} here or in {@code POWERTOOLS_LOGGER_LOG_ERROR} turns it off. */
    boolean logError() default true;

    /** Share of invocations (0 to 1) logging at DEBUG; negative (the default) keeps {@code POWERTOOLS_LOGGER_SAMPLE_RATE}. */
    double samplingRate() default -1;

    /** JMESPath to the correlation id (see {@code CorrelationIdPaths}); empty keeps {@code POWERTOOLS_LOGGER_CORRELATION_ID_PATH}. */
    String correlationIdPath() default "";

    /** Restore the MDC (Log4j2 ThreadContext) after each invocation; {@code false} here or in {@code POWERTOOLS_LOGGER_CLEAR_STATE} turns it off. */
    boolean clearState() default true;

    /** Add {@code location} to lines; {@code true} here or in {@code POWERTOOLS_LOGGER_LOG_LOCATION} turns it on. */
    boolean logLocation() default false;

    /**
     * Write the buffered lines ({@code POWERTOOLS_LOGGER_BUFFER_LEVEL}) out when the handler throws, as
     * Powertools' attribute of this name does; an ERROR line, such as the one {@link #logError()} writes,
     * always writes them first.
     */
    boolean flushBufferOnUncaughtError() default true;
}
