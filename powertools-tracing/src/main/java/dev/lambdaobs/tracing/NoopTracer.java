package dev.lambdaobs.tracing;

import dev.lambdaobs.core.invocation.Invocation;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The tracer when tracing is disabled or not running in Lambda: every span is a no-op. */
final class NoopTracer implements Tracer {
    static final NoopTracer INSTANCE = new NoopTracer();

    private NoopTracer() {
    }

    @Override public Span startSpan(String name) { return Span.noop(); }
    @Override public Span startSpan(String name, Invocation invocation) { return Span.noop(); }
    @Override public Span currentSpan() { return Span.noop(); }
    @Override public Optional<String> downstreamTraceHeader() { return Optional.empty(); }
    @Override public boolean isEnabled() { return false; }
    /** No span to carry, but the invocation still goes along (core's {@link Invocation#wrap}). */
    @Override public Runnable wrap(Runnable task) { return Invocation.wrap(task); }
    @Override public <T> Callable<T> wrap(Callable<T> task) { return Invocation.wrap(task); }
    @Override public <T> Optional<T> unwrap(Class<T> type) { return Optional.empty(); }
}
