package dev.lambdaobs.logging;

import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.logging.context.LiveContexts;
import dev.lambdaobs.logging.context.LogBuffer;
import dev.lambdaobs.logging.context.LogContext;

/**
 * Manual control of the log buffer ({@code POWERTOOLS_LOGGER_BUFFER_LEVEL}) of the current invocation,
 * named as in Powertools for AWS Lambda (Java). The buffer is otherwise written out when an ERROR line is
 * logged or the handler throws, and dropped when the handler returns.
 *
 * <pre>{@code
 * log.debug("cart {}", cart);                 // held in the invocation's buffer
 * if (payment.declined()) {
 *     PowertoolsLogging.flushBuffer();        // written now, in order, with the invocation's keys
 *     log.warn("payment declined");
 * }
 * }</pre>
 *
 * <p>Safe from any thread: on the handler's thread, or on a thread running a task wrapped with
 * {@code Invocation.wrap}, it acts on that invocation's buffer; anywhere else (no invocation, or buffering
 * off) it does nothing. Concurrent invocations never touch each other's buffers.
 */
public final class PowertoolsLogging {
    private PowertoolsLogging() {
    }

    /**
     * Writes the current invocation's held lines, oldest first, and empties the buffer. The lines carry
     * the invocation's keys whichever thread flushes them.
     *
     * @return how many lines were written; 0 when there was nothing to flush
     */
    public static int flushBuffer() {
        LogContext context = LiveContexts.current();
        LogBuffer buffer = context == null ? null : context.buffer();
        if (buffer == null) {
            return 0;
        }
        // Writing reads the invocation's keys from the thread's context: bind the owner's here too.
        try (Invocation.Scope ignored = context == LogContext.current() ? null : context.attach()) {
            return buffer.flush();
        }
    }

    /**
     * Drops the current invocation's held lines without writing them.
     *
     * @return how many lines were dropped
     */
    public static int clearBuffer() {
        LogContext context = LiveContexts.current();
        LogBuffer buffer = context == null ? null : context.buffer();
        return buffer == null ? 0 : buffer.discard();
    }
}
