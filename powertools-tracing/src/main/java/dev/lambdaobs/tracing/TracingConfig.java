package dev.lambdaobs.tracing;

import static dev.lambdaobs.core.config.EnvironmentVariables.OTLP_ENDPOINT;
import static dev.lambdaobs.core.config.EnvironmentVariables.OTLP_TRACES_ENDPOINT;
import static dev.lambdaobs.core.config.EnvironmentVariables.TRACER;
import static dev.lambdaobs.core.config.EnvironmentVariables.TRACER_CAPTURE_ERROR;
import static dev.lambdaobs.core.config.EnvironmentVariables.TRACER_EXPORTER;
import static dev.lambdaobs.core.config.EnvironmentVariables.TRACER_CAPTURE_RESPONSE;
import static dev.lambdaobs.core.config.EnvironmentVariables.TRACE_DISABLED;
import static dev.lambdaobs.core.config.EnvironmentVariables.XRAY_CONTEXT_MISSING;
import static dev.lambdaobs.core.config.EnvironmentVariables.XRAY_DAEMON_ADDRESS;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.config.Settings;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * The tracing module's configuration, parsed once from the shared {@link PowertoolsConfig}.
 *
 * <pre>{@code
 * TracingConfig config = TracingConfig.from(PowertoolsConfig.from(Map.of(
 *         "LAMBDA_TASK_ROOT", "/var/task", "POWERTOOLS_SERVICE_NAME", "orders",
 *         "AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:2000")));
 * }</pre>
 *
 * @param enabled               false when {@code POWERTOOLS_TRACE_DISABLED=true}
 * @param inLambda              true when {@code LAMBDA_TASK_ROOT} is set: only Lambda gives each invocation a trace
 * @param serviceName           the {@code Service} annotation and the metadata namespace
 * @param captureResponse       {@code POWERTOOLS_TRACER_CAPTURE_RESPONSE}, default true
 * @param captureError          {@code POWERTOOLS_TRACER_CAPTURE_ERROR}, default true
 * @param daemonAddress         {@code AWS_XRAY_DAEMON_ADDRESS}, default {@value #DEFAULT_DAEMON_ADDRESS}
 * @param reportContextMissing  false when {@code AWS_XRAY_CONTEXT_MISSING=IGNORE_ERROR}
 * @param diagnostics           where problems are reported, once each
 * @param backend               {@code POWERTOOLS_TRACER}: {@code otel} (default) or {@code xray-sdk}
 * @param export                {@code POWERTOOLS_TRACER_EXPORTER}: {@code udp} (default) or {@code otlp-http}; otel backend only
 * @param otlpEndpoint          {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}, else {@code OTEL_EXPORTER_OTLP_ENDPOINT} + {@code /v1/traces},
 *                              else {@value #DEFAULT_OTLP_ENDPOINT}; used with {@code otlp-http}
 * @param shared                the shared configuration this was read from (function name, region, memory)
 */
public record TracingConfig(
        boolean enabled,
        boolean inLambda,
        String serviceName,
        boolean captureResponse,
        boolean captureError,
        String daemonAddress,
        boolean reportContextMissing,
        Diagnostics diagnostics,
        TracerBackend backend,
        SpanExport export,
        URI otlpEndpoint,
        PowertoolsConfig shared) {

    /** Where Lambda's X-Ray daemon listens when the variable is unset. */
    public static final String DEFAULT_DAEMON_ADDRESS = "127.0.0.1:2000";
    /** The OTLP/HTTP trace endpoint of a collector or extension on the same host, as OpenTelemetry defaults it. */
    public static final String DEFAULT_OTLP_ENDPOINT = "http://localhost:4318/v1/traces";

    public TracingConfig {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(daemonAddress, "daemonAddress");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(otlpEndpoint, "otlpEndpoint");
        Objects.requireNonNull(shared, "shared");
    }

    /** Reads the tracing settings of {@code config}; invalid values are reported once and defaulted. */
    public static TracingConfig from(PowertoolsConfig config) {
        Settings settings = config.settings();
        return new TracingConfig(
                !settings.bool(TRACE_DISABLED, false),
                config.inLambda(),
                config.serviceName(),
                settings.bool(TRACER_CAPTURE_RESPONSE, true),
                settings.bool(TRACER_CAPTURE_ERROR, true),
                settings.string(XRAY_DAEMON_ADDRESS, DEFAULT_DAEMON_ADDRESS),
                reportContextMissing(settings),
                settings.diagnostics(),
                settings.parse(TRACER, TracerBackend.OTEL, "otel or xray-sdk", value -> named(TracerBackend.class, value)),
                settings.parse(TRACER_EXPORTER, SpanExport.UDP, "udp or otlp-http", value -> named(SpanExport.class, value)),
                otlpEndpoint(settings),
                config);
    }

    /** The same configuration on another backend (what {@link TracingStep.Builder#backend} does). */
    public TracingConfig withBackend(TracerBackend other) {
        return new TracingConfig(enabled, inLambda, serviceName, captureResponse, captureError, daemonAddress,
                reportContextMissing, diagnostics, other, export, otlpEndpoint, shared);
    }

    /** Reads the process environment. */
    public static TracingConfig fromEnvironment() {
        return from(PowertoolsConfig.fromEnvironment());
    }

    /** True when spans are recorded: enabled and in Lambda. */
    public boolean active() {
        return enabled && inLambda;
    }

    /** {@link #active()}, reporting once when tracing is enabled but not running in Lambda. */
    public boolean activeOrReport() {
        if (enabled && !inLambda) {
            diagnostics.warnOnce("tracing.not-in-lambda", "LAMBDA_TASK_ROOT is not set: not running in"
                    + " Lambda, so there is no trace to join and tracing is off");
        }
        return active();
    }

    /** The constant whose {@code toString()} (the variable's spelling) is {@code value}, ignoring case; or null. */
    private static <E extends Enum<E>> E named(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.toString().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        return null;
    }

    private static URI otlpEndpoint(Settings settings) {
        String expected = "an http:// or https:// URL";
        URI fallback = URI.create(DEFAULT_OTLP_ENDPOINT);
        if (settings.string(OTLP_TRACES_ENDPOINT).isPresent()) {
            return settings.parse(OTLP_TRACES_ENDPOINT, fallback, expected, TracingConfig::httpUri);
        }
        URI base = settings.parse(OTLP_ENDPOINT, null, expected, TracingConfig::httpUri);
        return base == null ? fallback : URI.create(base.toString().replaceAll("/+$", "") + "/v1/traces");
    }

    private static URI httpUri(String text) {
        try {
            URI uri = new URI(text);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean reportContextMissing(Settings settings) {
        ContextMissing mode = settings.choice(XRAY_CONTEXT_MISSING, ContextMissing.class, ContextMissing.LOG_ERROR);
        if (mode == ContextMissing.RUNTIME_ERROR) {
            settings.diagnostics().warnOnce("config." + XRAY_CONTEXT_MISSING, XRAY_CONTEXT_MISSING
                    + "=RUNTIME_ERROR is not honoured: tracing never throws into the handler; using LOG_ERROR");
        }
        return mode != ContextMissing.IGNORE_ERROR;
    }

    /** The X-Ray SDK's context-missing strategies, as {@code AWS_XRAY_CONTEXT_MISSING} names them. */
    private enum ContextMissing {
        LOG_ERROR, IGNORE_ERROR, RUNTIME_ERROR
    }
}
