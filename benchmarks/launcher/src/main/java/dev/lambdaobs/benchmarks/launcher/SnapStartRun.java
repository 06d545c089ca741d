package dev.lambdaobs.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.benchmarks.launcher.crac.Core;

/**
 * {@code snapstart <handlerClass> primed|unprimed <n>}: the first invocation of a SnapStart environment, in one
 * JVM started with {@code -Dorg.crac.Core.Compat=dev.lambdaobs.benchmarks.launcher.crac}. The handler is built
 * (its init), background start-up threads are waited for (a snapshot is taken after init), then when
 * {@code primed} the registered hooks run as a CRaC JVM runs them around a checkpoint and restore. Then the
 * first invocation is timed, then n more (mean of the last half, as the warm loop). Prints
 * {@code BENCH snapstart ... first_us=... warm_us=... hooks=... hooks_us=...} (the hooks' own time) on stderr.
 *
 * <p>What this cannot show: the restore itself (the page faults of a real snapshot); it measures what priming
 * leaves for the first invocation to do.
 */
final class SnapStartRun {
    private static final String STARTUP_THREAD = "lambdaobs-startup";
    /** Printed on stdout right before the first invocation ({@link Launcher#MARK} right after it). */
    static final String FIRST_START = "LAMBDAOBS-BENCH-FIRST-INVOCATION-START";

    private SnapStartRun() {
    }

    static void run(String handlerClass, boolean primed, int invocations) throws Exception {
        RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler = Launcher.load(handlerClass);
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(STARTUP_THREAD)) {
                thread.join(10_000);
            }
        }
        // The hooks' own time (priming before the checkpoint, reseeding after the restore): init-time cost.
        long hooksStart = System.nanoTime();
        if (primed) {
            Core.checkpointRestore();
        }
        double hooksMicros = (System.nanoTime() - hooksStart) / 1_000.0;
        Invocations.publishTraceHeader(Invocations.traceHeader(0));
        // Built before the clock starts, as the warm invocations' inputs are (InvocationRing): the handler is timed, not the launcher.
        APIGatewayProxyRequestEvent event = Invocations.event(0);
        BenchContext context = Invocations.context(0);
        // Marks for -Xlog:class+load: what the first invocation itself still loads.
        System.out.println(FIRST_START);
        long start = System.nanoTime();
        APIGatewayProxyResponseEvent first = handler.handleRequest(event, context);
        double firstMicros = (System.nanoTime() - start) / 1_000.0;
        System.out.println(Launcher.MARK);
        Launcher.requireOk(first);
        double warmMicros = Launcher.warmMean(handler, invocations);
        System.err.println("BENCH snapstart mode=" + (primed ? "primed" : "unprimed") + " first_us=" + firstMicros
                + " warm_us=" + warmMicros + " hooks=" + Core.registered() + " hooks_us=" + hooksMicros);
    }
}
