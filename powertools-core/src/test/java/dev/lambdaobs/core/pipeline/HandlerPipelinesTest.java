package dev.lambdaobs.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lambdaobs.core.config.PowertoolsConfig;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class HandlerPipelinesTest {
    private static final PowertoolsConfig CONFIG = PowertoolsConfig.from(Map.of("AWS_LAMBDA_FUNCTION_NAME", "orders"));

    @Retention(RetentionPolicy.RUNTIME)
    @interface Observed {
        String value();
    }

    /** A handler class as the aspects see it: two annotated handlers, an annotated helper, a plain handler. */
    static final class Handler {
        @Observed("orders")
        public String handleRequest(String event, Context context) {
            return event;
        }

        @Observed("refunds")
        public String refund(String event, Context context) {
            return event;
        }

        @Observed("helper")
        String helper(String value) {
            return value;
        }

        public String other(String event, Context context) {
            return event;
        }
    }

    /** What the module's pipeline function was asked for: "method annotation". */
    private final List<String> built = new CopyOnWriteArrayList<>();
    private final HandlerPipelines<Observed> pipelines = new HandlerPipelines<>(Observed.class, (method, observed) -> {
        built.add(method.getName() + " " + observed.value());
        return Observability.builder().config(CONFIG);
    });

    @Test
    void aMethodsPipelineIsBuiltOnItsFirstCallFromItsAnnotationAndKept() throws Exception {
        Method handler = Handler.class.getDeclaredMethod("handleRequest", String.class, Context.class);
        Observed observed = handler.getAnnotation(Observed.class);

        Observability first = pipelines.of(handler, observed);

        assertThat(pipelines.of(handler, observed)).isSameAs(first);
        assertThat(built).containsExactly("handleRequest orders");
    }

    @Test
    void primingBuildsEachAnnotatedHandlerOnceAndItsCallsUseThatPipeline() throws Exception {
        assertThat(pipelines.prime(Handler.class)).isEqualTo(2);
        assertThat(pipelines.prime(Handler.class)).as("again: counted, not rebuilt").isEqualTo(2);
        assertThat(built).containsExactlyInAnyOrder("handleRequest orders", "refund refunds");

        Method refund = Handler.class.getDeclaredMethod("refund", String.class, Context.class);
        Observability primed = pipelines.of(refund, refund.getAnnotation(Observed.class));
        assertThat(pipelines.of(refund, refund.getAnnotation(Observed.class))).isSameAs(primed);
        assertThat(built).as("the call found the primed pipeline").hasSize(2);
    }

    @Test
    void aPipelineBuiltByACallIsNotReplacedByPriming() throws Exception {
        Method handler = Handler.class.getDeclaredMethod("handleRequest", String.class, Context.class);
        Observability called = pipelines.of(handler, handler.getAnnotation(Observed.class));

        pipelines.prime(Handler.class);

        assertThat(pipelines.of(handler, handler.getAnnotation(Observed.class))).isSameAs(called);
        assertThat(built).containsExactlyInAnyOrder("handleRequest orders", "refund refunds");
    }
}
