package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

// The user project's own test, as the README's "Testing your handlers" shows: the handler runs observed and
// writes its line as one JSON object with the invocation's keys, through the backend the pom names.
@ExtendWith(StdoutCaptureExtension.class)
class OrderHandlerTest {
    @Test
    void theHandlerWritesOneJsonLogLineForItsInvocation(CapturedStdout stdout) throws IOException {
        Context context = FakeContext.builder().functionName("orders").requestId("req-readme-1").build();

        APIGatewayProxyResponseEvent response =
                new OrderHandler().handleRequest(new APIGatewayProxyRequestEvent().withBody("o-42"), context);

        assertEquals(201, response.getStatusCode());
        // jsonLines() fails on any stdout line that is not one whole JSON object.
        List<JsonNode> placed = stdout.jsonLines().stream()
                .filter(line -> line.path("message").asText().startsWith("Order placed")).toList();
        assertEquals(1, placed.size(), () -> "one 'Order placed' line expected in " + stdout.lines());
        JsonNode line = placed.get(0);
        assertEquals("INFO", line.path("level").asText());
        assertEquals("o-42", line.path("order_id").asText());
        // Only an observed invocation (decorated, or woven by the aspect) puts the request id on the line.
        assertEquals("req-readme-1", line.path("function_request_id").asText(), line::toString);
        assertEquals("orders", line.path("function_name").asText(), line::toString);
        assertEquals(expectedBackend(), backendOnClassPath());
    }

    private static String expectedBackend() throws IOException {
        try (InputStream in = OrderHandlerTest.class.getResourceAsStream("/expected-backend.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static String backendOnClassPath() {
        boolean logback = present("ch.qos.logback.classic.LoggerContext");
        boolean log4j = present("org.apache.logging.log4j.core.LoggerContext");
        return logback == log4j ? "log4j=" + log4j + ",logback=" + logback : logback ? "logback" : "log4j";
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, OrderHandlerTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
