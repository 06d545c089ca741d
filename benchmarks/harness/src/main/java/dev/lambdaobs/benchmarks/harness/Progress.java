package dev.lambdaobs.benchmarks.harness;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines on stderr, so a long run shows where it is. */
final class Progress {
    private Progress() {
    }

    static void log(String message) {
        System.err.println("[" + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
    }
}
