package dev.lambdaobs.dashboardgen.output;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.dashboard.DashboardDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.ScaleReport;
import dev.lambdaobs.dashboardgen.limits.CloudFormationLimits;
import dev.lambdaobs.dashboardgen.limits.SamExpansion;
import dev.lambdaobs.dashboardgen.registry.Severity;
import dev.lambdaobs.dashboardgen.slo.SloDefinition;
import dev.lambdaobs.dashboardgen.template.JsonText;
import java.util.Map;
import java.util.TreeMap;

/**
 * The short stdout summary: resources per type, alarms by severity, dashboards and widgets,
 * queries, and what was skipped and why.
 */
public final class Summary {
    /** Skipped lines printed at most, so a large service still gets a summary that fits a screen. */
    static final int MAX_SKIPPED_LINES = 25;

    private Summary() {
    }

    public static String of(GenerationResult result) {
        StringBuilder text = new StringBuilder("Service ").append(result.service()).append('\n');
        // Counted from what got monitoring: a resource that was skipped (disabled, no physical name ...) is not monitored.
        Map<String, java.util.Set<String>> monitored = new TreeMap<>();
        result.monitored().forEach(r -> monitored.computeIfAbsent(r.resourceType(), t -> new java.util.TreeSet<>()).add(r.logicalId()));
        text.append("Resources monitored, by type:\n");
        monitored.forEach((type, ids) -> text.append("  ").append(type).append(": ").append(ids.size()).append('\n'));
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
        int slos = 0;
        for (com.fasterxml.jackson.databind.JsonNode resource : result.template().path("Resources")) {
            slos += SloDefinition.TYPE.equals(resource.path("Type").asText()) ? 1 : 0;
        }
        if (slos > 0) {
            text.append("Service level objectives: ").append(slos).append(" (burn-rate alarms: 2 each)\n");
        }
        ScaleReport scale = result.scale();
        if (scale.insightsAlarms() > 0) {
            text.append("Metrics Insights alarms: ").append(scale.insightsAlarms()).append(" (replacing ").append(scale.replacedAlarms())
                    .append(" per-resource alarms; --alarm-style ").append(scale.style().option()).append(")\n");
        }
        if (!scale.nestedTemplates().isEmpty()) {
            text.append("Nested stacks: ").append(scale.nestedTemplates().size()).append(" (").append(String.join(", ",
                    scale.nestedTemplates().keySet())).append("); sam deploy and aws cloudformation "
                    + "package upload them\n");
        }
        int resources = SamExpansion.resources(result.template());
        if (resources > CloudFormationLimits.MAX_RESOURCES_PER_STACK) {
            text.append("WARNING: the template has about ").append(resources).append(" resources after SAM's transform (")
                    .append(result.template().path("Resources").size()).append(" before); a stack holds at most ")
                    .append(CloudFormationLimits.MAX_RESOURCES_PER_STACK).append(". Deploy the monitoring as its own stack "
                    + "(generate --mode standalone with the physical names from discover), or split the service into stacks\n");
        }
        int bytes = JsonText.compact(result.template()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > CloudFormationLimits.MAX_TEMPLATE_BYTES_S3) {
            text.append("WARNING: the template is ").append(bytes).append(" bytes; CloudFormation accepts at most ")
                    .append(CloudFormationLimits.MAX_TEMPLATE_BYTES_S3).append(" (from S3). Use --mode standalone, or split the service\n");
        } else if (bytes > CloudFormationLimits.MAX_TEMPLATE_BYTES_DIRECT) {
            text.append("Note: the template is ").append(bytes).append(" bytes, above the ")
                    .append(CloudFormationLimits.MAX_TEMPLATE_BYTES_DIRECT)
                    .append(" a deploy may send inline: deploy it through S3 (sam deploy does; aws cloudformation deploy --s3-bucket)\n");
        }
        if (!result.unmonitored().isEmpty()) {
            text.append("Not monitored (unsupported types):");
            result.unmonitored().forEach((type, count) -> text.append(' ').append(type).append(" x").append(count));
            text.append('\n');
        }
        result.skipped().stream().limit(MAX_SKIPPED_LINES).forEach(reason -> text.append("Skipped: ").append(reason).append('\n'));
        if (result.skipped().size() > MAX_SKIPPED_LINES) {
            text.append("Skipped: ... and ").append(result.skipped().size() - MAX_SKIPPED_LINES)
                    .append(" more (the first ").append(MAX_SKIPPED_LINES).append(" are shown)\n");
        }
        if (!result.guardrails().changes().isEmpty()) {
            text.append("Changes to your resources (").append(result.guardrails().changes().size()).append("):\n");
            result.guardrails().changes().forEach(change -> text.append("  ").append(change).append('\n'));
        }
        result.guardrails().notes().forEach(note -> text.append("Guardrail: ").append(note).append('\n'));
        return text.toString();
    }
}
