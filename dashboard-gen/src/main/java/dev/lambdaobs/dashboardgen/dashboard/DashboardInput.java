package dev.lambdaobs.dashboardgen.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.query.SavedQuery;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import java.util.List;
import java.util.Optional;

/**
 * What the dashboards of one service show.
 *
 * @param service      the service name
 * @param runbook      the runbook link, if configured
 * @param resources    monitored resources in section order
 * @param alarms       every alarm, composites included
 * @param namespaces   EMF namespaces of the service's own metrics (CloudFormation values)
 * @param logGroups    the functions' log groups (CloudFormation values)
 * @param queries      the saved queries, some of which become log widgets
 * @param serviceNames the values of the EMF {@code Service} dimension (CloudFormation values); empty: no business section
 */
public record DashboardInput(String service, Optional<String> runbook, List<MonitoredResource> resources,
        List<AlarmDefinition> alarms, List<JsonNode> namespaces, List<JsonNode> logGroups,
        List<SavedQuery> queries, List<JsonNode> serviceNames) {
    public DashboardInput {
        serviceNames = List.copyOf(serviceNames);
    }

    /** Dashboards without the business metrics section. */
    public DashboardInput(String service, Optional<String> runbook, List<MonitoredResource> resources,
            List<AlarmDefinition> alarms, List<JsonNode> namespaces, List<JsonNode> logGroups, List<SavedQuery> queries) {
        this(service, runbook, resources, alarms, namespaces, logGroups, queries, List.of());
    }
}
