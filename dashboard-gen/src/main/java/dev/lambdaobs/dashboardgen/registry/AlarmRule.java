package dev.lambdaobs.dashboardgen.registry;

import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One recommended alarm of a resource type: metric, statistic, period, evaluation, threshold,
 * missing-data treatment and severity. Config and resource {@code Metadata} may override the
 * numbers or disable it by {@link #id()}.
 *
 * <pre>{@code
 * AlarmRule errors = AlarmRule.critical("Errors")
 *         .metric("Errors", "Sum").above(0).evaluate(60, 1, 1)
 *         .treatMissing(TreatMissing.NOT_BREACHING)
 *         .description("The function threw or timed out").build();
 * }</pre>
 */
public record AlarmRule(String id, Severity severity, AlarmMetric metric, Comparison comparison, Threshold threshold,
        int periodSeconds, int evaluationPeriods, int datapointsToAlarm, TreatMissing treatMissing,
        Predicate<MonitoredResource> appliesTo, String description) {

    public static Builder critical(String id) {
        return new Builder(id, Severity.CRITICAL);
    }

    public static Builder warning(String id) {
        return new Builder(id, Severity.WARNING);
    }

    /** Builds a rule; every number is checked against CloudWatch's rules in {@link #build()}. */
    public static final class Builder {
        private final String id;
        private final Severity severity;
        private AlarmMetric metric;
        private Comparison comparison = Comparison.GREATER_THAN;
        private Threshold threshold;
        private int period = 60;
        private int evaluationPeriods = 1;
        private int datapointsToAlarm = 1;
        private TreatMissing treatMissing = TreatMissing.NOT_BREACHING;
        private Predicate<MonitoredResource> appliesTo = resource -> true;
        private String description;

        private Builder(String id, Severity severity) {
            this.id = id;
            this.severity = severity;
        }

        public Builder metric(String metricName, String statistic) {
            return metric(new AlarmMetric.Single(MetricTerm.of(metricName, statistic)));
        }

        public Builder metric(AlarmMetric metric) {
            this.metric = metric;
            return this;
        }

        public Builder above(double value) {
            return compare(Comparison.GREATER_THAN, Threshold.fixed(value));
        }

        public Builder below(double value) {
            return compare(Comparison.LESS_THAN, Threshold.fixed(value));
        }

        public Builder compare(Comparison comparison, Threshold threshold) {
            this.comparison = comparison;
            this.threshold = threshold;
            return this;
        }

        /** Period in seconds, and M ({@code datapoints}) out of N ({@code periods}) breaching to alarm. */
        public Builder evaluate(int periodSeconds, int periods, int datapoints) {
            this.period = periodSeconds;
            this.evaluationPeriods = periods;
            this.datapointsToAlarm = datapoints;
            return this;
        }

        public Builder treatMissing(TreatMissing treatMissing) {
            this.treatMissing = treatMissing;
            return this;
        }

        public Builder when(Predicate<MonitoredResource> appliesTo) {
            this.appliesTo = appliesTo;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public AlarmRule build() {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(threshold, "threshold");
            Objects.requireNonNull(description, "description");
            CloudWatchLimits.alarmEvaluationProblem(period, evaluationPeriods, datapointsToAlarm).ifPresent(problem -> {
                throw new IllegalArgumentException("alarm rule " + id + ": " + problem);
            });
            return new AlarmRule(id, severity, metric, comparison, threshold, period, evaluationPeriods,
                    datapointsToAlarm, treatMissing, appliesTo, description);
        }
    }
}
