package dev.lambdaobs.dashboardgen.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import dev.lambdaobs.dashboardgen.naming.LogicalIds;
import dev.lambdaobs.dashboardgen.naming.NameScope;
import dev.lambdaobs.dashboardgen.naming.Names;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.Severity;
import dev.lambdaobs.dashboardgen.template.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans a service's dashboards: a summary (header, alarm status, one aggregate graph per metric
 * and resource type, the service's EMF metrics, Logs Insights widgets), detail dashboards (per
 * resource, with threshold lines), each split to stay within CloudWatch's limits, and a drill-down
 * dashboard whose {@code FunctionName} variable picks the function it shows.
 *
 * <pre>{@code
 * List<DashboardDefinition> dashboards = DashboardPlanner.plan(input, ids, NameScope.perStack());
 * }</pre>
 */
public final class DashboardPlanner {
    private DashboardPlanner() {
    }

    public static List<DashboardDefinition> plan(DashboardInput input, LogicalIds ids, NameScope names) {
        SubBody sub = new SubBody();
        Widgets widgets = new Widgets(sub);
        List<Widget> summary = new ArrayList<>();
        summary.add(widgets.text(Header.markdown(input, sub), 3));
        summary.addAll(alarmStatus(widgets, input.alarms()));
        Map<ResourceProfile, List<MonitoredResource>> byProfile = byProfile(input.resources());
        byProfile.forEach((profile, resources) -> summary.addAll(ResourceSections.aggregate(widgets, profile, resources)));
        summary.addAll(ServiceSections.emf(widgets, sub, input));
        summary.addAll(BusinessSection.widgets(widgets, sub, input));
        summary.addAll(ServiceSections.logs(widgets, sub, input));
        List<Widget> details = new ArrayList<>();
        byProfile.forEach((profile, resources) -> details.addAll(ResourceSections.detail(widgets, profile, resources, input.alarms())));

        List<DashboardDefinition> dashboards = new ArrayList<>();
        dashboards.addAll(pages(input.service(), "summary", summary, sub, ids, names));
        if (!details.isEmpty()) {
            dashboards.addAll(pages(input.service(), "details", details, sub, ids, names));
        }
        List<MonitoredResource> functions = FunctionDrillDown.functions(input.resources());
        if (!functions.isEmpty()) {
            dashboards.add(drillDown(input.service(), functions, widgets, sub, ids, names));
        }
        return dashboards;
    }

    private static List<Widget> alarmStatus(Widgets widgets, List<AlarmDefinition> alarms) {
        List<Widget> status = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<String> names = alarms.stream().filter(a -> a.severity() == severity).map(AlarmDefinition::name).toList();
            int max = CloudWatchLimits.MAX_ALARMS_PER_ALARM_WIDGET;
            for (int from = 0; from < names.size(); from += max) {
                String part = names.size() > max ? " (" + (from / max + 1) + ")" : "";
                status.add(widgets.alarms(severity.key().substring(0, 1).toUpperCase() + severity.key().substring(1)
                        + " alarms" + part, names.subList(from, Math.min(names.size(), from + max))));
            }
        }
        return status;
    }

    private static Map<ResourceProfile, List<MonitoredResource>> byProfile(List<MonitoredResource> resources) {
        Map<ResourceProfile, List<MonitoredResource>> byProfile = new LinkedHashMap<>();
        resources.forEach(resource -> byProfile.computeIfAbsent(resource.profile(), p -> new ArrayList<>()).add(resource));
        return byProfile;
    }

    private static List<DashboardDefinition> pages(String service, String kind, List<Widget> widgets, SubBody sub, LogicalIds ids,
            NameScope names) {
        List<ObjectNode> bodies = DashboardPages.split(widgets);
        List<DashboardDefinition> dashboards = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String suffix = bodies.size() == 1 ? kind : kind + "-" + (i + 1);
            dashboards.add(definition(service, suffix, bodies.get(i), sub, ids, names));
        }
        return dashboards;
    }

    private static DashboardDefinition definition(String service, String suffix, ObjectNode body, SubBody sub, LogicalIds ids,
            NameScope names) {
        int metrics = 0;
        for (JsonNode widget : body.get("widgets")) {
            metrics += widget.path("properties").path("metrics").size();
        }
        JsonNode cfnBody = sub.wrap(text(body));
        return new DashboardDefinition(Names.dashboardName(CloudWatchLimits.MAX_DASHBOARD_NAME_LENGTH, service, suffix),
                NameScope.value(names.dashboardName(suffix)), ids.allocate("Dashboard", service, suffix),
                body, cfnBody, body.get("widgets").size(), metrics);
    }

    /** One page: a function's graphs fit well within the widget and metric limits of a dashboard. */
    private static DashboardDefinition drillDown(String service, List<MonitoredResource> functions, Widgets widgets, SubBody sub,
            LogicalIds ids, NameScope names) {
        ObjectNode body = DashboardPages.layout(FunctionDrillDown.widgets(widgets, functions));
        body.set("variables", FunctionDrillDown.variables(sub, functions));
        return definition(service, "functions", body, sub, ids, names);
    }

    private static String text(ObjectNode body) {
        return JsonText.compact(body);
    }
}
