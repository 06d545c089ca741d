package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.Settings;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.test.LambdaEnvironment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Choosing the writer: the built-in one by default, the EMF library by {@code POWERTOOLS_METRICS_EMF_BACKEND}
 * or the builder. The two escape a backspace differently (Jackson {@code \b}, the built-in writer
 * {@code \u0008}, both valid JSON), which shows in the line which one wrote it.
 */
class EmfBackendTest {
    private static final String BACKSPACE = "a\bb";

    @Test
    void theBuiltInWriterIsTheDefault() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));

        assertThat(harness.step.config().emfBackend()).isEqualTo(EmfBackend.BUILT_IN);
        assertThat(written(harness)).contains("a\\u0008b").doesNotContain("a\\bb");
    }

    @Test
    void theVariableChoosesTheEmfLibrary() {
        Harness harness = Harness.of(Harness.environment().set("POWERTOOLS_METRICS_EMF_BACKEND", "aws-embedded-metrics"),
                b -> b.captureColdStart(false));

        assertThat(harness.step.config().emfBackend()).isEqualTo(EmfBackend.AWS_EMBEDDED_METRICS);
        assertThat(written(harness)).contains("a\\bb");
        assertThat(harness.warnings).isEmpty();
    }

    @Test
    void theBuilderOverridesTheVariable() {
        Harness harness = Harness.of(Harness.environment().set("POWERTOOLS_METRICS_EMF_BACKEND", "aws-embedded-metrics"),
                b -> b.captureColdStart(false).emfBackend(EmfBackend.BUILT_IN));

        assertThat(written(harness)).contains("a\\u0008b");
    }

    @Test
    void anUnknownValueIsReportedOnceAndTheBuiltInWriterUsed() {
        Harness harness = Harness.of(Harness.environment().set("POWERTOOLS_METRICS_EMF_BACKEND", "jackson"),
                b -> b.captureColdStart(false));

        assertThat(written(harness)).contains("a\\u0008b");
        assertThat(harness.warnings).singleElement().asString()
                .contains("POWERTOOLS_METRICS_EMF_BACKEND='jackson' is invalid", "built-in or aws-embedded-metrics");
    }

    @Test
    void theBackgroundStartUpPreparesTheBackendTheSettingsName() {
        MetricsStartup task = new MetricsStartup();
        Diagnostics quiet = Diagnostics.to(line -> { });

        assertThat(task.wantedIn(Settings.of(Map.of("POWERTOOLS_METRICS_EMF_BACKEND", "AWS-Embedded-Metrics"), quiet)))
                .isTrue();
        task.run();
        assertThat(EmfBackend.named(" Built-In ")).isEqualTo(EmfBackend.BUILT_IN);
        assertThat(EmfBackend.named("jackson")).isNull();
    }

    private static String written(Harness harness) {
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT).metadata("note", BACKSPACE));
        List<JsonNode> documents = harness.documents();
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).path("note").asText()).isEqualTo(BACKSPACE);
        return harness.lines.get(0);
    }
}
