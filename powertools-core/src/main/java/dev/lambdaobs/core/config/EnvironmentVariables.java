package dev.lambdaobs.core.config;

/**
 * The environment variables lambdaobs reads. Lambda sets the {@code AWS_*} ones; users set the
 * {@code POWERTOOLS_*} ones in the function's configuration.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime">Lambda's defined runtime environment variables</a>
 */
public final class EnvironmentVariables {
    public static final String SERVICE_NAME = "POWERTOOLS_SERVICE_NAME";
    public static final String FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";
    public static final String FUNCTION_VERSION = "AWS_LAMBDA_FUNCTION_VERSION";
    public static final String FUNCTION_MEMORY_SIZE = "AWS_LAMBDA_FUNCTION_MEMORY_SIZE";
    public static final String REGION = "AWS_REGION";
    public static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    public static final String LAMBDA_LOG_LEVEL = "AWS_LAMBDA_LOG_LEVEL";
    public static final String LAMBDA_LOG_FORMAT = "AWS_LAMBDA_LOG_FORMAT";
    public static final String LAMBDA_TASK_ROOT = "LAMBDA_TASK_ROOT";
    public static final String TRACE_ID = "_X_AMZN_TRACE_ID";
    public static final String XRAY_DAEMON_ADDRESS = "AWS_XRAY_DAEMON_ADDRESS";
    public static final String XRAY_CONTEXT_MISSING = "AWS_XRAY_CONTEXT_MISSING";

    /** Development mode: invalid metrics throw at the call site instead of being dropped. */
    public static final String DEV = "POWERTOOLS_DEV";
    public static final String LOG_LEVEL = "POWERTOOLS_LOG_LEVEL";
    public static final String LOGGER_LOG_EVENT = "POWERTOOLS_LOGGER_LOG_EVENT";
    public static final String LOGGER_SAMPLE_RATE = "POWERTOOLS_LOGGER_SAMPLE_RATE";
    public static final String METRICS_NAMESPACE = "POWERTOOLS_METRICS_NAMESPACE";
    public static final String METRICS_FUNCTION_NAME = "POWERTOOLS_METRICS_FUNCTION_NAME";
    public static final String METRICS_DISABLED = "POWERTOOLS_METRICS_DISABLED";
    /** What writes the EMF documents: {@code built-in} (default) or {@code aws-embedded-metrics} (the library). */
    public static final String METRICS_EMF_BACKEND = "POWERTOOLS_METRICS_EMF_BACKEND";
    public static final String TRACE_DISABLED = "POWERTOOLS_TRACE_DISABLED";
    public static final String TRACER_CAPTURE_RESPONSE = "POWERTOOLS_TRACER_CAPTURE_RESPONSE";
    public static final String TRACER_CAPTURE_ERROR = "POWERTOOLS_TRACER_CAPTURE_ERROR";
    /** Extra comma-separated words whose keys are masked wherever a payload is written (see {@code MaskingPolicy}). */
    public static final String MASK_KEYS = "POWERTOOLS_MASK_KEYS";
    /** The same as {@link #MASK_KEYS}, under logging's older name; both are read. */
    public static final String LOGGER_MASK_KEYS = "POWERTOOLS_LOGGER_MASK_KEYS";
    /** The tracing backend: {@code otel} (default) or {@code xray-sdk}. */
    public static final String TRACER = "POWERTOOLS_TRACER";
    /** Where the otel backend sends spans: {@code udp} (default, the daemon address) or {@code otlp-http}. */
    public static final String TRACER_EXPORTER = "POWERTOOLS_TRACER_EXPORTER";
    /** OpenTelemetry's standard variables for the OTLP/HTTP trace endpoint. */
    public static final String OTLP_TRACES_ENDPOINT = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";
    public static final String OTLP_ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";
    /** {@code false} turns off the modules' start-up work on a background thread (see {@code BackgroundStartup}). */
    public static final String BACKGROUND_STARTUP = "POWERTOOLS_BACKGROUND_STARTUP";

    /** The default service name when {@link #SERVICE_NAME} is unset, as Powertools names it. */
    public static final String UNDEFINED_SERVICE = "service_undefined";

    private EnvironmentVariables() {
    }
}
