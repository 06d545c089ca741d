package dev.lambdaobs.tracing;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.pipeline.ObservationStep;
import dev.lambdaobs.core.pipeline.StepScope;
import dev.lambdaobs.core.schema.LogFields;
import java.util.Objects;
import java.util.Optional;

/**
 * The tracing step of the {@link dev.lambdaobs.core.pipeline.Observability} pipeline: each invocation
 * runs in a span ({@code ## handleRequest} by default) annotated with {@code ColdStart},
 * {@code Service} and, when another step found one, the correlation id; the response and the error are
 * recorded as metadata under the service's namespace (or {@link Builder#namespace}) as the capture mode says.
 *
 * <pre>{@code
 * Observability observability = Observability.builder()
 *         .config(config)
 *         .step(TracingStep.builder(config).segmentName("## placeOrder").build())
 *         .build();
 * RequestHandler<Order, Receipt> handler = observability.decorate(new PlaceOrder());
 * }</pre>
 */
public final class TracingStep implements ObservationStep {
    /** The span name when none is given, as Powertools names it. */
    public static final String DEFAULT_SEGMENT_NAME = "## handleRequest";
    /** Annotation keys the step records. */
    public static final String COLD_START = "ColdStart";
    public static final String SERVICE = "Service";
    /** The same key as the log field, so one id finds the trace and the log lines. */
    public static final String CORRELATION_ID = LogFields.CORRELATION_ID;

    private final Tracer tracer;
    private final TracingConfig config;
    private final String segmentName;
    private final Capture capture;

    private TracingStep(Builder builder) {
        this.config = builder.backend == null ? builder.config : builder.config.withBackend(builder.backend);
        this.tracer = builder.tracer != null ? builder.tracer : Tracers.of(config);
        this.segmentName = builder.segmentName;
        this.capture = new Capture(config, builder.captureMode, segmentName, builder.namespace);
    }

    /** A step configured by the process environment. */
    public static TracingStep fromEnvironment() {
        return builder(PowertoolsConfig.fromEnvironment()).build();
    }

    public static Builder builder(PowertoolsConfig config) {
        return new Builder(TracingConfig.from(config));
    }

    public static Builder builder(TracingConfig config) {
        return new Builder(config);
    }

    /** The tracer the step's spans come from; use it for spans of your own. */
    public Tracer tracer() {
        return tracer;
    }

    @Override
    public StepScope begin(Invocation invocation) {
        if (!tracer.isEnabled()) {
            return StepScope.NONE;
        }
        Span span = tracer.startSpan(segmentName, invocation);
        span.annotate(COLD_START, invocation.coldStart());
        span.annotate(SERVICE, config.serviceName());
        return new SpanScope(span, invocation);
    }

    @Override
    public String name() {
        return "tracing";
    }

    /** One invocation's span: records the outcome, then the correlation id, then ends. */
    private final class SpanScope implements StepScope {
        private final Span span;
        private final Invocation invocation;

        SpanScope(Span span, Invocation invocation) {
            this.span = span;
            this.invocation = invocation;
        }

        @Override
        public void onSuccess(Object response) {
            capture.success(span, response);
        }

        @Override
        public void onError(Throwable error) {
            capture.error(span, error);
        }

        @Override
        public void end() {
            // Read last, so the step that sets it may run before or after this one. No lambda: one per invocation.
            Optional<String> correlationId = invocation.correlationId();
            if (correlationId.isPresent()) {
                span.annotate(CORRELATION_ID, correlationId.get());
            }
            span.end();
        }
    }

    /** Builds a {@link TracingStep}; everything but the configuration has a default. */
    public static final class Builder {
        private final TracingConfig config;
        private Tracer tracer;
        private TracerBackend backend;
        private String segmentName = DEFAULT_SEGMENT_NAME;
        private CaptureMode captureMode = CaptureMode.ENVIRONMENT_VAR;
        private String namespace;

        private Builder(TracingConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /** The span name of each invocation; default {@value #DEFAULT_SEGMENT_NAME}. */
        public Builder segmentName(String segmentName) {
            if (segmentName == null || segmentName.isBlank()) {
                throw new IllegalArgumentException("segmentName must not be blank");
            }
            this.segmentName = segmentName;
            return this;
        }

        /** What is recorded as metadata; default {@link CaptureMode#ENVIRONMENT_VAR}. */
        public Builder captureMode(CaptureMode captureMode) {
            this.captureMode = Objects.requireNonNull(captureMode, "captureMode");
            return this;
        }

        /**
         * The metadata namespace of the captured response and error, as Powertools' {@code @Tracing(namespace)};
         * default the service name. Blank means the default.
         */
        public Builder namespace(String namespace) {
            this.namespace = Objects.requireNonNull(namespace, "namespace");
            return this;
        }

        /** The backend of the step's own tracer; default {@code POWERTOOLS_TRACER} (otel). Ignored with {@link #tracer}. */
        public Builder backend(TracerBackend backend) {
            this.backend = Objects.requireNonNull(backend, "backend");
            return this;
        }

        /** Shares a tracer (one per process is enough); default: a new tracer of the configured backend. */
        public Builder tracer(Tracer tracer) {
            this.tracer = Objects.requireNonNull(tracer, "tracer");
            return this;
        }

        public TracingStep build() {
            return new TracingStep(this);
        }
    }
}
