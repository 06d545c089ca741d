package dev.lambdaobs.logging.aspect;

import dev.lambdaobs.logging.Logging;
import dev.lambdaobs.logging.LoggingConfig;
import java.lang.reflect.Method;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;

/**
 * Runs methods annotated with {@link Logging} through a {@link dev.lambdaobs.logging.LoggingStep}: it only maps the
 * annotation's attributes onto {@link LoggingConfig}, once per method ({@link LoggingPipelines}), and calls
 * the functional core.
 * Weave it at compile time by listing {@code powertools-logging} under the aspectj-maven-plugin's
 * {@code <aspectLibraries>}.
 */
@Aspect
public final class LoggingAspect {
    @Around("execution(@dev.lambdaobs.logging.Logging * *(..)) && @annotation(logging)")
    public Object around(ProceedingJoinPoint joinPoint, Logging logging) throws Throwable {
        Method method = ((MethodSignature) joinPoint.getSignature()).getMethod();
        return LoggingPipelines.PIPELINES.of(method, logging).proceed(joinPoint.getArgs(), joinPoint::proceed);
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
