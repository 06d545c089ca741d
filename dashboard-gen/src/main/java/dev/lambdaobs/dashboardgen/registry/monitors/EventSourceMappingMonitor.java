package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lambda event source mappings of SQS, Kinesis, DynamoDB and Kafka sources, declared or created by SAM events
 * ({@code <Function><Event>}): events whose invocation failed and events dropped. Lambda publishes these
 * per mapping only with {@code MetricsConfig: {Metrics: [EventCount]}}; merge mode turns it on unless the
 * config's {@code eventSourceMappingMetrics} is false.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics">Lambda event source mapping metrics</a>
 */
public final class EventSourceMappingMonitor {
    /** The mapping's dimension; its value is the mapping's UUID, which {@code Ref} of the mapping returns. @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics">Event source mapping metrics</a> and <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html#aws-resource-lambda-eventsourcemapping-return-values">EventSourceMapping return values</a> */
    public static final String DIMENSION = "EventSourceMappingUUID";
    /** Events whose invocation failed (Lambda retries them or sends them on). @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics">Event source mapping metrics</a> */
    public static final String FAILED_INVOKE_EVENT_COUNT = "FailedInvokeEventCount";
    /** Events dropped on expiry or when retries are exhausted. @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics">Event source mapping metrics</a> */
    public static final String DROPPED_EVENT_COUNT = "DroppedEventCount";
    /** The metrics group that turns the counts on. @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-metricsconfig.html">EventSourceMapping MetricsConfig</a> */
    public static final String EVENT_COUNT = "EventCount";

    public static final ResourceProfile MAPPING = new ResourceProfile("event-source-mapping", "Lambda event source mappings",
            "AWS/Lambda",
            List.of(
                    AlarmRule.critical(DROPPED_EVENT_COUNT).metric(DROPPED_EVENT_COUNT, "Sum").above(0).evaluate(60, 1, 1)
                            .description("The mapping dropped events (expired or out of retries) without the function processing them").build(),
                    AlarmRule.warning(FAILED_INVOKE_EVENT_COUNT).metric(FAILED_INVOKE_EVENT_COUNT, "Sum").above(0).evaluate(60, 5, 3)
                            .description("Invocations of the function with the mapping's events keep failing").build()),
            List.of(new GraphSpec("Events", List.of(MetricTerm.of("PolledEventCount", "Sum"), MetricTerm.of("InvokedEventCount", "Sum"),
                            MetricTerm.of("FilteredOutEventCount", "Sum"))),
                    new GraphSpec("Failed and dropped events", List.of(MetricTerm.of(FAILED_INVOKE_EVENT_COUNT, "Sum"),
                            MetricTerm.of(DROPPED_EVENT_COUNT, "Sum")))));

    private static final String TYPE = "AWS::Lambda::EventSourceMapping";

    private EventSourceMappingMonitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(MAPPING).type(ResourceType.of(TYPE, EventSourceMappingMonitor::declared).profiles(MAPPING))
                .serviceWide(EventSourceMappingMonitor::samEvents);
    }

    private static Discovery declared(TemplateResource mapping, DiscoveryContext context) {
        Optional<String> unsupported = MappingSources.unsupported(context.service(), mapping.properties());
        if (unsupported.isPresent()) {
            return Discovery.skipped(mapping.describe() + ": " + unsupported.get());
        }
        return monitored(mapping.logicalId(), mapping.properties().path("MetricsConfig"), context, mapping.describe(),
                Facts.builder(), mapping.location(), mapping.condition());
    }

    /** The mappings SAM creates from SQS, Kinesis, DynamoDB, MSK and SelfManagedKafka events. */
    private static Discovery samEvents(DiscoveryContext context) {
        List<MonitoredResource> found = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (TemplateResource function : context.service().resources()) {
            if (!function.type().equals(ServiceTemplate.SAM_FUNCTION)) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> events = context.service().property(function, "Events").fields();
            while (events.hasNext()) {
                Map.Entry<String, JsonNode> event = events.next();
                if (!MappingSources.SAM_EVENTS.contains(event.getValue().path("Type").asText())) {
                    continue;
                }
                String generatedId = function.logicalId() + event.getKey();
                String what = function.describe() + " event " + event.getKey();
                Facts.Builder facts = Facts.builder().with(Fact.SAM_EVENT_OWNER, function.logicalId()).with(Fact.SAM_EVENT, event.getKey());
                Discovery discovery = monitored(generatedId, event.getValue().path("Properties").path("MetricsConfig"), context, what,
                        facts, function.location(), function.condition());
                found.addAll(discovery.found());
                skipped.addAll(discovery.skipped());
            }
        }
        return new Discovery(found, skipped);
    }

    private static Discovery monitored(String mappingId, JsonNode metricsConfig, DiscoveryContext context, String what,
            Facts.Builder facts, dev.lambdaobs.dashboardgen.input.SourceLocation location, Optional<String> condition) {
        MappingSources.EventCount state = MappingSources.eventCount(metricsConfig);
        if (state == MappingSources.EventCount.UNKNOWN) {
            return Discovery.skipped(what + ": MetricsConfig is not a literal list, so whether Lambda publishes "
                    + FAILED_INVOKE_EVENT_COUNT + " cannot be told; skipped");
        }
        boolean add = state == MappingSources.EventCount.OFF;
        if (add && !context.eventSourceMappingMetrics()) {
            return Discovery.skipped(what + ": no MetricsConfig " + EVENT_COUNT + ", so Lambda publishes no " + FAILED_INVOKE_EVENT_COUNT
                    + "/" + DROPPED_EVENT_COUNT + "; merge mode adds it unless eventSourceMappingMetrics is false in the config");
        }
        Facts built = facts.with(Fact.ADD_EVENT_COUNT_METRICS, add).build();
        return Discovery.found(new MonitoredResource(mappingId, mappingId, TYPE, MAPPING, Map.of(DIMENSION, Intrinsics.ref(mappingId)),
                built, location, condition));
    }
}
