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
 */
public record RuleOverride(OptionalDouble threshold, OptionalInt periodSeconds, OptionalInt evaluationPeriods,
        OptionalInt datapointsToAlarm, Optional<Severity> severity, boolean disabled, Optional<List<String>> actions) {

    public static final RuleOverride NONE = new RuleOverride(OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(),
            OptionalInt.empty(), Optional.empty(), false, Optional.empty());

    /** This override's fields where set, else {@code base}'s. */
    public RuleOverride over(RuleOverride base) {
        return new RuleOverride(threshold.isPresent() ? threshold : base.threshold,
                periodSeconds.isPresent() ? periodSeconds : base.periodSeconds,
                evaluationPeriods.isPresent() ? evaluationPeriods : base.evaluationPeriods,
                datapointsToAlarm.isPresent() ? datapointsToAlarm : base.datapointsToAlarm,
                severity.isPresent() ? severity : base.severity, disabled || base.disabled, actions.or(() -> base.actions));
    }
}
