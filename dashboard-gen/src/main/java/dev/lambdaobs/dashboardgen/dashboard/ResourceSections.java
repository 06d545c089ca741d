package dev.lambdaobs.dashboardgen.dashboard;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import dev.lambdaobs.dashboardgen.registry.AlarmMetric;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The widgets of one resource type: aggregated for the summary, per resource (with thresholds) for details. */
final class ResourceSections {
    private ResourceSections() {
    }

    static List<Widget> aggregate(Widgets widgets, ResourceProfile profile, List<MonitoredResource> resources) {
        List<Widget> section = new ArrayList<>();
        section.add(widgets.text("## " + profile.title() + " (" + resources.size() + ")", 1));
        for (GraphSpec graph : profile.graphs()) {
            List<MonitoredResource> shown = resources.stream().filter(graph.appliesTo()).toList();
            int perWidget = Math.max(1, CloudWatchLimits.MAX_METRICS_PER_WIDGET / graph.lines().size());
            for (int from = 0; from < shown.size(); from += perWidget) {
                List<MonitoredResource> chunk = shown.subList(from, Math.min(shown.size(), from + perWidget));
                String part = shown.size() > perWidget ? " (" + (from / perWidget + 1) + ")" : "";
                section.add(widgets.graph(profile.title() + ": " + graph.title() + part, chunk, graph.lines(), Map.of(),
                        Widgets.HALF, null));
            }
        }
        return section;
    }

    static List<Widget> detail(Widgets widgets, ResourceProfile profile, List<MonitoredResource> resources,
            List<AlarmDefinition> alarms) {
        List<Widget> section = new ArrayList<>();
        section.add(widgets.text("## " + profile.title(), 1));
        // Grouped once: scanning every alarm for every graph of every resource was quadratic (issue 19, point 9).
        Map<String, List<AlarmDefinition>> byResource = new HashMap<>();
        for (AlarmDefinition alarm : alarms) {
            byResource.computeIfAbsent(alarm.resourceKey(), key -> new ArrayList<>()).add(alarm);
        }
        for (MonitoredResource resource : resources) {
            List<AlarmDefinition> own = byResource.getOrDefault(resource.key(), List.of());
            for (GraphSpec graph : profile.graphs()) {
                if (graph.appliesTo().test(resource)) {
                    section.add(widgets.graph(resource.key() + ": " + graph.title(), List.of(resource), graph.lines(),
                            thresholds(resource, graph, own), Widgets.THIRD, resource.key()));
                }
            }
        }
        return section;
    }

    /** Threshold lines of the resource's alarms on a metric (and statistic) the graph plots. */
    private static Map<String, Double> thresholds(MonitoredResource resource, GraphSpec graph, List<AlarmDefinition> alarms) {
        Map<String, Double> lines = new LinkedHashMap<>();
        for (AlarmDefinition alarm : alarms) {
            if (!alarm.resourceKey().equals(resource.key()) || alarm.threshold().isEmpty()) {
                continue;
            }
            for (AlarmRule rule : resource.profile().alarms()) {
                if (rule.id().equals(alarm.ruleId()) && rule.metric() instanceof AlarmMetric.Single single && plots(graph, single.metric())) {
                    lines.put(rule.id() + " (" + alarm.severity().key() + ")", alarm.threshold().getAsDouble());
                }
            }
        }
        return lines;
    }

    private static boolean plots(GraphSpec graph, MetricTerm metric) {
        return graph.lines().stream().anyMatch(line -> line.metricName().equals(metric.metricName())
                && line.statistic().equals(metric.statistic()));
    }
}
