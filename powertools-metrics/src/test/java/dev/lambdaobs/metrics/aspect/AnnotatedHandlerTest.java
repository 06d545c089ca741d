package dev.lambdaobs.metrics.aspect;

import dev.lambdaobs.metrics.Metrics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.metrics.EmfTestSupport;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The woven {@code @Metrics} handler writes the same EMF to stdout as the functional core. */
@ExtendWith(StdoutCaptureExtension.class)
class AnnotatedHandlerTest {
    private final CheckoutHandler handler = new CheckoutHandler();

    @Test
    void theAnnotatedHandlerFlushesItsMetricsToStdout(CapturedStdout stdout) {
        Map<String, Object> response = handler.handleRequest(Map.of("httpMethod", "POST"),
                FakeContext.builder().requestId("req-annotated").build());

        List<JsonNode> documents = EmfTestSupport.validated(stdout.lines());
        JsonNode orders = EmfTestSupport.withMetric(documents, "OrdersPlaced").get(0);
        assertThat(orders.path("_aws").path("CloudWatchMetrics").path(0).path("Namespace").asText()).isEqualTo("Checkout");
        assertThat(EmfTestSupport.dimensionSets(orders)).containsExactly(List.of("Service"));
        assertThat(orders.path("Service").asText()).isEqualTo("checkout");
        assertThat(orders.path("function_request_id").asText()).isEqualTo("req-annotated");
        assertThat(orders.path("order_id").asText()).isEqualTo("o-1");

        JsonNode invocation = EmfTestSupport.withMetric(documents, "HandlerDuration").get(0);
        assertThat(invocation.path("Http2xx").asInt()).isEqualTo(1);
        assertThat(invocation.path("HandlerErrors").asInt()).isZero();

        boolean cold = (Boolean) response.get("cold");
        assertThat(EmfTestSupport.withMetric(documents, "ColdStart")).as("ColdStart written iff the invocation was cold")
                .hasSize(cold ? 1 : 0);
        assertThat(documents).hasSize(cold ? 3 : 2);
    }

    @Test
    void theAnnotatedHandlerFlushesOnceWhenItThrows(CapturedStdout stdout) {
        assertThatThrownBy(() -> handler.handleRequest(Map.of("fail", true, "httpMethod", "POST"), FakeContext.create()))
                .isInstanceOf(IllegalStateException.class).hasMessage("checkout failed");

        List<JsonNode> documents = EmfTestSupport.validated(stdout.lines());
        assertThat(EmfTestSupport.withMetric(documents, "OrdersPlaced")).hasSize(1);
        JsonNode invocation = EmfTestSupport.withMetric(documents, "HandlerErrors").get(0);
        assertThat(invocation.path("HandlerErrors").asInt()).isEqualTo(1);
        assertThat(invocation.path("Http5xx").asInt()).isEqualTo(1);
    }

    @Test
    void annotationDefaultDimensionsAndRuntimeChangesReachTheDocuments(CapturedStdout stdout) {
        TenantHandler tenants = new TenantHandler();
        tenants.handleRequest(Map.of(), FakeContext.create());
        tenants.handleRequest(Map.of("tenant", "acme"), FakeContext.create());
        tenants.handleRequest(Map.of(), FakeContext.create());

        List<JsonNode> orders = EmfTestSupport.withMetric(EmfTestSupport.validated(stdout.lines()), "OrdersPlaced");
        assertThat(orders).extracting(EmfTestSupport::dimensionSets).containsExactly(
                List.of(List.of("Service", "Environment")),
                List.of(List.of("Service", "Environment", "Tenant")),
                List.of(List.of("Service", "Environment", "Tenant")));
        List<JsonNode> audits = EmfTestSupport.withMetric(EmfTestSupport.validated(stdout.lines()), "Audit");
        assertThat(audits).hasSize(3).allSatisfy(audit -> {
            assertThat(audit.path("_aws").path("CloudWatchMetrics").path(0).path("Namespace").asText()).isEqualTo("Audit");
            assertThat(EmfTestSupport.dimensionSets(audit)).containsExactly(List.of("Kind"));
        });
    }
}
