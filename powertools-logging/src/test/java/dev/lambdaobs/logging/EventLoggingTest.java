package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.core.masking.Masking;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(StdoutCaptureExtension.class)
class EventLoggingTest {

    @Test
    void eventIsLoggedWithSensitiveValuesMaskedAndTheEventUnchanged(CapturedStdout stdout) {
        Map<String, Object> event = SharedEvents.map("apiGatewayProxyEvent.json");
        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) event.get("headers");
        headers.put("Authorization", "Bearer secret-token-value");
        headers.put("Cookie", "session=abc");
        headers.put("X-Api-Key", "key-123");
        event.put("body", Map.of("user", "ana", "password", "hunter2", "clientSecret", "s3"));
        String before = event.toString();

        TestPipeline.of(TestPipeline.env().set("POWERTOOLS_LOGGER_LOG_EVENT", "true"))
                .run(event, FakeContext.create(), () -> { });

        JsonNode logged = EventLoggingTest.only(stdout).get("event");
        assertThat(logged.get("headers").get("Authorization").asText()).isEqualTo(Masking.MASK);
        assertThat(logged.get("headers").get("Cookie").asText()).isEqualTo(Masking.MASK);
        assertThat(logged.get("headers").get("X-Api-Key").asText()).isEqualTo(Masking.MASK);
        assertThat(logged.get("multiValueHeaders").get("Header1").isArray()).as("other values kept").isTrue();
        assertThat(logged.get("body").get("password").asText()).isEqualTo(Masking.MASK);
        assertThat(logged.get("body").get("clientSecret").asText()).isEqualTo(Masking.MASK);
        assertThat(logged.get("body").get("user").asText()).isEqualTo("ana");
        assertThat(stdout.lines().get(0)).doesNotContain("hunter2", "secret-token-value", "key-123", "session=abc");
        assertThat(event.toString()).as("the event object itself is never changed").isEqualTo(before);
    }

    @Test
    void typedEventsWithJodaAndJavaTimeValuesAreLoggedAsIsoText(CapturedStdout stdout) {
        com.amazonaws.services.lambda.runtime.events.ScheduledEvent scheduled =
                new com.amazonaws.services.lambda.runtime.events.ScheduledEvent();
        scheduled.setId("cdc73f9d-aea9-11e3-9d5a-835b769c0d9c");
        scheduled.setTime(new org.joda.time.DateTime(2026, 11, 21, 6, 0, org.joda.time.DateTimeZone.UTC));
        Map<String, Object> withJavaTime = new LinkedHashMap<>();
        withJavaTime.put("at", java.time.Instant.parse("2026-11-21T06:00:00Z"));

        TestPipeline.of(TestPipeline.env().set("POWERTOOLS_LOGGER_LOG_EVENT", "true")).run(scheduled, FakeContext.create(), () -> { });
        TestPipeline.of(TestPipeline.env().set("POWERTOOLS_LOGGER_LOG_EVENT", "true")).run(withJavaTime, FakeContext.create(), () -> { });

        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines.get(0).path("event").path("time").asText()).isEqualTo("2026-11-21T06:00:00.000Z");
        assertThat(lines.get(0).path("event").path("id").asText()).isEqualTo("cdc73f9d-aea9-11e3-9d5a-835b769c0d9c");
        assertThat(lines.get(1).path("event").path("at").asText()).isEqualTo("2026-11-21T06:00:00Z");
    }

    @Test
    void configuredKeysAreMaskedToo(CapturedStdout stdout) {
        TestPipeline.of(TestPipeline.env().set("POWERTOOLS_LOGGER_MASK_KEYS", "iban, ssn"), b -> b.logEvent(true))
                .run("{\"iban\":\"DE00123\",\"SSN\":\"1-2-3\",\"name\":\"x\"}", FakeContext.create(), () -> { });

        JsonNode logged = only(stdout).get("event");
        assertThat(logged.get("iban").asText()).isEqualTo(Masking.MASK);
        assertThat(logged.get("SSN").asText()).isEqualTo(Masking.MASK);
        assertThat(logged.get("name").asText()).isEqualTo("x");
    }

    @Test
    void responseIsLoggedMaskedWhenAsked(CapturedStdout stdout) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("statusCode", 200);
        response.put("headers", Map.of("Set-Cookie", "session=xyz"));
        response.put("body", "ok");

        Object returned = TestPipeline.of(TestPipeline.env(), b -> b.logResponse(true))
                .call(null, FakeContext.create(), () -> response);

        assertThat(returned).isSameAs(response);
        JsonNode logged = only(stdout).get("response");
        assertThat(logged.get("statusCode").asInt()).isEqualTo(200);
        assertThat(logged.get("headers").get("Set-Cookie").asText()).isEqualTo(Masking.MASK);
        assertThat(response.get("headers")).isEqualTo(Map.of("Set-Cookie", "session=xyz"));
    }

    @Test
    void nothingIsLoggedByDefault(CapturedStdout stdout) {
        TestPipeline.of(TestPipeline.env()).call(Map.of("a", 1), FakeContext.create(), () -> List.of(1));

        assertThat(stdout.lines()).isEmpty();
    }

    @Test
    void eventLinesCarryTheInvocationKeys(CapturedStdout stdout) {
        TestPipeline.of(TestPipeline.env(), b -> b.logEvent(true))
                .run(null, FakeContext.builder().requestId("req-evt").build(), () -> { });

        JsonNode line = only(stdout);
        assertThat(line.get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("req-evt");
        assertThat(line.get("event").isNull()).isTrue();
    }

    static JsonNode only(CapturedStdout stdout) {
        return LogLineFormatTest.only(stdout);
    }
}
