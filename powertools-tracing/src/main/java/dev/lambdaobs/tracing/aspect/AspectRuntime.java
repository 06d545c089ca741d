package dev.lambdaobs.tracing.aspect;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.tracing.Traced;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.Tracers;
import dev.lambdaobs.tracing.Tracing;
import dev.lambdaobs.tracing.TracingConfig;
import dev.lambdaobs.tracing.TracingStep;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the aspect builds once: the configuration, one tracer, and per annotated method its
 * pipeline (handlers) or traced call (other methods).
 */
final class AspectRuntime {
    private final PowertoolsConfig config;
    private final TracingConfig tracingConfig;
    private final Tracer tracer;
    private final Map<Method, Observability> handlers = new ConcurrentHashMap<>();
    private final Map<Method, Traced> methods = new ConcurrentHashMap<>();

    AspectRuntime(PowertoolsConfig config, Tracer tracer) {
        this.config = config;
        this.tracingConfig = TracingConfig.from(config);
        this.tracer = tracer;
    }

    /** From an {@link AspectConfiguration} when one is installed, else the environment's shared tracer. */
    static AspectRuntime load() {
        return ServiceLoader.load(AspectConfiguration.class, AspectRuntime.class.getClassLoader())
                .findFirst()
                .map(AspectConfiguration::config)
                .map(config -> new AspectRuntime(config, Tracers.of(config)))
                .orElseGet(() -> new AspectRuntime(PowertoolsConfig.fromEnvironment(), Tracers.fromEnvironment()));
    }

    Tracer tracer() {
        return tracer;
    }

    Observability handler(Method method, Tracing annotation) {
        Observability known = handlers.get(method);
        // computeIfAbsent only the first time: its lambda captures the annotation, one allocation per call.
        return known != null ? known : handlers.computeIfAbsent(method, m -> Observability.builder()
                .config(config)
                .step(TracingStep.builder(tracingConfig).tracer(tracer)
                        .segmentName(spanName(m, annotation))
                        .captureMode(annotation.captureMode())
                        .build())
                .build());
    }

    Traced method(Method method, Tracing annotation) {
        Traced known = methods.get(method);
        return known != null ? known : methods.computeIfAbsent(method, m -> Traced.span(tracer, tracingConfig, spanName(m, annotation))
                .captureMode(annotation.captureMode()));
    }

    private static String spanName(Method method, Tracing annotation) {
        return annotation.segmentName().isBlank() ? "## " + method.getName() : annotation.segmentName();
    }
}
