package dev.lambdaobs.core.pipeline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.invocation.InvocationFacts;
import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Runs handler invocations through observation steps, with or without AspectJ.
 *
 * <p>Order: each step's {@code begin} runs in the order the steps were added; after the handler,
 * the scopes see the outcome in reverse order ({@code onSuccess} or {@code onError}, then
 * {@code end}), so the first step added wraps all others, as nested decorators would. The handler's
 * return value and exception pass through untouched. A step that throws is reported once through
 * {@link Diagnostics} and skipped; the invocation goes on.
 *
 * <pre>{@code
 * Observability observability = Observability.builder()
 *         .step(LoggingStep.fromEnvironment())
 *         .step(MetricsStep.fromEnvironment())
 *         .build();
 * RequestHandler<Order, Receipt> handler = observability.decorate(new PlaceOrder());
 * // or, inside a handler class of your own:
 * return observability.call(order, context, () -> placeOrder(order));
 * }</pre>
 *
 * <p>When an observed invocation runs inside another one with the same {@link Context} (two
 * modules' aspects on one handler), it joins it: both see one {@link Invocation}.
 */
public final class Observability {
    /**
     * The least priming rounds before a SnapStart checkpoint when {@link Builder#snapStartPrimingRounds} is not
     * set, each round one succeeding and one failing invocation. One round loads and links the invocation path;
     * the JIT compiles a method once it has run about 200 times (C1's {@code -XX:Tier3InvocationThreshold},
     * which Lambda's {@code TieredStopAtLevel=1} keeps), but scales that threshold up while its queue is long,
     * and priming fills the queue: after these rounds much of the path is often still interpreted. So by
     * default priming goes on, 64 rounds at a time, while the JIT compiler is still at work, for at most as long
     * again as these rounds took and at most {@value #MAX_PRIMING_ROUNDS} rounds. Measured in
     * benchmarks/DIAGNOSIS.md (issue 17), with its init cost.
     */
    public static final int DEFAULT_PRIMING_ROUNDS = 256;
    /** The most priming rounds run by default (see {@link #DEFAULT_PRIMING_ROUNDS}). */
    public static final int MAX_PRIMING_ROUNDS = 4096;

    private final PowertoolsConfig config;
    private final GuardedSteps steps;
    private final ColdStart coldStart;
    private final TraceHeaderLookup traceHeaders;
    private final Clock clock;
    private final LongSupplier ticker;
    private final PipelinePriming priming;
    /** CRaC holds registered resources weakly; held here for as long as the pipeline lives. */
    private SnapStartHook snapStartHook;

    private Observability(Builder builder) {
        this.config = builder.config != null ? builder.config : PowertoolsConfig.fromEnvironment();

        this.coldStart = builder.coldStart;
        this.traceHeaders = builder.traceHeaders;
        this.clock = builder.clock;
        this.ticker = builder.ticker;
        Diagnostics diagnostics = builder.diagnostics != null ? builder.diagnostics : config.settings().diagnostics();
        this.steps = new GuardedSteps(builder.steps, diagnostics);
        this.priming = new PipelinePriming(config, builder.primingEvent, builder.primingResponse, builder.primingRounds,
                ticker);
    }

    /** Registers the SnapStart hooks once the pipeline is built, so they never see it half-built. */
    private Observability registerSnapStartHook() {
        snapStartHook = new SnapStartHook(this, coldStart);
        org.crac.Core.getGlobalContext().register(snapStartHook);
        return this;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The configuration the steps were built with. */
    public PowertoolsConfig config() {
        return config;
    }

    /** An observed handler that runs every invocation of {@code handler} through the steps. */
    public <I, O> RequestHandler<I, O> decorate(RequestHandler<I, O> handler) {
        Objects.requireNonNull(handler, "handler");
        return (input, context) -> call(input, context, new HandlerCall<>(handler, input, context));
    }

    /**
     * An observed stream handler. The input is read into memory first (Lambda caps payloads at a few
     * MB) so steps see it as a {@code byte[]} event while the handler still reads a stream.
     */
    public RequestStreamHandler decorate(RequestStreamHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return (input, output, context) -> {
            byte[] event = input == null ? new byte[0] : input.readAllBytes();
            InputStream replay = new ByteArrayInputStream(event);
            this.<Void, IOException>call(event, context, () -> {
                handler.handleRequest(replay, output, context);
                return null;
            });
        };
    }

    /** Runs {@code body} as one observed invocation of {@code event}; the body's result or exception passes through. */
    public <T, E extends Throwable> T call(Object event, Context context, ThrowingSupplier<T, E> body) throws E {
        return call(event, context, body, coldStart, false);
    }

    /** A real or priming invocation, run by the same code so that priming compiles it. */
    private <T, E extends Throwable> T call(Object event, Context context, ThrowingSupplier<T, E> body,
            ColdStart environment, boolean priming) throws E {
        Objects.requireNonNull(body, "body");
        Invocation current = Invocation.currentOrNull();
        Invocation invocation = current != null && context != null && current.context() == context
                ? current : start(event, context, environment, priming);
        return observe(invocation, body);
    }

    /** Runs {@code body} as {@code invocation} through the steps: the path of real and priming invocations alike. */
    private <T, E extends Throwable> T observe(Invocation invocation, ThrowingSupplier<T, E> body) throws E {
        // Current for the steps too, so what they log or record after the handler is the invocation's.
        try (Invocation.Scope ignored = invocation.makeCurrent()) {
            StepScope[] scopes = steps.begin(invocation);
            T result;
            try {
                result = body.get();
            } catch (Throwable error) {
                steps.end(scopes, null, error);
                throw error;
            }
            steps.end(scopes, result, null);
            return result;
        }
    }

    /**
     * For aspects: runs one invocation of an annotated handler method from its arguments. A stream
     * handler's input is read once and replayed, so every step sees the event as a {@code byte[]}
     * and the handler still reads a stream.
     *
     * <pre>{@code
     * return observability.proceed(joinPoint.getArgs(), joinPoint::proceed);
     * }</pre>
     */
    public Object proceed(Object[] args, Proceed proceed) throws Throwable {
        HandlerArguments handler = HandlerArguments.of(args);
        if (!handler.isStream()) {
            return call(handler.event(), handler.context(), () -> proceed.with(args));
        }
        byte[] event = ((InputStream) handler.event()).readAllBytes();
        Object[] replay = args.clone();
        for (int i = 0; i < replay.length; i++) {
            if (replay[i] == handler.event()) {
                replay[i] = new ByteArrayInputStream(event);
            }
        }
        return call(event, handler.context(), () -> proceed.with(replay));
    }

    /** Continues an intercepted method with the given arguments ({@code ProceedingJoinPoint::proceed}). */
    @FunctionalInterface
    public interface Proceed {
        Object with(Object[] args) throws Throwable;
    }

    /**
     * Runs synthetic invocations through the steps, as the SnapStart hook does before the checkpoint:
     * {@link Builder#snapStartPrimingRounds rounds} of one that succeeds and one that fails (by default, at least
     * {@value #DEFAULT_PRIMING_ROUNDS} and on while the JIT compiles, see {@link #DEFAULT_PRIMING_ROUNDS}). Every
     * step takes its whole path (log line, EMF document, spans) except the last write, and each invocation is
     * started and run by the code real invocations run (its facts read from the context and the trace header,
     * its cold start asked of a tracker of its own), so the classes of the first real invocation are loaded and
     * initialized, its call sites linked and its methods compiled. The process' cold start is left untouched.
     * Never throws.
     *
     * @return the rounds run
     */
    public int prime() {
        return priming.run(this::primeOnce);
    }

    /** One priming invocation, run by the code real invocations run; its handler's failure passes through. */
    private void primeOnce(Object event, Context context, ColdStart environment, RequestHandler<Object, Object> handler) {
        call(event, context, new HandlerCall<>(handler, event, context), environment, true);
    }

    private Invocation start(Object event, Context context, ColdStart environment, boolean priming) {
        InvocationFacts facts = InvocationFacts.of(context, config, traceHeaders);
        Object key = facts.requestId().isEmpty() ? new Object() : facts.requestId();
        boolean cold = environment.isColdStart(key, config.initializationType());
        return new Invocation(event, context, config, facts, cold, clock.instant(), ticker, priming);
    }

    /** Builds an {@link Observability}; every collaborator has a production default. */
    public static final class Builder {
        private PowertoolsConfig config;
        private final List<ObservationStep> steps = new ArrayList<>();
        private ColdStart coldStart = ColdStart.process();
        private TraceHeaderLookup traceHeaders = TraceHeaderLookup.system();
        private Clock clock = Clock.systemUTC();
        private LongSupplier ticker = System::nanoTime;
        private Diagnostics diagnostics;
        private boolean snapStartPriming;
        private Object primingEvent;
        private Object primingResponse;
        /** 0: by default ({@link Observability#DEFAULT_PRIMING_ROUNDS}). */
        private int primingRounds;

        private Builder() {
        }

        /**
         * Registers SnapStart runtime hooks (CRaC, a no-op on JVMs without it): before the checkpoint
         * synthetic invocations run through every step with their output left out, so the snapshot holds the
         * invocation path loaded and initialized; after each restore the next invocation is the cold start
         * and random sources (sampling, span ids) draw fresh entropy. See the README's SnapStart section.
         */
        public Builder snapStartPriming() {
            this.snapStartPriming = true;
            return this;
        }

        /**
         * {@link #snapStartPriming()} with an event of the handler's type, so that what steps do with the
         * event (correlation id, event logging) is primed too.
         */
        public Builder snapStartPriming(Object sampleEvent) {
            this.primingEvent = Objects.requireNonNull(sampleEvent, "sampleEvent");
            return snapStartPriming();
        }

        /**
         * {@link #snapStartPriming(Object)} with a response of the handler's type as well, which the succeeding
         * priming invocation returns: what steps do with the response (HTTP status metrics, response logging) is
         * primed too, and the response class is linked and initialized in the snapshot rather than by the first
         * invocation after a restore.
         *
         * <pre>{@code
         * .snapStartPriming(new APIGatewayProxyRequestEvent(), new APIGatewayProxyResponseEvent().withStatusCode(200))
         * }</pre>
         */
        public Builder snapStartPriming(Object sampleEvent, Object sampleResponse) {
            this.primingResponse = Objects.requireNonNull(sampleResponse, "sampleResponse");
            return snapStartPriming(sampleEvent);
        }

        /**
         * Exactly how many priming rounds {@link Observability#prime()} runs: 1 loads the invocation path's classes
         * at the least init time; more let the JIT compile it before the checkpoint. Unset, priming runs at least
         * {@value Observability#DEFAULT_PRIMING_ROUNDS} rounds and goes on while the JIT compiles, up to
         * {@value Observability#MAX_PRIMING_ROUNDS}.
         */
        public Builder snapStartPrimingRounds(int rounds) {
            if (rounds < 1) {
                throw new IllegalArgumentException("snapStartPrimingRounds must be at least 1, was " + rounds);
            }
            this.primingRounds = rounds;
            return this;
        }

        /** The shared configuration; defaults to the process environment. */
        public Builder config(PowertoolsConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** Adds a step; steps begin in the order added. */
        public Builder step(ObservationStep step) {
            steps.add(Objects.requireNonNull(step, "step"));
            return this;
        }

        /** The cold-start tracker; defaults to the process'. */
        public Builder coldStart(ColdStart coldStart) {
            this.coldStart = Objects.requireNonNull(coldStart, "coldStart");
            return this;
        }

        /** Where trace headers are looked up; defaults to the live process. */
        public Builder traceHeaders(TraceHeaderLookup traceHeaders) {
            this.traceHeaders = Objects.requireNonNull(traceHeaders, "traceHeaders");
            return this;
        }

        /** The wall clock for invocation start times. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The monotonic nanosecond source for durations. */
        public Builder ticker(LongSupplier ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        /** Where step failures are reported; defaults to the configuration's. */
        public Builder diagnostics(Diagnostics diagnostics) {
            this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
            return this;
        }

        public Observability build() {
            Observability observability = new Observability(this);
            return snapStartPriming ? observability.registerSnapStartHook() : observability;
        }
    }
}
