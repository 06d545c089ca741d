package dev.lambdaobs.logging;

import static dev.lambdaobs.logging.StructuredArguments.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.core.output.CloudWatchLogsLimits;
import dev.lambdaobs.core.output.JsonLineLimit;
import dev.lambdaobs.core.output.LineSink;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.FakeContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every line reaches standard output whole: one write per line, within CloudWatch Logs' event size. */
class StdoutIntegrityTest {
    private static final Logger log = LoggerFactory.getLogger(StdoutIntegrityTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;

    /** Records each write the stream receives, so a line split over two writes shows. */
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

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void longLogLinesAndOtherThreadsLinesNeverSplice() throws Exception {
        WriteRecorder recorder = new WriteRecorder();
        System.setOut(new PrintStream(recorder, false, StandardCharsets.UTF_8));
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env());
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            running.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 30; i++) {
                    if (thread % 2 == 0) {
                        pipeline.run(null, FakeContext.create(), () -> log.info("big {}", "x".repeat(20_000)));
                    } else {
                        LineSink.stdout().writeLine("{\"_aws\":{\"n\":" + i + "},\"pad\":\"" + "y".repeat(500) + "\"}");
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(recorder.writes).hasSize(threads * 30);
        for (String write : recorder.writes) {
            assertThat(write).endsWith("\n").containsOnlyOnce("\n");
            assertThat(JSON.readTree(write).isObject()).isTrue();
        }
    }

    @Test
    void aLineOverTheEventSizeIsCutToOneValidObjectKeepingTheInvocationKeys() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        Map<String, String> order = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            order.put("line" + i, "z".repeat(20_000));
        }
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env());

        pipeline.run(null, FakeContext.builder().requestId("req-big").build(), () -> log.info("order", entry("order", order)));

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(1);
        assertThat(lines[0].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(CloudWatchLogsLimits.MAX_LINE_BYTES);
        JsonNode line = JSON.readTree(lines[0]);
        assertThat(line.get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("req-big");
        assertThat(line.get("order").get("line0").asText()).endsWith(JsonLineLimit.MARKER);
    }

    @Test
    void aThreeThousandDeepStructureStillGivesItsLineWithAMarker() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        Map<String, Object> deepMap = new LinkedHashMap<>();
        Map<String, Object> at = deepMap;
        List<Object> deepList = new ArrayList<>();
        List<Object> in = deepList;
        for (int i = 0; i < 3_000; i++) {
            Map<String, Object> next = new LinkedHashMap<>();
            at.put("d", next);
            at = next;
            List<Object> inner = new ArrayList<>();
            in.add(inner);
            in = inner;
        }
        JsonNode deepTree = JSON.createObjectNode();
        com.fasterxml.jackson.databind.node.ObjectNode node = (com.fasterxml.jackson.databind.node.ObjectNode) deepTree;
        for (int i = 0; i < 3_000; i++) {
            node = node.putObject("d");
        }
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env());

        pipeline.run(null, FakeContext.create(), () -> {
            log.info("map", entry("deep", deepMap));
            log.info("list", entry("deep", deepList));
            log.info("tree", entry("deep", deepTree));
            log.info("param {}", deepList);
        });

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(4);
        for (String text : lines) {
            JsonNode line = JSON.readTree(text);
            assertThat(line.get(LogFields.MESSAGE).asText()).isNotEmpty();
        }
        assertThat(lines[0]).contains("<too deep>");
        assertThat(lines[2]).contains("<too deep>");
    }

    @Test
    void brokenStdoutIsReportedOnceOnStderrAndNeverReachesTheHandler() {
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        }, false, StandardCharsets.UTF_8));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        long lostBefore = LineSink.stdout().lostLines();
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env());

        String result = pipeline.call(null, FakeContext.create(), () -> {
            log.info("one");
            log.warn("two");
            log.error("three");
            return "handled";
        });

        assertThat(result).isEqualTo("handled");
        assertThat(LineSink.stdout().lostLines() - lostBefore).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8).split("\n"))
                .filteredOn(line -> line.contains("standard output is broken")).hasSize(1);
    }
}
