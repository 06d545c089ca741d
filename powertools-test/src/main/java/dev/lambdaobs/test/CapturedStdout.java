package dev.lambdaobs.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What the code under test wrote to {@code System.out}, as lines or as parsed JSON objects. Replaces
 * {@code System.out} until closed. Thread-safe: many handler threads may write at once.
 *
 * <pre>{@code
 * try (CapturedStdout stdout = CapturedStdout.start()) {
 *     handler.handleRequest(event, context);
 *     JsonNode line = stdout.jsonLines().get(0);
 * }
 * }</pre>
 * In JUnit 5, {@link StdoutCaptureExtension} does this around each test.
 */
public final class CapturedStdout implements AutoCloseable {
    private final PrintStream original;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream capture;

    private CapturedStdout() {
        this.original = System.out;
        this.capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
    }

    /** Starts capturing {@code System.out}. */
    public static CapturedStdout start() {
        return new CapturedStdout();
    }

    /** Every complete or partial line written so far, without line terminators, empty lines dropped. */
    public List<String> lines() {
        String text;
        synchronized (buffer) {
            capture.flush();
            text = buffer.toString(StandardCharsets.UTF_8);
        }
        return Arrays.stream(text.split("\\R")).filter(line -> !line.isEmpty()).toList();
    }

    /** Every line parsed as a JSON object; fails naming the line that is not one. */
    public List<JsonNode> jsonLines() {
        return JsonLines.parseAll(lines());
    }

    /** Forgets what was captured so far. */
    public void clear() {
        synchronized (buffer) {
            capture.flush();
            buffer.reset();
        }
    }

    /** Restores the original {@code System.out}. */
    @Override
    public void close() {
        capture.flush();
        System.setOut(original);
    }
}
