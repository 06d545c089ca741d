package dev.lambdaobs.logging.aspect;

import dev.lambdaobs.logging.Logging;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.lambdaobs.logging.CorrelationIdPaths;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A handler woven with {@link LoggingAspect} at test-compile time by the aspectj-maven-plugin. */
public final class OrderHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final Logger log = LoggerFactory.getLogger(OrderHandler.class);

    @Override
    @Logging(logEvent = true, logResponse = true, correlationIdPath = CorrelationIdPaths.EVENT_BRIDGE, samplingRate = 1.0)
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        log.debug("sampled debug line");
        if ("fail".equals(event.get("detail-type"))) {
            throw new IllegalStateException("order rejected");
        }
        log.info("handling {}", event.get("id"));
        return Map.of("status", "ok", "token", "t-secret");
    }
}
