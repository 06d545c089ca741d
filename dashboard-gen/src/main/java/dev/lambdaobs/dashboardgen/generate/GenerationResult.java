package dev.lambdaobs.dashboardgen.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.dashboard.DashboardDefinition;
import dev.lambdaobs.dashboardgen.guardrails.GuardrailReport;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import java.util.List;
import java.util.Map;

/**
 * Everything one run produced, before it is written.
 *
 * @param service      the service name
 * @param template     the output CloudFormation template
 * @param monitored    the resources that got monitoring
 * @param alarms       every alarm, composites last
 * @param dashboards   every dashboard
 * @param queries      every saved query definition, by name
 * @param foundByType  template resources of a supported type, by type
 * @param unmonitored  template resources of an unsupported type, by type
 * @param skipped      what was skipped and why
 * @param guardrails   changes made to the user's own resources, and guardrail findings
 * @param scale        the alarm style used, Metrics Insights alarms and nested stacks
 */
public record GenerationResult(String service, ObjectNode template, List<MonitoredResource> monitored, List<AlarmDefinition> alarms,
        List<DashboardDefinition> dashboards, List<QueryDefinition> queries, Map<String, Integer> foundByType,
        Map<String, Integer> unmonitored, List<String> skipped, GuardrailReport guardrails, ScaleReport scale) {

    /** A result in one stack with per-resource alarms. */
    public GenerationResult(String service, ObjectNode template, List<MonitoredResource> monitored, List<AlarmDefinition> alarms,
            List<DashboardDefinition> dashboards, List<QueryDefinition> queries, Map<String, Integer> foundByType,
            Map<String, Integer> unmonitored, List<String> skipped, GuardrailReport guardrails) {
        this(service, template, monitored, alarms, dashboards, queries, foundByType, unmonitored, skipped, guardrails, ScaleReport.NONE);
    }

    /** The same result with another template and scale report. */
    GenerationResult scaled(ObjectNode newTemplate, ScaleReport report) {
        return new GenerationResult(service, newTemplate, monitored, alarms, dashboards, queries, foundByType, unmonitored, skipped,
                guardrails, report);
    }
}
