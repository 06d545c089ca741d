package dev.lambdaobs.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.snapstart.SnapStartPriming;
import dev.lambdaobs.examples.localrun.LoopbackAws;
import dev.lambdaobs.examples.support.ExampleTracing;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import dev.lambdaobs.test.TraceHeaders;
import dev.lambdaobs.test.crac.Core;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @Logging @Metrics @Tracing} together, primed with {@code SnapStartPriming.init()}: each module's
 * pipeline registers its hooks during init; the checkpoint emits nothing; after the restore the next
 * invocation is the cold start in the log line, the metrics and the trace.
 */
@ExtendWith(StdoutCaptureExtension.class)
class DailyReportPrimingTest {
    /** The trace root of core's priming context (PrimingContext.TRACE_HEADER). */
    private static final String PRIMING_ROOT = "1-00000000-000000000000000000000001";

    private static void invoke(DailyReportHandler handler, String traceHeader) {
        handler.handleRequest(new ScheduledEvent(),
                FakeContext.builder().functionName("daily-report").xrayTraceId(traceHeader).build());
    }

    @Test
    void everyAnnotationIsPrimedAndTheFirstInvocationAfterTheRestoreIsTheColdStartEverywhere(CapturedStdout stdout)
            throws Exception {
        try (LoopbackAws aws = LoopbackAws.start()) {
            DailyReportHandler handler = new DailyReportHandler(aws.orders(ExampleTracing.tracer()));
            // Other tests may have loaded the class first (its init registers the hooks once per process), so the
            // count is checked here as "every module knows the handler and its pipeline is already built": priming
            // again finds all three and registers nothing. Exact counts are in each module's AnnotatedPrimingTest.
            int hooks = Core.registeredCount();
            assertThat(SnapStartPriming.primeHandlers(DailyReportHandler.class, "test")).as("one per annotation").isEqualTo(3);
            assertThat(Core.registeredCount()).isEqualTo(hooks);
            invoke(handler, TraceHeaders.sampled());
            invoke(handler, TraceHeaders.sampled());

            ExampleTracing.daemon().clear();
            stdout.clear();
            Core.getGlobalContext().beforeCheckpoint(null);
            Core.getGlobalContext().afterRestore(null);
            assertThat(stdout.lines()).as("no log line or EMF document from priming").isEmpty();

            String traceHeader = TraceHeaders.sampled();
            invoke(handler, traceHeader);
            List<JsonNode> lines = stdout.jsonLines();
            assertThat(lines).filteredOn(line -> "Daily order report".equals(line.path("message").asText()))
                    .singleElement().satisfies(line -> assertThat(line.path("cold_start").asBoolean()).isTrue());
            assertThat(lines).filteredOn(line -> line.has("_aws"))
                    .anySatisfy(document -> assertThat(document.has("ColdStart")).isTrue());
            assertThat(ExampleTracing.spanOf(traceHeader, "## handleRequest").attributes()).containsEntry("ColdStart", true);
            // Spans of one process go out in order: the priming spans, had any been sent, would be here by now.
            assertThat(ExampleTracing.daemon().spans()).as("no priming span sent")
                    .noneMatch(span -> span.xrayTraceId().equals(PRIMING_ROOT));
        }
    }
}
