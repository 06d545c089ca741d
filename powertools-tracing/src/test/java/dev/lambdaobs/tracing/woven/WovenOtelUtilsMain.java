package dev.lambdaobs.tracing.woven;

import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.TraceHeaders;
import dev.lambdaobs.test.crac.Core;
import java.time.Duration;
import java.util.Map;

/**
 * {@link WovenOtelTest}'s JVM for {@link UtilsHandler} on the otel backend: two invocations, a checkpoint
 * and a restore (the simulated CRaC JVM), a third; prints every span received.
 */
public final class WovenOtelUtilsMain {
    private WovenOtelUtilsMain() {
    }

    public static void main(String[] args) throws Exception {
        UtilsHandler handler = new UtilsHandler();
        for (String id : new String[] {"o-1", "o-2", "checkpoint", "o-3"}) {
            if (id.equals("checkpoint")) {
                Core.getGlobalContext().beforeCheckpoint(null);
                Core.getGlobalContext().afterRestore(null);
                continue;
            }
            handler.handleRequest(Map.of("id", id), FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build());
        }
        for (ReceivedSpan span : WovenConfiguration.DAEMON.awaitSpans(9, Duration.ofSeconds(10))) {
            System.out.println("span name=" + span.name() + " id=" + span.spanId() + " parent=" + span.parentSpanId()
                    + " order=" + span.attributes().get("order_id") + " cold=" + span.attributes().get("ColdStart")
                    + " amount=" + span.attributes().get("amount") + " audited=" + span.attributes().get("shop.audited"));
        }
        System.out.println("datagrams=" + WovenConfiguration.DAEMON.rawDatagrams().size());
        System.out.println("warnings=" + WovenConfiguration.WARNINGS);
    }
}
