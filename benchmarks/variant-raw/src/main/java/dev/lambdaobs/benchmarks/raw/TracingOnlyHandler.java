package dev.lambdaobs.benchmarks.raw;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.entities.Subsegment;

/** Diagnosis only: the raw variant's subsegment (X-Ray SDK), nothing else. */
public final class TracingOnlyHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Subsegment subsegment = AWSXRay.beginSubsegment("## handleRequest");
        subsegment.putAnnotation("ColdStart", true);
        subsegment.putAnnotation("Service", "orders");
        AWSXRay.endSubsegment();
        return new APIGatewayProxyResponseEvent().withStatusCode(200);
    }
}
