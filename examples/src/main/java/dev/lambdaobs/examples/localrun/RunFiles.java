package dev.lambdaobs.examples.localrun;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files a local run writes into its output directory, each appended to as things happen:
 * {@code logs.jsonl} (every stdout line of every function, in order), {@code datagrams.jsonl} (every UDP
 * datagram received on the daemon address, as received: {@code {"datagram": "..."}}), {@code segments.jsonl}
 * (the X-Ray segment documents among them, from the {@code xray-sdk} backend), {@code stderr.log} and
 * {@code invocations.jsonl} (one line per invocation: function, request id, trace id, start time, cold or
 * warm, outcome, duration, response or error).
 */
final class RunFiles implements AutoCloseable {
    static final String LOGS = "logs.jsonl";
    static final String SEGMENTS = "segments.jsonl";
    static final String DATAGRAMS = "datagrams.jsonl";
    /** The member of each {@code datagrams.jsonl} line holding the datagram. */
    static final String DATAGRAM = "datagram";
    static final String STDERR = "stderr.log";
    static final String INVOCATIONS = "invocations.jsonl";
    static final String OBSERVABILITY = "observability";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedWriter logs;
    private final BufferedWriter segments;
    private final BufferedWriter datagrams;
    private final BufferedWriter stderr;
    private final BufferedWriter invocations;
    private final AtomicLong lastDatagramNanos = new AtomicLong(System.nanoTime());

    private RunFiles(Path directory) throws IOException {
        this.logs = Files.newBufferedWriter(directory.resolve(LOGS), StandardCharsets.UTF_8);
        this.segments = Files.newBufferedWriter(directory.resolve(SEGMENTS), StandardCharsets.UTF_8);
        this.datagrams = Files.newBufferedWriter(directory.resolve(DATAGRAMS), StandardCharsets.UTF_8);
        this.stderr = Files.newBufferedWriter(directory.resolve(STDERR), StandardCharsets.UTF_8);
        this.invocations = Files.newBufferedWriter(directory.resolve(INVOCATIONS), StandardCharsets.UTF_8);
    }

    /** Creates {@code directory}, removes an earlier run's files from it, and opens this run's. */
    static RunFiles create(Path directory) throws IOException {
        Files.createDirectories(directory);
        DirectoryCleaner.deleteEntries(directory, java.util.List.of(LOGS, SEGMENTS, DATAGRAMS, STDERR, INVOCATIONS, OBSERVABILITY));
        return new RunFiles(directory);
    }

    void stdout(String line) {
        append(logs, line);
    }

    void stderr(String function, String line) {
        append(stderr, "[" + function + "] " + line);
    }

    /** Keeps {@code datagram} as received; an X-Ray segment document in it also goes to {@code segments.jsonl}. */
    void datagram(String datagram) {
        append(datagrams, json(Map.of(DATAGRAM, datagram)));
        String document = XRayDaemonListener.documentOf(datagram);
        if (document.startsWith("{")) {
            append(segments, document);
        }
        lastDatagramNanos.set(System.nanoTime());
    }

    void invocation(InvocationRecord record) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("function", record.function());
        line.put("request_id", record.requestId());
        // When it started: it ended just now, after its duration (dashboard-gen preview plots invocations in time).
        line.put("timestamp", Instant.now().minusMillis(record.outcome().durationMillis()).toString());
        line.put("xray_trace_id", record.traceId());
        line.put("cold_start", record.coldStart());
        line.put("outcome", record.outcome().kind().name());
        line.put("error_type", record.outcome().errorType());
        line.put("duration_ms", record.outcome().durationMillis());
        line.put("response", record.outcome().body());
        append(invocations, json(line));
    }

    private static String json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until no datagram arrived for {@code quietMillis} (UDP is asynchronous), at most {@code maxMillis}. */
    void awaitDatagramsQuiet(long quietMillis, long maxMillis) throws InterruptedException {
        long end = System.nanoTime() + maxMillis * 1_000_000;
        while (System.nanoTime() < end && System.nanoTime() - lastDatagramNanos.get() < quietMillis * 1_000_000) {
            Thread.sleep(20);
        }
    }

    private static void append(BufferedWriter writer, String line) {
        synchronized (writer) {
            try {
                writer.write(line);
                writer.newLine();
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (BufferedWriter writer : new BufferedWriter[] {logs, segments, datagrams, stderr, invocations}) {
            synchronized (writer) {
                writer.close();
            }
        }
    }
}
