package dev.lambdaobs.tracing.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import org.junit.jupiter.api.Test;

class FirstSpanWarmUpTest {

    @Test
    void leavesTheThreadsContextAsItFoundIt() {
        Context before = Context.current();

        FirstSpanWarmUp.run();

        assertThat(Context.current()).isSameAs(before);
        assertThat(Span.current().getSpanContext().isValid()).isFalse();
    }
}
