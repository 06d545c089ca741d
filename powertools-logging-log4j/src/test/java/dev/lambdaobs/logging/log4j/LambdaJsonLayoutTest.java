package dev.lambdaobs.logging.log4j;

import static dev.lambdaobs.logging.StructuredArguments.array;
import static dev.lambdaobs.logging.StructuredArguments.entry;
import static dev.lambdaobs.logging.StructuredArguments.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.invocation.InvocationFacts;
import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import dev.lambdaobs.logging.LogLimits;
import dev.lambdaobs.logging.context.LogContext;
import dev.lambdaobs.test.FakeContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.time.MutableInstant;
import org.apache.logging.log4j.layout.template.json.JsonTemplateLayout;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ObjectMessage;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.apache.logging.log4j.message.ReusableMessageFactory;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.util.SortedArrayStringMap;
import org.junit.jupiter.api.Test;

/**
 * {@link LambdaJsonLayout} writes the bytes {@code JsonTemplateLayout} writes with our template and resolvers,
 * on the same events: inside an invocation and outside one, escapes and non-ASCII text (a lone surrogate
 * too), cut strings, MDC entries (one with a reserved key), structured arguments of every kind, raw JSON,
 * masked secrets, exceptions with causes, suppressed ones and a throwing {@code getMessage()}, arguments and
 * messages whose {@code toString()} throws, reusable messages, location.
 */
class LambdaJsonLayoutTest {
    /** Short, so that cutting is exercised on ordinary values. */
    private static final int MAX_STRING_LENGTH = 40;
    private static final String TEMPLATE = "classpath:dev/lambdaobs/logging/LambdaJsonLayout.json";

    private final JsonTemplateLayout template = JsonTemplateLayout.newBuilder()
            .setConfiguration(new DefaultConfiguration())
            .setEventTemplateUri(TEMPLATE)
            .setMaxStringLength(MAX_STRING_LENGTH)
            .setTruncatedStringSuffix(LogLimits.TRUNCATION_MARKER)
            .build();
    private final LambdaJsonLayout ours = LambdaJsonLayout.createLayout(MAX_STRING_LENGTH, LogLimits.TRUNCATION_MARKER);

    @Test
    void outsideAnInvocationTheLinesAreJsonTemplateLayoutsBytes() {
        assertSameLines(events());
    }

    @Test
    void insideAnInvocationWithLocationTheLinesAreJsonTemplateLayoutsBytes() {
        FakeContext context = FakeContext.builder().functionName("orders-fn").functionVersion("7")
                .requestId("req-\"1\"").memoryLimitMb(512).tenantId("tenant-é")
                .xrayTraceId("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1").build();
        PowertoolsConfig config = PowertoolsConfig.from(Map.of("POWERTOOLS_SERVICE_NAME", "orders"));
        Invocation invocation = new Invocation(Map.of(), context, config,
                InvocationFacts.of(context, config, TraceHeaderLookup.of(name -> null, name -> null)), true,
                Instant.EPOCH, System::nanoTime);
        LogContext log = new LogContext(invocation, LogLevel.DEBUG, true, 0.25, null, null, true);
        try (Invocation.Scope current = invocation.makeCurrent(); Invocation.Scope attached = log.attach()) {
            List<String> lines = assertSameLines(events());
            assertThat(lines).allSatisfy(line -> assertThat(line)
                    .contains("\"function_request_id\":\"req-\\\"1\\\"\"", "\"sampling_rate\":0.25", "\"location\":{"));
        }
    }

    @Test
    void aLineOverTheThreadsBufferIsWholeAndTheNextLineIsUnharmed() {
        LambdaJsonLayout wide = LambdaJsonLayout.createLayout(LogLimits.MAX_STRING_LENGTH, LogLimits.TRUNCATION_MARKER);
        LogEvent big = event(Level.INFO, new SimpleMessage("x".repeat(30_000)),
                context("a", "y".repeat(30_000), "b", "z".repeat(30_000)), null);
        LogEvent small = event(Level.INFO, new SimpleMessage("small"), null, null);

        String first = wide.toSerializable(big);
        String second = wide.toSerializable(small);

        assertThat(first).hasSizeGreaterThan(90_000).endsWith("\"}" + System.lineSeparator());
        assertThat(second).contains("\"message\":\"small\"").doesNotContain("xxx");
    }

