package dev.lambdaobs.tracing.otel;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;

/**
 * OpenTelemetry's own context key of the current span ({@code SpanContextKey.KEY}, package-private in the API),
 * learned once by asking a span to store itself in a context that records the key. With it, {@link OtelSpan}
 * answers that key itself and needs no context copy of its own (40 bytes per span). Null if an API version stores
 * spans some other way; {@code OtelSpan} then puts the OpenTelemetry span in a context as before.
 */
final class SpanKey {
    static final ContextKey<Object> KEY = learn();

    private SpanKey() {
    }

    @SuppressWarnings("unchecked")
    private static ContextKey<Object> learn() {
        Probe probe = new Probe();
        io.opentelemetry.api.trace.Span.getInvalid().storeInContext(probe);
        return probe.key;
    }

    /** A context that only records the key a value is stored under. */
    private static final class Probe implements Context {
        private ContextKey<Object> key;

        @Override
        public <V> V get(ContextKey<V> key) {
            return null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> Context with(ContextKey<V> key, V value) {
            this.key = (ContextKey<Object>) key;
            return this;
        }
    }
}
