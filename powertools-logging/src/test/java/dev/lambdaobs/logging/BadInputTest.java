package dev.lambdaobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(StdoutCaptureExtension.class)
class BadInputTest {
    private static final Logger log = LoggerFactory.getLogger(BadInputTest.class);
    private static final int MAX_STRING_LENGTH = LogLimits.MAX_STRING_LENGTH;
    private static final String TRUNCATION_MARKER = LogLimits.TRUNCATION_MARKER;

    static final Object THROWING_TO_STRING = new Object() {
        @Override
        public String toString() {
            throw new IllegalStateException("toString failed");
        }
    };

    @Test
    void throwingToStringLeavesTheHandlerAndTheLineIntact(CapturedStdout stdout) {
        String result = TestPipeline.of(TestPipeline.env()).call(null, FakeContext.create(), () -> {
            log.info("value {}", THROWING_TO_STRING);
            log.info("entry {}", StructuredArguments.entry("bad", THROWING_TO_STRING));
            return "handler result";
        });

        assertThat(result).isEqualTo("handler result");
        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get(LogFields.MESSAGE).asText()).startsWith("value ").contains("toString failed");
        assertThat(lines.get(1).get("bad").asText()).contains("threw").contains(IllegalStateException.class.getName());
    }

    @Test
    void twoMegabyteMessageIsTruncatedWithAVisibleMarker(CapturedStdout stdout) {
        String huge = "x".repeat(2 * 1024 * 1024);
        TestPipeline.of(TestPipeline.env()).run(null, FakeContext.create(), () -> log.info(huge));

        String message = LogLineFormatTest.only(stdout).get(LogFields.MESSAGE).asText();
        assertThat(message).hasSize(MAX_STRING_LENGTH + TRUNCATION_MARKER.length()).endsWith(TRUNCATION_MARKER);
        assertThat(stdout.lines().get(0).length()).isLessThan(64 * 1024);
    }

    @Test
    void cyclicStructuredArgumentsStillGiveOneValidLine(CapturedStdout stdout) {
        Map<String, Object> cyclic = new HashMap<>();
        List<Object> list = new ArrayList<>();
        cyclic.put("self", cyclic);
        cyclic.put("list", list);
        list.add(cyclic);
        list.add(list);
        Node node = new Node();
        node.next = node;

        TestPipeline.of(TestPipeline.env()).run(null, FakeContext.create(),
                () -> log.info("cycles", StructuredArguments.entry("map", cyclic), StructuredArguments.entry("bean", node)));

        JsonNode line = LogLineFormatTest.only(stdout);
        assertThat(line.get("map").get("self").asText()).isEqualTo("<cycle>");
        assertThat(line.get("map").get("list").get(0).asText()).isEqualTo("<cycle>");
        assertThat(line.get("map").get("list").get(1).asText()).isEqualTo("<cycle>");
        assertThat(line.get("bean").asText()).isEqualTo("a node");
    }

    @Test
    void exceptionWhoseGetMessageThrowsIsStillLogged(CapturedStdout stdout) {
        RuntimeException nasty = new RuntimeException() {
            @Override
            public String getMessage() {
                throw new IllegalStateException("no message for you");
            }
        };
        TestPipeline.of(TestPipeline.env()).run(null, FakeContext.create(), () -> log.error("failed", nasty));

        JsonNode error = LogLineFormatTest.only(stdout).get(LogFields.ERROR);
        assertThat(error.get("message").asText()).contains("getMessage() threw");
        assertThat(error.get("stack").asText()).contains("\tat " + BadInputTest.class.getName());
    }

    @Test
    void nullContextAndEventGiveLinesWithoutInvocationIds(CapturedStdout stdout) {
        Object result = TestPipeline.of(TestPipeline.env(), b -> b.logEvent(true).logResponse(true))
                .call(null, null, () -> {
                    log.info("no context");
                    return null;
                });

        assertThat(result).isNull();
        List<JsonNode> lines = stdout.jsonLines();
        assertThat(lines).hasSize(3);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.has(LogFields.FUNCTION_REQUEST_ID)).isFalse();
            assertThat(l.get(LogFields.SERVICE).asText()).isEqualTo("orders");
            assertThat(l.get(LogFields.COLD_START).isBoolean()).isTrue();
        });
    }

    @Test
    void unconvertibleEventIsReportedOnceAndTheHandlerRuns(CapturedStdout stdout) {
        TestPipeline pipeline = TestPipeline.of(TestPipeline.env(), b -> b.logEvent(true));
        Object event = new Object() {
            public String getValue() {
                throw new IllegalStateException("getter fails");
            }
        };

        String result = pipeline.call(event, FakeContext.create(), () -> "ran");
        pipeline.call(event, FakeContext.create(), () -> "ran");

        assertThat(result).isEqualTo("ran");
        assertThat(pipeline.diagnostics).hasSize(1).first().asString().contains("LoggingStep.event");
    }

    static final class Node {
        public Node next;

        public Node getNext() {
            return next;
        }

        @Override
        public String toString() {
            return "a node";
        }
    }
}
