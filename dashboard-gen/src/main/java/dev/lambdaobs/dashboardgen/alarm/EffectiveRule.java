package dev.lambdaobs.dashboardgen.alarm;

import dev.lambdaobs.dashboardgen.config.RuleOverride;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.Severity;
import java.util.OptionalDouble;

/** An alarm rule's numbers after config defaults, per-resource config and Metadata overrides. */
record EffectiveRule(Severity severity, OptionalDouble threshold, int periodSeconds, int evaluationPeriods, int datapointsToAlarm) {

    static EffectiveRule of(AlarmRule rule, MonitoredResource resource, RuleOverride override) {
        OptionalDouble threshold = override.threshold().isPresent() ? override.threshold() : rule.threshold().valueFor(resource);
        return new EffectiveRule(override.severity().orElse(rule.severity()), threshold,
                override.periodSeconds().orElse(rule.periodSeconds()),
                override.evaluationPeriods().orElse(rule.evaluationPeriods()),
                override.datapointsToAlarm().orElse(Math.min(rule.datapointsToAlarm(),
                        override.evaluationPeriods().orElse(rule.evaluationPeriods()))));
    }
}
