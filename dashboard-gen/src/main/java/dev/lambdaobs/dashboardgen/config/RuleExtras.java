package dev.lambdaobs.dashboardgen.config;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The parts of a rule override beyond its numbers: anomaly detection instead of a fixed threshold, another statistic
 * or percentile, a runbook link of its own, and which side alarms. Empty fields keep the rule's.
 *
 * <pre>{@code
 * defaults:
 *   lambda:
 *     Invocations: { anomalyBand: 2, direction: outside }
 *     DurationNearTimeout: { statistic: p95, runbook: https://wiki.example.com/orders/slow }
 * }</pre>
 *
 * @param anomalyBand the band's width in standard deviations ({@code ANOMALY_DETECTION_BAND(m, band)}), greater than 0
 * @param statistic   a CloudWatch statistic ({@code Sum}, {@code Average}, {@code p99}, {@code tm90} ...) for the rule's metric
 * @param runbook     the link in this alarm's description, instead of the config's {@code runbook}
 * @param direction   above, below, or outside (with a band)
 */
public record RuleExtras(OptionalDouble anomalyBand, Optional<String> statistic, Optional<String> runbook,
        Optional<Direction> direction) {
    public static final RuleExtras NONE = new RuleExtras(OptionalDouble.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** These extras where set, else {@code base}'s. */
    public RuleExtras over(RuleExtras base) {
        return new RuleExtras(anomalyBand.isPresent() ? anomalyBand : base.anomalyBand, statistic.or(() -> base.statistic),
                runbook.or(() -> base.runbook), direction.or(() -> base.direction));
    }
}
