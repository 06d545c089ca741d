package dev.lambdaobs.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The launcher's {@code cpu} mode: warm invocations of the whole handler measured in CPU time rather than wall
 * time, so that a loaded machine (other processes holding the cores) moves the figure far less. After
 * {@code warmUp} invocations, {@code rounds} blocks of {@code block} invocations each; per block, the invoking
 * thread's CPU time, the whole process' CPU time (adds the JIT and the serial GC, which run on threads of their
 * own; 10 ms resolution), wall time (median and least block) and the bytes the thread allocated. Prints the
 * medians of the blocks on one {@code BENCH cpu} line.
 *
 * <p>Example: {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp variant.jar
 * dev.lambdaobs.benchmarks.launcher.Launcher cpu my.Handler 20000 30 2000}
 */
final class WarmCpuRun {
    private WarmCpuRun() {
    }

    static void run(RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler,
                    int warmUp, int rounds, int block) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        InvocationRing ring = new InvocationRing(256);
        for (int i = 0; i < warmUp; i++) {
            Launcher.requireOk(ring.invoke(handler));
        }
        double[] thread = new double[rounds];
        double[] process = new double[rounds];
        double[] bytes = new double[rounds];
        double[] wall = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long w0 = System.nanoTime();
            long t0 = threads.getCurrentThreadCpuTime();
            long p0 = os.getProcessCpuTime();
            long a0 = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < block; i++) {
                Launcher.requireOk(ring.invoke(handler));
            }
            thread[round] = (threads.getCurrentThreadCpuTime() - t0) / 1_000.0 / block;
            process[round] = (os.getProcessCpuTime() - p0) / 1_000.0 / block;
            wall[round] = (System.nanoTime() - w0) / 1_000.0 / block;
            bytes[round] = (threads.getCurrentThreadAllocatedBytes() - a0) / (double) block;
        }
        System.err.printf(Locale.ROOT, "BENCH cpu thread_us=%.2f thread_p25=%.2f thread_p75=%.2f process_us=%.2f wall_us=%.2f wall_min=%.2f bytes=%.0f%n",
                quantile(thread, 0.5), quantile(thread, 0.25), quantile(thread, 0.75), quantile(process, 0.5),
                quantile(wall, 0.5), quantile(wall, 0), quantile(bytes, 0.5));
    }

    /** The {@code q} quantile of {@code values} (0.5: the median), nearest rank; {@code values} is left as it was. */
    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }
}
