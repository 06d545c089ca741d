package dev.lambdaobs.benchmarks.jmh;

import java.io.OutputStream;
import java.io.PrintStream;

/** Discards stdout before any library captures it, so a benchmark measures formatting, not the terminal. */
public final class NullStdout {
    private NullStdout() {
    }

    public static void install() {
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    }
}
