package dev.lambdaobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.core.output.CloudWatchLogsLimits;
import dev.lambdaobs.core.output.JsonLineLimit;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** No EMF document is larger than one CloudWatch Logs event, and each is written whole. */
class DocumentSizeTest {

    @Test
    void aTwoMegabyteMetadataValueIsTruncatedAndTheMetricsKept() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        harness.record(metrics -> metrics.add("OrdersPlaced", 1, MetricUnit.COUNT)
                .metadata("payload", "p".repeat(2_000_000)).metadata("order_id", "o-42"));

        assertThat(harness.lines).hasSize(1)
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(CloudWatchLogsLimits.MAX_LINE_BYTES));
        JsonNode document = harness.documents().get(0);
        assertThat(document.get("OrdersPlaced").asInt()).isEqualTo(1);
        assertThat(document.get("order_id").asText()).isEqualTo("o-42");
        assertThat(document.get("payload").asText()).hasSize(DocumentFit.PREVIEW_CHARS + JsonLineLimit.MARKER.length())
                .endsWith(JsonLineLimit.MARKER);
        assertThat(harness.warnings).singleElement().asString().contains("truncated");
    }

    @Test
    void aDocumentOverTheEventSizeIsSplitWithEveryValueWrittenOnce() {
        Harness harness = Harness.of(b -> b.captureColdStart(false));
        String prefix = "M".repeat(200);
        harness.record(metrics -> {
            for (int d = 0; d < 25; d++) {
                metrics.dimension("dim" + d, "v".repeat(1_000));
            }
            for (int m = 0; m < 100; m++) {
                for (int v = 0; v < 100; v++) {
                    metrics.add(prefix + m, 1.2345678901234567E-5 * (v + 1), MetricUnit.NONE);
                }
            }
        });

        List<JsonNode> documents = harness.documents();
        assertThat(documents.size()).isGreaterThan(1);
        assertThat(harness.lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(CloudWatchLogsLimits.MAX_LINE_BYTES));
        int values = 0;
        for (JsonNode document : documents) {
            for (String name : EmfDocuments.metricNames(document)) {
                values += document.get(name).size();
            }
        }
        assertThat(values).isEqualTo(100 * 100);
        assertThat(harness.warnings).anySatisfy(w -> assertThat(w).contains("split"));
    }

    @Test
    void eachDocumentIsOneWriteOfOneWholeLine() {
        List<String> writes = new CopyOnWriteArrayList<>();
        PrintStream recorder = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                writes.add(String.valueOf((char) b));
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes.add(new String(b, off, len, StandardCharsets.UTF_8));
            }
        }, false, StandardCharsets.UTF_8);
        PrintStream original = System.out;
        System.setOut(recorder);
        try {
            EmfOutput.stdout().write("{\"_aws\":{},\"n\":1}");
            EmfOutput.printStream(recorder).write("{\"_aws\":{},\"n\":2}");
        } finally {
            System.setOut(original);
        }
        assertThat(writes).containsExactly("{\"_aws\":{},\"n\":1}\n", "{\"_aws\":{},\"n\":2}\n");
    }
}
