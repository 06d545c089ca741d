package dev.lambdaobs.tracing.aspect;

import dev.lambdaobs.core.snapstart.HandlerPrimer;

/**
 * Primes {@code @Tracing} handlers for {@link dev.lambdaobs.core.snapstart.SnapStartPriming#init()} (and
 * {@link dev.lambdaobs.tracing.TracingUtils#init()}), registered as a service: builds their pipelines in the
 * runtime the aspect shares, so the pipeline primed before the checkpoint is the one invocations use.
 */
public final class TracingHandlerPrimer implements HandlerPrimer {
    @Override
    public String annotation() {
        return "@Tracing";
    }

    @Override
    public int prime(Class<?> handlerClass) {
        return AspectRuntime.process().primeHandlers(handlerClass);
    }
}
