package dev.lambdaobs.examples.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Stopping a function's process never loses its output: a process that wrote its lines and then waits
 * (as a function waits for its next event) is stopped while the stdout reader is far behind, and every
 * line still reaches the sink, in order. Real processes and pipes ({@code sh}); Linux only.
 */
@EnabledOnOs(OS.LINUX)
class FunctionProcessTest {
    /**
     * About 48 KB: more than the reader's own buffers hold (8 KiB of bytes, 8 Ki chars), so most of it is
     * still in the pipe when the process is stopped, and less than a Linux pipe holds (64 KiB), so the
     * writer never blocks on the stalled reader.
     */
    private static final int LINES = 1_500;
    private static final String WRITE_THEN_WAIT = "i=0; while [ $i -lt " + LINES + " ]; do"
            + " echo \"{\\\"line\\\":$i,\\\"pad\\\":\\\"abcdefghij\\\"}\"; i=$((i+1)); done;"
            + " echo written >&2; exec sleep 600";

    @Test
    void everyLineWrittenBeforeTheStopReachesTheSinkThoughTheReaderIsBehind() throws Exception {
        CompletableFuture<Void> exited = new CompletableFuture<>();
        CountDownLatch written = new CountDownLatch(1);
        List<String> received = new CopyOnWriteArrayList<>();
        FunctionProcess process = FunctionProcess.start(new ProcessBuilder("sh", "-c", WRITE_THEN_WAIT), line -> {
            // The reader falls behind on purpose: it takes its first line only once the process is gone.
            exited.join();
            received.add(line);
        }, line -> {
            if (line.equals("written")) {
                written.countDown();
            }
        });
        process.onExit().thenRun(() -> exited.complete(null));
        assertThat(written.await(120, TimeUnit.SECONDS)).as("the script wrote its lines").isTrue();

        process.close();

        assertThat(received).containsExactlyElementsOf(IntStream.range(0, LINES)
                .mapToObj(i -> "{\"line\":" + i + ",\"pad\":\"abcdefghij\"}").toList());
    }

    @Test
    void aSinkThatFailsIsReportedByCloseNotTakenForTheEndOfTheOutput() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        FunctionProcess process = FunctionProcess.start(new ProcessBuilder("sh", "-c", WRITE_THEN_WAIT), line -> {
            failed.countDown();
            throw new IllegalStateException("the log file is closed");
        }, line -> { });
        assertThat(failed.await(120, TimeUnit.SECONDS)).as("the sink was called").isTrue();

        assertThatThrownBy(process::close).isInstanceOf(IOException.class)
                .hasMessageContaining("function's stdout").hasMessageContaining("the log file is closed");
    }
}
