package dev.lambdaobs.logging.aspect;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.pipeline.HandlerPipelines;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.logging.Logging;
import dev.lambdaobs.logging.LoggingConfig;
import dev.lambdaobs.logging.LoggingStep;
import java.lang.reflect.Method;

/**
 * The {@code @Logging} pipelines of the process, one per annotated method, shared by {@link LoggingAspect}
 * and {@link LoggingHandlerPrimer}: a handler primed for SnapStart during init keeps the pipeline (and its
 * hooks) its invocations then use.
 */
final class LoggingPipelines {
    static final HandlerPipelines<Logging> PIPELINES = new HandlerPipelines<>(Logging.class, LoggingPipelines::pipeline);

    private LoggingPipelines() {
    }

    private static Observability.Builder pipeline(Method method, Logging logging) {
        PowertoolsConfig config = PowertoolsConfig.process();
        return Observability.builder()
                .config(config)
                .step(LoggingStep.of(LoggingAspect.configure(LoggingConfig.from(config), logging,
                        method.getDeclaringClass().getName())));
    }
}
