package dev.lambdaobs.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.benchmarks.launcher.crac.Core;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * {@code snapstart <handlerClass> primed|unprimed <n>}: the first invocation of a SnapStart environment, in one
 * JVM started with {@code -Dorg.crac.Core.Compat=dev.lambdaobs.benchmarks.launcher.crac}. The handler is built
 * (its init), background start-up threads are waited for (a snapshot is taken after init), then when
 * {@code primed} the registered hooks run as a CRaC JVM runs them around a checkpoint and restore. Then the
 * first invocation is timed, then n more (mean of the last half, as the warm loop). Prints
 * {@code BENCH snapstart ... first_us=... warm_us=... hooks=... hooks_us=...} (the hooks' own time) on stderr,
 * then {@code sequence_us=} invocations 1 to {@value #SEQUENCE} one by one (wall time), {@code sequence_cpu_us=}
 * the same in the thread's CPU time and {@code warm_cpu_us=} a warm invocation's: on a shared machine the CPU
 * time leaves out the time the invocation waited for a core. Last, {@code cache_cold_cpu_us=}: a warm invocation
 * right after the CPU caches were filled with other data, the floor of what priming can reach; {@code restored_cache_cold_cpu_us=} the same, each after the restore hooks
 * ran again (primed only), so each is a cold start as the first invocation is: what is left of the first
 * invocation beyond it is what priming could still remove.
 *
 * <p>What this cannot show: the restore itself (the page faults of a real snapshot); it measures what priming
 * leaves for the first invocation to do.
 */
final class SnapStartRun {
    private static final String STARTUP_THREAD = "lambdaobs-startup";
    /** Printed on stdout right before the first invocation ({@link Launcher#MARK} right after it). */
    static final String FIRST_START = "LAMBDAOBS-BENCH-FIRST-INVOCATION-START";
    /** Invocations timed one by one from the first, so what only the first one pays shows against the next ones. */
    static final int SEQUENCE = 8;
    /** Warm invocations whose mean CPU time is printed, after the warm loop. */
    private static final int WARM_CPU_INVOCATIONS = 256;
    /**
     * Warm invocations each timed right after the CPU caches were filled with other data ({@link #CACHE_TRASH_BYTES}):
     * the floor of a first invocation whose code and data are compiled and initialized but not in the caches, as
     * after a restore (where the memory is not even paged in yet). The median is printed.
     */
    private static final int CACHE_COLD_INVOCATIONS = 16;
    /** More than the last-level cache of the machines this runs on (a few MB), written and read once. */
    private static final int CACHE_TRASH_BYTES = 32 << 20;

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
        InvocationRing next = new InvocationRing(SEQUENCE - 1);
        // The thread's CPU time beside the wall time: on a shared machine, time the invocation spent descheduled is not in it.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // Marks for -Xlog:class+load: what the first invocation itself still loads.
        System.out.println(FIRST_START);
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        APIGatewayProxyResponseEvent first = handler.handleRequest(event, context);
        double firstMicros = (System.nanoTime() - start) / 1_000.0;
        double firstCpuMicros = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000.0;
        System.out.println(Launcher.MARK);
        Launcher.requireOk(first);
        StringBuilder sequence = new StringBuilder().append(firstMicros);
        StringBuilder sequenceCpu = new StringBuilder().append(firstCpuMicros);
        for (int n = 2; n <= SEQUENCE; n++) {
            long nStartCpu = threads.getCurrentThreadCpuTime();
            long nStart = System.nanoTime();
            APIGatewayProxyResponseEvent response = next.invoke(handler);
            sequence.append(',').append((System.nanoTime() - nStart) / 1_000.0);
            sequenceCpu.append(',').append((threads.getCurrentThreadCpuTime() - nStartCpu) / 1_000.0);
            Launcher.requireOk(response);
        }
        double warmMicros = Launcher.warmMean(handler, invocations);
        InvocationRing ring = new InvocationRing(WARM_CPU_INVOCATIONS);
        long warmStartCpu = threads.getCurrentThreadCpuTime();
        for (int n = 0; n < WARM_CPU_INVOCATIONS; n++) {
            Launcher.requireOk(ring.invoke(handler));
        }
        double warmCpuMicros = (threads.getCurrentThreadCpuTime() - warmStartCpu) / 1_000.0 / WARM_CPU_INVOCATIONS;
        double cacheColdCpuMicros = cacheColdCpuMicros(handler, threads, ring, false);
        // Primed only: the restore's hook again before each, so each is a cold start (its ColdStart document and all).
        double restoredCpuMicros = primed ? cacheColdCpuMicros(handler, threads, ring, true) : Double.NaN;
        System.err.println("BENCH snapstart mode=" + (primed ? "primed" : "unprimed") + " first_us=" + firstMicros
                + " warm_us=" + warmMicros + " hooks=" + Core.registered() + " hooks_us=" + hooksMicros
                + " sequence_us=" + sequence + " sequence_cpu_us=" + sequenceCpu + " warm_cpu_us=" + warmCpuMicros
                + " cache_cold_cpu_us=" + cacheColdCpuMicros + " restored_cache_cold_cpu_us=" + restoredCpuMicros);
    }

    /**
     * The median CPU time of warm invocations each run right after the caches were trashed; with {@code restore},
     * each after the registered restore hooks ran again, so each is a restored environment's cold start.
     */
    private static double cacheColdCpuMicros(
            RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler, ThreadMXBean threads,
            InvocationRing ring, boolean restore) throws Exception {
        byte[] trash = new byte[CACHE_TRASH_BYTES];
        double[] micros = new double[CACHE_COLD_INVOCATIONS];
        long sink = 0;
        for (int n = 0; n < CACHE_COLD_INVOCATIONS; n++) {
            if (restore) {
                Core.restoreAgain();
            }
            for (int i = 0; i < trash.length; i += 64) {
                trash[i]++;
                sink += trash[(i * 31) & (trash.length - 1)];
            }
            long start = threads.getCurrentThreadCpuTime();
            Launcher.requireOk(ring.invoke(handler));
            micros[n] = (threads.getCurrentThreadCpuTime() - start) / 1_000.0;
        }
        java.util.Arrays.sort(micros);
        // The sum is printed nowhere but keeps the JIT from dropping the loop.
        return sink == Long.MIN_VALUE ? -1 : (micros[CACHE_COLD_INVOCATIONS / 2 - 1] + micros[CACHE_COLD_INVOCATIONS / 2]) / 2;
    }
}
