package dev.lambdaobs.metrics;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The HTTP status an API Gateway (REST or HTTP API), ALB or Function URL client received, read from
 * the handler's response (typed {@code aws-lambda-java-events} responses or a {@code Map}) and, where
 * the response has none, inferred as the service does.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html">HTTP API payload 2.0: a response without statusCode is a 200</a>
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html">Function URL response format</a>
 */
final class HttpStatus {
    private static final boolean TYPED_EVENTS = isPresent("com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent");
    /** What API Gateway and ALB answer when the function fails or returns a malformed proxy response. */
    static final int BAD_GATEWAY = 502;
    /** What an HTTP API or Function URL answers for a response without a status code. */
    static final int OK = 200;

    private HttpStatus() {
    }

    /** The status the client saw, or empty when {@code event} is not an HTTP request. */
    static OptionalInt of(Object event, Object response, Throwable error) {
        HttpEventKind kind = kind(event);
        if (kind == HttpEventKind.NONE) {
            return OptionalInt.empty();
        }
        if (error != null) {
            return OptionalInt.of(BAD_GATEWAY);
        }
        Integer status = statusCode(response);
        if (status != null && status > 0) {
            return OptionalInt.of(status);
        }
        return OptionalInt.of(kind == HttpEventKind.PAYLOAD_V2 ? OK : BAD_GATEWAY);
    }

    static HttpEventKind kind(Object event) {
        if (event instanceof Map<?, ?> map) {
            if (map.get("requestContext") instanceof Map<?, ?> context && context.get("http") instanceof Map<?, ?>) {
                return HttpEventKind.PAYLOAD_V2;
            }
            return map.containsKey("httpMethod") ? HttpEventKind.PAYLOAD_V1 : HttpEventKind.NONE;
        }
        return TYPED_EVENTS && event != null ? TypedHttp.kind(event) : HttpEventKind.NONE;
    }

    private static Integer statusCode(Object response) {
        if (response instanceof Map<?, ?> map) {
            Object code = map.get("statusCode");
            if (code instanceof Number number) {
                return number.intValue();
            }
            if (code instanceof String text) {
                try {
                    return Integer.parseInt(text.trim());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return null;
        }
        return TYPED_EVENTS && response != null ? TypedHttp.statusCode(response) : null;
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, HttpStatus.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
