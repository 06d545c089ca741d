package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import dev.lambdaobs.test.TraceHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lambda Managed Instances: many invocations at once in one environment. */
@ExtendWith(StdoutCaptureExtension.class)
class ConcurrencyTest {
    private static final Logger log = LoggerFactory.getLogger(ConcurrencyTest.class);
    private static final int THREADS = 32;
    private static final int INVOCATIONS_PER_THREAD = 20;

    @Test
    void linesOfConcurrentInvocationsNeverMix(CapturedStdout stdout) throws Exception {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env(), b -> b.correlationIdPath("id"));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        Map<String, String> traceByRequest = new java.util.concurrent.ConcurrentHashMap<>();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            running.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < INVOCATIONS_PER_THREAD; i++) {
                    String requestId = "req-" + thread + "-" + i;
                    String trace = TraceHeaders.sampled();
                    traceByRequest.put(requestId, trace.substring(5, trace.indexOf(';')));
                    FakeContext context = FakeContext.builder().requestId(requestId).xrayTraceId(trace).build();
                    pipeline.run("{\"id\":\"corr-" + requestId + "\"}", context, () -> {
                        MDC.put("mine", requestId);
                        log.info("one {}", requestId);
                        Thread.yield();
                        log.warn("two {}", requestId);
                    });
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).hasSize(THREADS * INVOCATIONS_PER_THREAD * 2);
        for (JsonNode line : lines) {
            String requestId = line.get(LogFields.FUNCTION_REQUEST_ID).asText();
            assertThat(line.get(LogFields.MESSAGE).asText()).endsWith(" " + requestId);
            assertThat(line.get("mine").asText()).isEqualTo(requestId);
            assertThat(line.get(LogFields.CORRELATION_ID).asText()).isEqualTo("corr-" + requestId);
            assertThat(line.get(LogFields.XRAY_TRACE_ID).asText()).isEqualTo(traceByRequest.get(requestId));
        }
        Map<String, Long> perRequest = lines.stream()
                .collect(Collectors.groupingBy(l -> l.get(LogFields.FUNCTION_REQUEST_ID).asText(), Collectors.counting()));
        assertThat(perRequest).hasSize(THREADS * INVOCATIONS_PER_THREAD).allSatisfy((id, n) -> assertThat(n).isEqualTo(2));
        assertThat(lines.stream().filter(l -> l.get(LogFields.COLD_START).asBoolean()).count())
                .as("exactly one invocation is the cold start").isEqualTo(2);
    }

    @Test
    void keysOfOneInvocationDoNotLeakIntoTheNextOnTheSameThread(CapturedStdout stdout) {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env());
        MDC.put("set_at_init", "kept");
        try {
            pipeline.run(null, FakeContext.create(), () -> MDC.put("leaky", "first"));
            pipeline.run(null, FakeContext.create(), () -> log.info("second"));

            JsonNode line = LogLineFormatTest.only(stdout);
            assertThat(line.has("leaky")).isFalse();
            assertThat(line.get("set_at_init").asText()).isEqualTo("kept");
        } finally {
            MDC.clear();
        }
    }

    @Test
    void withoutClearStateKeysStay(CapturedStdout stdout) {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env().set("POWERTOOLS_LOGGER_CLEAR_STATE", "false"));
        try {
            pipeline.run(null, FakeContext.create(), () -> MDC.put("sticky", "yes"));
            pipeline.run(null, FakeContext.create(), () -> log.info("second"));

            assertThat(LogLineFormatTest.only(stdout).get("sticky").asText()).isEqualTo("yes");
        } finally {
            MDC.clear();
        }
    }

    @Test
    void linesOfWorkerThreadsKeepTheRequestIdWhenTheTaskIsWrapped(CapturedStdout stdout) throws Exception {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            pipeline.call(null, FakeContext.builder().requestId("req-worker").build(), () -> {
                pool.submit(dev.lambdaobs.core.invocation.Invocation.wrap(() -> log.info("wrapped"))).get();
                pool.submit(() -> log.info("unwrapped")).get();
                return null;
            });
        } finally {
            pool.shutdownNow();
        }

        Map<String, JsonNode> byMessage = stdout.jsonLines().stream()
                .collect(Collectors.toMap(l -> l.get(LogFields.MESSAGE).asText(), l -> l));
        assertThat(byMessage.get("wrapped").path(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("req-worker");
        assertThat(byMessage.get("unwrapped").has(LogFields.FUNCTION_REQUEST_ID)).isFalse();
    }
}
