package dev.lambdaobs.dashboardgen.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.DashboardNotFoundErrorException;
import software.amazon.awssdk.services.cloudwatch.model.GetDashboardResponse;
import software.amazon.awssdk.services.cloudwatch.model.PutDashboardResponse;

/** Dashboards: GetDashboard and PutDashboard, with the service's validation messages passed on. */
final class DashboardApi implements ResourceApi {
    private final CloudWatchClient cloudWatch;

    DashboardApi(CloudWatchClient cloudWatch) {
        this.cloudWatch = cloudWatch;
    }

    @Override
    public List<ResourceKind> kinds() {
        return List.of(ResourceKind.DASHBOARD);
    }

    @Override
    public Map<ResourceKind, Map<String, ObjectNode>> fetch(List<Resource> desired) {
        Map<String, ObjectNode> dashboards = new HashMap<>();
        for (Resource resource : desired) {
            if (resource.kind() != ResourceKind.DASHBOARD) {
                continue;
            }
            try {
                GetDashboardResponse found = cloudWatch.getDashboard(b -> b.dashboardName(resource.name()));
                ObjectNode current = resource.properties().objectNode();
                current.put("DashboardName", found.dashboardName());
                current.set("DashboardBody", DesiredState.parseBody(Path.of("GetDashboard"), found.dashboardName(),
                        found.dashboardBody()));
                dashboards.put(resource.name(), current);
            } catch (DashboardNotFoundErrorException absent) {
                // Not there yet: it will be created.
            }
        }
        Map<ResourceKind, Map<String, ObjectNode>> existing = new EnumMap<>(ResourceKind.class);
        existing.put(ResourceKind.DASHBOARD, dashboards);
        return existing;
    }

    @Override
    public List<String> put(Resource resource) {
        PutDashboardResponse response = cloudWatch.putDashboard(b -> b.dashboardName(resource.name())
                .dashboardBody(resource.properties().get("DashboardBody").toString()));
        return response.dashboardValidationMessages().stream()
                .map(m -> m.dataPath() + ": " + m.message())
                .toList();
    }
}
