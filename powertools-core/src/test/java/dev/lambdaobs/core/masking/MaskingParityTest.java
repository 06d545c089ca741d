package dev.lambdaobs.core.masking;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.core.text.PlainJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The masker without Jackson ({@link PlainMasking}, trace captures on the otel backend) and the one over
 * Jackson trees ({@link Masking}, the logs) give the same JSON for the same value: the real events in
 * ../shared/events with secrets planted, and the response classes handlers return.
 */
class MaskingParityTest {
    private static final ObjectMapper MAPPER = JsonTrees.mapper();
    private static final MaskingPolicy POLICY = MaskingPolicy.DEFAULT.with(List.of("iban"));
    private static final List<String> SECRETS = List.of("SECRET-1", "SECRET-2", "SECRET-3", "SECRET-4", "SECRET-5",
            "SECRET-6", "SECRET-7");

    static Stream<Path> events() throws IOException {
        String shared = System.getProperty("lambdaobs.shared");
        Path dir = (shared != null ? Path.of(shared) : Path.of("..", "..", "shared")).resolve("events");
        return Files.list(dir).filter(file -> file.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("events")
    void aSharedEventWithPlantedSecretsIsMaskedAlikeByBothMaskers(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> event = mapper.readValue(file.toFile(), LinkedHashMap.class);
        event.put("headers", Map.of("Authorization", "Bearer SECRET-1", "Accept", "text/html"));
        event.put("multiValueHeaders", Map.of("Cookie", List.of("a=SECRET-2")));
        event.put("body", "{\"password\":\"SECRET-3\",\"item\":\"book\",\"nested\":[{\"iban\":\"SECRET-4\"},1.5,true,null]}");
        event.put("rawQueryString", "page=2&key=SECRET-5");
        event.put("form", "user=ann&client_secret=SECRET-6");
        event.put("wrapped", Map.of("isBase64Encoded", true, "body", base64("{\"token\":\"SECRET-7\",\"n\":1}")));
        String text = mapper.writeValueAsString(event);

        JsonNode jackson = Masking.maskedTree(text, POLICY);
        Object plain = PlainMasking.maskedValue(text, POLICY);

        assertThat((JsonNode) MAPPER.valueToTree(plain)).isEqualTo(jackson);
        assertThat(PlainJson.write(plain)).doesNotContain(SECRETS).contains("book", "text/html", "page=2");
        assertThat(new String(Base64.getDecoder().decode(jackson.path("wrapped").path("body").asText()), StandardCharsets.UTF_8))
                .isEqualTo("{\"token\":\"****\",\"n\":1}");
    }

    @Test
    void responseClassesAreReadAsJacksonReadsThem() throws IOException {
        APIGatewayProxyRequestEvent request = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(events().filter(f -> f.endsWith("apiGatewayProxyEvent.json")).findFirst().orElseThrow().toFile(),
                        APIGatewayProxyRequestEvent.class);
        List<Object> responses = List.of(
                request,
                new APIGatewayProxyResponseEvent().withStatusCode(200).withHeaders(Map.of("Set-Cookie", "s=SECRET-1"))
                        .withMultiValueHeaders(Map.of("Authorization", List.of("Bearer SECRET-2")))
                        .withBody("{\"access_token\":\"SECRET-3\",\"order\":\"o-1\"}"),
                APIGatewayV2HTTPResponse.builder().withStatusCode(201).withCookies(List.of("s=SECRET-4"))
                        .withIsBase64Encoded(true).withBody(base64("user=ann&password=SECRET-5")).build(),
                albResponse(),
                new Order("o-1", 3, new Card("4111", "SECRET-6"), List.of(Status.PAID), Map.of("iban", "SECRET-7")));

        for (Object response : responses) {
            JsonNode jackson = Masking.maskedTree(response, POLICY);
            Object plain = PlainMasking.maskedValue(response, POLICY);

            assertThat((JsonNode) MAPPER.valueToTree(plain)).as(response.getClass().getSimpleName()).isEqualTo(jackson);
            assertThat(PlainJson.write(plain)).doesNotContain(SECRETS);
        }
    }

    @Test
    void textResponsesAreReadAlike() {
        for (String text : List.of("{\"password\":\"SECRET-1\"} trailing", " [1, 2.5, {\"token\":\"SECRET-2\"}] ",
                "{\"a\":01}", "token=SECRET-3&page=2", "plain text with api_key: SECRET-4", "{\"n\":-0,\"e\":1e400}")) {
            JsonNode jackson = Masking.maskedTree(text, POLICY);
            Object plain = PlainMasking.maskedValue(text, POLICY);

            assertThat((JsonNode) MAPPER.valueToTree(plain)).as(text).isEqualTo(jackson);
            assertThat(String.valueOf(plain)).doesNotContain(SECRETS);
        }
    }

    @Test
    void theValueGivenIsNeverChanged() {
        Map<String, Object> headers = new LinkedHashMap<>(Map.of("Authorization", "Bearer SECRET-1"));
        Map<String, Object> response = new LinkedHashMap<>(Map.of("headers", headers, "body", "{\"token\":\"SECRET-2\"}"));

        Object masked = PlainMasking.maskedValue(response, POLICY);

        assertThat(masked).isNotEqualTo(response);
        assertThat(headers).containsEntry("Authorization", "Bearer SECRET-1");
        assertThat(response).containsEntry("body", "{\"token\":\"SECRET-2\"}");
    }

    private static ApplicationLoadBalancerResponseEvent albResponse() {
        ApplicationLoadBalancerResponseEvent response = new ApplicationLoadBalancerResponseEvent();
        response.setStatusCode(302);
        response.setHeaders(Map.of("Location", "https://shop/?token=SECRET-1&x=1"));
        response.setMultiValueHeaders(Map.of("set-cookie", List.of("a=SECRET-2", "b=SECRET-3")));
        response.setBody("plain text");
        return response;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    enum Status { PAID }

    record Card(String last4, String cvcSecret) {
    }

    record Order(String id, int items, Card card, List<Status> statuses, Map<String, String> bank) {
    }
}
