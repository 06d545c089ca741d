package dev.lambdaobs.core.invocation;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lambdaobs.core.config.PowertoolsConfig;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * One handler invocation as the observation steps see it: the event, the context, the facts read
 * from them, whether it is the cold start, and when it started. Steps of different modules share
 * it, so the correlation id found by logging can become a trace annotation.
 *
 * <p>Thread-safe: under Lambda Managed Instances many invocations run at once, each with its own
 * {@code Invocation}.
 *
 * <pre>{@code
 * Invocation invocation = Invocation.current().orElseThrow();
 * String requestId = invocation.facts().requestId();
 *
 * executor.submit(Invocation.wrap(() -> audit(order)));   // the worker thread logs and records for this invocation
 * }</pre>
 */
public final class Invocation {
    private static final ThreadLocal<Invocation> CURRENT = new ThreadLocal<>();

    private final Object event;
    private final Context context;
    private final PowertoolsConfig config;
    private final InvocationFacts facts;
    private final boolean coldStart;
    private final Instant startedAt;
    private final LongSupplier ticker;
    private final long startNanos;
    private final boolean priming;
    private volatile String correlationId;

    /**
     * Creates an invocation; the pipeline does this, tests may too.
     *
     * @param ticker the monotonic nanosecond source; read now for the start, and again by {@link #elapsedNanos()}
     */
    public Invocation(Object event, Context context, PowertoolsConfig config, InvocationFacts facts,
                      boolean coldStart, Instant startedAt, LongSupplier ticker) {
        this(event, context, config, facts, coldStart, startedAt, ticker, false);
    }

    /**
     * Creates an invocation, a priming one when {@code priming} is true: the synthetic invocation run
     * before a SnapStart checkpoint, whose output every module suppresses ({@link #isPriming()}).
     */
    public Invocation(Object event, Context context, PowertoolsConfig config, InvocationFacts facts,
                      boolean coldStart, Instant startedAt, LongSupplier ticker, boolean priming) {
        this.priming = priming;
        this.event = event;
        this.context = context;
        this.config = Objects.requireNonNull(config, "config");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.coldStart = coldStart;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.startNanos = ticker.getAsLong();
    }

    /** The invocation running on this thread, when inside an observed handler. */
    public static Optional<Invocation> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * The invocation running on this thread, or null outside an observed handler: {@link #current()} without
     * the {@link Optional}, for paths that run for every span or log event and should allocate nothing.
     *
     * <pre>{@code
     * Invocation invocation = Invocation.currentOrNull();
     * String requestId = invocation == null ? "" : invocation.facts().requestId();
     * }</pre>
     */
    public static Invocation currentOrNull() {
        return CURRENT.get();
    }

    /**
     * True on a thread running the synthetic invocation that primes the modules before a SnapStart
     * checkpoint: whatever it would write (log line, EMF document, span) goes through the whole path
     * except the last write, which is left out.
     */
    public static boolean isPriming() {
        Invocation invocation = CURRENT.get();
        return invocation != null && invocation.priming;
    }

    /** True for the synthetic invocation that primes the modules before a SnapStart checkpoint. */
    public boolean priming() {
        return priming;
    }

    /** Makes this the current invocation of the calling thread until the returned scope is closed. */
    public Scope makeCurrent() {
        return ThreadScope.bind(CURRENT, this);
    }

    /**
     * {@code task}, run on any thread, with the invocation that is current here and now made current
     * there, so its log lines carry the request id and its metrics are written with the invocation's.
     * Works whichever modules are used; outside an invocation the task runs as it is.
     */
    public static Runnable wrap(Runnable task) {
        Objects.requireNonNull(task, "task");
        Invocation invocation = CURRENT.get();
        if (invocation == null) {
            return task;
        }
        return () -> {
            try (Scope ignored = invocation.makeCurrent()) {
                task.run();
            }
        };
    }

    /** {@link #wrap(Runnable)} for a task with a result. */
    public static <T> Callable<T> wrap(Callable<T> task) {
        Objects.requireNonNull(task, "task");
        Invocation invocation = CURRENT.get();
        if (invocation == null) {
            return task;
        }
        return () -> {
            try (Scope ignored = invocation.makeCurrent()) {
                return task.call();
            }
        };
    }

    /** An executor whose tasks run with the invocation that was current when each was submitted. */
    public static Executor wrap(Executor executor) {
        Objects.requireNonNull(executor, "executor");
        return command -> executor.execute(wrap(command));
    }

    /** Restores the previous current invocation when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** The handler's input event, possibly null (a stream handler's event is its input stream). */
    public Object event() {
        return event;
    }

    /** The Lambda context, possibly null outside Lambda. */
    public Context context() {
        return context;
    }

    public PowertoolsConfig config() {
        return config;
    }

    public InvocationFacts facts() {
        return facts;
    }

    /** True only for the first invocation of an on-demand environment. */
    public boolean coldStart() {
        return coldStart;
    }

    /** Wall-clock time the invocation started, from the pipeline's clock. */
    public Instant startedAt() {
        return startedAt;
    }

    /** Monotonic start time in nanoseconds, from the pipeline's ticker; for durations only. */
    public long startNanos() {
        return startNanos;
    }

    /** Nanoseconds since the invocation started, on the same ticker, so every step measures alike. */
    public long elapsedNanos() {
        return ticker.getAsLong() - startNanos;
    }

    /** The correlation id a step extracted from the event, when any. */
    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId);
    }

    /** Sets the correlation id for the other steps of this invocation. */
    public void correlationId(String correlationId) {
        this.correlationId = correlationId;
    }
}
