package dev.lambdaobs.metrics.aspect;

import dev.lambdaobs.core.pipeline.HandlerPipelines;
import dev.lambdaobs.metrics.Metrics;

/**
 * The {@code @Metrics} pipelines of the process, one per annotated method, shared by {@link MetricsAspect}
 * and {@link MetricsHandlerPrimer}: a handler primed for SnapStart during init keeps the pipeline (and its
 * hooks) its invocations then use.
 */
final class MetricsPipelines {
    static final HandlerPipelines<Metrics> PIPELINES =
            new HandlerPipelines<>(Metrics.class, (method, metrics) -> MetricsAspect.pipeline(metrics));

    private MetricsPipelines() {
    }
}
