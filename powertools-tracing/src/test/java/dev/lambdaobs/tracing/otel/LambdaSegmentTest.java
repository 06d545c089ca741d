package dev.lambdaobs.tracing.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import org.junit.jupiter.api.Test;

class LambdaSegmentTest {
    private static final String TRACE = "5759e988bd862e3fe1be46a994272793";

    @Test
    void answersWhatTheApisRemoteParentAnswersForValidAndInvalidIds() {
        String[][] ids = {
            {TRACE, "53995c3f42cd8ad8"},
            {TRACE, "53995C3F42CD8AD8"},
            {TRACE, "0000000000000000"},
            {TRACE, "53995c3f42cd8ad"},
            {TRACE, "53995c3f42cd8adg"},
            {"00000000000000000000000000000000", "53995c3f42cd8ad8"},
        };
        for (String[] id : ids) {
            for (boolean sampled : new boolean[] {true, false}) {
                SpanContext ours = LambdaSegment.of(TraceIdentity.ofHex(id[0]), id[1], sampled);
                SpanContext api = SpanContext.createFromRemoteParent(id[0], id[1],
                        sampled ? TraceFlags.getSampled() : TraceFlags.getDefault(), TraceState.getDefault());

                assertThat(ours.isValid()).as("%s %s", id[0], id[1]).isEqualTo(api.isValid());
                assertThat(ours.getTraceId()).isEqualTo(api.getTraceId());
                assertThat(ours.getSpanId()).isEqualTo(api.getSpanId());
                assertThat(ours.getTraceFlags()).isEqualTo(api.getTraceFlags());
                assertThat(ours.isSampled()).isEqualTo(api.isSampled());
                assertThat(ours.isRemote()).isEqualTo(api.isRemote());
                assertThat(ours.getTraceState()).isEqualTo(api.getTraceState());
                assertThat(ours.getSpanIdBytes()).isEqualTo(api.getSpanIdBytes());
            }
        }
    }

    @Test
    void aValidParentIsOursAndEqualToTheApisByValue() {
        SpanContext ours = LambdaSegment.of(TraceIdentity.ofHex(TRACE), "53995c3f42cd8ad8", true);
        SpanContext api = SpanContext.createFromRemoteParent(TRACE, "53995c3f42cd8ad8", TraceFlags.getSampled(),
                TraceState.getDefault());

        assertThat(ours).isInstanceOf(IdSpanContext.class).isEqualTo(api)
                .isEqualTo(LambdaSegment.of(TraceIdentity.ofHex(TRACE), "53995c3f42cd8ad8", true))
                .isNotEqualTo(LambdaSegment.of(TraceIdentity.ofHex(TRACE), "53995c3f42cd8ad8", false));
        assertThat(ours.hashCode()).isEqualTo(LambdaSegment.of(TraceIdentity.ofHex(TRACE), "53995c3f42cd8ad8", true).hashCode());
    }
}
