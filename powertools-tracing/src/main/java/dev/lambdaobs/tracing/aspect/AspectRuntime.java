package dev.lambdaobs.tracing.aspect;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.pipeline.HandlerPipelines;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.tracing.Traced;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.Tracers;
import dev.lambdaobs.tracing.Tracing;
import dev.lambdaobs.tracing.TracingConfig;
import dev.lambdaobs.tracing.TracingStep;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the aspect builds once per process: the configuration, one tracer, and per annotated method its
 * pipeline (handlers) or traced call (other methods). Shared with {@link TracingHandlerPrimer}, so that a
 * handler's pipeline built before a SnapStart checkpoint is the one its invocations then use.
 */
final class AspectRuntime {
    private final PowertoolsConfig config;
    private final TracingConfig tracingConfig;
    private final Tracer tracer;
    private final HandlerPipelines<Tracing> handlers = new HandlerPipelines<>(Tracing.class, this::pipeline);
    private final Map<Method, Traced> methods = new ConcurrentHashMap<>();

    AspectRuntime(PowertoolsConfig config, Tracer tracer) {
        this.config = config;
        this.tracingConfig = TracingConfig.from(config);
        this.tracer = tracer;
    }

    /** The process' runtime, built on first use (the aspect's first call, or {@link TracingHandlerPrimer}). */
    static AspectRuntime process() {
        return Shared.RUNTIME;
    }

    private static final class Shared {
        static final AspectRuntime RUNTIME = load();
    }

    /**
     * From the configuration every aspect shares ({@link PowertoolsConfig#process()}: a registered
     * {@code ConfigurationProvider} in tests, else the environment, with the environment's shared tracer).
     */
    static AspectRuntime load() {
        PowertoolsConfig config = PowertoolsConfig.process();
        return config == PowertoolsConfig.fromEnvironment()
                ? new AspectRuntime(config, Tracers.fromEnvironment())
                : new AspectRuntime(config, Tracers.of(config));
    }

    Tracer tracer() {
        return tracer;
    }

    Observability handler(Method method, Tracing annotation) {
        return handlers.of(method, annotation);
    }

    /**
     * Builds now, with SnapStart hooks, the pipeline of each {@code @Tracing} handler method of
     * {@code handlerClass} (one taking a Lambda {@code Context}) that has none yet; returns how many
     * such methods the class has.
     */
    int primeHandlers(Class<?> handlerClass) {
        return handlers.prime(handlerClass);
    }

    private Observability.Builder pipeline(Method method, Tracing annotation) {
        return Observability.builder()
                .config(config)
                .step(TracingStep.builder(tracingConfig).tracer(tracer)
                        .segmentName(spanName(method, annotation))
                        .captureMode(annotation.captureMode())
                        .namespace(annotation.namespace())
                        .build());
    }

    Traced method(Method method, Tracing annotation) {
        Traced known = methods.get(method);
        return known != null ? known : methods.computeIfAbsent(method, m -> Traced.span(tracer, tracingConfig, spanName(m, annotation))
                .captureMode(annotation.captureMode()).namespace(annotation.namespace()));
    }

    private static String spanName(Method method, Tracing annotation) {
        return annotation.segmentName().isBlank() ? "## " + method.getName() : annotation.segmentName();
    }
}
