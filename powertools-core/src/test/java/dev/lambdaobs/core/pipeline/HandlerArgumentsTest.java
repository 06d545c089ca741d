package dev.lambdaobs.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lambdaobs.core.TestContexts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class HandlerArgumentsTest {
    private final Context context = TestContexts.of("req-1");

    @Test
    void findsTheEventAndContextOfARequestHandler() {
        HandlerArguments args = HandlerArguments.of(new Object[] {"event", context});

        assertThat(args.event()).isEqualTo("event");
        assertThat(args.context()).isSameAs(context);
        assertThat(args.isHandler()).isTrue();
        assertThat(args.isStream()).isFalse();
    }

    @Test
    void findsTheInputStreamOfAStreamHandlerAndSkipsTheOutput() {
        ByteArrayInputStream input = new ByteArrayInputStream(new byte[0]);
        HandlerArguments args = HandlerArguments.of(new Object[] {input, new ByteArrayOutputStream(), context});

        assertThat(args.event()).isSameAs(input);
        assertThat(args.isStream()).isTrue();
        assertThat(args.context()).isSameAs(context);
    }

    @Test
    void aMethodWithoutContextIsNotAHandler() {
        HandlerArguments args = HandlerArguments.of(new Object[] {"a", 1});

        assertThat(args.isHandler()).isFalse();
        assertThat(args.event()).isEqualTo("a");
        assertThat(HandlerArguments.of(null).event()).isNull();
    }

    @Test
    void aNullEventIsKeptAsTheEvent() {
        HandlerArguments args = HandlerArguments.of(new Object[] {null, context});

        assertThat(args.event()).isNull();
        assertThat(args.context()).isSameAs(context);
    }
}
