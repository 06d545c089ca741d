package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.SloSignals;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records whose equals and hashCode are written out (issue 19) keep a record's value equality. */
class RecordEqualityTest {
    @Test
    void factsAreEqualByNameAndType() {
        assertThat(new Fact<>("timeoutSeconds", Integer.class)).isEqualTo(Fact.TIMEOUT_SECONDS)
                .hasSameHashCodeAs(Fact.TIMEOUT_SECONDS);
        assertThat(new Fact<>("timeoutSeconds", Long.class)).isNotEqualTo(Fact.TIMEOUT_SECONDS);
        assertThat(new Fact<>("concurrencyLimit", Integer.class)).isNotEqualTo(Fact.TIMEOUT_SECONDS);
        assertThat(Fact.TIMEOUT_SECONDS).isNotEqualTo(null).isNotEqualTo("timeoutSeconds");
    }

    @Test
    void sloSignalsAreEqualByEveryMetric() {
        SloSignals lambda = new SloSignals("Invocations", "Errors", "Duration");
        assertThat(new SloSignals("Invocations", "Errors", "Duration")).isEqualTo(lambda).hasSameHashCodeAs(lambda);
        assertThat(new SloSignals("Invocations", "Throttles", "Duration")).isNotEqualTo(lambda);
        assertThat(new SloSignals("Invocations", "Errors", null)).isNotEqualTo(lambda)
                .isEqualTo(new SloSignals("Invocations", "Errors", null));
    }

    @Test
    void profilesAreEqualByEveryComponent() {
        ResourceProfile queue = new ResourceProfile("sqs", "Queues", "AWS/SQS", List.of(), List.of());
        assertThat(new ResourceProfile("sqs", "Queues", "AWS/SQS", List.of(), List.of())).isEqualTo(queue).hasSameHashCodeAs(queue);
        assertThat(new ResourceProfile("sqs", "Other title", "AWS/SQS", List.of(), List.of())).isNotEqualTo(queue);
        assertThat(queue.withSlo(new SloSignals("a", "b", "c"))).isNotEqualTo(queue);
    }
}
