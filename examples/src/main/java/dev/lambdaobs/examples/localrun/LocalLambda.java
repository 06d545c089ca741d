package dev.lambdaobs.examples.localrun;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One execution environment of one function: a Runtime API server and the function's JVM under the
 * real runtime interface client. Invocations run one at a time, as on on-demand Lambda; the first
 * one is the cold start.
 */
final class LocalLambda implements AutoCloseable {
    /** Extra time the first invocation gets for starting the JVM and the function's init phase. */
    static final Duration COLD_START_ALLOWANCE = Duration.ofSeconds(30);
    /** How long {@link #close()} waits for the runtime to ask for its next event after its last answer. */
    static final Duration IDLE_ALLOWANCE = Duration.ofSeconds(30);

    private final LocalFunction function;
    private final LaunchSettings settings;
    private final RuntimeApiServer api;
    private final FunctionProcess process;
    private final TraceHeaderFactory traceHeaders;
    private final Clock clock;
    private int invocations;
    private boolean lastAnswered;

    private LocalLambda(LocalFunction function, LaunchSettings settings, RuntimeApiServer api, FunctionProcess process, Clock clock) {
        this.function = function;
        this.settings = settings;
        this.api = api;
        this.process = process;
        this.clock = clock;
        this.traceHeaders = new TraceHeaderFactory(clock, function.functionName());
        process.onExit().thenAccept(code -> api.failAll(InvocationOutcome.Kind.CRASHED, "function process exited with code " + code));
    }

    /** Starts the environment; its output lines go to the sinks. */
    static LocalLambda start(LocalFunction function, LaunchSettings settings, Consumer<String> stdout, Consumer<String> stderr)
            throws IOException {
        RuntimeApiServer api = RuntimeApiServer.start();
        try {
            var environment = FunctionEnvironment.of(function, settings, api.address());
            FunctionProcess process = FunctionProcess.launch(function, settings, environment, stdout, stderr);
            return new LocalLambda(function, settings, api, process, Clock.systemUTC());
        } catch (IOException | RuntimeException e) {
            api.close();
            throw e;
        }
    }

    /** Invokes the function synchronously with a fresh request id and trace header. */
    InvocationRecord invoke(String payload) throws InterruptedException {
        boolean cold = invocations++ == 0;
        lastAnswered = false;
        String requestId = UUID.randomUUID().toString();
        String traceHeader = traceHeaders.next();
        if (!process.alive()) {
            var gone = new InvocationOutcome(requestId, InvocationOutcome.Kind.CRASHED, "", "Runtime.ExitError", 0);
            return new InvocationRecord(function.functionName(), requestId, TraceHeaderFactory.traceId(traceHeader), cold, gone);
        }
        Duration timeout = Duration.ofSeconds(function.timeoutSeconds());
        long deadline = clock.millis() + timeout.toMillis();
        InvocationRequest request = new InvocationRequest(requestId, payload, traceHeader, settings.functionArn(function), deadline);
        api.submit(request);
        Duration wait = cold ? timeout.plus(COLD_START_ALLOWANCE) : timeout;
        InvocationOutcome outcome;
        try {
            outcome = request.outcome.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome = new InvocationOutcome(requestId, InvocationOutcome.Kind.TIMED_OUT, "", "Sandbox.Timedout", wait.toMillis());
        } catch (ExecutionException e) {
            throw new IllegalStateException("invocation outcomes never complete exceptionally", e);
        }
        lastAnswered = outcome.succeeded() || outcome.kind() == InvocationOutcome.Kind.FUNCTION_ERROR;
        return new InvocationRecord(function.functionName(), requestId, TraceHeaderFactory.traceId(traceHeader), cold, outcome);
    }

    /**
     * Shuts the environment down once the runtime is done with its last invocation (it asks for the next
     * event, where Lambda would freeze it; not after a timeout or crash), then reads the function's output
     * to its end.
     */
    @Override
    public void close() throws InterruptedException, IOException {
        try {
            if (lastAnswered) {
                api.awaitRuntimeIdle(IDLE_ALLOWANCE.toMillis(), () -> !process.alive());
            }
            process.close();
        } finally {
            api.close();
        }
    }
}
