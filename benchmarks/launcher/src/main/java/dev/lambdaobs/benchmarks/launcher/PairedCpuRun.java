package dev.lambdaobs.benchmarks.launcher;

import static dev.lambdaobs.benchmarks.launcher.WarmCpuRun.quantile;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The launcher's {@code pair} mode: two handlers in one JVM, their warm invocations measured in alternating
 * blocks, so that what moves a whole JVM (the host's slow and fast phases, the code layout of one JIT run) moves
 * both sides alike and cancels in each pair's ratio. Per block: the invoking thread's CPU time, wall time and
 * allocated bytes per invocation; the order within a pair alternates (A B, B A, ...). Prints one
 * {@code BENCH pair} line: each side's median per invocation and the median, quartiles and share below 1 of the
 * per-pair ratios B / A.
 *
 * <p>Both handlers' classes are loaded in one JVM, so a call site that would see one implementation in a real
 * function sees two here (C1, which Lambda's flags stop at, still devirtualizes by class hierarchy only): the
 * mode compares the two sides under the same handicap, it does not reproduce either side's absolute figure.
 *
 * <p>Example: {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp variant.jar
 * dev.lambdaobs.benchmarks.launcher.Launcher pair my.HandlerA my.HandlerB 20000 200 1000}
 */
final class PairedCpuRun {
    private PairedCpuRun() {
    }

    static void run(RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> a,
                    RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> b,
                    int warmUp, int pairs, int block) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        InvocationRing ring = new InvocationRing(256);
        for (int i = 0; i < warmUp; i++) {
            Launcher.requireOk(ring.invoke(a));
            Launcher.requireOk(ring.invoke(b));
        }
        double[][] cpu = new double[2][pairs];
        double[][] wall = new double[2][pairs];
        double[][] bytes = new double[2][pairs];
        for (int pair = 0; pair < pairs; pair++) {
            for (int k = 0; k < 2; k++) {
                int side = (pair + k) % 2;
                long w0 = System.nanoTime();
                long t0 = threads.getCurrentThreadCpuTime();
                long a0 = threads.getCurrentThreadAllocatedBytes();
                RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler = side == 0 ? a : b;
                for (int i = 0; i < block; i++) {
                    Launcher.requireOk(ring.invoke(handler));
                }
                cpu[side][pair] = (threads.getCurrentThreadCpuTime() - t0) / 1_000.0 / block;
                wall[side][pair] = (System.nanoTime() - w0) / 1_000.0 / block;
                bytes[side][pair] = (threads.getCurrentThreadAllocatedBytes() - a0) / (double) block;
            }
        }
        double[] cpuRatio = ratios(cpu);
        double[] wallRatio = ratios(wall);
        System.err.printf(Locale.ROOT, "BENCH pair a_cpu_us=%.2f b_cpu_us=%.2f cpu_ratio=%.3f cpu_ratio_p25=%.3f "
                        + "cpu_ratio_p75=%.3f cpu_below_1=%.2f a_wall_us=%.2f b_wall_us=%.2f wall_ratio=%.3f "
                        + "wall_below_1=%.2f a_bytes=%.0f b_bytes=%.0f pairs=%d%n",
                quantile(cpu[0], 0.5), quantile(cpu[1], 0.5), quantile(cpuRatio, 0.5), quantile(cpuRatio, 0.25),
                quantile(cpuRatio, 0.75), shareBelowOne(cpuRatio), quantile(wall[0], 0.5), quantile(wall[1], 0.5),
                quantile(wallRatio, 0.5), shareBelowOne(wallRatio), quantile(bytes[0], 0.5), quantile(bytes[1], 0.5),
                pairs);
    }

    private static double[] ratios(double[][] sides) {
        double[] ratio = new double[sides[0].length];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = sides[1][i] / sides[0][i];
        }
        return ratio;
    }

    private static double shareBelowOne(double[] ratios) {
        return Arrays.stream(ratios).filter(r -> r < 1).count() / (double) ratios.length;
    }
}
