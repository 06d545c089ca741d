package dev.lambdaobs.tracing;

import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.pipeline.ThrowingSupplier;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * Opens spans in the current trace (OpenTelemetry spans or X-Ray subsegments, both landing in X-Ray). The
 * API names no tracing backend: OpenTelemetry ({@link Tracers#otel}, the default) or the X-Ray SDK
 * ({@link Tracers#xray}) sits behind it, and {@link #unwrap} is the one escape hatch to it.
 * Thread-safe; each thread has its own current span.
 *
 * <pre>{@code
 * Tracer tracer = Tracers.fromEnvironment();
 * Receipt receipt = tracer.trace("charge card", () -> payments.charge(order));
 * executor.submit(tracer.wrap(() -> audit(order)));   // stays in the same trace
 * }</pre>
 */
public interface Tracer {

    /** A tracer that records nothing and runs every body as is. */
    static Tracer noop() {
        return NoopTracer.INSTANCE;
    }

    /** Starts a span nested in this thread's current span; it is current until ended. */
    Span startSpan(String name);

    /**
     * Starts the span of a handler invocation: nested in the current span when that belongs to the
     * invocation's trace, otherwise the first span under the trace header the invocation came with.
     */
    Span startSpan(String name, Invocation invocation);

    /** This thread's current span, or a no-op span when there is none. */
    Span currentSpan();

    /**
     * The {@code X-Amzn-Trace-Id} value for a downstream call made now: this thread's span as
     * {@code Parent}, and the invocation's other keys (such as {@code Lineage}) unchanged. Empty when
     * not traced.
     */
    Optional<String> downstreamTraceHeader();

    /** True when spans are recorded and sent at all (not disabled, in Lambda). */
    boolean isEnabled();

    /** Runs {@code body} in a span named {@code name}; an exception is recorded and rethrown unchanged. */
    default <T, E extends Throwable> T trace(String name, ThrowingSupplier<T, E> body) throws E {
        Span span = startSpan(name);
        try {
            return body.get();
        } catch (Throwable error) {
            span.recordError(error);
            throw error;
        } finally {
            span.end();
        }
    }

    /** {@code task} run on another thread continues this thread's current span (and invocation). */
    Runnable wrap(Runnable task);

    /** {@code task} run on another thread continues this thread's current span (and invocation). */
    <T> Callable<T> wrap(Callable<T> task);

    /** An executor whose tasks continue the span that was current when each task was submitted. */
    default Executor wrap(Executor executor) {
        return command -> executor.execute(wrap(command));
    }

    /**
     * The escape hatch to the backend, e.g. {@code tracer.unwrap(io.opentelemetry.api.trace.Tracer.class)}
     * for OpenTelemetry instrumentation, or {@code tracer.unwrap(AWSXRayRecorder.class)} for X-Ray
     * integrations of your own. Empty when the backend is not of that type (noop, another backend).
     */
    <T> Optional<T> unwrap(Class<T> type);
}
