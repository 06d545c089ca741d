package dev.lambdaobs.metrics.aspect;

import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.core.snapstart.HandlerPrimer;
import dev.lambdaobs.metrics.Metrics;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code @Metrics} pipelines of the process, one per annotated method, shared by {@link MetricsAspect}
 * and {@link MetricsHandlerPrimer}: a handler primed for SnapStart during init keeps the pipeline (and its
 * hooks) its invocations then use.
 */
final class MetricsPipelines {
    private static final Map<Method, Observability> PIPELINES = new ConcurrentHashMap<>();

    private MetricsPipelines() {
    }

    /** The pipeline of {@code method}, built on its first call from its annotation. */
    static Observability of(Method method, Metrics metrics) {
        Observability known = PIPELINES.get(method);
        // computeIfAbsent only the first time: its lambda captures the annotation, one allocation per call.
        return known != null ? known : PIPELINES.computeIfAbsent(method, m -> MetricsAspect.pipeline(metrics).build());
    }

    /** Builds now, with SnapStart hooks, the pipelines of {@code handlerClass}' handlers that have none yet. */
    static int primeHandlers(Class<?> handlerClass) {
        List<Method> handlers = HandlerPrimer.handlerMethods(handlerClass, Metrics.class);
        for (Method method : handlers) {
            PIPELINES.computeIfAbsent(method,
                    m -> MetricsAspect.pipeline(m.getAnnotation(Metrics.class)).snapStartPriming().build());
        }
        return handlers.size();
    }
}
