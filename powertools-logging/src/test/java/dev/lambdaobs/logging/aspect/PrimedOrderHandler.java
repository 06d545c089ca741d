package dev.lambdaobs.logging.aspect;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.lambdaobs.core.snapstart.SnapStartPriming;
import dev.lambdaobs.logging.Logging;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A handler with {@code @Logging} only, primed for SnapStart during init as the README shows. */
public final class PrimedOrderHandler implements RequestHandler<Map<String, Object>, String> {
    private static final Logger log = LoggerFactory.getLogger(PrimedOrderHandler.class);

    static {
        SnapStartPriming.init();
    }

    @Override
    @Logging(logEvent = true, logResponse = true)
    public String handleRequest(Map<String, Object> event, Context context) {
        log.info("placing {}", event.get("id"));
        return "placed " + event.get("id");
    }
}
