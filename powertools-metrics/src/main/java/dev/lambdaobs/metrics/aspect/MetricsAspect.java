package dev.lambdaobs.metrics.aspect;

import dev.lambdaobs.metrics.DefaultDimension;
import dev.lambdaobs.metrics.Metrics;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.metrics.MetricsConfig;
import dev.lambdaobs.metrics.MetricsStep;
import java.lang.reflect.Method;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;

/**
 * Maps {@link Metrics} onto the functional core: one {@link Observability} with a {@link MetricsStep}
 * per annotated method ({@link MetricsPipelines}), built on its first call (or when primed) from the
 * environment and the annotation.
 */
@Aspect
public final class MetricsAspect {
    @Around("execution(@dev.lambdaobs.metrics.Metrics * *(..)) && @annotation(metrics)")
    public Object around(ProceedingJoinPoint joinPoint, Metrics metrics) throws Throwable {
        Method method = ((MethodSignature) joinPoint.getSignature()).getMethod();
        return MetricsPipelines.PIPELINES.of(method, metrics).proceed(joinPoint.getArgs(), joinPoint::proceed);
    }

    /** The pipeline the annotation describes, on the configuration every aspect shares. */
    static Observability.Builder pipeline(Metrics metrics) {
        PowertoolsConfig config = PowertoolsConfig.process();
        MetricsConfig.Builder settings = MetricsConfig.builder(config)
                .captureColdStart(metrics.captureColdStart())
                .raiseOnEmptyMetrics(metrics.raiseOnEmptyMetrics())
                .invocationMetrics(metrics.invocationMetrics());
        if (!metrics.namespace().isEmpty()) {
            settings.namespace(metrics.namespace());
        }
        if (!metrics.service().isEmpty()) {
            settings.service(metrics.service());
        }
        if (!metrics.functionName().isEmpty()) {
            settings.functionName(metrics.functionName());
        }
        for (DefaultDimension dimension : metrics.defaultDimensions()) {
            settings.defaultDimension(dimension.key(), dimension.value());
        }
        return Observability.builder().config(config).step(MetricsStep.builder(settings.build()).build());
    }
}
