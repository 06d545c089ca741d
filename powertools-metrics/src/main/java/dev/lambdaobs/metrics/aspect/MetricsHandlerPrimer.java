package dev.lambdaobs.metrics.aspect;

import dev.lambdaobs.core.snapstart.HandlerPrimer;

/**
 * Primes {@code @Metrics} handlers for {@link dev.lambdaobs.core.snapstart.SnapStartPriming#init()},
 * registered as a service: their pipelines are built during init, with SnapStart hooks, where the aspect
 * finds them.
 */
public final class MetricsHandlerPrimer implements HandlerPrimer {
    @Override
    public String annotation() {
        return "@Metrics";
    }

    @Override
    public int prime(Class<?> handlerClass) {
        return MetricsPipelines.PIPELINES.prime(handlerClass);
    }
}
