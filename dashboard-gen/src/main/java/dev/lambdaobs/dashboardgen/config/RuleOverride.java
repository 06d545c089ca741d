package dev.lambdaobs.dashboardgen.config;

import dev.lambdaobs.dashboardgen.registry.Severity;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A change to one alarm rule, from the config's {@code defaults} or {@code resources}, or from a
 * resource's {@code Metadata.lambdaobs.alarms}. Empty fields keep the rule's value.
 *
 * <pre>{@code
 * # config.yaml
 * defaults:
 *   lambda:
 *     Errors: { threshold: 5, evaluationPeriods: 3, datapointsToAlarm: 2 }
 *     DurationNearTimeout: { actions: [arn:aws:sns:eu-west-1:123456789012:orders-perf] }
 * }</pre>
 *
 * @param actions this alarm's own actions on ALARM and OK (by default only the composite alarm has actions)
 * @param extras  anomaly band, statistic, runbook link and direction
 */
public record RuleOverride(OptionalDouble threshold, OptionalInt periodSeconds, OptionalInt evaluationPeriods,
        OptionalInt datapointsToAlarm, Optional<Severity> severity, boolean disabled, Optional<List<String>> actions,
        RuleExtras extras) {

    public static final RuleOverride NONE = new RuleOverride(OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(),
            OptionalInt.empty(), Optional.empty(), false, Optional.empty());

    /** An override of the numbers only. */
    public RuleOverride(OptionalDouble threshold, OptionalInt periodSeconds, OptionalInt evaluationPeriods,
            OptionalInt datapointsToAlarm, Optional<Severity> severity, boolean disabled, Optional<List<String>> actions) {
        this(threshold, periodSeconds, evaluationPeriods, datapointsToAlarm, severity, disabled, actions, RuleExtras.NONE);
    }

    /**
     * This override's fields where set, else {@code base}'s. A threshold and an anomaly band replace each other: the more
     * specific override's choice wins.
     */
    public RuleOverride over(RuleOverride base) {
        RuleExtras baseExtras = threshold.isPresent() && extras.anomalyBand().isEmpty()
                ? new RuleExtras(OptionalDouble.empty(), base.extras.statistic(), base.extras.runbook(), base.extras.direction())
                : base.extras;
        OptionalDouble baseThreshold = extras.anomalyBand().isPresent() ? OptionalDouble.empty() : base.threshold;
        return new RuleOverride(threshold.isPresent() ? threshold : baseThreshold,
                periodSeconds.isPresent() ? periodSeconds : base.periodSeconds,
                evaluationPeriods.isPresent() ? evaluationPeriods : base.evaluationPeriods,
                datapointsToAlarm.isPresent() ? datapointsToAlarm : base.datapointsToAlarm,
                severity.isPresent() ? severity : base.severity, disabled || base.disabled, actions.or(() -> base.actions),
                extras.over(baseExtras));
    }
}
