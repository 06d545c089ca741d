package dev.lambdaobs.core.schema;

/**
 * The metric and dimension names powertools-metrics writes on its own (not the user's), and so the
 * names dashboard-gen graphs and alarms on.
 */
public final class MetricNames {
    /** Count 1 on each real cold start, in its own EMF document. */
    public static final String COLD_START = "ColdStart";
    /** Opt-in: the handler's duration in milliseconds. */
    public static final String HANDLER_DURATION = "HandlerDuration";
    /** Opt-in: 1 when the handler threw. */
    public static final String HANDLER_ERRORS = "HandlerErrors";
    /** Opt-in: HTTP responses (API Gateway, ALB, Function URL) by status class. */
    public static final String HTTP_2XX = "Http2xx";
    public static final String HTTP_4XX = "Http4xx";
    public static final String HTTP_5XX = "Http5xx";

    /** The default dimension every metric carries (Powertools for AWS Lambda's name for it). */
    public static final String DIMENSION_SERVICE = "Service";
    /** The dimension ColdStart and the invocation metrics carry besides the service (Powertools' name for it). */
    public static final String DIMENSION_FUNCTION_NAME = "FunctionName";

    private MetricNames() {
    }
}
