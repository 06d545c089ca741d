package dev.lambdaobs.logging.aspect;

import dev.lambdaobs.logging.Logging;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.logging.LoggingConfig;
import dev.lambdaobs.logging.LoggingStep;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;

/**
 * Runs methods annotated with {@link Logging} through a {@link LoggingStep}: it only maps the
 * annotation's attributes onto {@link LoggingConfig}, once per method, and calls the functional core.
 * Weave it at compile time by listing {@code powertools-logging} under the aspectj-maven-plugin's
 * {@code <aspectLibraries>}.
 */
@Aspect
public final class LoggingAspect {
    private final Map<Method, Observability> observed = new ConcurrentHashMap<>();

    @Around("execution(@dev.lambdaobs.logging.Logging * *(..))")
    public Object around(ProceedingJoinPoint joinPoint) throws Throwable {
        Method method = ((MethodSignature) joinPoint.getSignature()).getMethod();
        Observability observability = observed.computeIfAbsent(method, LoggingAspect::observability);
        return observability.proceed(joinPoint.getArgs(), joinPoint::proceed);
    }

    private static Observability observability(Method method) {
        PowertoolsConfig config = PowertoolsConfig.process();
        Logging logging = method.getAnnotation(Logging.class);
        LoggingConfig base = LoggingConfig.from(config);
        return Observability.builder()
                .config(config)
                .step(LoggingStep.of(configure(base, logging, method.getDeclaringClass().getName())))
                .build();
    }

    /** The environment's configuration with the annotation's attributes applied. */
    static LoggingConfig configure(LoggingConfig base, Logging logging, String loggerName) {
        LoggingConfig.Builder builder = base.toBuilder()
                .loggerName(loggerName)
                .logEvent(base.logEvent() || logging.logEvent())
                .logResponse(base.logResponse() || logging.logResponse())
                .logError(base.logError() && logging.logError())
                .clearState(base.clearState() && logging.clearState())
                .location(base.location() || logging.logLocation())
                .flushBufferOnError(base.flushBufferOnError() && logging.flushBufferOnUncaughtError());
        if (logging.samplingRate() >= 0) {
            builder.samplingRate(logging.samplingRate());
        }
        if (!logging.correlationIdPath().isBlank()) {
            builder.correlationIdPath(logging.correlationIdPath());
        }
        return builder.build();
    }
}
