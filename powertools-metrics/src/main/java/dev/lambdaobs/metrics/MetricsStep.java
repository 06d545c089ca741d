package dev.lambdaobs.metrics;

import static dev.lambdaobs.core.schema.MetricNames.DIMENSION_SERVICE;

import dev.lambdaobs.core.config.EnvironmentVariables;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.pipeline.ObservationStep;
import dev.lambdaobs.core.pipeline.StepScope;
import dev.lambdaobs.core.schema.MetricNamespaces;
import java.time.Clock;
import java.util.Objects;

/**
 * The metrics step of the {@code Observability} pipeline: gives each invocation its own
 * {@link MetricsRecorder}, writes a ColdStart metric on real cold starts, and writes the recorded
 * metrics as EMF exactly once when the invocation ends, whether the handler returned or threw.
 *
 * <pre>{@code
 * Observability observability = Observability.builder()
 *         .step(MetricsStep.builder(MetricsConfig.builder(PowertoolsConfig.fromEnvironment())
 *                 .namespace("Shop").invocationMetrics(true).build()).build())
 *         .build();
 * RequestHandler<Order, Receipt> handler = observability.decorate(new PlaceOrder());
 * }</pre>
 *
 * <p>Configuration is checked when the step is built: in development mode a bad namespace or default
 * dimension throws {@link InvalidMetricException}; in production it is reported once and the step
 * writes nothing (bad namespace) or leaves the dimension out. No namespace at all is not an error:
 * the metrics go to the service name as namespace, with one warning per process.
 */
public final class MetricsStep implements ObservationStep {
    /** The metric the SnapStart priming invocation records; its document is built, never written. */
    static final String PRIMING_METRIC = "SnapStartPriming";
    private final MetricsRuntime runtime;

    private MetricsStep(Builder builder) {
        Violations check = new Violations(builder.config.devMode(), builder.diagnostics);
        MetricsConfig config = resolved(builder.config, check, builder.diagnostics);
        boolean active = !config.disabled() && !check.reject(MetricRules.namespace(config.namespace()));
        this.runtime = MetricsRuntime.of(config, builder.output, builder.diagnostics, builder.clock, active);
    }

    /** A step configured from the process environment, writing to standard output. */
    public static MetricsStep fromEnvironment() {
        return builder(MetricsConfig.from(PowertoolsConfig.fromEnvironment())).build();
    }

    public static Builder builder(MetricsConfig config) {
        return new Builder(config);
    }

    /**
     * The configuration in effect when the step was built: the namespace resolved (the service name when
     * none was set), invalid default dimensions removed. Runtime changes show in {@link #getDefaultDimensions()}.
     */
    public MetricsConfig config() {
        return runtime.config();
    }

    /**
     * Replaces the default dimensions (besides {@code Service}, which is always first) for every
     * invocation that begins from now on; invocations already running keep theirs. Thread-safe; the
     * set is held by this step, not by the process. Invalid entries are rejected like any input
     * ({@link InvalidMetricException} in development mode, dropped with one warning in production).
     *
     * <pre>{@code
     * step.setDefaultDimensions(Dimensions.of("Environment", "prod", "Tenant", "acme"));
     * }</pre>
     */
    public void setDefaultDimensions(Dimensions dimensions) {
        Dimensions valid = DefaultDimensions.validated(Objects.requireNonNull(dimensions, "dimensions"),
                runtime.config().service(), runtime.violations());
        if (valid != null) {
            runtime.defaults().set(valid);
        }
    }

    /** The default dimensions new invocations get: {@code Service} first, then the others. */
    public Dimensions getDefaultDimensions() {
        return runtime.defaults().snapshot();
    }

    /** Removes every default dimension but {@code Service}, for invocations that begin from now on. */
    public void clearDefaultDimensions() {
        runtime.defaults().set(Dimensions.empty());
    }

    /** A batch for metrics outside a handler invocation; written when closed. */
    public MetricsBatch newBatch() {
        return new MetricsBatch(runtime, new StandardProperties(null, runtime.config().lambdaLogFilter()));
    }

    @Override
    public StepScope begin(Invocation invocation) {
        if (ActiveBatches.find(invocation) != null) {
            // A second metrics step on the same invocation (a @Metrics handler called through a
            // decorated one) joins the first: one recorder, one ColdStart, one flush.
            return StepScope.NONE;
        }
        // Also when disabled: the handler still gets a recorder (validating, writing nothing).
        StandardProperties standard = new StandardProperties(invocation, runtime.config().lambdaLogFilter());
        if (invocation.coldStart() && runtime.config().captureColdStart()) {
            runtime.write(AutomaticMetrics.coldStart(runtime, invocation, standard));
        }
        MetricsBatch batch = new MetricsBatch(runtime, standard);
        InvocationScope scope = new InvocationScope(runtime, invocation, standard, batch,
                ActiveBatches.activate(invocation, batch));
        if (invocation.priming()) {
            // SnapStart priming: one metric, so the flush serializes a document as the first invocation will,
            // recorded through the handler's own entry point (the invocation is current while steps begin).
            MetricsRecorder.current().add(PRIMING_METRIC, 1, MetricUnit.COUNT);
        }
        return scope;
    }

    @Override
    public String name() {
        return "metrics";
    }

    private static MetricsConfig resolved(MetricsConfig config, Violations check, Diagnostics diagnostics) {
        String service = check.reject(MetricRules.dimension(DIMENSION_SERVICE, config.service()))
                ? EnvironmentVariables.UNDEFINED_SERVICE : config.service();
        Dimensions defaults = DefaultDimensions.validated(config.defaultDimensions(), service, check);
        return new MetricsConfig(namespace(config.namespace(), service, diagnostics), service, config.functionName(),
                config.captureColdStart(), config.raiseOnEmptyMetrics(), config.disabled(), config.devMode(),
                config.invocationMetrics(), defaults == null ? Dimensions.empty() : defaults, config.lambdaLogFilter(),
                config.emfBackend());
    }

    /**
     * The namespace set, or else the service name (else {@link MetricsConfig#FALLBACK_NAMESPACE}) with one
     * warning per process: a missing namespace never drops the metrics.
     */
    private static String namespace(String configured, String service, Diagnostics diagnostics) {
        if (!configured.isBlank()) {
            return configured;
        }
        String fallback = MetricNamespaces.withoutOneSet(service);
        diagnostics.warnOnce("metrics.namespace.unset", "metrics: no namespace is set (POWERTOOLS_METRICS_NAMESPACE, "
                + "@Metrics(namespace) or MetricsConfig.Builder.namespace); writing metrics to the namespace '"
                + fallback + "'" + (fallback.equals(service) ? " (the service name)" : ""));
        return fallback;
    }

    /** Builds a {@link MetricsStep}; output, diagnostics and clock have production defaults. */
    public static final class Builder {
        private final MetricsConfig config;
        private EmfOutput output = EmfOutput.stdout();
        private Diagnostics diagnostics = Diagnostics.stderr();
        private Clock clock = Clock.systemUTC();

        private Builder(MetricsConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /** Where EMF documents go; standard output by default. */
        public Builder output(EmfOutput output) {
            this.output = Objects.requireNonNull(output, "output");
            return this;
        }

        /** Where dropped metrics and failures are reported. */
        public Builder diagnostics(Diagnostics diagnostics) {
            this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
            return this;
        }

        /** The wall clock for metric timestamps. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public MetricsStep build() {
            return new MetricsStep(this);
        }
    }
}
