package dev.lambdaobs.tracing;

import dev.lambdaobs.core.pipeline.ThrowingSupplier;
import java.util.Objects;

/**
 * A traced method without AspectJ: what {@code @Tracing} does on a method that is not a handler. The
 * body runs in a span nested in the current one; its response and error are captured as configured.
 *
 * <pre>{@code
 * Traced pricing = Traced.span(tracer, config, "## priceOrder").captureMode(CaptureMode.ERROR).namespace("pricing");
 * Price price = pricing.call(() -> priceOrder(order));
 * }</pre>
 */
public final class Traced {
    private final Tracer tracer;
    private final TracingConfig config;
    private final String name;
    private final CaptureMode captureMode;
    private final String namespace;
    private final Capture capture;

    private Traced(Tracer tracer, TracingConfig config, String name, CaptureMode captureMode, String namespace) {
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        this.config = Objects.requireNonNull(config, "config");
        this.name = Objects.requireNonNull(name, "name");
        this.captureMode = Objects.requireNonNull(captureMode, "captureMode");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.capture = new Capture(config, captureMode, name, namespace);
    }

    /** Calls traced in spans named {@code name}, capturing as the environment says. */
    public static Traced span(Tracer tracer, TracingConfig config, String name) {
        return new Traced(tracer, config, name, CaptureMode.ENVIRONMENT_VAR, "");
    }

    /** The same with another capture mode. */
    public Traced captureMode(CaptureMode mode) {
        return new Traced(tracer, config, name, mode, namespace);
    }

    /** The same with the captured response and error under another metadata namespace (blank: the service name). */
    public Traced namespace(String metadataNamespace) {
        return new Traced(tracer, config, name, captureMode, metadataNamespace);
    }

    /** Runs {@code body} in a new span; its result or exception passes through unchanged. */
    public <T, E extends Throwable> T call(ThrowingSupplier<T, E> body) throws E {
        Span span = tracer.startSpan(name);
        try {
            T result = body.get();
            capture.success(span, result);
            return result;
        } catch (Throwable error) {
            capture.error(span, error);
            throw error;
        } finally {
            span.end();
        }
    }
}
