package dev.lambdaobs.core.masking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.Settings;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaskingTest {
    private static final MaskingPolicy POLICY = MaskingPolicy.DEFAULT;

    @Test
    void masksInsideJsonFormAndBase64BodiesAndQueryStringsWithoutChangingTheInput() throws Exception {
        String form = "user=ann&password=hunter2&client_secret=s3";
        String event = "{\"body\":\"{\\\"password\\\":\\\"hunter2\\\",\\\"item\\\":\\\"book\\\"}\","
                + "\"rawQueryString\":\"page=2&token=abc&key=k1\","
                + "\"headers\":{\"Referer\":\"https://shop/?api_key=zzz&x=1\"},"
                + "\"multiValueHeaders\":{\"Authorization\":[\"Bearer t\"]},"
                + "\"requestContext\":{\"identity\":{\"apiKey\":\"ak\",\"sourceIp\":\"1.2.3.4\"}},"
                + "\"nested\":{\"isBase64Encoded\":true,\"body\":\""
                + Base64.getEncoder().encodeToString(form.getBytes(StandardCharsets.UTF_8)) + "\"},"
                + "\"form\":\"" + form + "\"}";
        JsonNode original = JsonTrees.toTree(event);
        JsonNode copy = original.deepCopy();

        JsonNode masked = Masking.mask(original, POLICY);
        String text = masked.toString();

        assertThat(original).isEqualTo(copy);
        assertThat(text).doesNotContain("hunter2", "abc", "k1", "zzz", "Bearer t", "\"ak\"", "s3");
        assertThat(JsonTrees.toTree(masked.get("body").asText()).get("item").asText()).isEqualTo("book");
        assertThat(masked.get("rawQueryString").asText()).isEqualTo("page=2&token=****&key=****");
        assertThat(masked.get("headers").get("Referer").asText()).isEqualTo("https://shop/?api_key=****&x=1");
        assertThat(masked.get("requestContext").get("identity").get("sourceIp").asText()).isEqualTo("1.2.3.4");
        assertThat(new String(Base64.getDecoder().decode(masked.get("nested").get("body").asText()), StandardCharsets.UTF_8))
                .isEqualTo("user=ann&password=****&client_secret=****");
    }

    @Test
    void freeTextEchoingSecretsIsMasked() {
        assertThat(TextMasking.mask("invalid body {\"password\":\"hunter2\",\"n\":1} and token=abc; api_key: xyz", POLICY))
                .isEqualTo("invalid body {\"password\":\"****\",\"n\":1} and token=****; api_key: ****");
        String plain = "nothing to hide here";
        assertThat(TextMasking.mask(plain, POLICY)).isSameAs(plain);
    }

    @Test
    void theKeyListIsConfigurable() {
        MaskingPolicy policy = MaskingPolicy.from(Settings.of(Map.of("POWERTOOLS_MASK_KEYS", "iban",
                "POWERTOOLS_LOGGER_MASK_KEYS", "SSN"), Diagnostics.to(line -> { })));

        assertThat(policy.isSensitive("customerIban")).isTrue();
        assertThat(policy.isSensitive("ssn")).isTrue();
        assertThat(policy.isSensitive("X-Api-Key")).isTrue();
        assertThat(policy.isSensitive("orderId")).isFalse();
    }
}
