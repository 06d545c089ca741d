package dev.lambdaobs.dashboardgen.tail;

import dev.lambdaobs.dashboardgen.limits.LiveTailLimits;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.LiveTailSessionLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.LiveTailSessionStart;
import software.amazon.awssdk.services.cloudwatchlogs.model.LiveTailSessionUpdate;
import software.amazon.awssdk.services.cloudwatchlogs.model.SessionTimeoutException;
import software.amazon.awssdk.services.cloudwatchlogs.model.StartLiveTailResponseHandler;
import software.amazon.awssdk.services.cloudwatchlogs.model.StartLiveTailResponseStream;

/**
 * Streams log events through CloudWatch Logs Live Tail: one session per ten log groups, all feeding
 * one sink (never two events at once), until the event count or duration of the {@link TailRun} is
 * reached or {@link #stop()} is called; then every session is closed, which ends its billing. A
 * session that reaches Live Tail's three-hour limit is started again; any other failure ends the tail
 * and is thrown by {@link #run}.
 *
 * <pre>{@code
 * LiveTail tail = new LiveTail(logs, event -> System.out.println(TailLine.text(event)), System.err::println);
 * LiveTail.Ending ending = tail.run(new TailRun(sessions, filter.pattern(), OptionalLong.empty(), Optional.empty()));
 * }</pre>
 */
public final class LiveTail {
    /** Why a tail ended. */
    public enum Ending { MAX_EVENTS, DURATION, STOPPED, CLOSED_BY_SERVICE }

    private final CloudWatchLogsAsyncClient logs;
    private final Consumer<LiveTailSessionLogEvent> sink;
    private final Consumer<String> progress;
    private final CompletableFuture<Ending> done = new CompletableFuture<>();
    private final List<Session> open = new CopyOnWriteArrayList<>();
    private final AtomicBoolean sampledReported = new AtomicBoolean();
    private long events;

    public LiveTail(CloudWatchLogsAsyncClient logs, Consumer<LiveTailSessionLogEvent> sink, Consumer<String> progress) {
        this.logs = logs;
        this.sink = sink;
        this.progress = progress;
    }

    /**
     * Tails until the run ends.
     *
     * @param run the sessions and when to end
     * @return why it ended
     * @throws InterruptedException if the calling thread is interrupted
     * @throws RuntimeException     the SDK's exception when a session cannot start or fails
     */
    public Ending run(TailRun run) throws InterruptedException {
        run.sessions().forEach(arns -> start(run, arns));
        try {
            return run.duration().isPresent() ? done.get(run.duration().get().toMillis(), TimeUnit.MILLISECONDS) : done.get();
        } catch (TimeoutException e) {
            done.complete(Ending.DURATION);
            return Ending.DURATION;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new CompletionException(e.getCause());
        } finally {
            open.forEach(Session::close);
        }
    }

    /** Ends the tail (Ctrl-C, SIGTERM); {@link #run} returns {@link Ending#STOPPED}. */
    public void stop() {
        done.complete(Ending.STOPPED);
    }

    /** How many events went to the sink. */
    public synchronized long events() {
        return events;
    }

    private void start(TailRun run, List<String> arns) {
        Session session = new Session(run);
        open.add(session);
        StartLiveTailResponseHandler handler = StartLiveTailResponseHandler.builder()
                .onEventStream(publisher -> publisher.subscribe(session))
                .build();
        session.future = logs.startLiveTail(b -> b.logGroupIdentifiers(arns).logEventFilterPattern(run.pattern().orElse(null)),
                handler);
        session.future.whenComplete((ignored, error) -> ended(run, arns, session, error));
        if (done.isDone()) {
            session.close();
        }
    }

    private void ended(TailRun run, List<String> arns, Session session, Throwable error) {
        open.remove(session);
        if (done.isDone()) {
            return;
        }
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof SessionTimeoutException) {
            progress.accept("a session reached Live Tail's " + LiveTailLimits.MAX_SESSION_DURATION.toHours()
                    + "-hour limit; starting a new one");
            start(run, arns);
        } else if (cause != null) {
            done.completeExceptionally(cause);
        } else if (open.isEmpty()) {
            done.complete(Ending.CLOSED_BY_SERVICE);
        }
    }

    private synchronized void deliver(TailRun run, LiveTailSessionLogEvent event) {
        if (done.isDone()) {
            return;
        }
        sink.accept(event);
        events++;
        if (run.maxEvents().isPresent() && events >= run.maxEvents().getAsLong()) {
            done.complete(Ending.MAX_EVENTS);
        }
    }

    /** One Live Tail session: receives its stream one event at a time, and closes it. */
    private final class Session implements Subscriber<StartLiveTailResponseStream>, StartLiveTailResponseHandler.Visitor {
        private final TailRun run;
        private volatile Subscription subscription;
        private volatile CompletableFuture<Void> future;

        Session(TailRun run) {
            this.run = run;
        }

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
            if (done.isDone()) {
                s.cancel();
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(StartLiveTailResponseStream event) {
            event.accept(this);
            if (done.isDone()) {
                subscription.cancel();
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void visitSessionStart(LiveTailSessionStart start) {
            progress.accept("live tail session " + start.sessionId() + " over " + start.logGroupIdentifiers().size()
                    + " log group(s)" + (start.logEventFilterPattern() == null ? "" : ", filter " + start.logEventFilterPattern()));
        }

        @Override
        public void visitSessionUpdate(LiveTailSessionUpdate update) {
            if (update.sessionMetadata() != null && Boolean.TRUE.equals(update.sessionMetadata().sampled())
                    && sampledReported.compareAndSet(false, true)) {
                progress.accept("more than " + LiveTailLimits.MAX_EVENTS_PER_UPDATE
                        + " events a second match: Live Tail is sampling them (narrow the filter to see every one)");
            }
            update.sessionResults().forEach(event -> deliver(run, event));
        }

        @Override
        public void onError(Throwable t) {
            // The session's future fails with the same error; ended() handles it.
        }

        @Override
        public void onComplete() {
            // The session's future completes; ended() handles it.
        }

        void close() {
            Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            CompletableFuture<Void> f = future;
            if (f != null) {
                f.cancel(true);
            }
        }
    }
}
