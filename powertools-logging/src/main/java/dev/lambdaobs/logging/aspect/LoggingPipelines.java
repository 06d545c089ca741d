package dev.lambdaobs.logging.aspect;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.core.snapstart.HandlerPrimer;
import dev.lambdaobs.logging.Logging;
import dev.lambdaobs.logging.LoggingConfig;
import dev.lambdaobs.logging.LoggingStep;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code @Logging} pipelines of the process, one per annotated method, shared by {@link LoggingAspect}
 * and {@link LoggingHandlerPrimer}: a handler primed for SnapStart during init keeps the pipeline (and its
 * hooks) its invocations then use.
 */
final class LoggingPipelines {
    private static final Map<Method, Observability> PIPELINES = new ConcurrentHashMap<>();

    private LoggingPipelines() {
    }

    /** The pipeline of {@code method}, built on its first call. */
    static Observability of(Method method) {
        Observability known = PIPELINES.get(method);
        return known != null ? known : PIPELINES.computeIfAbsent(method, m -> pipeline(m).build());
    }

    /** Builds now, with SnapStart hooks, the pipelines of {@code handlerClass}' handlers that have none yet. */
    static int primeHandlers(Class<?> handlerClass) {
        List<Method> handlers = HandlerPrimer.handlerMethods(handlerClass, Logging.class);
        for (Method method : handlers) {
            PIPELINES.computeIfAbsent(method, m -> pipeline(m).snapStartPriming().build());
        }
        return handlers.size();
    }

    private static Observability.Builder pipeline(Method method) {
        PowertoolsConfig config = PowertoolsConfig.process();
        Logging logging = method.getAnnotation(Logging.class);
        return Observability.builder()
                .config(config)
                .step(LoggingStep.of(LoggingAspect.configure(LoggingConfig.from(config), logging,
                        method.getDeclaringClass().getName())));
    }
}
