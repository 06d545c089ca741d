package dev.lambdaobs.logging.context;

import dev.lambdaobs.core.invocation.Invocation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The log context of each invocation in progress, by its {@link Invocation}, so that a thread the
 * invocation was handed to ({@code Invocation.wrap}) finds the invocation's buffer: {@link LogContext}
 * itself is bound to the handler's thread only. An entry lives from the invocation's start to its end,
 * so the map holds as many entries as invocations run at once.
 *
 * <pre>{@code
 * LogContext context = LiveContexts.current();   // the handler's, on its thread or a wrapped worker's
 * }</pre>
 */
public final class LiveContexts {
    // Invocation keeps identity equality: two invocations are never one key.
    private static final Map<Invocation, LogContext> LIVE = new ConcurrentHashMap<>();

    private LiveContexts() {
    }

    /** Makes {@code context} findable from its invocation until the returned scope is closed. */
    public static Invocation.Scope register(LogContext context) {
        Invocation invocation = context.invocation();
        LIVE.put(invocation, context);
        return () -> LIVE.remove(invocation, context);
    }

    /** The context bound to this thread, else the one of the invocation current on it, else null. */
    public static LogContext current() {
        LogContext context = LogContext.current();
        if (context != null) {
            return context;
        }
        Invocation invocation = Invocation.currentOrNull();
        return invocation != null ? LIVE.get(invocation) : null;
    }
}
