package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlushTest {

    @Test
    void writesOnceWhenTheHandlerReturns() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        String result = harness.invoke("event", () -> {
            MetricsRecorder.current().add("Orders", 1, MetricUnit.COUNT);
            assertThat(harness.lines).as("nothing before the end").isEmpty();
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(harness.documents()).hasSize(1);
    }

    @Test
    void writesOnceWhenTheHandlerThrowsAndTheExceptionPassesUnchanged() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        IllegalStateException failure = new IllegalStateException("payment service down");

        assertThatThrownBy(() -> harness.invoke("event", () -> {
            MetricsRecorder.current().add("PaymentAttempts", 1, MetricUnit.COUNT);
            throw failure;
        })).isSameAs(failure);

        List<JsonNode> documents = harness.documents();
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).path("PaymentAttempts").asInt()).isEqualTo(1);
    }

    @Test
    void eachInvocationWritesOnlyItsOwnMetrics() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        harness.record(metrics -> metrics.add("First", 1, MetricUnit.COUNT).dimension("channel", "web"));
        harness.record(metrics -> metrics.add("Second", 2, MetricUnit.COUNT));

        List<JsonNode> documents = harness.documents();
        assertThat(documents).hasSize(2);
        assertThat(EmfDocuments.metricNames(documents.get(1))).containsExactly("Second");
        assertThat(documents.get(1).has("channel")).isFalse();
    }

    @Test
    void aNestedMetricsStepOnTheSameInvocationJoinsTheOuterOne() {
        Harness outer = Harness.standard();
        Harness inner = Harness.standard();
        com.amazonaws.services.lambda.runtime.Context context = dev.lambdaobs.test.FakeContext.create();
        outer.invoke("event", context, () -> inner.invoke("event", context,
                () -> MetricsRecorder.current().add("Orders", 1, MetricUnit.COUNT)));

        assertThat(inner.lines).isEmpty();
        assertThat(outer.userDocuments()).hasSize(1);
        assertThat(EmfDocuments.withMetric(outer.documents(), "ColdStart")).hasSize(1);
        assertThat(outer.warnings).isEmpty();
    }

    @Test
    void nothingRecordedMeansNothingWrittenAndOneWarning() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        harness.record(metrics -> { });
        harness.record(metrics -> { });

        assertThat(harness.lines).isEmpty();
        assertThat(harness.warnings).singleElement().asString().startsWith("[lambdaobs] WARN").contains("no metric");
    }

    @Test
    void raiseOnEmptyMetricsReportsAnErrorWithoutFailingTheHandler() {
        Harness harness = Harness.of(b -> b.captureColdStart(false).raiseOnEmptyMetrics(true));
        String result = harness.invoke("event", () -> "ok");

        assertThat(result).isEqualTo("ok");
        assertThat(harness.lines).isEmpty();
        assertThat(harness.warnings).singleElement().asString().startsWith("[lambdaobs] ERROR").contains("no metric");
    }

    @Test
    void disabledWritesNothingAtAll() {
        Harness harness = Harness.of(Harness.environment().set("POWERTOOLS_METRICS_DISABLED", "true"), b -> b);
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));
        harness.record(metrics -> { });

        assertThat(harness.lines).isEmpty();
        assertThat(harness.warnings).as("neither 'outside an invocation' nor 'no metrics'").isEmpty();
    }

    @Test
    void aBatchIsWrittenOnlyOnceHoweverOftenItIsClosed() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        MetricsBatch batch = harness.step.newBatch();
        batch.add("Orders", 1, MetricUnit.COUNT);
        batch.close();
        batch.close();

        assertThat(harness.documents()).hasSize(1);
    }

    @Test
    void aFailingOutputIsReportedOnceAndNeverReachesTheHandler() {
        List<String> warnings = new java.util.ArrayList<>();
        MetricsStep step = MetricsStep.builder(MetricsConfig.builder(Harness.environment()
                        .toConfig(dev.lambdaobs.core.diagnostics.Diagnostics.to(warnings::add))).captureColdStart(false).build())
                .output(document -> {
                    throw new IllegalStateException("stdout closed");
                })
                .diagnostics(dev.lambdaobs.core.diagnostics.Diagnostics.to(warnings::add)).build();
        dev.lambdaobs.core.pipeline.Observability observability = dev.lambdaobs.core.pipeline.Observability.builder()
                .step(step).build();

        for (int i = 0; i < 3; i++) {
            assertThat(observability.call("event", dev.lambdaobs.test.FakeContext.create(),
                    () -> MetricsRecorder.current().add("Orders", 1, MetricUnit.COUNT) != null)).isTrue();
        }
        assertThat(warnings).singleElement().asString().contains("metrics flush").contains("stdout closed");
    }
}
