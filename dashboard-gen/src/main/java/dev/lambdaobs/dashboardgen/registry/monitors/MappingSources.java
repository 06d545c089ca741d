package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import java.util.Optional;
import java.util.Set;

/**
 * Which event source mappings publish the event count metrics, and whether their {@code MetricsConfig} turns them on.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics">Event source mapping metrics</a>
 * @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-sqs.html">SAM SQS event: MetricsConfig</a>
 */
final class MappingSources {
    /** SAM event types that create a mapping of a source with event count metrics (SAM passes their MetricsConfig on). */
    static final Set<String> SAM_EVENTS = Set.of("SQS", "Kinesis", "DynamoDB", "MSK", "SelfManagedKafka");
    private static final Set<String> OTHER_SOURCES = Set.of("AWS::AmazonMQ::Broker", "AWS::DocDB::DBCluster");

    /** Whether a mapping's MetricsConfig turns EventCount on; UNKNOWN when it is not literal. */
    enum EventCount { ON, OFF, UNKNOWN }

    private MappingSources() {
    }

    /** Why a declared mapping publishes no event count metrics (Amazon MQ, DocumentDB), or empty when it does. */
    static Optional<String> unsupported(ServiceTemplate service, JsonNode properties) {
        JsonNode source = properties.path("EventSourceArn");
        String arn = CfnValues.literal(source).orElse("");
        boolean other = CfnValues.present(properties.path("Queues")) || CfnValues.present(properties.path("DocumentDBEventSourceConfig"))
                || arn.contains(":mq:") || arn.contains(":docdb") || arn.contains(":rds:")
                || service.referencedType(source).map(OTHER_SOURCES::contains).orElse(false);
        return other ? Optional.of("an Amazon MQ or DocumentDB mapping: Lambda publishes event count metrics only for SQS, Kinesis, "
                + "DynamoDB and Kafka mappings") : Optional.empty();
    }

    static EventCount eventCount(JsonNode metricsConfig) {
        if (metricsConfig.isMissingNode() || metricsConfig.isNull()) {
            return EventCount.OFF;
        }
        JsonNode metrics = metricsConfig.path("Metrics");
        boolean onlyMetrics = metricsConfig.isObject() && metricsConfig.size() == (metrics.isMissingNode() ? 0 : 1);
        if (!onlyMetrics || !metrics.isMissingNode() && !metrics.isArray()) {
            return EventCount.UNKNOWN;
        }
        for (JsonNode metric : metrics) {
            if (!metric.isTextual()) {
                return EventCount.UNKNOWN;
            }
            if (metric.asText().equals(EventSourceMappingMonitor.EVENT_COUNT)) {
                return EventCount.ON;
            }
        }
        return EventCount.OFF;
    }
}
