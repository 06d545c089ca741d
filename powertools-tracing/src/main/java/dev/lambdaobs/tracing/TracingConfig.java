package dev.lambdaobs.tracing;

import static dev.lambdaobs.core.config.EnvironmentVariables.TRACER_CAPTURE_ERROR;
import static dev.lambdaobs.core.config.EnvironmentVariables.TRACER_CAPTURE_RESPONSE;
import static dev.lambdaobs.core.config.EnvironmentVariables.TRACE_DISABLED;
import static dev.lambdaobs.core.config.EnvironmentVariables.XRAY_CONTEXT_MISSING;
import static dev.lambdaobs.core.config.EnvironmentVariables.XRAY_DAEMON_ADDRESS;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.config.Settings;
import dev.lambdaobs.core.diagnostics.Diagnostics;
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
 */
public record TracingConfig(
        boolean enabled,
        boolean inLambda,
        String serviceName,
        boolean captureResponse,
        boolean captureError,
        String daemonAddress,
        boolean reportContextMissing,
        Diagnostics diagnostics) {

    /** Where Lambda's X-Ray daemon listens when the variable is unset. */
    public static final String DEFAULT_DAEMON_ADDRESS = "127.0.0.1:2000";

    public TracingConfig {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(daemonAddress, "daemonAddress");
        Objects.requireNonNull(diagnostics, "diagnostics");
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
                settings.diagnostics());
    }

    /** Reads the process environment. */
    public static TracingConfig fromEnvironment() {
        return from(PowertoolsConfig.fromEnvironment());
    }

    /** True when spans are recorded: enabled and in Lambda. */
    public boolean active() {
        return enabled && inLambda;
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
