package dev.lambdaobs.metrics;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Observes a Lambda handler method with the metrics step: the invocation gets its own
 * {@code MetricsRecorder}, a ColdStart metric is written on real cold starts, and the recorded
 * metrics are written as EMF once, when the handler returns or throws. Needs compile-time weaving
 * with this module listed under the aspectj-maven-plugin's {@code <aspectLibraries>}.
 *
 * <pre>{@code
 * public final class PlaceOrder implements RequestHandler<Order, Receipt> {
 *     @Metrics(namespace = "Shop", service = "orders")
 *     public Receipt handleRequest(Order order, Context context) {
 *         MetricsRecorder.current().add("OrdersPlaced", 1, MetricUnit.COUNT);
 *         return new Receipt(order.id());
 *     }
 * }
 * }</pre>
 *
 * <p>Attributes left at their defaults keep the environment's values
 * ({@code POWERTOOLS_METRICS_NAMESPACE}, {@code POWERTOOLS_SERVICE_NAME},
 * {@code POWERTOOLS_METRICS_FUNCTION_NAME}); set ones override them. Powertools for AWS Lambda (Java)
 * names this annotation {@code @FlushMetrics}; the attributes it shares have the same names and meaning,
 * except {@code captureColdStart}, which is on by default here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Metrics {
    /** The CloudWatch namespace; empty keeps {@code POWERTOOLS_METRICS_NAMESPACE}. */
    String namespace() default "";

    /** The {@code Service} dimension; empty keeps {@code POWERTOOLS_SERVICE_NAME}. */
    String service() default "";

    /** The ColdStart metric's {@code FunctionName} dimension; empty keeps the environment's or the function's name. */
    String functionName() default "";

    /**
     * Default dimensions added after {@code Service} to every dimension set; they can be replaced at
     * runtime with {@link MetricsRecorder#setDefaultDimensions(Dimensions)}.
     */
    DefaultDimension[] defaultDimensions() default {};

    /** Write a ColdStart metric on real cold starts. */
    boolean captureColdStart() default true;

    /** Report an error, instead of a warning, when an invocation recorded no metric. */
    boolean raiseOnEmptyMetrics() default false;

    /** Also write HandlerDuration, HandlerErrors and, for HTTP requests, Http2xx/4xx/5xx. */
    boolean invocationMetrics() default false;
}
