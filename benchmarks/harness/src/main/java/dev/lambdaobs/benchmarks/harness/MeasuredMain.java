package dev.lambdaobs.benchmarks.harness;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs another program's {@code main} in this JVM and, at exit (even through {@code System.exit}), prints its
 * peak resident memory (VmHWM), the peak heap in use and the time since JVM start on stderr.
 *
 * <p>Example: {@code java -cp harness.jar:cli.jar dev.lambdaobs.benchmarks.harness.MeasuredMain cli.Main args}
 */
public final class MeasuredMain {
    private MeasuredMain() {
    }

    public static void main(String[] args) throws Throwable {
        Runtime.getRuntime().addShutdownHook(new Thread(MeasuredMain::report));
        String[] programArgs = new String[args.length - 1];
        System.arraycopy(args, 1, programArgs, 0, programArgs.length);
        try {
            Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) programArgs);
        } catch (java.lang.reflect.InvocationTargetException failure) {
            throw failure.getCause();
        }
    }

    private static void report() {
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.println("BENCH measured elapsed_ms=" + elapsed + " peak_rss_kb=" + peakRssKb()
                + " peak_heap_bytes=" + peakHeap);
    }

    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException notLinux) {
            return -1;
        }
        return -1;
    }
}
