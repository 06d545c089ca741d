package dev.lambdaobs.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.lambdaobs.core.TestContexts;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.invocation.Invocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObservabilityTest {
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final List<String> reports = new ArrayList<>();
    private final Observability.Builder builder = Observability.builder()
            .config(PowertoolsConfig.from(Map.of("POWERTOOLS_SERVICE_NAME", "orders")))
            .coldStart(ColdStart.newEnvironment())
            .diagnostics(Diagnostics.to(reports::add));

    private ObservationStep recording(String name) {
        return invocation -> {
            events.add(name + ".begin");
            return new StepScope() {
                @Override public void onSuccess(Object response) { events.add(name + ".onSuccess:" + response); }
                @Override public void onError(Throwable error) { events.add(name + ".onError:" + error.getMessage()); }
                @Override public void end() { events.add(name + ".end"); }
            };
        };
    }

    @Test
    void stepsBeginInOrderAndSeeTheOutcomeInReverseOrder() {
        RequestHandler<String, String> handler = builder.step(recording("a")).step(recording("b")).build()
                .decorate((input, context) -> {
                    events.add("handler:" + input);
                    return input.toUpperCase();
                });

        assertThat(handler.handleRequest("order", TestContexts.of("req-1"))).isEqualTo("ORDER");
        assertThat(events).containsExactly("a.begin", "b.begin", "handler:order",
                "b.onSuccess:ORDER", "b.end", "a.onSuccess:ORDER", "a.end");
    }

    @Test
    void theHandlersExceptionIsRethrownUnchangedAfterEveryStepSawIt() {
        IllegalStateException boom = new IllegalStateException("payment declined");
        RequestHandler<String, String> handler = builder.step(recording("a")).build()
                .decorate((input, context) -> {
                    throw boom;
                });

        assertThatThrownBy(() -> handler.handleRequest("order", TestContexts.of("req-1"))).isSameAs(boom);
        assertThat(events).containsExactly("a.begin", "a.onError:payment declined", "a.end");
    }

    @Test
    void aFailingStepIsReportedOnceAndNeverChangesTheResult() {
        ObservationStep failsToBegin = invocation -> {
            throw new IllegalStateException("no daemon");
        };
        ObservationStep failsAfterwards = invocation -> new StepScope() {
            @Override public void onSuccess(Object response) { throw new UnsupportedOperationException("closed stdout"); }
            @Override public void onError(Throwable error) { throw new UnsupportedOperationException("closed stdout"); }
            @Override public void end() { throw new IllegalArgumentException("bad metric"); }
        };
        Observability observability = builder.step(failsToBegin).step(failsAfterwards).step(recording("ok")).build();
        RequestHandler<String, String> handler = observability.decorate((input, context) -> "result-" + input);

        assertThat(handler.handleRequest("1", TestContexts.of("req-1"))).isEqualTo("result-1");
        assertThat(handler.handleRequest("2", TestContexts.of("req-2"))).isEqualTo("result-2");

        assertThat(events).containsExactly("ok.begin", "ok.onSuccess:result-1", "ok.end",
                "ok.begin", "ok.onSuccess:result-2", "ok.end");
        assertThat(reports).hasSize(3);
        assertThat(reports).allSatisfy(line -> assertThat(line).contains("the handler is unaffected"));
        assertThat(String.join("\n", reports)).contains("no daemon", "closed stdout", "bad metric")
                .contains(".begin failed", ".onSuccess failed", ".end failed");
    }

    @Test
    void aFailingStepNeverReplacesTheHandlersException() {
        ObservationStep fails = invocation -> new StepScope() {
            @Override public void onError(Throwable error) { throw new IllegalStateException("step broke"); }
        };
        IllegalArgumentException original = new IllegalArgumentException("bad order");
        RequestHandler<String, String> handler = builder.step(fails).build().decorate((input, context) -> {
            throw original;
        });

        assertThatThrownBy(() -> handler.handleRequest("x", TestContexts.of("req-1"))).isSameAs(original);
        assertThat(reports).singleElement().asString().contains("step broke");
    }

    @Test
    void checkedExceptionsOfTheCallFormPassThroughUnchanged() {
        IOException io = new IOException("disk full");
        Observability observability = builder.step(recording("a")).build();

        assertThatThrownBy(() -> observability.call("e", TestContexts.of("req-1"), () -> {
            throw io;
        })).isSameAs(io);
        assertThat(events).containsExactly("a.begin", "a.onError:disk full", "a.end");
    }

    @Test
    void theInvocationCarriesFactsColdStartAndStartTime() {
        Instant now = Instant.parse("2026-11-21T10:15:30Z");
        List<Invocation> seen = new ArrayList<>();
        Observability observability = builder.clock(Clock.fixed(now, ZoneOffset.UTC)).ticker(() -> 42L)
                .step(invocation -> {
                    seen.add(invocation);
                    return StepScope.NONE;
                }).build();

        observability.call("event-1", TestContexts.of("req-1"), () -> Invocation.current().orElseThrow());
        observability.call("event-2", TestContexts.of("req-2"), () -> null);

        assertThat(seen).extracting(Invocation::coldStart).containsExactly(true, false);
        Invocation first = seen.get(0);
        assertThat(first.event()).isEqualTo("event-1");
        assertThat(first.facts().requestId()).isEqualTo("req-1");
        assertThat(first.facts().functionArn()).endsWith(":core-test:live");
        assertThat(first.facts().tenantId()).contains("tenant-7");
        assertThat(first.config().serviceName()).isEqualTo("orders");
        assertThat(first.startedAt()).isEqualTo(now);
        assertThat(first.startNanos()).isEqualTo(42L);
        assertThat(Invocation.current()).isEmpty();
    }

    @Test
    void theInvocationIsCurrentWhileStepsSeeTheOutcome() {
        List<Object> seenCurrent = new ArrayList<>();
        ObservationStep step = invocation -> new StepScope() {
            @Override public void onSuccess(Object response) { seenCurrent.add(Invocation.current().orElse(null)); }
            @Override public void end() { seenCurrent.add(Invocation.current().orElse(null)); }
        };
        List<Invocation> begun = new ArrayList<>();
        builder.step(invocation -> {
            begun.add(Invocation.current().orElse(null));
            return StepScope.NONE;
        }).step(step).build().call("e", TestContexts.of("req-1"), () -> "ok");

        assertThat(begun).singleElement().isNotNull();
        assertThat(seenCurrent).containsExactly(begun.get(0), begun.get(0));
        assertThat(Invocation.current()).isEmpty();
    }

    @Test
    void aNestedObservedCallWithTheSameContextJoinsTheOuterInvocation() {
        List<Invocation> seen = new ArrayList<>();
        ObservationStep capture = invocation -> {
            seen.add(invocation);
            return StepScope.NONE;
        };
        Observability outer = builder.step(capture).build();
        Observability inner = Observability.builder().config(outer.config()).coldStart(ColdStart.newEnvironment())
                .step(capture).build();
        Context context = TestContexts.of("req-1");

        outer.call("e", context, () -> inner.call("e", context, () -> "done"));

        assertThat(seen).hasSize(2);
        assertThat(seen.get(1)).isSameAs(seen.get(0));
    }

    @Test
    void streamHandlersReadTheirInputAndStepsSeeItAsBytes() throws IOException {
        List<Object> seenEvents = new ArrayList<>();
        RequestStreamHandler handler = builder.step(invocation -> {
            seenEvents.add(invocation.event());
            return StepScope.NONE;
        }).build().decorate((RequestStreamHandler) (input, output, context) -> output.write(input.readAllBytes()));
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        handler.handleRequest(new ByteArrayInputStream("{\"a\":1}".getBytes(StandardCharsets.UTF_8)), output,
                TestContexts.of("req-1"));

        assertThat(output.toString(StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(seenEvents).singleElement().isInstanceOf(byte[].class);
        assertThat(new String((byte[]) seenEvents.get(0), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    }

    @Test
    void aspectsProceedWithAReplayedStreamWhileStepsSeeTheBytes() throws Throwable {
        List<Object> seenEvents = new ArrayList<>();
        Observability observability = builder.step(invocation -> {
            seenEvents.add(invocation.event());
            return StepScope.NONE;
        }).build();
        ByteArrayInputStream input = new ByteArrayInputStream("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Object[] args = {input, output, TestContexts.of("req-1")};

        Object result = observability.proceed(args, replayed -> {
            assertThat(replayed[0]).isNotSameAs(input);
            assertThat(replayed[1]).isSameAs(output);
            return new String(((java.io.InputStream) replayed[0]).readAllBytes(), StandardCharsets.UTF_8);
        });

        assertThat(result).isEqualTo("{\"a\":1}");
        assertThat(seenEvents).singleElement().isInstanceOf(byte[].class);
        assertThat(observability.proceed(new Object[] {"plain", TestContexts.of("req-2")}, a -> a[0])).isEqualTo("plain");
        assertThat(seenEvents.get(1)).isEqualTo("plain");
    }

    @Test
    void aNullContextStillRunsTheHandler() {
        RequestHandler<String, String> handler = builder.step(recording("a")).build().decorate((input, context) -> "ok");

        assertThat(handler.handleRequest(null, null)).isEqualTo("ok");
        assertThat(events).containsExactly("a.begin", "a.onSuccess:ok", "a.end");
    }
}
