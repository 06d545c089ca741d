package dev.lambdaobs.logging.aspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.core.snapstart.SnapStartPriming;
import dev.lambdaobs.test.CapturedStdout;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.StdoutCaptureExtension;
import dev.lambdaobs.test.crac.Core;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SnapStart priming of a handler with {@code @Logging} only ({@code SnapStartPriming.init()} in its static
 * initializer), driven through the hooks registered with org.crac as a CRaC JVM drives them.
 */
@ExtendWith(StdoutCaptureExtension.class)
class AnnotatedPrimingTest {
    private PrimedOrderHandler handler;

    private List<JsonNode> invoke(CapturedStdout stdout, String id) {
        stdout.clear();
        assertThat(handler.handleRequest(Map.of("id", id), FakeContext.builder().requestId("req-" + id).build()))
                .isEqualTo("placed " + id);
        return stdout.jsonLines();
    }

    @Test
    void theCheckpointWritesNoLineAndTheRestoreMakesTheNextInvocationTheColdStart(CapturedStdout stdout) throws Exception {
        int hooks = Core.registeredCount();
        handler = new PrimedOrderHandler();
        assertThat(Core.registeredCount()).as("the @Logging pipeline's hooks, registered during init").isEqualTo(hooks + 1);
        invoke(stdout, "o-1");
        assertThat(invoke(stdout, "o-2")).as("a warm invocation")
                .allSatisfy(line -> assertThat(line.get(LogFields.COLD_START).asBoolean()).isFalse());
        long entropyBefore = ColdStart.process().entropy();

        stdout.clear();
        Core.getGlobalContext().beforeCheckpoint(null);
        assertThat(stdout.lines()).as("nothing written by priming").isEmpty();
        Core.getGlobalContext().afterRestore(null);
        assertThat(stdout.lines()).isEmpty();

        // Without the hooks SnapStartPriming.init() registered, this environment would still be the warm one.
        List<JsonNode> first = invoke(stdout, "o-3");
        assertThat(first).extracting(line -> line.get(LogFields.MESSAGE).asText())
                .containsExactly("Event received", "placing o-3", "Response sent");
        assertThat(first).allSatisfy(line -> {
            assertThat(line.get(LogFields.COLD_START).asBoolean()).isTrue();
            assertThat(line.get(LogFields.FUNCTION_REQUEST_ID).asText()).isEqualTo("req-o-3");
        });
        assertThat(invoke(stdout, "o-4")).allSatisfy(line -> assertThat(line.get(LogFields.COLD_START).asBoolean()).isFalse());
        assertThat(ColdStart.process().entropy()).as("random sources (sampling) set apart after the restore")
                .isNotEqualTo(entropyBefore);
        // The aspect runs the pipeline built during init: priming again finds it and registers nothing more.
        assertThat(SnapStartPriming.primeHandlers(PrimedOrderHandler.class, "test")).isEqualTo(1);
        assertThat(Core.registeredCount()).isEqualTo(hooks + 1);
    }
}
