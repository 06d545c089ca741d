package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class InvocationMetricsTest {

    @Test
    void durationAndErrorsGoInTheirOwnDocumentUnderServiceAndFunctionName() {
        Harness harness = Harness.of(b -> b.captureColdStart(false).invocationMetrics(true));
        harness.invoke(event("sqsEvent"), () -> {
            harness.nanos.addAndGet(42_500_000L);
            MetricsRecorder.current().add("Orders", 1, MetricUnit.COUNT).dimension("customer_tier", "gold");
            return null;
        });

        JsonNode document = EmfDocuments.withMetric(harness.documents(), "HandlerDuration").get(0);
        assertThat(EmfDocuments.metricNames(document)).containsExactlyInAnyOrder("HandlerDuration", "HandlerErrors");
        assertThat(document.path("HandlerDuration").asDouble()).isEqualTo(42.5);
        assertThat(EmfDocuments.definition(document, "HandlerDuration").path("Unit").asText()).isEqualTo("Milliseconds");
        assertThat(document.path("HandlerErrors").asInt()).isZero();
        assertThat(EmfDocuments.dimensionSets(document)).containsExactly(List.of("Service", "FunctionName"));
        assertThat(document.has("customer_tier")).as("user dimensions never multiply them").isFalse();
    }

    @Test
    void anInvocationWithOnlyInvocationMetricsIsNotReportedAsEmpty() {
        Harness harness = Harness.of(b -> b.captureColdStart(false).invocationMetrics(true));
        harness.invoke(event("sqsEvent"), () -> null);

        assertThat(EmfDocuments.withMetric(harness.documents(), "HandlerDuration")).hasSize(1);
        assertThat(harness.warnings).isEmpty();
    }

    @Test
    void aThrowingHandlerCountsAsAnError() {
        Harness harness = Harness.of(b -> b.captureColdStart(false).invocationMetrics(true));
        assertThatThrownBy(() -> harness.invoke(event("sqsEvent"), () -> {
            throw new IllegalStateException("bad batch");
        })).hasMessage("bad batch");

        JsonNode document = EmfDocuments.withMetric(harness.documents(), "HandlerErrors").get(0);
        assertThat(document.path("HandlerErrors").asInt()).isEqualTo(1);
        assertThat(document.has("Http5xx")).as("not an HTTP request").isFalse();
    }

    static Stream<Arguments> httpOutcomes() {
        return Stream.of(
                Arguments.of("REST typed 201", new APIGatewayProxyRequestEvent(),
                        new APIGatewayProxyResponseEvent().withStatusCode(201), 2),
                Arguments.of("HTTP API typed 404", new APIGatewayV2HTTPEvent(),
                        APIGatewayV2HTTPResponse.builder().withStatusCode(404).build(), 4),
                Arguments.of("ALB typed 503", new ApplicationLoadBalancerRequestEvent(), alb(503), 5),
                Arguments.of("REST map 500", event("apiGatewayProxyEvent"), Map.of("statusCode", 500), 5),
                Arguments.of("HTTP API map 204", event("apiGatewayProxyV2Event"), Map.of("statusCode", "204"), 2),
                Arguments.of("Function URL plain body", event("lambdaFunctionUrlEvent"), "hello", 2),
                Arguments.of("ALB map 429", event("albEvent"), Map.of("statusCode", 429), 4),
                Arguments.of("REST without statusCode is a 502", event("apiGatewayProxyEvent"), Map.of("body", "x"), 5),
                Arguments.of("HTTP API redirect counts in none", event("apiGatewayProxyV2Event"), Map.of("statusCode", 302), 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("httpOutcomes")
    void httpResponsesAreCountedByStatusClass(String name, Object event, Object response, int statusClass) {
        Harness harness = Harness.of(b -> b.captureColdStart(false).invocationMetrics(true));
        harness.invoke(event, () -> response);

        JsonNode document = EmfDocuments.withMetric(harness.documents(), "HandlerDuration").get(0);
        assertThat(document.path("Http2xx").asInt()).isEqualTo(statusClass == 2 ? 1 : 0);
        assertThat(document.path("Http4xx").asInt()).isEqualTo(statusClass == 4 ? 1 : 0);
        assertThat(document.path("Http5xx").asInt()).isEqualTo(statusClass == 5 ? 1 : 0);
    }

    @Test
    void aThrowingHttpHandlerIsA5xxAsTheClientSeesA502() {
        Harness harness = Harness.of(b -> b.captureColdStart(false).invocationMetrics(true));
        assertThatThrownBy(() -> harness.invoke(event("apiGatewayProxyV2Event"), () -> {
            throw new IllegalArgumentException("bad input");
        })).isInstanceOf(IllegalArgumentException.class);

        JsonNode document = EmfDocuments.withMetric(harness.documents(), "Http5xx").get(0);
        assertThat(document.path("Http5xx").asInt()).isEqualTo(1);
        assertThat(document.path("HandlerErrors").asInt()).isEqualTo(1);
    }

    @Test
    void offByDefault() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        harness.invoke(event("apiGatewayProxyEvent"), () -> Map.of("statusCode", 200));

        assertThat(harness.lines).isEmpty();
    }

    private static ApplicationLoadBalancerResponseEvent alb(int status) {
        ApplicationLoadBalancerResponseEvent response = new ApplicationLoadBalancerResponseEvent();
        response.setStatusCode(status);
        return response;
    }

    static Map<String, Object> event(String name) {
        try {
            return EmfDocuments.JSON.readValue(Files.readString(EmfDocuments.shared().resolve("events/" + name + ".json")),
                    new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new AssertionError("cannot read event " + name, e);
        }
    }
}
