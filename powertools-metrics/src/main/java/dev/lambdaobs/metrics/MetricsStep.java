package dev.lambdaobs.metrics;

import static dev.lambdaobs.core.schema.MetricNames.DIMENSION_SERVICE;

import dev.lambdaobs.core.config.EnvironmentVariables;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.pipeline.ObservationStep;
import dev.lambdaobs.core.pipeline.StepScope;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * writes nothing (bad namespace) or leaves the dimension out.
 */
public final class MetricsStep implements ObservationStep {
    /** The metric the SnapStart priming invocation records; its document is built, never written. */
    static final String PRIMING_METRIC = "SnapStartPriming";
    private final MetricsRuntime runtime;

    private MetricsStep(Builder builder) {
        Violations check = new Violations(builder.config.devMode(), builder.diagnostics);
        MetricsConfig config = withValidDefaults(builder.config, check);
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

    /** The configuration in effect (invalid default dimensions removed). */
    public MetricsConfig config() {
        return runtime.config();
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
        if (invocation.priming()) {
            // SnapStart priming: one metric, so the flush serializes a document as the first invocation will.
            batch.add(PRIMING_METRIC, 1, MetricUnit.COUNT);
        }
        return new InvocationScope(runtime, invocation, standard, batch, ActiveBatches.activate(invocation, batch));
    }

    @Override
    public String name() {
        return "metrics";
    }

    private static MetricsConfig withValidDefaults(MetricsConfig config, Violations check) {
        String service = check.reject(MetricRules.dimension(DIMENSION_SERVICE, config.service()))
                ? EnvironmentVariables.UNDEFINED_SERVICE : config.service();
        Map<String, String> defaults = new LinkedHashMap<>();
        config.defaultDimensions().asMap().forEach((key, value) -> {
            boolean reserved = StandardProperties.RESERVED.contains(key) || key.equals(DIMENSION_SERVICE);
            if (!check.reject(MetricRules.dimension(key, value))
                    && !(reserved && check.reject(MetricRules.collision("default dimension", key, "is a reserved key")))) {
                defaults.put(key, value);
            }
        });
        return new MetricsConfig(config.namespace(), service, config.functionName(), config.captureColdStart(),
                config.raiseOnEmptyMetrics(), config.disabled(), config.devMode(), config.invocationMetrics(),
                Dimensions.of(defaults), config.lambdaLogFilter());
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
