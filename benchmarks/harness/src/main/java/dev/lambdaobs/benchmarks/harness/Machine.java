package dev.lambdaobs.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Describes the machine and JDK (for RESULTS.md) and samples the load average, since other work on a shared
 * machine makes every figure noisier.
 *
 * <p>Example: {@code Machine.Snapshot before = Machine.snapshot();}
 */
final class Machine {
    private Machine() {
    }

    /** When, and the 1/5/15-minute load averages then. */
    record Snapshot(Instant at, String loadAverage) {
    }

    static Snapshot snapshot() {
        String load = firstLine(Path.of("/proc/loadavg"));
        String[] parts = load.split(" ");
        return new Snapshot(Instant.now(), parts.length >= 3 ? parts[0] + " / " + parts[1] + " / " + parts[2] : load);
    }

    static String cpu() {
        return grep(Path.of("/proc/cpuinfo"), "model name").replaceFirst(".*:\\s*", "") + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs visible to the JVM";
    }

    static String memory() {
        String total = grep(Path.of("/proc/meminfo"), "MemTotal").replaceAll("[^0-9]", "");
        return total.isEmpty() ? "unknown" : (Long.parseLong(total) / 1024 / 1024) + " GiB";
    }

    static String os() {
        String pretty = grep(Path.of("/etc/os-release"), "PRETTY_NAME").replaceFirst("PRETTY_NAME=", "").replace("\"", "");
        return pretty + ", kernel " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")";
    }

    static String jdk() {
        return System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.home") + ")";
    }

    private static String grep(Path file, String prefix) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("unknown");
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).get(0);
        } catch (IOException | IndexOutOfBoundsException unreadable) {
            return "unknown";
        }
    }
}
