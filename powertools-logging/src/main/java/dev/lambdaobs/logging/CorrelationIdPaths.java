package dev.lambdaobs.logging;

/**
 * Ready-made JMESPath expressions to the correlation id of common event sources, for
 * {@code @Logging(correlationIdPath = ...)} or {@code POWERTOOLS_LOGGER_CORRELATION_ID_PATH}. Names and
 * expressions are Powertools for AWS Lambda's where it has the source ({@code VPC_LATTICE_V2} is ours:
 * version 2.0 events carry each header as a list of values).
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
    /** AppSync Lambda authorizer: the AppSync request id. */
    public static final String APPSYNC_AUTHORIZER = "requestContext.requestId";
    /** AppSync direct Lambda resolver: the request's X-Ray trace id header. */
    public static final String APPSYNC_RESOLVER = "request.headers.\"x-amzn-trace-id\"";
    /** EventBridge: the event id. */
    public static final String EVENT_BRIDGE = "id";
    /** Lambda function URL (payload format 2.0): the request id. */
    public static final String LAMBDA_FUNCTION_URL = "requestContext.requestId";
    /** S3 Object Lambda: the id of the S3 request that invoked the function. */
    public static final String S3_OBJECT_LAMBDA = "xAmzRequestId";
    /**
     * VPC Lattice, event format 1.0: the caller's X-Ray trace id header. VPC Lattice passes it through but
     * does not add one, so there is an id only when the caller sends the header (X-Ray or ADOT instrumented
     * clients do).
     */
    public static final String VPC_LATTICE = "headers.\"x-amzn-trace-id\"";
    /**
     * VPC Lattice, event format 2.0: as {@link #VPC_LATTICE}, from a header whose value is a list (its
     * first value), or a plain string as some 2.0 samples have it.
     */
    public static final String VPC_LATTICE_V2 = "headers.\"x-amzn-trace-id\"[0] || headers.\"x-amzn-trace-id\"";

    private CorrelationIdPaths() {
    }
}
