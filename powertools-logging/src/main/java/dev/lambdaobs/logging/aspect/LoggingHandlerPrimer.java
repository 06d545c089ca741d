package dev.lambdaobs.logging.aspect;

import dev.lambdaobs.core.snapstart.HandlerPrimer;

/**
 * Primes {@code @Logging} handlers for {@link dev.lambdaobs.core.snapstart.SnapStartPriming#init()},
 * registered as a service: their pipelines are built during init, with SnapStart hooks, where the aspect
 * finds them.
 */
public final class LoggingHandlerPrimer implements HandlerPrimer {
    @Override
    public String annotation() {
        return "@Logging";
    }

    @Override
    public int prime(Class<?> handlerClass) {
        return LoggingPipelines.PIPELINES.prime(handlerClass);
    }
}
