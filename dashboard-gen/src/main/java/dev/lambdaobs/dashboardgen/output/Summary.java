package dev.lambdaobs.dashboardgen.output;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.dashboard.DashboardDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.limits.CloudFormationLimits;
import dev.lambdaobs.dashboardgen.registry.Severity;
import java.util.Map;
import java.util.TreeMap;

/**
 * The short stdout summary: resources per type, alarms by severity, dashboards and widgets,
 * queries, and what was skipped and why.
 */
public final class Summary {
    private Summary() {
    }

    public static String of(GenerationResult result) {
        StringBuilder text = new StringBuilder("Service ").append(result.service()).append('\n');
        text.append("Resources monitored, by type:\n");
        result.foundByType().forEach((type, count) -> text.append("  ").append(type).append(": ").append(count).append('\n'));
        Map<Severity, Integer> bySeverity = new TreeMap<>();
        int composites = 0;
        for (AlarmDefinition alarm : result.alarms()) {
            if (alarm.type().equals(AlarmDefinition.COMPOSITE_ALARM)) {
                composites++;
            } else {
                bySeverity.merge(alarm.severity(), 1, Integer::sum);
            }
        }
        text.append("Alarms: ");
        bySeverity.forEach((severity, count) -> text.append(count).append(' ').append(severity.key()).append(", "));
        text.append(composites).append(" composite\n");
        for (DashboardDefinition dashboard : result.dashboards()) {
            text.append("Dashboard ").append(dashboard.name()).append(": ").append(dashboard.widgets()).append(" widgets, ")
                    .append(dashboard.metrics()).append(" metrics\n");
        }
        text.append("Saved queries: ").append(result.queries().size()).append('\n');
        int resources = result.template().path("Resources").size();
        if (resources > CloudFormationLimits.MAX_RESOURCES_PER_STACK) {
            text.append("WARNING: the template has ").append(resources).append(" resources; a stack holds at most ")
                    .append(CloudFormationLimits.MAX_RESOURCES_PER_STACK).append(" (use --mode standalone or split the service)\n");
        }
        if (!result.unmonitored().isEmpty()) {
            text.append("Not monitored (unsupported types):");
            result.unmonitored().forEach((type, count) -> text.append(' ').append(type).append(" x").append(count));
            text.append('\n');
        }
        result.skipped().forEach(reason -> text.append("Skipped: ").append(reason).append('\n'));
        if (!result.guardrails().changes().isEmpty()) {
            text.append("Changes to your resources (").append(result.guardrails().changes().size()).append("):\n");
            result.guardrails().changes().forEach(change -> text.append("  ").append(change).append('\n'));
        }
        result.guardrails().notes().forEach(note -> text.append("Guardrail: ").append(note).append('\n'));
        return text.toString();
    }
}
