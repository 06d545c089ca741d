package dev.lambdaobs.benchmarks.jmh.ours;

import java.lang.management.ManagementFactory;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@link OursTracingBenchmark}'s invocation measured in thread CPU time and allocated bytes, the backends
 * alternating block by block in one JVM: on a loaded machine, wall time (JMH's) counts the time other
 * processes hold the cores, CPU time much less. Lambda's flags (C1 only) make profile pollution between
 * the two backends negligible. Prints one line per backend: median CPU ns and bytes per invocation.
 *
 * <p>Run: {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp jmh-micro.jar
 * dev.lambdaobs.benchmarks.jmh.ours.TracingCpuLoop [childSpans] [rounds] [backend...]}
 */
public final class TracingCpuLoop {
    private static final int WARM_UP = 20_000;
    private static final int BLOCK = 5_000;

    private TracingCpuLoop() {
    }

    public static void main(String[] args) throws SocketException {
        int childSpans = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<String> backends = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of("otel", "xray-sdk");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<OursTracingBenchmark> benchmarks = new ArrayList<>();
        for (String backend : backends) {
            OursTracingBenchmark benchmark = new OursTracingBenchmark();
            benchmark.backend = backend;
            benchmark.childSpans = childSpans;
            benchmark.configure();
            for (int i = 0; i < WARM_UP; i++) {
                benchmark.invocation();
            }
            benchmarks.add(benchmark);
        }
        double[][] cpu = new double[backends.size()][rounds];
        double[][] bytes = new double[backends.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < benchmarks.size(); k++) {
                // Rotated each round, so neither backend always runs right after the other.
                int b = (k + round) % benchmarks.size();
                long t0 = threads.getCurrentThreadCpuTime();
                long a0 = threads.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < BLOCK; i++) {
                    benchmarks.get(b).invocation();
                }
                cpu[b][round] = (threads.getCurrentThreadCpuTime() - t0) / (double) BLOCK;
                bytes[b][round] = (threads.getCurrentThreadAllocatedBytes() - a0) / (double) BLOCK;
            }
        }
        for (int b = 0; b < benchmarks.size(); b++) {
            System.err.printf(Locale.ROOT, "%s childSpans=%d: CPU ns/invocation median %.0f [p25 %.0f, p75 %.0f], B/invocation %.0f%n",
                    backends.get(b), childSpans, quantile(cpu[b], 0.5), quantile(cpu[b], 0.25), quantile(cpu[b], 0.75),
                    quantile(bytes[b], 0.5));
            benchmarks.get(b).close();
        }
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }
}
