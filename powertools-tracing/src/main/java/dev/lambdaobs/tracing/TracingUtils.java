package dev.lambdaobs.tracing;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.snapstart.SnapStartPriming;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Static helpers for the span current on the calling thread, named as Powertools for AWS Lambda (Java)'s
 * {@code TracingUtils} names them, on both backends. Each is a thin layer over {@link Tracers#current()}
 * and the {@link Span} API: X-Ray's rules on keys and values apply as they do there. With no span of
 * ours current (outside a traced invocation, on a thread whose task was not wrapped, tracing off) a call
 * does nothing and the first such call is reported once to the process configuration's diagnostics;
 * nothing here throws into the handler. Worker threads see the span their task was wrapped in:
 *
 * <pre>{@code
 * @Tracing
 * public Receipt handleRequest(Order order, Context context) {
 *     TracingUtils.putAnnotation("order_id", order.id());
 *     TracingUtils.withSubsegment("charge", span -> span.metadata("amount", order.amount()));
 *     executor.submit(TracingUtils.wrap(() -> TracingUtils.putMetadata("audited", true)));
 *     ...
 * }
 * }</pre>
 */
public final class TracingUtils {
    /** Powertools' subsegment names start with this; ours too, so traces and queries keep their names. */
    static final String NAME_PREFIX = "## ";
    static final String NO_SPAN_KEY = "tracing.utils.no-span";

    private TracingUtils() {
    }

    /**
     * Primes the calling handler class for SnapStart, as Powertools' {@code TracingUtils.init()} does: its
     * annotated handlers' pipelines ({@code @Tracing}, and {@code @Logging} and {@code @Metrics} when those
     * modules are on the class path) are built now, during init, with the SnapStart hooks, so before the
     * checkpoint synthetic invocations run through each with nothing emitted, and after a restore the next
     * invocation is the cold start and span ids draw fresh entropy. The same as
     * {@link SnapStartPriming#init()}. Call it from the handler's static initializer or constructor; calling
     * it again does nothing more.
     *
     * <pre>{@code
     * public class PlaceOrder implements RequestHandler<Order, Receipt> {
     *     static { TracingUtils.init(); }
     *
     *     @Tracing
     *     public Receipt handleRequest(Order order, Context context) { ... }
     * }
     * }</pre>
     */
    public static void init() {
        SnapStartPriming.primeHandlers(StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass(),
                "TracingUtils.init()");
    }

    /** Adds a searchable string annotation to the current span. */
    public static void putAnnotation(String key, String value) {
        current("putAnnotation").annotate(key, value);
    }

    /** Adds a searchable number annotation to the current span. */
    public static void putAnnotation(String key, Number value) {
        current("putAnnotation").annotate(key, value);
    }

    /** Adds a searchable boolean annotation to the current span. */
    public static void putAnnotation(String key, boolean value) {
        current("putAnnotation").annotate(key, value);
    }

    /** Adds metadata to the current span under the service's namespace ({@code POWERTOOLS_SERVICE_NAME}). */
    public static void putMetadata(String key, Object value) {
        current("putMetadata").metadata(key, value);
    }

    /** Adds metadata to the current span under {@code namespace}. */
    public static void putMetadata(String namespace, String key, Object value) {
        current("putMetadata").metadata(namespace, key, value);
    }

    /**
     * {@link #putMetadata(String, Object)} of a {@code double}, without boxing it (as {@link Span#metadata(String, double)}).
     *
     * <pre>{@code
     * TracingUtils.putMetadata("total", order.total()); // a double
     * }</pre>
     */
    public static void putMetadata(String key, double value) {
        current("putMetadata").metadata(key, value);
    }

    /** {@link #putMetadata(String, Object)} of a {@code float}, without boxing it. */
    public static void putMetadata(String key, float value) {
        current("putMetadata").metadata(key, value);
    }

    /** {@link #putMetadata(String, Object)} of a {@code long} (or an {@code int}, {@code short}, {@code byte}), without boxing it. */
    public static void putMetadata(String key, long value) {
        current("putMetadata").metadata(key, value);
    }

    /** {@link #putMetadata(String, Object)} of a {@code boolean}, without boxing it. */
    public static void putMetadata(String key, boolean value) {
        current("putMetadata").metadata(key, value);
    }

    /** {@link #putMetadata(String, Object)} of a {@code char}. */
    public static void putMetadata(String key, char value) {
        current("putMetadata").metadata(key, value);
    }

    /** {@link #putMetadata(String, String, Object)} of a {@code double}, without boxing it. */
    public static void putMetadata(String namespace, String key, double value) {
        current("putMetadata").metadata(namespace, key, value);
    }

    /** {@link #putMetadata(String, String, Object)} of a {@code float}, without boxing it. */
    public static void putMetadata(String namespace, String key, float value) {
        current("putMetadata").metadata(namespace, key, value);
    }

    /** {@link #putMetadata(String, String, Object)} of a {@code long}, without boxing it. */
    public static void putMetadata(String namespace, String key, long value) {
        current("putMetadata").metadata(namespace, key, value);
    }

    /** {@link #putMetadata(String, String, Object)} of a {@code boolean}, without boxing it. */
    public static void putMetadata(String namespace, String key, boolean value) {
        current("putMetadata").metadata(namespace, key, value);
    }

    /** {@link #putMetadata(String, String, Object)} of a {@code char}. */
    public static void putMetadata(String namespace, String key, char value) {
        current("putMetadata").metadata(namespace, key, value);
    }

    /**
     * Runs {@code body} in a span named {@code "## " + name} nested in the current one, and hands it the span.
     * An exception is recorded on the span and rethrown unchanged. Without a current span the body still
     * runs, with a span that records nothing.
     */
    public static void withSubsegment(String name, Consumer<Span> body) {
        inSpan(name, body, span -> span);
    }

    /** {@link #withSubsegment(String, Consumer)}, where the span's {@code metadata(key, value)} goes under {@code namespace}. */
    public static void withSubsegment(String namespace, String name, Consumer<Span> body) {
        inSpan(name, body, span -> new NamespacedSpan(span, namespace));
    }

    /** {@code task} run on another thread continues the calling thread's current span and invocation. */
    public static Runnable wrap(Runnable task) {
        return Tracers.current().wrap(task);
    }

    /** {@code task} run on another thread continues the calling thread's current span and invocation. */
    public static <T> Callable<T> wrap(Callable<T> task) {
        return Tracers.current().wrap(task);
    }

    /** An executor whose tasks continue the span current when each was submitted (on the submitting thread). */
    public static Executor wrap(Executor executor) {
        return command -> executor.execute(wrap(command));
    }

    private static void inSpan(String name, Consumer<Span> body, UnaryOperator<Span> view) {
        Tracer tracer = tracerOrReport("withSubsegment");
        Span span = tracer.startSpan(name.startsWith(NAME_PREFIX) ? name : NAME_PREFIX + name);
        try {
            body.accept(view.apply(span));
        } catch (RuntimeException | Error error) {
            span.recordError(error);
            throw error;
        } finally {
            span.end();
        }
    }

    private static Span current(String operation) {
        return tracerOrReport(operation).currentSpan();
    }

    private static Tracer tracerOrReport(String operation) {
        Tracer tracer = Tracers.current();
        if (!tracer.isEnabled()) {
            reportNoSpan(operation);
        }
        return tracer;
    }

    private static void reportNoSpan(String operation) {
        try {
            PowertoolsConfig.process().settings().diagnostics().warnOnce(NO_SPAN_KEY, "TracingUtils." + operation
                    + " found no span on thread '" + Thread.currentThread().getName() + "' (outside a traced invocation,"
                    + " on a thread whose task was not wrapped with TracingUtils.wrap or Tracer.wrap, or tracing is off):"
                    + " ignored; later calls without a span are ignored silently");
        } catch (RuntimeException | LinkageError e) {
            // A broken configuration is reported where it is read; a helper call never fails for it.
        }
    }
}
