package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.masking.Masking;
import dev.lambdaobs.core.masking.MaskingPolicy;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.LambdaEnvironment;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.TraceHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What trace captures record is masked like the logs, in the backend-neutral capture, with the mask words
 * of the configuration the step was built with (not the process').
 */
class CaptureMaskingTest {
    private static final UnaryOperator<LambdaEnvironment> IBAN_MASKED = env -> env.set("POWERTOOLS_MASK_KEYS", "iban,ssn");
    private final TracingFixture fixture = new TracingFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aCapturedResponseHasItsSecretsMasked() {
        Observability observability = fixture.observability();
        Map<String, Object> response = Map.of(
                "statusCode", 200,
                "headers", Map.of("Set-Cookie", "session=SECRET-COOKIE-1", "Content-Type", "application/json"),
                "multiValueHeaders", Map.of("Authorization", List.of("Bearer SECRET-MV-2")),
                "body", "{\"access_token\":\"SECRET-TOKEN-3\",\"order\":\"o-1\"}");

        Object returned = observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                () -> response);

        assertThat(returned).isSameAs(response);
        JsonNode doc = fixture.onlyDocument();
        assertThat(doc.toString()).doesNotContain("SECRET-COOKIE-1", "SECRET-MV-2", "SECRET-TOKEN-3").contains("o-1");
        JsonNode captured = doc.path("metadata").path("orders").path("handleRequest response");
        assertThat(captured.path("headers").path("Content-Type").asText()).isEqualTo("application/json");
    }

    @Test
    void aCapturedResponseHasItsSecretsMaskedOnTheOtelBackendToo() {
        try (TracingFixture otel = TracingFixture.otel()) {
            Map<String, Object> response = Map.of(
                    "statusCode", 302,
                    "headers", Map.of("Set-Cookie", "session=SECRET-COOKIE-1", "Location", "https://shop/?token=SECRET-Q-2&x=1"),
                    "multiValueHeaders", Map.of("Authorization", List.of("Bearer SECRET-MV-3")),
                    "body", "user=ann&password=SECRET-FORM-4&item=book");

            otel.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> response);

            ReceivedSpan span = otel.spans(1).get(0);
            assertThat(span.toString()).doesNotContain("SECRET-COOKIE-1", "SECRET-Q-2", "SECRET-MV-3", "SECRET-FORM-4");
            assertThat(String.valueOf(span.attributes().get("orders.handleRequest response")))
                    .contains("\"body\":\"user=ann&password=****&item=book\"", "\"Location\":\"https://shop/?token=****&x=1\"",
                            "\"Set-Cookie\":\"****\"", "\"Authorization\":\"****\"");
        }
    }

    @Test
    void anErrorEchoingItsInputIsRecordedWithTheSecretMasked() {
        IllegalArgumentException failure = new IllegalArgumentException(
                "invalid body {\"password\":\"SECRET-PW-4\"}", new IllegalStateException("token=SECRET-TK-5"));
        Observability observability = fixture.observability();

        assertThatThrownBy(() -> observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                () -> {
                    throw failure;
                })).isSameAs(failure);

        JsonNode doc = fixture.onlyDocument();
        assertThat(doc.path("fault").asBoolean()).isTrue();
        assertThat(doc.toString()).doesNotContain("SECRET-PW-4", "SECRET-TK-5").contains(IllegalArgumentException.class.getName());
        assertThat(failure.getMessage()).contains("SECRET-PW-4");
    }

    @Test
    void theStepsOwnMaskKeysMaskTheXRayCaptures() {
        assertThat(processPolicy().isSensitive("iban")).as("the process' words must not already hold iban").isFalse();
        try (TracingFixture xray = new TracingFixture(IBAN_MASKED)) {
            callWithCustomSecrets(xray);

            JsonNode doc = xray.onlyDocument();
            assertThat(doc.toString()).doesNotContain("SECRET-IBAN-1", "SECRET-SSN-2", "SECRET-IBAN-3").contains("o-9");
            JsonNode captured = doc.path("metadata").path("orders").path("handleRequest response");
            assertThat(captured.path("iban").asText()).isEqualTo(Masking.MASK);
        }
    }

    @Test
    void theStepsOwnMaskKeysMaskTheOtelCaptures() {
        assertThat(processPolicy().isSensitive("iban")).isFalse();
        try (TracingFixture otel = TracingFixture.otel(IBAN_MASKED)) {
            callWithCustomSecrets(otel);

            ReceivedSpan span = otel.spans(1).get(0);
            assertThat(span.toString()).doesNotContain("SECRET-IBAN-1", "SECRET-SSN-2", "SECRET-IBAN-3");
            assertThat(span.attributes()).containsEntry("orders.handleRequest response",
                    "{\"order\":\"o-9\",\"iban\":\"****\",\"body\":\"{\\\"ssn\\\":\\\"****\\\",\\\"n\\\":1}\"}");
        }
    }

    @Test
    void theStepsOwnMaskKeysMaskCapturedErrorsOnBothBackends() {
        for (TracingFixture each : List.of(new TracingFixture(IBAN_MASKED), TracingFixture.otel(IBAN_MASKED))) {
            try (TracingFixture fixture = each) {
                IllegalStateException failure = new IllegalStateException("rejected iban=SECRET-IBAN-3");
                assertThatThrownBy(() -> fixture.observability().call("e",
                        FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> {
                            throw failure;
                        })).isSameAs(failure);

                String recorded = fixture.tracingConfig.backend() == TracerBackend.XRAY_SDK
                        ? fixture.onlyDocument().toString() : fixture.spans(1).toString();
                assertThat(recorded).as(fixture.tracingConfig.backend().toString())
                        .doesNotContain("SECRET-IBAN-3").contains("iban=****");
            }
        }
    }

    private static void callWithCustomSecrets(TracingFixture fixture) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("order", "o-9");
        response.put("iban", "SECRET-IBAN-1");
        response.put("body", "{\"ssn\":\"SECRET-SSN-2\",\"n\":1}");
        fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> response);
    }

    private static MaskingPolicy processPolicy() {
        return MaskingPolicy.from(PowertoolsConfig.process().settings());
    }
}
