package dev.lambdaobs.core.pipeline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.ColdStart;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The priming rounds of one pipeline ({@link Observability#prime()}): each round a new environment, one invocation
 * that succeeds and one that fails, run through the pipeline's own invocation path by {@link Invoker}. Never
 * throws: priming is an optimization, and the real invocations do the same work and report it.
 */
final class PipelinePriming {
    /** Rounds per timed batch: 128 invocations, as often as the JVM looks at an interpreted method's count. */
    static final int BATCH = 64;

    /** Runs one priming invocation of {@code handler} as the pipeline runs a real one. */
    @FunctionalInterface
    interface Invoker {
        void invoke(Object event, Context context, ColdStart environment, RequestHandler<Object, Object> handler);
    }

    /** The failing priming invocation's handler. */
    private static final RequestHandler<Object, Object> FAILS = (event, context) -> {
        throw new PrimingFailure();
    };

    private final PowertoolsConfig config;
    private final Object event;
    private final Object response;
    /** 0: by default ({@link Observability#DEFAULT_PRIMING_ROUNDS}, on while the JIT compiles). */
    private final int rounds;
    private final LongSupplier ticker;

    PipelinePriming(PowertoolsConfig config, Object event, Object response, int rounds, LongSupplier ticker) {
        this.config = config;
        this.event = event;
        this.response = response;
        this.rounds = rounds;
        this.ticker = ticker;
    }

    /** Runs the rounds; returns how many ran. */
    int run(Invoker invoker) {
        PrimingRounds plan = rounds > 0 ? PrimingRounds.exactly(rounds)
                : PrimingRounds.whileCompiling(Observability.DEFAULT_PRIMING_ROUNDS, BATCH,
                        Observability.MAX_PRIMING_ROUNDS, PrimingRounds.jitMillis(), ticker);
        int run = 0;
        try {
            PrimingContext context = new PrimingContext(config, PrimingContext.REQUEST_ID);
            Context twin = context.twin();
            Object sample = event != null ? event : Map.of();
            RequestHandler<Object, Object> succeeds = new Answer(response);
            while (plan.another(run)) {
                // Each round a new environment: its first invocation is the cold start, as after a restore.
                ColdStart environment = ColdStart.newEnvironment();
                once(invoker, sample, context, environment, succeeds);
                once(invoker, sample, twin, environment, FAILS);
                run++;
            }
        } catch (RuntimeException | LinkageError e) {
            // Priming is an optimization: the real invocations do the same work, and report it.
        }
        return run;
    }

    private static void once(Invoker invoker, Object event, Context context, ColdStart environment,
                             RequestHandler<Object, Object> handler) {
        try {
            invoker.invoke(event, context, environment, handler);
        } catch (PrimingFailure expected) {
            // The failing invocation's error, passed through the steps as a handler's would be.
        } catch (RuntimeException e) {
            // Priming is an optimization: the real invocations do the same work, and report it.
        }
    }

    /**
     * The succeeding priming invocation's handler: returns the sample response
     * ({@link Observability.Builder#snapStartPriming(Object, Object)}), so what steps do with a response of the
     * handler's type runs and its class is linked and initialized before the checkpoint; without one, the event.
     */
    private static final class Answer implements RequestHandler<Object, Object> {
        private final Object response;

        Answer(Object response) {
            this.response = response;
        }

        @Override
        public Object handleRequest(Object event, Context context) {
            return response != null ? response : event;
        }
    }

    /** The error of the failing priming invocation; no stack to fill. */
    private static final class PrimingFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PrimingFailure() {
            super("SnapStart priming (not a real invocation)", null, false, false);
        }
    }
}
