package dev.lambdaobs.core.pipeline;

/** A body of work that may throw a checked exception, which {@link Observability#call} rethrows unchanged. */
@FunctionalInterface
public interface ThrowingSupplier<T, E extends Throwable> {
    T get() throws E;
}
