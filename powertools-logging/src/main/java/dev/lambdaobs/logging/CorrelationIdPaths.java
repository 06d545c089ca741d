package dev.lambdaobs.logging;

/**
 * Ready-made JMESPath expressions to the correlation id of common event sources, for
 * {@code @Logging(correlationIdPath = ...)} or {@code POWERTOOLS_LOGGER_CORRELATION_ID_PATH}.
 *
 * <pre>{@code
 * LoggingConfig config = LoggingConfig.from(powertools).toBuilder()
 *         .correlationIdPath(CorrelationIdPaths.API_GATEWAY_HTTP).build();
 * }</pre>
 */
public final class CorrelationIdPaths {
    /** API Gateway REST API (payload format 1.0): the API Gateway request id. */
    public static final String API_GATEWAY_REST = "requestContext.requestId";
    /** API Gateway HTTP API (payload format 2.0): the API Gateway request id. */
    public static final String API_GATEWAY_HTTP = "requestContext.requestId";
    /** Application Load Balancer: the X-Ray trace id header the load balancer adds. */
    public static final String APPLICATION_LOAD_BALANCER = "headers.\"x-amzn-trace-id\"";
    /** AppSync direct Lambda resolver: the request's X-Ray trace id header. */
    public static final String APPSYNC_RESOLVER = "request.headers.\"x-amzn-trace-id\"";
    /** EventBridge: the event id. */
    public static final String EVENT_BRIDGE = "id";
    /** Lambda function URL (payload format 2.0): the request id. */
    public static final String LAMBDA_FUNCTION_URL = "requestContext.requestId";
    /** S3 Object Lambda: the id of the S3 request that invoked the function. */
    public static final String S3_OBJECT_LAMBDA = "xAmzRequestId";

    private CorrelationIdPaths() {
    }
}
