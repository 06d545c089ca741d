package dev.lambdaobs.tracing.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Our OTLP encoding, decoded by the protobuf classes of opentelemetry-proto: every field the SDK gives. */
class OtlpTraceEncoderTest {
    private static final String TRACE_ID = "5759e988bd862e3fe1be46a994272793";
    private static final String PARENT = "53995c3f42cd8ad8";

    @Test
    void everyFieldOfASpanDecodesAsWritten() throws Exception {
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "orders")))
                .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
        SpanContext remote = SpanContext.createFromRemoteParent(TRACE_ID, PARENT, TraceFlags.getSampled(), TraceState.getDefault());
        SpanContext linked = SpanContext.create(TRACE_ID, "0000000000000007", TraceFlags.getSampled(), TraceState.getDefault());
        io.opentelemetry.api.trace.Span span = provider.get("scope", "1.2").spanBuilder("## charge ✓")
                .setParent(Context.root().with(io.opentelemetry.api.trace.Span.wrap(remote)))
                .setSpanKind(SpanKind.CLIENT).addLink(linked, Attributes.of(AttributeKey.longKey("n"), 3L))
                .setAttribute("text", "é").setAttribute("flag", false).setAttribute("count", 0L)
                .setAttribute("ratio", 0.5).setAttribute(AttributeKey.stringArrayKey("keys"), List.of("a", "b"))
                .startSpan();
        span.addEvent("retry", Attributes.of(AttributeKey.longKey("attempt"), 2L));
        span.setStatus(StatusCode.ERROR, "declined");
        span.end();
        SpanData data = exporter.getFinishedSpanItems().get(0);

        OtlpTraceEncoder encoder = new OtlpTraceEncoder();
        byte[] resource = encoder.resource(data.getResource());
        byte[] scope = encoder.scope(data.getInstrumentationScopeInfo());
        int encoded = encoder.span(data).size();
        encoder.emptySpans();
        encoder.addSpan();
        ProtoWriter written = encoder.request(resource, scope);
        byte[] request = java.util.Arrays.copyOf(written.buffer(), written.size());
        assertThat(request).hasSize(OtlpTraceEncoder.requestSize(resource.length, scope.length, ProtoWriter.fieldSize(encoded)));

        // Again with the same encoder: attribute keys now come from its kept encodings, the bytes do not change.
        encoder.span(data);
        encoder.emptySpans();
        encoder.addSpan();
        ProtoWriter again = encoder.request(resource, scope);
        assertThat(java.util.Arrays.copyOf(again.buffer(), again.size())).isEqualTo(request);

        ExportTraceServiceRequest decoded = ExportTraceServiceRequest.parseFrom(request);
        assertThat(decoded.getResourceSpans(0).getResource().getAttributes(0).getValue().getStringValue()).isEqualTo("orders");
        assertThat(decoded.getResourceSpans(0).getScopeSpans(0).getScope().getName()).isEqualTo("scope");
        assertThat(decoded.getResourceSpans(0).getScopeSpans(0).getScope().getVersion()).isEqualTo("1.2");
        Span out = decoded.getResourceSpans(0).getScopeSpans(0).getSpans(0);
        assertThat(HexFormat.of().formatHex(out.getTraceId().toByteArray())).isEqualTo(TRACE_ID);
        assertThat(HexFormat.of().formatHex(out.getSpanId().toByteArray())).isEqualTo(data.getSpanId());
        assertThat(HexFormat.of().formatHex(out.getParentSpanId().toByteArray())).isEqualTo(PARENT);
        assertThat(out.getName()).isEqualTo("## charge ✓");
        assertThat(out.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_CLIENT);
        assertThat(out.getStartTimeUnixNano()).isEqualTo(data.getStartEpochNanos());
        assertThat(out.getEndTimeUnixNano()).isEqualTo(data.getEndEpochNanos());
        assertThat(out.getFlags()).isEqualTo(0x01 | 0x100 | 0x200);
        Map<String, AnyValue> attributes = out.getAttributesList().stream()
                .collect(Collectors.toMap(kv -> kv.getKey(), kv -> kv.getValue()));
        assertThat(attributes.get("text").getStringValue()).isEqualTo("é");
        assertThat(attributes.get("flag").hasBoolValue()).isTrue();
        assertThat(attributes.get("flag").getBoolValue()).isFalse();
        assertThat(attributes.get("count").hasIntValue()).isTrue();
        assertThat(attributes.get("ratio").getDoubleValue()).isEqualTo(0.5);
        assertThat(attributes.get("keys").getArrayValue().getValuesList()).extracting(AnyValue::getStringValue)
                .containsExactly("a", "b");
        assertThat(out.getEvents(0).getName()).isEqualTo("retry");
        assertThat(out.getEvents(0).getAttributes(0).getValue().getIntValue()).isEqualTo(2);
        assertThat(HexFormat.of().formatHex(out.getLinks(0).getSpanId().toByteArray())).isEqualTo("0000000000000007");
        assertThat(out.getLinks(0).getAttributes(0).getValue().getIntValue()).isEqualTo(3);
        assertThat(out.getStatus().getCode()).isEqualTo(io.opentelemetry.proto.trace.v1.Status.StatusCode.STATUS_CODE_ERROR);
        assertThat(out.getStatus().getMessage()).isEqualTo("declined");
    }

    @Test
    void stringsAndIdsAreWrittenAsTheirUtf8AndBytes() throws Exception {
        for (String text : List.of("x".repeat(300) + "é", "", "plain", "é ñ", "€ ✓ 中", "emoji 😀 end", "lone \uD800 high", "lone \uDC00 low",
                "high at end \uD83D", "\uDC00\uD800 swapped")) {
            ProtoWriter writer = new ProtoWriter();
            writer.stringAlways(1, text);
            byte[] expected = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            com.google.protobuf.CodedInputStream in = com.google.protobuf.CodedInputStream.newInstance(
                    writer.buffer(), 0, writer.size());
            assertThat(in.readTag()).isEqualTo(1 << 3 | 2);
            assertThat(in.readByteArray()).as(text).isEqualTo(expected);
        }
        ProtoWriter writer = new ProtoWriter();
        writer.hex(2, "00ff10AB");
        com.google.protobuf.CodedInputStream in = com.google.protobuf.CodedInputStream.newInstance(writer.buffer(), 0, writer.size());
        assertThat(in.readTag()).isEqualTo(2 << 3 | 2);
        assertThat(in.readByteArray()).containsExactly(0x00, 0xff, 0x10, 0xab);
    }

    @Test
    void idsOfEveryLengthDecodeToTheirBytesWithTheWritersScratchReused() throws Exception {
        java.util.Random random = new java.util.Random(7);
        ProtoWriter writer = new ProtoWriter();
        for (int digits : new int[] {32, 16, 16, 64, 2, 32}) {
            byte[] id = new byte[digits / 2];
            random.nextBytes(id);
            for (String hex : List.of(java.util.HexFormat.of().formatHex(id), java.util.HexFormat.of().withUpperCase().formatHex(id))) {
                writer.reset();
                writer.hex(4, hex);
                com.google.protobuf.CodedInputStream in = com.google.protobuf.CodedInputStream.newInstance(
                        writer.buffer(), 0, writer.size());
                assertThat(in.readTag()).isEqualTo(4 << 3 | 2);
                assertThat(in.readByteArray()).as(hex).isEqualTo(id);
                assertThat(in.isAtEnd()).isTrue();
            }
        }
    }

    @Test
    void keysEqualButNotTheSameStringAndNonAsciiKeysAreWrittenAsTheirs() throws Exception {
        ProtoWriter writer = new ProtoWriter();
        List<String> keys = new java.util.ArrayList<>(List.of("order_id", new String("order_id".toCharArray()), "clé", "order_id"));
        for (int i = 0; i < 200; i++) {
            keys.add("key_" + i); // more keys than kept slots: those whose slot is taken are written each time
            keys.add("key_" + i);
        }
        for (String key : keys) {
            writer.reset();
            assertThat(writer.asciiStringKeyValue(9, key, "v")).isEqualTo(key.chars().allMatch(c -> c < 0x80));
            if (writer.size() > 0) {
                io.opentelemetry.proto.common.v1.KeyValue decoded = io.opentelemetry.proto.common.v1.KeyValue.parseFrom(
                        java.util.Arrays.copyOfRange(writer.buffer(), 2, writer.size()));
                assertThat(decoded.getKey()).isEqualTo(key);
                assertThat(decoded.getValue().getStringValue()).isEqualTo("v");
            }
        }
    }
}
