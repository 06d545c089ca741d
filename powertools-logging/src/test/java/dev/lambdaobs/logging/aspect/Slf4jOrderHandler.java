package dev.lambdaobs.logging.aspect;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.lambdaobs.logging.Logging;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A woven handler logging through SLF4J's fluent API with a value whose {@code toString()} throws. */
public final class Slf4jOrderHandler implements RequestHandler<Map<String, Object>, String> {
    private static final Logger log = LoggerFactory.getLogger(Slf4jOrderHandler.class);

    /** Stands for a lazy-loading proxy whose text fails outside its session. */
    static final class DetachedOrder {
        @Override
        public String toString() {
            throw new IllegalStateException("no session");
        }
    }

    @Override
    @Logging
    public String handleRequest(Map<String, Object> event, Context context) {
        log.atInfo().addKeyValue("order_id", event.get("id")).addKeyValue("order", new DetachedOrder()).log("placed");
        return "accepted " + event.get("id");
    }
}
