package dev.lambdaobs.benchmarks.lambdaobs;

import static dev.lambdaobs.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.logging.Logging;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Diagnosis only: the order handler's log line through {@code @Logging}, nothing else (cold cost of logging). */
public final class LoggingOnlyHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Logger LOG = LogManager.getLogger(LoggingOnlyHandler.class);

    @Override
    @Logging
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        LOG.info("Order placed", entry("order_id", event.getRequestContext().getRequestId()),
                entry("customer_id", "c-42"));
        return new APIGatewayProxyResponseEvent().withStatusCode(200);
    }
}
