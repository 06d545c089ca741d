package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link PowertoolsLogging#flushBuffer()} and {@link PowertoolsLogging#clearBuffer()} on each backend. */
@ExtendWith(StdoutCaptureExtension.class)
class BufferFlushTest {
    private static final Logger log = LoggerFactory.getLogger(BufferFlushTest.class);

    @Test
    void flushWritesTheHeldLinesInOrderThenBufferingGoesOn(CapturedStdout stdout) {
        TestPipeline pipeline = buffering();
        int[] flushed = new int[2];

        pipeline.run(null, FakeContext.builder().requestId("r-1").build(), () -> {
            log.debug("held 1");
            log.info("written at once");
            log.debug("held 2");
            flushed[0] = PowertoolsLogging.flushBuffer();
            flushed[1] = PowertoolsLogging.flushBuffer();
            log.debug("held 3, dropped at the end");
        });

        assertThat(flushed).containsExactly(2, 0);
        assertThat(messages(stdout)).containsExactly("written at once", "held 1", "held 2");
        assertThat(stdout.jsonLines()).allSatisfy(l -> assertThat(l.get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("r-1"));
    }

    @Test
    void aWrappedWorkerThreadFlushesItsInvocationsLinesWithTheInvocationsKeys(CapturedStdout stdout) throws Exception {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env(), b -> b.bufferLevel(LogLevel.DEBUG).samplingRate(0.5));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Integer flushed = pipeline.call(null, FakeContext.builder().requestId("r-worker").build(), () -> {
                log.debug("held on the handler thread");
                return pool.submit(Invocation.wrap((Callable<Integer>) PowertoolsLogging::flushBuffer)).get();
            });

            assertThat(flushed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        JsonNode line = only(stdout);
        assertThat(line.get(LogFields.MESSAGE).asText()).isEqualTo("held on the handler thread");
        assertThat(line.get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("r-worker");
        assertThat(line.get(LogFields.SAMPLING_RATE).asDouble()).as("the owner's log context, not the worker's").isEqualTo(0.5);
    }

    @Test
    void clearDropsTheHeldLines(CapturedStdout stdout) {
        int[] cleared = new int[1];

        buffering().run(null, FakeContext.create(), () -> {
            log.debug("held then cleared");
            cleared[0] = PowertoolsLogging.clearBuffer();
            log.error("boom");
        });

        assertThat(cleared[0]).isEqualTo(1);
        assertThat(messages(stdout)).containsExactly("boom");
    }

    @Test
    void withoutAnInvocationOrABufferNothingHappens(CapturedStdout stdout) throws Exception {
        TestPipeline unbuffered = TestPipeline.of(TestPipeline.env());
        int[] inside = new int[1];
        unbuffered.run(null, FakeContext.create(), () -> inside[0] = PowertoolsLogging.flushBuffer());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Integer unwrapped = buffering().call(null, FakeContext.create(), () -> {
                log.debug("held, then dropped");
                return pool.submit(PowertoolsLogging::flushBuffer).get();
            });
            assertThat(unwrapped).as("a thread the invocation was not handed to").isZero();
        } finally {
            pool.shutdownNow();
        }

        assertThat(inside[0]).isZero();
        assertThat(PowertoolsLogging.flushBuffer()).isZero();
        assertThat(PowertoolsLogging.clearBuffer()).isZero();
        assertThat(stdout.lines()).isEmpty();
    }

    @Test
    void aTaskWrappedInAnInvocationThatHasEndedFlushesNothing(CapturedStdout stdout) throws Exception {
        AtomicReference<Callable<Integer>> late = new AtomicReference<>();

        buffering().run(null, FakeContext.create(), () -> {
            log.debug("held, then dropped");
            late.set(Invocation.wrap((Callable<Integer>) PowertoolsLogging::flushBuffer));
        });

        assertThat(late.get().call()).isZero();
        assertThat(stdout.lines()).isEmpty();
    }

    @Test
    void concurrentInvocationsFlushOnlyTheirOwnLines(CapturedStdout stdout) throws Exception {
        TestPipeline pipeline = buffering();
        CountDownLatch bothHold = new CountDownLatch(2);
        CountDownLatch firstFlushed = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> flusher = pool.submit(() -> pipeline.run(null, FakeContext.builder().requestId("flusher").build(), () -> {
                log.debug("flusher's line");
                await(bothHold, true);
                PowertoolsLogging.flushBuffer();
                firstFlushed.countDown();
            }));
            Future<?> holder = pool.submit(() -> pipeline.run(null, FakeContext.builder().requestId("holder").build(), () -> {
                log.debug("holder's line");
                await(bothHold, true);
                await(firstFlushed, false);
            }));
            flusher.get();
            holder.get();
        } finally {
            pool.shutdownNow();
        }

        assertThat(stdout.jsonLines()).extracting(l -> l.get(LogFields.FUNCTION_REQUEST_ID).asText() + ":"
                + l.get(LogFields.MESSAGE).asText()).containsExactly("flusher:flusher's line");
    }

    private static void await(CountDownLatch latch, boolean countDownFirst) {
        if (countDownFirst) {
            latch.countDown();
        }
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).as("the other invocation got there").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static TestPipeline buffering() {
        return TestPipeline.of(TestPipeline.env(), b -> b.bufferLevel(LogLevel.DEBUG));
    }

    private static JsonNode only(CapturedStdout stdout) {
        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    private static List<String> messages(CapturedStdout stdout) {
        return stdout.jsonLines().stream().map(l -> l.get(LogFields.MESSAGE).asText()).toList();
    }
}