    private List<String> assertSameLines(List<LogEvent> events) {
        List<String> lines = new ArrayList<>();
        for (LogEvent event : events) {
            String expected = template.toSerializable(event);
            assertThat(ours.toSerializable(event)).as("toSerializable").isEqualTo(expected);
            assertThat(encoded(ours, event)).as("encode, UTF-8 bytes").isEqualTo(encoded(template, event));
            lines.add(expected);
        }
        return lines;
    }

    private static byte[] encoded(org.apache.logging.log4j.core.Layout<?> layout, LogEvent event) {
        LineBuffer buffer = new LineBuffer().reset();
        layout.encode(event, buffer);
        byte[] bytes = new byte[buffer.length()];
        System.arraycopy(buffer.array(), 0, bytes, 0, bytes.length);
        return bytes;
    }

    /** Events of every shape the layout handles (also replayed by {@link ShippedConfigurationEquivalenceTest}). */
    static List<LogEvent> events() {
        Object throwing = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("toString failed");
            }
        };
        IllegalStateException withCause = new IllegalStateException("no stock for password=hunter2",
                new RuntimeException("db down \"quoted\" \n next"));
        withCause.addSuppressed(new IllegalArgumentException("suppressed é"));
        RuntimeException unreadable = new RuntimeException() {
            @Override
            public String getMessage() {
                throw new UnsupportedOperationException("no message");
            }
        };
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("count", 3);
        values.put("amount", 42.5);
        values.put("big", new BigDecimal("12345678901234567890.5"));
        values.put("none", null);
        values.put("items", List.of("x", 2, List.of()));
        values.put("password", "hunter2");
        values.put("nan", Double.NaN);
        values.put("bad", throwing);
        Message reusable = ReusableMessageFactory.INSTANCE.newMessage("reusable {} and {}", "é 🚀", entry("k", 1));
        return List.of(
                event(Level.INFO, new SimpleMessage("plain"), null, null),
                event(Level.WARN, new SimpleMessage("escapes \" \\ / \n \t \b \f \r \u0001 \u001f é 🚀 \u2028 \uD800 end"),
                        null, null),
                event(Level.INFO, new SimpleMessage("a message longer than forty characters, to be cut"), null, null),
                event(Level.INFO, new ParameterizedMessage("order {} placed", "o-1", entry("order", values)),
                        context("zeta", "last", "alpha", "first \"quoted\" and much longer than forty chars",
                                "level", "reserved", "ké\ny", "v"), null),
                event(Level.INFO, new ParameterizedMessage("raw {}", json("raw", "{ \"b\" : [1, 2.50, \"x\\ny\"],"
                        + " \"password\" : \"p\" }"), array("list", 1, "two", null, 3.5), json("bad", "{\"cut\":"),
                        entry("thrower", throwing)), null, null),
                event(Level.INFO, new ParameterizedMessage("argument {} throws", throwing), null, null),
                event(Level.INFO, new ObjectMessage(throwing), null, null),
                event(Level.INFO, new ObjectMessage(null), null, null),
                event(Level.DEBUG, reusable, null, null),
                event(Level.ERROR, new SimpleMessage("failed"), context("request", "r-1"), withCause),
                event(Level.ERROR, new SimpleMessage("unreadable"), null, unreadable),
                event(Level.FATAL, new ParameterizedMessage("with {}", "argument", new IllegalStateException("last")),
                        null, new IllegalStateException("last")));
    }

    private static SortedArrayStringMap context(String... keysAndValues) {
        SortedArrayStringMap map = new SortedArrayStringMap();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.putValue(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static LogEvent event(Level level, Message message, SortedArrayStringMap context, Throwable thrown) {
        MutableInstant instant = new MutableInstant();
        instant.initFromEpochSecond(1_795_000_000L, 5_000_000);
        Log4jLogEvent.Builder builder = Log4jLogEvent.newBuilder().setLoggerName("dev.lambdaobs.Orders")
                .setLevel(level).setMessage(message).setInstant(instant).setThrown(thrown)
                .setSource(new StackTraceElement("dev.lambdaobs.Orders", "handle", "Orders.java", 42));
        if (context != null) {
            builder.setContextData(context);
        }
        return builder.build();
    }
}
