package dev.lambdaobs.tracing;

import static dev.lambdaobs.tracing.OtelTracingStepTest.named;
import static dev.lambdaobs.tracing.TracingUtilsTest.subsegment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.TraceHeaders;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The primitive {@code metadata} overloads on both backends record what the {@code Object} form records for the
 * boxed value: each value is recorded both ways (the boxed one under {@code <key>_boxed}) through a span, a
 * namespace, {@code TracingUtils} and a namespaced subsegment, and the decoded output of the real daemon socket
 * must hold the same JSON under both keys.
 */
class PrimitiveMetadataTest {
    /** Keys recorded per form, each also as {@code <key>_boxed}. */
    private static final List<String> KEYS = List.of("d", "d_nan", "d_inf", "d_big", "d_neg_zero", "f", "f_nan", "l_min",
            "i", "s", "b", "c_quote", "c_accent");

    /** Every value both ways: the primitive overload, then the Object form with the box made by the caller. */
    private static void record(Span span) {
        span.metadata("d", 42.5).metadata("d_boxed", (Object) 42.5);
        span.metadata("d_nan", Double.NaN).metadata("d_nan_boxed", (Object) Double.NaN);
        span.metadata("d_inf", Double.NEGATIVE_INFINITY).metadata("d_inf_boxed", (Object) Double.NEGATIVE_INFINITY);
        span.metadata("d_big", 1e21).metadata("d_big_boxed", (Object) 1e21);
        span.metadata("d_neg_zero", -0.0).metadata("d_neg_zero_boxed", (Object) (-0.0));
        span.metadata("f", 0.1f).metadata("f_boxed", (Object) 0.1f);
        span.metadata("f_nan", Float.NaN).metadata("f_nan_boxed", (Object) Float.NaN);
        span.metadata("l_min", Long.MIN_VALUE).metadata("l_min_boxed", (Object) Long.MIN_VALUE);
        span.metadata("i", 7).metadata("i_boxed", (Object) 7);
        span.metadata("s", (short) -3).metadata("s_boxed", (Object) (short) -3);
        span.metadata("b", true).metadata("b_boxed", (Object) true);
        span.metadata("c_quote", '"').metadata("c_quote_boxed", (Object) '"');
        span.metadata("c_accent", 'é').metadata("c_accent_boxed", (Object) 'é');
    }

    private static void recordInNamespace(Span span) {
        span.metadata("billing", "d", 42.5).metadata("billing", "d_boxed", (Object) 42.5);
        span.metadata("billing", "d_nan", Double.NaN).metadata("billing", "d_nan_boxed", (Object) Double.NaN);
        span.metadata("billing", "d_inf", Double.NEGATIVE_INFINITY)
                .metadata("billing", "d_inf_boxed", (Object) Double.NEGATIVE_INFINITY);
        span.metadata("billing", "d_big", 1e21).metadata("billing", "d_big_boxed", (Object) 1e21);
        span.metadata("billing", "d_neg_zero", -0.0).metadata("billing", "d_neg_zero_boxed", (Object) (-0.0));
        span.metadata("billing", "f", 0.1f).metadata("billing", "f_boxed", (Object) 0.1f);
        span.metadata("billing", "f_nan", Float.NaN).metadata("billing", "f_nan_boxed", (Object) Float.NaN);
        span.metadata("billing", "l_min", Long.MIN_VALUE).metadata("billing", "l_min_boxed", (Object) Long.MIN_VALUE);
        span.metadata("billing", "i", 7).metadata("billing", "i_boxed", (Object) 7);
        span.metadata("billing", "s", (short) -3).metadata("billing", "s_boxed", (Object) (short) -3);
        span.metadata("billing", "b", true).metadata("billing", "b_boxed", (Object) true);
        span.metadata("billing", "c_quote", '"').metadata("billing", "c_quote_boxed", (Object) '"');
        span.metadata("billing", "c_accent", 'é').metadata("billing", "c_accent_boxed", (Object) 'é');
    }

