package dev.lambdaobs.tracing.woven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.TraceHeaders;
import dev.lambdaobs.test.crac.Core;
import dev.lambdaobs.tracing.TracingUtils;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A handler migrated from Powertools, woven, on the xray-sdk backend (the otel one: {@code WovenOtelTest}):
 * the static helpers under {@code @Tracing}, and {@code TracingUtils.init()} priming it for SnapStart.
 */
class WovenTracingUtilsTest {
    /** The trace header of core's priming invocation. */
    private static final String PRIMING_ROOT = "1-00000000-000000000000000000000001";

    private final UtilsHandler handler = new UtilsHandler();

    @BeforeEach
    void clear() {
        WovenConfiguration.DAEMON.clear();
    }

    private JsonNode invoke(String id) {
        assertThat(handler.handleRequest(Map.of("id", id), FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build()))
                .isEqualTo("placed " + id);
        List<JsonNode> documents = WovenConfiguration.DAEMON.awaitDocuments(1, Duration.ofSeconds(5));
        WovenConfiguration.DAEMON.clear();
        assertThat(documents).hasSize(1);
        return documents.get(0);
    }

    @Test
    void theHelpersActOnTheAnnotatedHandlersSpanItsSubsegmentsAndAWrappedWorker() {
        JsonNode doc = invoke("o-5");

        assertThat(doc.path("name").asText()).isEqualTo("## placeOrder");
        assertThat(doc.path("annotations").path("order_id").asText()).isEqualTo("o-5");
        assertThat(child(doc, "## charge").path("annotations").path("amount").asInt()).isEqualTo(42);
        assertThat(child(doc, "## audit").path("metadata").path("shop").path("audited").asText()).isEqualTo("o-5");
        // @Tracing(namespace) moves the captured response only; putMetadata keeps the service's namespace.
        assertThat(doc.path("metadata").path("checkout").path("placeOrder response").asText()).isEqualTo("placed o-5");
        assertThat(doc.path("metadata").path("shop").has("placeOrder response")).isFalse();
    }

    @Test
    void initPrimesTheAnnotatedHandlerForSnapStartAndARestoreMakesTheNextInvocationTheColdStart() throws Exception {
        invoke("o-1");
        assertThat(invoke("o-2").path("annotations").path("ColdStart").asBoolean()).as("a warm invocation").isFalse();

        Core.getGlobalContext().beforeCheckpoint(null);
        Core.getGlobalContext().afterRestore(null);

        // Without the hooks TracingUtils.init() registered, this environment would still be the warm one.
        assertThat(invoke("o-3").path("annotations").path("ColdStart").asBoolean()).as("first after the restore").isTrue();
        assertThat(invoke("o-4").path("annotations").path("ColdStart").asBoolean()).isFalse();
        assertThat(WovenConfiguration.DAEMON.rawDocuments()).noneMatch(raw -> raw.contains(PRIMING_ROOT));
    }

    @Test
    void withoutASpanTheHelpersAreIgnoredAndReportedOnce() {
        TracingUtils.putAnnotation("late", "x");
        TracingUtils.putMetadata("late", 1);
        TracingUtils.withSubsegment("late", span -> span.annotate("late", true));

        assertThat(WovenConfiguration.WARNINGS).filteredOn(w -> w.contains("found no span")).singleElement()
                .asString().contains("TracingUtils.", "ignored");
        assertThat(WovenConfiguration.WARNINGS).noneMatch(w -> w.contains("TracingUtils.init()"));
    }

    private static JsonNode child(JsonNode parent, String name) {
        return StreamSupport.stream(parent.path("subsegments").spliterator(), false)
                .filter(node -> node.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no subsegment " + name + " in " + parent));
    }
}
