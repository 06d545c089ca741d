package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Lambda's log-level filter (JSON log format) gives a JSON line without "level" the level INFO, so
 * with AWS_LAMBDA_LOG_LEVEL above INFO a plain EMF line would be dropped and its metrics lost.
 */
class LogLevelFilterTest {

    @Test
    void aFilterAboveInfoStampsTheFilterLevelAndAnRfc3339Timestamp() {
        Harness harness = Harness.of(Harness.environment().set("AWS_LAMBDA_LOG_FORMAT", "JSON")
                .set("AWS_LAMBDA_LOG_LEVEL", "WARN"), b -> b);
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));

        assertThat(harness.documents()).hasSize(2).allSatisfy(document -> {
            assertThat(document.path("level").asText()).isEqualTo("WARN");
            Instant timestamp = Instant.parse(document.path("timestamp").asText());
            assertThat(timestamp.toEpochMilli()).isEqualTo(document.path("_aws").path("Timestamp").asLong());
        });
    }

    @Test
    void noStampWhereLambdaKeepsInfoLines() {
        for (String[] setting : new String[][] {{"JSON", "INFO"}, {"JSON", "DEBUG"}, {"TEXT", "ERROR"}}) {
            Harness harness = Harness.of(Harness.environment().set("AWS_LAMBDA_LOG_FORMAT", setting[0])
                    .set("AWS_LAMBDA_LOG_LEVEL", setting[1]), b -> b.captureColdStart(false));
            harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT));

            JsonNode document = harness.documents().get(0);
            assertThat(document.has("level")).as("%s/%s", setting[0], setting[1]).isFalse();
            assertThat(document.has("timestamp")).isFalse();
        }
    }

    @Test
    void usersCannotTakeTheLevelKey() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        harness.record(metrics -> metrics.add("Orders", 1, MetricUnit.COUNT).metadata("level", "DEBUG"));

        assertThat(harness.documents().get(0).has("level")).isFalse();
        assertThat(harness.warnings).singleElement().asString().contains("'level'");
    }
}
