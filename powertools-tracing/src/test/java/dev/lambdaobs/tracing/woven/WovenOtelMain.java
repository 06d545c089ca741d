package dev.lambdaobs.tracing.woven;

import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.TraceHeaders;
import java.time.Duration;
import java.util.Map;

/**
 * The woven handler on the otel backend, in a JVM of its own (the aspect is one per JVM): run by
 * {@link WovenOtelTest} with {@code -Dlambdaobs.test.woven.tracer=otel}; prints one line per span received.
 */
public final class WovenOtelMain {
    private WovenOtelMain() {
    }

    public static void main(String[] args) {
        String result = new PlaceOrderHandler().handleRequest(Map.of("id", "o-1"),
                FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build());
        System.out.println("result=" + result);
        for (ReceivedSpan span : WovenConfiguration.DAEMON.awaitSpans(3, Duration.ofSeconds(5))) {
            System.out.println("span name=" + span.name() + " id=" + span.spanId() + " parent=" + span.parentSpanId()
                    + " annotations=" + span.annotationKeys());
        }
        System.out.println("warnings=" + WovenConfiguration.WARNINGS);
    }
}
