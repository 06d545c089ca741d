package dev.lambdaobs.metrics;

import static dev.lambdaobs.core.config.EnvironmentVariables.DEV;
import static dev.lambdaobs.core.config.EnvironmentVariables.METRICS_DISABLED;
import static dev.lambdaobs.core.config.EnvironmentVariables.METRICS_EMF_BACKEND;
import static dev.lambdaobs.core.config.EnvironmentVariables.METRICS_FUNCTION_NAME;
import static dev.lambdaobs.core.config.EnvironmentVariables.METRICS_NAMESPACE;

import dev.lambdaobs.core.config.EnvironmentVariables;
import dev.lambdaobs.core.config.LogFormat;
import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.core.config.PowertoolsConfig;
import java.util.Objects;
import java.util.Optional;

/**
 * The metrics module's configuration, read once from the shared {@link PowertoolsConfig}; values set
 * in code (builder, annotation) override the environment.
 *
 * <pre>{@code
 * MetricsConfig config = MetricsConfig.builder(PowertoolsConfig.fromEnvironment())
 *         .namespace("Shop")
 *         .defaultDimension("stage", "prod")
 *         .invocationMetrics(true)
 *         .build();
 * }</pre>
 *
 * @param namespace           {@code POWERTOOLS_METRICS_NAMESPACE}; checked when the step is built. Empty: the step
 *                            writes to the service name as namespace, with one warning (see {@link #FALLBACK_NAMESPACE})
 * @param service             {@code POWERTOOLS_SERVICE_NAME}: the {@code Service} dimension of every metric
 * @param functionName        {@code POWERTOOLS_METRICS_FUNCTION_NAME}: the ColdStart metric's
 *                            {@code FunctionName} dimension; the invoked function's name when empty
 * @param captureColdStart    write a {@code ColdStart} metric on real cold starts (default true)
 * @param raiseOnEmptyMetrics report an error, not a warning, when an invocation recorded no metric
 * @param disabled            {@code POWERTOOLS_METRICS_DISABLED}: write nothing at all
 * @param devMode             {@code POWERTOOLS_DEV}: invalid input throws instead of being dropped
 * @param invocationMetrics   write HandlerDuration, HandlerErrors and Http2xx/4xx/5xx (opt-in)
 * @param defaultDimensions   dimensions added to every dimension set besides {@code Service}
 * @param lambdaLogFilter     Lambda's application log level when it would drop EMF lines (JSON
 *                            log format with a level above INFO); documents then carry that level
 * @param emfBackend          {@code POWERTOOLS_METRICS_EMF_BACKEND}: what writes the documents
 *                            ({@link EmfBackend#BUILT_IN} by default)
 */
public record MetricsConfig(
        String namespace,
        String service,
        Optional<String> functionName,
        boolean captureColdStart,
        boolean raiseOnEmptyMetrics,
        boolean disabled,
        boolean devMode,
        boolean invocationMetrics,
        Dimensions defaultDimensions,
        Optional<LogLevel> lambdaLogFilter,
        EmfBackend emfBackend) {

    /**
     * The namespace when none is set and the service name is not a valid namespace either: the same
     * name Powertools gives an unnamed service ({@value EnvironmentVariables#UNDEFINED_SERVICE}).
     */
    public static final String FALLBACK_NAMESPACE = EnvironmentVariables.UNDEFINED_SERVICE;

    public MetricsConfig {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(defaultDimensions, "defaultDimensions");
        Objects.requireNonNull(lambdaLogFilter, "lambdaLogFilter");
        Objects.requireNonNull(emfBackend, "emfBackend");
    }

    /** The configuration the environment describes. */
    public static MetricsConfig from(PowertoolsConfig config) {
        return builder(config).build();
    }

    /** A builder seeded from the environment, for overrides in code. */
    public static Builder builder(PowertoolsConfig config) {
        return new Builder(config);
    }

    /** Sets every field; starts from the environment's values. */
    public static final class Builder {
        private String namespace;
        private String service;
        private Optional<String> functionName;
        private boolean captureColdStart = true;
        private boolean raiseOnEmptyMetrics;
        private boolean disabled;
        private boolean devMode;
        private boolean invocationMetrics;
        private Dimensions defaultDimensions = Dimensions.empty();
        private final Optional<LogLevel> lambdaLogFilter;
        private EmfBackend emfBackend;

        private Builder(PowertoolsConfig config) {
            Objects.requireNonNull(config, "config");
            this.namespace = config.settings().string(METRICS_NAMESPACE, "");
            this.service = config.serviceName();
            this.functionName = config.settings().string(METRICS_FUNCTION_NAME);
            this.disabled = config.settings().bool(METRICS_DISABLED, false);
            this.devMode = config.settings().bool(DEV, false);
            this.lambdaLogFilter = config.lambdaLogFormat() == LogFormat.JSON
                    ? config.lambdaLogLevel().filter(level -> level.compareTo(LogLevel.INFO) > 0)
                    : Optional.empty();
            this.emfBackend = config.settings().parse(METRICS_EMF_BACKEND, EmfBackend.BUILT_IN,
                    "built-in or aws-embedded-metrics", EmfBackend::named);
        }

        public Builder namespace(String namespace) {
            this.namespace = Objects.requireNonNull(namespace, "namespace");
            return this;
        }

        public Builder service(String service) {
            this.service = Objects.requireNonNull(service, "service");
            return this;
        }

        public Builder functionName(String functionName) {
            this.functionName = Optional.of(functionName).filter(name -> !name.isBlank());
            return this;
        }

        public Builder captureColdStart(boolean captureColdStart) {
            this.captureColdStart = captureColdStart;
            return this;
        }

        public Builder raiseOnEmptyMetrics(boolean raiseOnEmptyMetrics) {
            this.raiseOnEmptyMetrics = raiseOnEmptyMetrics;
            return this;
        }

        public Builder disabled(boolean disabled) {
            this.disabled = disabled;
            return this;
        }

        public Builder devMode(boolean devMode) {
            this.devMode = devMode;
            return this;
        }

        public Builder invocationMetrics(boolean invocationMetrics) {
            this.invocationMetrics = invocationMetrics;
            return this;
        }

        /** Adds a dimension to every dimension set of every document (besides {@code Service}). */
        public Builder defaultDimension(String key, String value) {
            this.defaultDimensions = defaultDimensions.with(key, value);
            return this;
        }

        /**
         * Adds these dimensions to every dimension set of every document (besides {@code Service}), after
         * any added before; Powertools' {@code MetricsBuilder.withDefaultDimensions}. They can be changed
         * at runtime with {@link MetricsStep#setDefaultDimensions(Dimensions)}.
         */
        public Builder defaultDimensions(Dimensions dimensions) {
            this.defaultDimensions = defaultDimensions.and(Objects.requireNonNull(dimensions, "dimensions"));
            return this;
        }

        /** What writes the documents; {@link EmfBackend#BUILT_IN} unless the environment says otherwise. */
        public Builder emfBackend(EmfBackend emfBackend) {
            this.emfBackend = Objects.requireNonNull(emfBackend, "emfBackend");
            return this;
        }

        public MetricsConfig build() {
            return new MetricsConfig(namespace, service, functionName, captureColdStart, raiseOnEmptyMetrics,
                    disabled, devMode, invocationMetrics, defaultDimensions, lambdaLogFilter, emfBackend);
        }
    }
}
