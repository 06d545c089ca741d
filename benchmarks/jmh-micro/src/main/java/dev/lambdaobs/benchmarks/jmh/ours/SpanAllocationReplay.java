package dev.lambdaobs.benchmarks.jmh.ours;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * {@link SpanAllocationBenchmark}'s invocation split into its parts, ours and the bare SDK in one JVM: bytes per
 * invocation (the thread's allocated bytes over 20,000 invocations, after 20,000 of warm-up) with the root only,
 * two bare children, two annotated children, and the benchmark's own (annotated, metadata on the first). Prints
 * per impl a child started, made current and ended, one annotation, one metadata call (ours through
 * {@code metadata(String, double)}: the value's text, no box) and the benchmark's child.
 *
 * <p>Run: {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp jmh-micro.jar
 * dev.lambdaobs.benchmarks.jmh.ours.SpanAllocationReplay}
 */
public final class SpanAllocationReplay {
    private static final int INVOCATIONS = 20_000;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private SpanAllocationReplay() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out; // the benchmark's set-up swaps stdout for a null one
        for (String impl : List.of("ours", "sdk")) {
            SpanAllocationBenchmark benchmark = new SpanAllocationBenchmark();
            benchmark.impl = impl;
            benchmark.configure();
            bytes(benchmark, 2, true, true);
            double rootOnly = bytes(benchmark, 0, false, false);
            double bare = bytes(benchmark, 2, false, false);
            double annotated = bytes(benchmark, 2, true, false);
            double full = bytes(benchmark, 2, true, true);
            out.printf(Locale.ROOT, "%s: root only %.0f B; per child: started, current, ended %.0f B, annotation %.0f B,"
                            + " metadata call %.0f B (one per invocation), the benchmark's child %.0f B%n", impl, rootOnly,
                    (bare - rootOnly) / 2, (annotated - bare) / 2, full - annotated, (full - rootOnly) / 2);
        }
    }

    private static double bytes(SpanAllocationBenchmark benchmark, int children, boolean annotate, boolean metadata) {
        long thread = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(thread);
        for (int i = 0; i < INVOCATIONS; i++) {
            benchmark.invocation(children, annotate, metadata);
        }
        return (THREADS.getThreadAllocatedBytes(thread) - before) / (double) INVOCATIONS;
    }
}
