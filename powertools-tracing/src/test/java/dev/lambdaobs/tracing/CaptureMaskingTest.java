package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.TraceHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What trace captures record is masked like the logs, in the backend-neutral capture. */
class CaptureMaskingTest {
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
}
