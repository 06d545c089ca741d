package dev.lambdaobs.benchmarks.raw;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

/** Diagnosis only: the raw variant's log line (Log4j2 JsonTemplateLayout), nothing else. */
public final class LoggingOnlyHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Logger LOG = LogManager.getLogger(LoggingOnlyHandler.class);

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        ThreadContext.put("function_request_id", context.getAwsRequestId());
        ThreadContext.put("order_id", event.getRequestContext().getRequestId());
        LOG.info("Order placed");
        ThreadContext.clearMap();
        return new APIGatewayProxyResponseEvent().withStatusCode(200);
    }
}
