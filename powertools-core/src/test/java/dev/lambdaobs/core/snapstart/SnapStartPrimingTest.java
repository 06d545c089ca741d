package dev.lambdaobs.core.snapstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {
    private final List<String> warnings = new ArrayList<>();
    private final Diagnostics diagnostics = Diagnostics.to(warnings::add);

    @Retention(RetentionPolicy.RUNTIME)
    @interface Observed {
    }

    /** A handler class as the aspects see it: one annotated handler, an annotated helper, a plain method. */
    static final class Handler {
        @Observed
        public String handleRequest(String event, Context context) {
            return event;
        }

        @Observed
        String helper(String value) {
            return value;
        }

        public String other(String event, Context context) {
            return event;
        }
    }

    /** A module's primer that records the classes it was asked to prime. */
    private static final class Recording implements HandlerPrimer {
        final List<Class<?>> primed = new ArrayList<>();

        @Override
        public String annotation() {
            return "@Observed";
        }

        @Override
        public int prime(Class<?> handlerClass) {
            primed.add(handlerClass);
            return HandlerPrimer.handlerMethods(handlerClass, Observed.class).size();
        }
    }

    private static final class Failing implements HandlerPrimer {
        @Override
        public String annotation() {
            return "@Broken";
        }

        @Override
        public int prime(Class<?> handlerClass) {
            throw new IllegalStateException("no pipeline today");
        }
    }

    @Test
    void onlyAnnotatedMethodsTakingAContextAreHandlers() throws NoSuchMethodException {
        assertThat(HandlerPrimer.handlerMethods(Handler.class, Observed.class))
                .containsExactly(Handler.class.getDeclaredMethod("handleRequest", String.class, Context.class));
    }

    @Test
    void everyModuleIsAskedAndAFailingOneLeavesTheOthersPrimed() {
        Recording first = new Recording();
        Recording last = new Recording();

        int found = SnapStartPriming.primeHandlers(Handler.class, "SnapStartPriming.init()",
                List.of(first, new Failing(), last).iterator(), diagnostics);

        assertThat(found).isEqualTo(2);
        assertThat(first.primed).containsExactly(Handler.class);
        assertThat(last.primed).containsExactly(Handler.class);
        assertThat(warnings).singleElement().asString()
                .contains("SnapStartPriming.init()", "skipped", "handler is unaffected", "no pipeline today");
    }

    @Test
    void aClassWithNothingToPrimeIsReportedOnceNamingTheAnnotations() {
        for (int i = 0; i < 2; i++) {
            SnapStartPriming.primeHandlers(String.class, "TracingUtils.init()",
                    List.<HandlerPrimer>of(new Recording(), new Recording()).iterator(), diagnostics);
        }

        assertThat(warnings).singleElement().asString().isEqualTo("[lambdaobs] WARN TracingUtils.init() was called from"
                + " java.lang.String, which has no @Observed or @Observed method taking a Lambda Context: nothing to prime");
    }
}
