package dev.lambdaobs.metrics;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;

/** The typed events; loaded only when {@code aws-lambda-java-events} is on the class path. */
final class TypedHttp {
    private TypedHttp() {
    }

    static HttpEventKind kind(Object event) {
        if (event instanceof APIGatewayV2HTTPEvent) {
            return HttpEventKind.PAYLOAD_V2;
        }
        if (event instanceof APIGatewayProxyRequestEvent || event instanceof ApplicationLoadBalancerRequestEvent) {
            return HttpEventKind.PAYLOAD_V1;
        }
        return HttpEventKind.NONE;
    }

    static Integer statusCode(Object response) {
        if (response instanceof APIGatewayProxyResponseEvent rest) {
            return rest.getStatusCode();
        }
        if (response instanceof APIGatewayV2HTTPResponse http) {
            return http.getStatusCode();
        }
        if (response instanceof ApplicationLoadBalancerResponseEvent alb) {
            return alb.getStatusCode();
        }
        return null;
    }
}
