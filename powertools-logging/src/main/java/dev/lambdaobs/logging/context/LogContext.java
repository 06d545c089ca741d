package dev.lambdaobs.logging.context;

import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.invocation.ThreadScope;
import java.util.Objects;

/**
 * What the log resolvers, filter and buffer need to know about the invocation running on this
 * thread: the shared {@link Invocation}, this invocation's threshold, whether it is sampled for
 * DEBUG, and its buffer. {@code LoggingStep} attaches one per invocation and detaches it at the end,
 * so many concurrent invocations on many threads never see each other's state.
 *
 * <pre>{@code
 * LogContext context = LogContext.current();   // null outside an observed invocation
 * }</pre>
 */
public final class LogContext {
    private static final ThreadLocal<LogContext> CURRENT = new ThreadLocal<>();

    private final Invocation invocation;
    private final LogLevel threshold;
    private final boolean sampled;
    private final double samplingRate;
    private final LogLevel bufferLevel;
    private final LogBuffer buffer;
    private final boolean location;

    /**
     * @param bufferLevel lines at this level and more verbose go to {@code buffer}; null for none
     * @param buffer      the invocation's buffer; null when {@code bufferLevel} is null
     */
    public LogContext(Invocation invocation, LogLevel threshold, boolean sampled, double samplingRate,
                      LogLevel bufferLevel, LogBuffer buffer, boolean location) {
        this.invocation = Objects.requireNonNull(invocation, "invocation");
        this.threshold = Objects.requireNonNull(threshold, "threshold");
        this.sampled = sampled;
        this.samplingRate = samplingRate;
        this.bufferLevel = bufferLevel;
        this.buffer = bufferLevel == null ? null : Objects.requireNonNull(buffer, "buffer");
        this.location = location;
    }

    /** The context of the invocation running on this thread, or null. */
    public static LogContext current() {
        return CURRENT.get();
    }

    /** Makes this the thread's context until the returned scope is closed. */
    public Invocation.Scope attach() {
        return ThreadScope.bind(CURRENT, this);
    }

    public Invocation invocation() {
        return invocation;
    }

    /** The least severe level written directly. */
    public LogLevel threshold() {
        return threshold;
    }

    public double samplingRate() {
        return samplingRate;
    }

    /** True when a line at {@code level} passes this invocation's filter (written or buffered). */
    public boolean enables(LogLevel level) {
        return level.isAtLeast(threshold)
                || (sampled && level.isAtLeast(LogLevel.DEBUG))
                || buffers(level);
    }

    /** True when a line at {@code level} is held in the buffer instead of written. */
    public boolean buffers(LogLevel level) {
        return bufferLevel != null && !(sampled && level.isAtLeast(LogLevel.DEBUG))
                && bufferLevel.isAtLeast(level);
    }

    /** The invocation's buffer, or null when buffering is off. */
    public LogBuffer buffer() {
        return buffer;
    }

    /** True when lines carry {@code location}. */
    public boolean location() {
        return location;
    }
}
