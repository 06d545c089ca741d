package dev.lambdaobs.tracing.aspect;

import dev.lambdaobs.core.pipeline.HandlerArguments;
import dev.lambdaobs.tracing.Tracing;
import java.lang.reflect.Method;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;

/**
 * Weaves {@link Tracing}: maps the annotation onto the functional core and nothing more. A method
 * given a Lambda {@code Context} runs through a {@link dev.lambdaobs.tracing.TracingStep} pipeline;
 * any other runs as a {@link dev.lambdaobs.tracing.Traced} call. Add this module under
 * {@code <aspectLibraries>} of the aspectj-maven-plugin.
 */
@Aspect
public final class TracingAspect {
    @Around("execution(@dev.lambdaobs.tracing.Tracing * *(..)) && @annotation(tracing)")
    public Object around(ProceedingJoinPoint joinPoint, Tracing tracing) throws Throwable {
        AspectRuntime current = AspectRuntime.process();
        Method method = ((MethodSignature) joinPoint.getSignature()).getMethod();
        HandlerArguments args = HandlerArguments.of(joinPoint.getArgs());
        if (args.isHandler()) {
            return current.handler(method, tracing).proceed(joinPoint.getArgs(), joinPoint::proceed);
        }
        return current.method(method, tracing).call(joinPoint::proceed);
    }
}
