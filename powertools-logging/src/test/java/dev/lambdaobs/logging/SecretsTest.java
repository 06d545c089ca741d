package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaobs.core.masking.Masking;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Secrets planted in every place an API Gateway, HTTP API, authorizer or ALB event carries them, in the
 * response, and in an exception message that echoes the input: none reaches standard output.
 */
@ExtendWith(StdoutCaptureExtension.class)
class SecretsTest {
    private static final List<String> SECRETS = new ArrayList<>();

    private static String secret(String where) {
        String value = "SECRET-" + where + "-" + SECRETS.size();
        SECRETS.add(value);
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    private static List<Map<String, Object>> plantedEvents() {
        Map<String, Object> rest = SharedEvents.map("apiGatewayProxyEvent.json");
        rest.put("body", "{\"user\":\"ann\",\"password\":\"" + secret("body-pw") + "\",\"nested\":{\"token\":\""
                + secret("body-token") + "\"},\"client_secret\":\"" + secret("body-cs") + "\"}");
        child(child(rest, "requestContext"), "identity").put("apiKey", secret("apikey"));
        child(rest, "multiValueHeaders").put("Authorization", List.of("Bearer " + secret("mvh")));
        child(rest, "headers").put("Authorization", "Bearer " + secret("header"));
        child(rest, "queryStringParameters").put("token", secret("qs-token"));
        child(rest, "multiValueQueryStringParameters").put("key", List.of(secret("mvqs-key")));

        Map<String, Object> http = SharedEvents.map("apiGatewayProxyV2Event.json");
        http.put("rawQueryString", "parameter1=value1&access_token=" + secret("raw-qs") + "&key=" + secret("raw-key"));
        http.put("cookies", List.of("session=" + secret("cookie")));
        http.put("body", "user=ann&password=" + secret("form-pw"));

        Map<String, Object> authorizer = SharedEvents.map("apiGatewayAuthorizerRequestEvent.json");
        String token = secret("authorizer");
        authorizer.put("authorizationToken", token);
        authorizer.put("identitySource", token);

        Map<String, Object> alb = SharedEvents.map("albMultiValueHeadersEvent.json");
        child(alb, "multiValueHeaders").put("authorization", List.of("Basic " + secret("alb-mvh")));
        alb.put("isBase64Encoded", true);
        alb.put("body", Base64.getEncoder().encodeToString(("{\"password\":\"" + secret("b64") + "\"}")
                .getBytes(StandardCharsets.UTF_8)));
        return List.of(rest, http, authorizer, alb);
    }

    @Test
    void noPlantedSecretReachesStdout(CapturedStdout stdout) {
        SECRETS.clear();
        List<Map<String, Object>> events = plantedEvents();
        List<String> before = events.stream().map(Object::toString).toList();
        Map<String, Object> response = Map.of("statusCode", 200,
                "headers", Map.of("Set-Cookie", "session=" + secret("set-cookie")),
                "body", "{\"id_token\":\"" + secret("response-token") + "\"}");
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env()
                .set("POWERTOOLS_LOGGER_LOG_EVENT", "true").set("POWERTOOLS_LOGGER_LOG_RESPONSE", "true"));

        for (Map<String, Object> event : events) {
            pipeline.call(event, FakeContext.create(), () -> response);
        }
        String echoed = secret("echoed");
        assertThatThrownBy(() -> pipeline.call(events.get(0), FakeContext.create(), () -> {
            throw new IllegalArgumentException("invalid request {\"password\":\"" + echoed + "\"}",
                    new IllegalStateException("upstream said api_key=" + echoed));
        })).isInstanceOf(IllegalArgumentException.class);

        String out = String.join("\n", stdout.lines());
        assertThat(stdout.jsonLines()).hasSize(events.size() * 2 + 2);
        assertThat(SECRETS.stream().filter(out::contains).toList()).as("secrets in stdout").isEmpty();
        assertThat(out).doesNotContain("Test.java:****");
        assertThat(out).contains(Masking.MASK).contains("ann").contains("invalid request");
        assertThat(events.stream().map(Object::toString).toList()).as("the events are never changed").isEqualTo(before);
    }
}
