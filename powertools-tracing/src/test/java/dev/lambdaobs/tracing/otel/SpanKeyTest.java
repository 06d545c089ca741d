package dev.lambdaobs.tracing.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import org.junit.jupiter.api.Test;

class SpanKeyTest {

    @Test
    void isTheKeyOpenTelemetryStoresAndReadsTheCurrentSpanUnder() {
        Span span = Span.wrap(SpanContext.create("5759e988bd862e3fe1be46a994272793", "53995c3f42cd8ad8",
                TraceFlags.getSampled(), TraceState.getDefault()));

        assertThat(SpanKey.KEY).isNotNull();
        assertThat(Context.root().with(span).get(SpanKey.KEY)).isSameAs(span);
        assertThat(Span.fromContext(Context.root().with(SpanKey.KEY, span))).isSameAs(span);
    }
}
