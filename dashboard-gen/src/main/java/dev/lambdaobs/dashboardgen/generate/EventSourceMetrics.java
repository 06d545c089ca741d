package dev.lambdaobs.dashboardgen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.monitors.EventSourceMappingMonitor;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merge mode: turns on {@code MetricsConfig: {Metrics: [EventCount]}} on the event source mappings whose alarms need it,
 * on the mapping itself or on the SAM event that creates it (SAM passes the event's MetricsConfig on), and says so.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-metricsconfig.html">EventSourceMapping MetricsConfig</a>
 */
final class EventSourceMetrics {
    private EventSourceMetrics() {
    }

    /** Changes {@code template} in place; one line per mapping changed, for the summary's changes to the user's resources. */
    static List<String> apply(ObjectNode template, ServiceTemplate service, List<MonitoredResource> monitored) {
        List<String> changes = new ArrayList<>();
        for (MonitoredResource mapping : monitored) {
            if (!mapping.facts().is(Fact.ADD_EVENT_COUNT_METRICS)) {
                continue;
            }
            Optional<String> owner = mapping.facts().get(Fact.SAM_EVENT_OWNER);
            JsonNode resources = template.get("Resources");
            ObjectNode properties;
            String where;
            if (owner.isPresent()) {
                String event = mapping.facts().get(Fact.SAM_EVENT).orElseThrow();
                properties = object(object(object(object(object((ObjectNode) resources.get(owner.get()), "Properties"), "Events"), event),
                        "Properties"), null);
                where = service.resource(owner.get()).map(r -> r.describe()).orElse(owner.get()) + " event " + event;
            } else {
                properties = object((ObjectNode) resources.get(mapping.logicalId()), "Properties");
                where = service.resource(mapping.logicalId()).map(r -> r.describe()).orElse(mapping.logicalId());
            }
            ObjectNode config = object(properties, "MetricsConfig");
            ArrayNode metrics = config.has("Metrics") ? (ArrayNode) config.get("Metrics") : config.putArray("Metrics");
            metrics.add(EventSourceMappingMonitor.EVENT_COUNT);
            changes.add(where + ": turned on MetricsConfig " + EventSourceMappingMonitor.EVENT_COUNT + " (Lambda then publishes "
                    + EventSourceMappingMonitor.FAILED_INVOKE_EVENT_COUNT + " and " + EventSourceMappingMonitor.DROPPED_EVENT_COUNT
                    + " for mapping " + mapping.key() + "; eventSourceMappingMetrics: false in the config leaves it off)");
        }
        return changes;
    }

    /** The object under {@code key}, created when missing; {@code parent} itself when key is null. */
    private static ObjectNode object(ObjectNode parent, String key) {
        if (key == null) {
            return parent;
        }
        return parent.has(key) && parent.get(key).isObject() ? (ObjectNode) parent.get(key) : parent.putObject(key);
    }
}
