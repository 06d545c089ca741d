package dev.lambdaobs.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LineSinkTest {

    /** Records each write call the stream receives, so a line split over two calls shows. */
    private static final class WriteRecorder extends OutputStream {
        final List<String> writes = new CopyOnWriteArrayList<>();

        @Override
        public void write(int b) {
            writes.add(String.valueOf((char) b));
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes.add(new String(b, off, len, StandardCharsets.UTF_8));
        }
    }

    @Test
    void eachLineReachesTheStreamInOneWriteWhateverItsSizeAndTheThreads() throws Exception {
        WriteRecorder recorder = new WriteRecorder();
        LineSink sink = LineSink.to(new PrintStream(recorder, false, StandardCharsets.UTF_8), line -> { });
        ExecutorService pool = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 400; i++) {
            String line = "{\"n\":" + i + ",\"pad\":\"" + "x".repeat(i * 97) + "\"}";
            pool.execute(() -> sink.writeLine(line));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(recorder.writes).hasSize(400)
                .allSatisfy(write -> assertThat(write).startsWith("{\"n\":").endsWith("\"}\n").containsOnlyOnce("\n"));
        assertThat(sink.lostLines()).isZero();
    }

    @Test
    void aBrokenStreamIsReportedOnceAndItsLinesCountedAsLost() {
        List<String> reports = new CopyOnWriteArrayList<>();
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        LineSink sink = LineSink.to(new PrintStream(closedPipe, false, StandardCharsets.UTF_8), reports::add);

        assertThat(sink.writeLine("{\"a\":1}")).isFalse();
        assertThat(sink.writeLine("{\"a\":2}")).isFalse();
        assertThat(sink.writeLine("{\"a\":3}")).isFalse();

        assertThat(sink.lostLines()).isEqualTo(3);
        assertThat(reports).singleElement().asString().contains("standard output is broken").contains("lost");
    }

    @Test
    void aStreamThatThrowsAtRuntimeNeverReachesTheCaller() {
        List<String> reports = new CopyOnWriteArrayList<>();
        PrintStream hostile = new PrintStream(OutputStream.nullOutputStream()) {
            @Override
            public void write(byte[] buf, int off, int len) {
                throw new IllegalStateException("closed");
            }
        };
        LineSink sink = LineSink.to(hostile, reports::add);

        assertThat(sink.writeLine("{}")).isFalse();
        assertThat(sink.lostLines()).isOne();
        assertThat(reports).hasSize(1);
    }
}
