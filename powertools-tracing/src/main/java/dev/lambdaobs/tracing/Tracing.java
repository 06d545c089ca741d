package dev.lambdaobs.tracing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Traces the annotated method (OpenTelemetry or X-Ray SDK backend, both landing in X-Ray; woven by {@code dev.lambdaobs.tracing.aspect.TracingAspect}).
 * On a Lambda handler ({@code handleRequest} with a {@code Context}) it opens the invocation's span
 * with the {@code ColdStart} and {@code Service} annotations; on any other method, a span nested in
 * the current one. Without AspectJ, use {@link TracingStep} and {@link Traced}.
 *
 * <pre>{@code
 * @Tracing
 * public Receipt handleRequest(Order order, Context context) { ... }
 *
 * @Tracing(segmentName = "## charge", captureMode = CaptureMode.ERROR, namespace = "payments")
 * Payment charge(Order order) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tracing {
    /** The span name; default {@code "## <methodName>"}. */
    String segmentName() default "";

    /** What is recorded as metadata; default: {@code POWERTOOLS_TRACER_CAPTURE_RESPONSE}/{@code _ERROR}. */
    CaptureMode captureMode() default CaptureMode.ENVIRONMENT_VAR;

    /** The metadata namespace of the captured response and error; default the service name ({@code POWERTOOLS_SERVICE_NAME}). */
    String namespace() default "";
}
