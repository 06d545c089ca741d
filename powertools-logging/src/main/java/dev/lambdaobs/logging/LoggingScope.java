package dev.lambdaobs.logging;

import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.pipeline.StepScope;
import dev.lambdaobs.logging.backend.LoggingBackend;
import dev.lambdaobs.logging.context.LogContext;
import java.util.Map;

/** One invocation's logging: logs the outcome, flushes or drops the buffer, then restores the thread. */
final class LoggingScope implements StepScope {
    private final Invocation invocation;
    private final LogContext context;
    private final Invocation.Scope attached;
    private final Invocation.Scope registered;
    private final Map<String, String> savedState;
    private final EventLogger eventLogger;
    private final LoggingBackend backend;
    private final boolean flushBufferOnError;

    LoggingScope(Invocation invocation, LogContext context, Invocation.Scope attached, Invocation.Scope registered,
                 Map<String, String> savedState, EventLogger eventLogger, LoggingBackend backend,
                 boolean flushBufferOnError) {
        this.invocation = invocation;
        this.context = context;
        this.attached = attached;
        this.registered = registered;
        this.savedState = savedState;
        this.eventLogger = eventLogger;
        this.backend = backend;
        this.flushBufferOnError = flushBufferOnError;
    }

    @Override
    public void onSuccess(Object response) {
        eventLogger.response(invocation, response);
    }

    @Override
    public void onError(Throwable error) {
        // Held lines first, so the output stays in the order it was logged.
        if (flushBufferOnError && context.buffer() != null) {
            context.buffer().flush();
        }
        eventLogger.error(error);
    }

    @Override
    public void end() {
        try {
            if (context.buffer() != null) {
                context.buffer().discard();
            }
        } finally {
            if (registered != null) {
                registered.close();
            }
            attached.close();
            if (savedState != null) {
                backend.restoreThreadContext(savedState);
            }
        }
    }
}
