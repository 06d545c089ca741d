package dev.lambdaobs.metrics.aspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.snapstart.SnapStartPriming;
import dev.lambdaobs.metrics.EmfTestSupport;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import dev.lambdaobs.test.crac.Core;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SnapStart priming of a handler with {@code @Metrics} only ({@code SnapStartPriming.init()} in its static
 * initializer), driven through the hooks registered with org.crac as a CRaC JVM drives them.
 */
@ExtendWith(StdoutCaptureExtension.class)
class AnnotatedPrimingTest {

    private static List<JsonNode> invoke(PrimedCheckoutHandler handler, CapturedStdout stdout, boolean cold) {
        stdout.clear();
        assertThat(handler.handleRequest(Map.of(), FakeContext.create())).as("cold start").isEqualTo(cold);
        List<JsonNode> documents = EmfTestSupport.validated(stdout.lines());
        assertThat(EmfTestSupport.withMetric(documents, "OrdersPlaced")).hasSize(1);
        assertThat(EmfTestSupport.withMetric(documents, "ColdStart")).hasSize(cold ? 1 : 0);
        return documents;
    }

    @Test
    void theCheckpointWritesNoDocumentAndTheRestoreMakesTheNextInvocationTheColdStart(CapturedStdout stdout)
            throws Exception {
        int hooks = Core.registeredCount();
        PrimedCheckoutHandler handler = new PrimedCheckoutHandler();
        assertThat(Core.registeredCount()).as("the @Metrics pipeline's hooks, registered during init").isEqualTo(hooks + 1);
        handler.handleRequest(Map.of(), FakeContext.create());
        invoke(handler, stdout, false);
        long entropyBefore = ColdStart.process().entropy();

        stdout.clear();
        Core.getGlobalContext().beforeCheckpoint(null);
        assertThat(stdout.lines()).as("no EMF document from priming").isEmpty();
        Core.getGlobalContext().afterRestore(null);

        List<JsonNode> first = invoke(handler, stdout, true);
        assertThat(first.toString()).doesNotContain("SnapStartPriming");
        invoke(handler, stdout, false);
        assertThat(ColdStart.process().entropy()).as("random sources set apart after the restore").isNotEqualTo(entropyBefore);
        // The aspect runs the pipeline built during init: priming again finds it and registers nothing more.
        assertThat(SnapStartPriming.primeHandlers(PrimedCheckoutHandler.class, "test")).isEqualTo(1);
        assertThat(Core.registeredCount()).isEqualTo(hooks + 1);
    }
}
