package dev.lambdaobs.dashboardgen.generate;

import dev.lambdaobs.dashboardgen.alarm.AlarmContext;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.alarm.CompositeAlarmPlanner;
import dev.lambdaobs.dashboardgen.alarm.MetricAlarmFactory;
import dev.lambdaobs.dashboardgen.alarm.ServiceAlarms;
import dev.lambdaobs.dashboardgen.config.RuleOverride;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.Severity;
import dev.lambdaobs.dashboardgen.registry.monitors.LambdaMonitor;
import java.util.ArrayList;
import java.util.List;

/** Every alarm of a service: per resource and rule, service-wide math alarms, then the aggregate composites per severity. */
final class AlarmPlanning {
    private AlarmPlanning() {
    }

    /** The alarms, with {@code more} (e.g. burn-rate alarms) among the children of the composites. */
    static List<AlarmDefinition> plan(AlarmContext context, ResourceDiscovery discovery, List<String> skipped,
            List<AlarmDefinition> more) {
        List<AlarmDefinition> alarms = new ArrayList<>();
        for (MonitoredResource resource : discovery.monitored) {
            for (AlarmRule rule : resource.profile().alarms()) {
                if (!rule.appliesTo().test(resource)) {
                    continue;
                }
                RuleOverride override = discovery.settings.get(resource.key()).alarms().getOrDefault(rule.id(), RuleOverride.NONE)
                        .over(context.config().defaultFor(resource.profile().id(), rule.id()));
                MetricAlarmFactory.create(context, resource, rule, override, skipped).ifPresent(alarms::add);
            }
        }
        List<MonitoredResource> functions = discovery.monitored.stream().filter(r -> r.profile() == LambdaMonitor.FUNCTION).toList();
        alarms.addAll(ServiceAlarms.errorRate(context, functions));
        alarms.addAll(more);
        List<AlarmDefinition> composites = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<AlarmDefinition> children = alarms.stream().filter(a -> a.severity() == severity).toList();
            composites.addAll(CompositeAlarmPlanner.plan(context, severity, children));
        }
        alarms.addAll(composites);
        return alarms;
    }
}
