package dev.lambdaobs.dashboardgen.input;

import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Counts what reading one file produces (nodes, string characters after YAML aliases are expanded)
 * and the time it takes, and stops the read with a {@link BadInputException} naming the limit.
 */
final class ReadBudget {
    private final Path file;
    private final LongSupplier nanoTime;
    private final long deadline;
    private long nodes;
    private long characters;

    ReadBudget(Path file, LongSupplier nanoTime) {
        this.file = file;
        this.nanoTime = nanoTime;
        this.deadline = nanoTime.getAsLong() + InputLimits.MAX_READ_TIME.toNanos();
    }

    /** Counts one node of {@code length} string characters (0 for mappings and lists) at {@code line}. */
    void count(int line, int length) {
        nodes++;
        characters += length;
        if (nodes > InputLimits.MAX_NODES) {
            throw exceeded(line, "more than " + InputLimits.MAX_NODES + " nodes once aliases are expanded");
        }
        if (characters > InputLimits.MAX_EXPANDED_CHARACTERS) {
            throw exceeded(line, "more than " + InputLimits.MAX_EXPANDED_CHARACTERS + " characters of strings once aliases are expanded");
        }
        if ((nodes & 0xFFF) == 0 && nanoTime.getAsLong() - deadline > 0) {
            throw exceeded(line, "more than " + InputLimits.MAX_READ_TIME.toSeconds() + " s to read");
        }
    }

    private BadInputException exceeded(int line, String what) {
        return new BadInputException(new SourceLocation(file, line), "the document takes " + what
                + "; no real template comes near that limit (an alias bomb?)");
    }
}