    /** The static helpers, namespace "audit" for the namespaced form; a few values (the span forms cover the rest). */
    private static void recordWithTracingUtils() {
        TracingUtils.putMetadata("u_d", 42.5);
        TracingUtils.putMetadata("u_d_boxed", (Object) 42.5);
        TracingUtils.putMetadata("u_f", 0.1f);
        TracingUtils.putMetadata("u_f_boxed", (Object) 0.1f);
        TracingUtils.putMetadata("u_l", -9L);
        TracingUtils.putMetadata("u_l_boxed", (Object) (-9L));
        TracingUtils.putMetadata("u_b", false);
        TracingUtils.putMetadata("u_b_boxed", (Object) false);
        TracingUtils.putMetadata("u_c", 'x');
        TracingUtils.putMetadata("u_c_boxed", (Object) 'x');
        TracingUtils.putMetadata("audit", "u_d", Double.NaN);
        TracingUtils.putMetadata("audit", "u_d_boxed", (Object) Double.NaN);
        TracingUtils.putMetadata("audit", "u_f", Float.POSITIVE_INFINITY);
        TracingUtils.putMetadata("audit", "u_f_boxed", (Object) Float.POSITIVE_INFINITY);
        TracingUtils.putMetadata("audit", "u_l", 0L);
        TracingUtils.putMetadata("audit", "u_l_boxed", (Object) 0L);
        TracingUtils.putMetadata("audit", "u_b", true);
        TracingUtils.putMetadata("audit", "u_b_boxed", (Object) true);
        TracingUtils.putMetadata("audit", "u_c", '\n');
        TracingUtils.putMetadata("audit", "u_c_boxed", (Object) '\n');
    }

    private static final List<String> UTILS_KEYS = List.of("u_d", "u_f", "u_l", "u_b", "u_c");

    private static String handler(Tracer tracer) {
        record(tracer.currentSpan());
        recordInNamespace(tracer.currentSpan());
        recordWithTracingUtils();
        // NamespacedSpan: the key-only forms go under the subsegment's namespace.
        TracingUtils.withSubsegment("payments", "## refund", PrimitiveMetadataTest::record);
        return "ok";
    }

    @Test
    void openTelemetryRecordsThePrimitiveFormsExactlyAsTheBoxedOnes() {
        try (TracingFixture fixture = TracingFixture.otel()) {
            fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                    () -> handler(fixture.tracer));

            List<ReceivedSpan> spans = fixture.spans(2);
            Map<String, Object> handler = named(spans, "## handleRequest").attributes();
            Map<String, Object> refund = named(spans, "## refund").attributes();
            assertSamePairs(handler, "orders.", KEYS);
            assertSamePairs(handler, "billing.", KEYS);
            assertSamePairs(handler, "orders.", UTILS_KEYS);
            assertSamePairs(handler, "audit.", UTILS_KEYS);
            assertSamePairs(refund, "payments.", KEYS);
            assertThat(handler).containsEntry("orders.d", "42.5").containsEntry("orders.f", "0.1")
                    .containsEntry("orders.d_nan", "\"NaN\"").containsEntry("orders.l_min", "-9223372036854775808")
                    .containsEntry("orders.b", "true").containsEntry("orders.c_quote", "\"\\\"\"")
                    .containsEntry("audit.u_c", "\"\\n\"");
            assertThat(fixture.warnings).isEmpty();
        }
    }

    @Test
    void xrayRecordsThePrimitiveFormsExactlyAsTheBoxedOnes() {
        try (TracingFixture fixture = new TracingFixture()) {
            fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                    () -> handler(fixture.tracer));

            JsonNode handler = fixture.onlyDocument();
            JsonNode metadata = handler.path("metadata");
            assertSamePairs(texts(metadata.path("orders")), "", KEYS);
            assertSamePairs(texts(metadata.path("billing")), "", KEYS);
            assertSamePairs(texts(metadata.path("orders")), "", UTILS_KEYS);
            assertSamePairs(texts(metadata.path("audit")), "", UTILS_KEYS);
            assertSamePairs(texts(subsegment(handler, "## refund").path("metadata").path("payments")), "", KEYS);
            assertThat(metadata.path("orders").path("f").toString()).isEqualTo("0.1");
            assertThat(metadata.path("orders").path("c_quote").asText()).isEqualTo("\"");
            assertThat(fixture.warnings).isEmpty();
        }
    }

    /** Each key and its {@code _boxed} twin are present and equal. */
    private static void assertSamePairs(Map<String, ?> recorded, String prefix, List<String> keys) {
        List<String> differing = new ArrayList<>();
        for (String key : keys) {
            assertThat(recorded).containsKey(prefix + key).containsKey(prefix + key + "_boxed");
            if (!recorded.get(prefix + key).equals(recorded.get(prefix + key + "_boxed"))) {
                differing.add(key + ": " + recorded.get(prefix + key) + " against " + recorded.get(prefix + key + "_boxed"));
            }
        }
        assertThat(differing).isEmpty();
    }

    /** An X-Ray metadata namespace as key to JSON text. */
    private static Map<String, String> texts(JsonNode namespace) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = namespace.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            texts.put(field.getKey(), field.getValue().toString());
        }
        return texts;
    }
}
