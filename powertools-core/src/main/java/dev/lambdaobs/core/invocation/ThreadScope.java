package dev.lambdaobs.core.invocation;

/**
 * Binds a value to a thread-local until the returned scope is closed, then restores what was there,
 * so nested and successive invocations on one thread never see each other's state.
 *
 * <pre>{@code
 * try (Invocation.Scope ignored = ThreadScope.bind(CURRENT_CONTEXT, context)) {
 *     ... // CURRENT_CONTEXT.get() == context
 * }
 * }</pre>
 */
public final class ThreadScope {
    private ThreadScope() {
    }

    /**
     * Sets {@code local} to {@code value} on this thread until the scope is closed. Closing sets the
     * previous value back, null included, rather than removing the entry: a removed entry is created
     * again by the next invocation's first read, one allocation per invocation for nothing.
     */
    public static <T> Invocation.Scope bind(ThreadLocal<T> local, T value) {
        T previous = local.get();
        local.set(value);
        return () -> local.set(previous);
    }
}
