package dev.lambdaobs.tracing.otel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.common.internal.ExceptionAttributeResolver;
import org.junit.jupiter.api.Test;

class SpanEventsTest {
    private static final AttributeKey<String> TYPE = AttributeKey.stringKey("exception.type");
    private static final AttributeKey<String> MESSAGE = AttributeKey.stringKey("exception.message");
    private static final AttributeKey<String> STACKTRACE = AttributeKey.stringKey("exception.stacktrace");

    @Test
    void withoutTheSdksResolverAnExceptionEventGetsWhatTheResolverGives() {
        Exception error = new IllegalStateException("declined", new java.io.IOException("timeout"));

        SpanAttributes ours = attributes();
        SpanEvents.jdkRendered(ours, error);
        SpanAttributes sdk = attributes();
        ExceptionAttributeResolver.getDefault().setExceptionAttributes(sdk::put, error, OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH);

        assertThat(ours.get(TYPE)).isEqualTo("java.lang.IllegalStateException").isEqualTo(sdk.get(TYPE));
        assertThat(ours.get(MESSAGE)).isEqualTo("declined").isEqualTo(sdk.get(MESSAGE));
        assertThat(ours.get(STACKTRACE)).contains("Caused by: java.io.IOException: timeout")
                .startsWith("java.lang.IllegalStateException: declined").isEqualTo(sdk.get(STACKTRACE));
    }

    @Test
    void aLongStackTraceIsCutAtTheValueLimit() {
        SpanAttributes attributes = attributes();

        SpanEvents.jdkRendered(attributes, new IllegalStateException("x".repeat(3 * OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH)));

        assertThat(attributes.get(STACKTRACE)).hasSize(OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH);
        assertThat(attributes.get(MESSAGE)).hasSize(OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH);
    }

    @Test
    void anExceptionWhoseMessageThrowsStillGivesItsType() {
        Exception hostile = new RuntimeException() {
            @Override
            public String getMessage() {
                throw new UnsupportedOperationException("no message");
            }
        };
        SpanAttributes attributes = attributes();

        assertThatCode(() -> SpanEvents.jdkRendered(attributes, hostile)).doesNotThrowAnyException();

        assertThat(attributes.get(TYPE)).isEqualTo(hostile.getClass().getName());
        assertThat(attributes.get(MESSAGE)).isNull();
    }

    private static SpanAttributes attributes() {
        return new SpanAttributes(OtelLimits.MAX_ATTRIBUTES_PER_EVENT, OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH);
    }
}
