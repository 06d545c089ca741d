package dev.lambdaobs.dashboardgen.registry;

import java.util.List;

/**
 * What an alarm watches: one metric, or a metric math expression over a few.
 *
 * <pre>{@code
 * new AlarmMetric.Single(MetricTerm.of("Errors", "Sum"));
 * new AlarmMetric.Math("IF(i + t > 0, 100 * t / (i + t), 0)", "Throttled %",
 *         List.of(MetricTerm.of("t", "Throttles", "Sum"), MetricTerm.of("i", "Invocations", "Sum")));
 * }</pre>
 */
public sealed interface AlarmMetric {
    /** The terms the alarm retrieves. */
    List<MetricTerm> terms();

    record Single(MetricTerm metric) implements AlarmMetric {
        @Override
        public List<MetricTerm> terms() {
            return List.of(metric);
        }
    }

    record Math(String expression, String label, List<MetricTerm> terms) implements AlarmMetric {
        public Math {
            terms = List.copyOf(terms);
        }
    }
}
