package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.output.CloudWatchLogsLimits;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.MetricsConfig;
import dev.lambdaobs.metrics.MetricsRecorder;
import dev.lambdaobs.metrics.MetricsStep;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.LambdaEnvironment;
import dev.lambdaobs.test.TraceHeaders;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;

/**
 * The real modules and the real {@code System.out} path under Lambda Managed Instances load: 256 threads,
 * 10,000 invocations, each logging 3 lines (from 1 byte to over CloudWatch Logs' event size) and 5
 * metrics. {@code System.out} is a real {@link PrintStream} over a stream that checks every write
 * holds exactly one whole line, so a line spliced with another thread's cannot hide.
 */
class StdoutStressTest {
    private static final Logger log = LoggerFactory.getLogger(StdoutStressTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 256;
    private static final int INVOCATIONS = 10_000;
    private static final int OVER_LIMIT = CloudWatchLogsLimits.MAX_EVENT_BYTES + 40_000;

    /** Keeps each write; counts the writes that are not exactly one line. */
    private static final class CheckingStream extends OutputStream {
        final Queue<byte[]> lines = new ConcurrentLinkedQueue<>();
        final AtomicInteger broken = new AtomicInteger();

        @Override
        public void write(int b) {
            broken.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            int newlines = 0;
            for (int i = off; i < off + len; i++) {
                newlines += b[i] == '\n' ? 1 : 0;
            }
            if (newlines != 1 || b[off + len - 1] != '\n') {
                broken.incrementAndGet();
            }
            byte[] line = new byte[len - 1];
            System.arraycopy(b, off, line, 0, len - 1);
            lines.add(line);
        }
    }

    /** 1 byte mostly up to 2 KB, every 97th a 50 KB line, every 1,000th one over the event size. */
    private static int size(int invocation, int line) {
        if (line == 2 && invocation % 1_000 == 0) {
            return OVER_LIMIT;
        }
        if (line == 1 && invocation % 97 == 0) {
            return 50_000;
        }
        return 1 + (invocation * 31 + line * 17) % 2_000;
    }

    /** {@code bytes} of padding in strings of at most 20,000, each below the layout's longest string. */
    private static List<String> padding(int bytes) {
        List<String> chunks = new ArrayList<>();
        for (int left = bytes; left > 0; left -= 20_000) {
            chunks.add("x".repeat(Math.min(left, 20_000)));
        }
        return chunks;
    }

    @Test
    void everyLineIsOneJsonObjectAndEveryLineAndMetricIsThereOnceWithItsIds() throws Exception {
        CheckingStream stream = new CheckingStream();
        PrintStream original = System.out;
        Map<String, String> traceIds = new ConcurrentHashMap<>();
        System.setOut(new PrintStream(stream, false, StandardCharsets.UTF_8));
        long started = System.nanoTime();
        try {
            run(traceIds);
        } finally {
            System.setOut(original);
        }
        System.err.printf("stress: %d invocations on %d threads in %d ms%n", INVOCATIONS, THREADS,
                (System.nanoTime() - started) / 1_000_000);

        assertThat(stream.broken.get()).as("writes that were not exactly one whole line").isZero();
        Map<String, Integer> logLines = new HashMap<>();
        Map<String, Integer> metrics = new HashMap<>();
        for (byte[] bytes : stream.lines) {
            assertThat(bytes.length).isLessThanOrEqualTo(CloudWatchLogsLimits.MAX_LINE_BYTES);
            JsonNode line = JSON.readTree(bytes);
            assertThat(line.isObject()).isTrue();
            String requestId = line.path(LogFields.FUNCTION_REQUEST_ID).asText();
            assertThat(line.path(LogFields.XRAY_TRACE_ID).asText()).as("trace id of %s", requestId)
                    .isEqualTo(traceIds.get(requestId));
            if (line.has("_aws")) {
                for (int m = 0; m < 5; m++) {
                    assertThat(line.path("M" + m).asInt()).isEqualTo(Integer.parseInt(requestId.substring(4)));
                    metrics.merge(requestId + "/M" + m, 1, Integer::sum);
                }
            } else {
                String message = line.path(LogFields.MESSAGE).asText();
                assertThat(message).startsWith(requestId + " line ");
                logLines.merge(message, 1, Integer::sum);
            }
        }
        assertThat(logLines).hasSize(INVOCATIONS * 3).allSatisfy((key, count) -> assertThat(count).isOne());
        assertThat(metrics).hasSize(INVOCATIONS * 5).allSatisfy((key, count) -> assertThat(count).isOne());
    }

    private static void run(Map<String, String> traceIds) throws Exception {
        PowertoolsConfig config = LambdaEnvironment.onDemand("orders-fn").service("orders")
                .set("POWERTOOLS_METRICS_NAMESPACE", "Shop").toConfig(dev.lambdaobs.core.diagnostics.Diagnostics.stderr());
        Observability observability = Observability.builder()
                .config(config)
                .coldStart(ColdStart.newEnvironment())
                .step(LoggingStep.of(LoggingConfig.from(config)))
                .step(MetricsStep.builder(MetricsConfig.builder(config).captureColdStart(false).build()).build())
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> running = new ArrayList<>(INVOCATIONS);
        for (int i = 0; i < INVOCATIONS; i++) {
            int invocation = i;
            running.add(pool.submit(() -> {
                String requestId = "req-" + invocation;
                String header = TraceHeaders.sampled();
                traceIds.put(requestId, header.substring(5, header.indexOf(';')));
                FakeContext context = FakeContext.builder().requestId(requestId).xrayTraceId(header).build();
                observability.call(null, context, () -> {
                    for (int line = 0; line < 3; line++) {
                        log.info("{} line {}", requestId, line, StructuredArguments.entry("pad", padding(size(invocation, line))));
                    }
                    MetricsRecorder metrics = MetricsRecorder.current();
                    for (int m = 0; m < 5; m++) {
                        metrics.add("M" + m, invocation, MetricUnit.COUNT);
                    }
                    return null;
                });
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }
}
