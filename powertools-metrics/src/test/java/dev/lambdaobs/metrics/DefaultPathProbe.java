package dev.lambdaobs.metrics;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Records and writes metrics for {@link DefaultPathTest}, which runs it in a class loader that has neither
 * Jackson nor the EMF library: once with the default backend, then once asking for the library. Returns
 * what each step wrote and reported, in order.
 */
public final class DefaultPathProbe implements Supplier<List<String>> {
    @Override
    public List<String> get() {
        List<String> lines = new CopyOnWriteArrayList<>();
        EmfSerializer.prepare(EmfBackend.BUILT_IN);
        write(lines, EmfBackend.BUILT_IN);
        write(lines, EmfBackend.AWS_EMBEDDED_METRICS);
        return lines;
    }

    private static void write(List<String> lines, EmfBackend backend) {
        Diagnostics diagnostics = Diagnostics.to(lines::add);
        MetricsStep step = MetricsStep.builder(MetricsConfig.builder(PowertoolsConfig.from(Map.of(
                        "POWERTOOLS_SERVICE_NAME", "orders", "POWERTOOLS_METRICS_NAMESPACE", "Shop"), diagnostics))
                        .emfBackend(backend).build())
                .output(EmfOutput.lines(lines::add)).diagnostics(diagnostics).build();
        try (MetricsBatch batch = step.newBatch()) {
            batch.add("Orders", 1, MetricUnit.COUNT).add("Latency", 12.5, MetricUnit.MILLISECONDS, Resolution.HIGH)
                    .dimension("channel", "web").metadata("order", Map.of("id", "o-1", "items", List.of(1, 2)));
        }
    }
}
