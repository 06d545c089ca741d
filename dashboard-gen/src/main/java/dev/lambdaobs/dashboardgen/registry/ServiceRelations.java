package dev.lambdaobs.dashboardgen.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Relations between a service's resources that decide which alarms apply: which queues are
 * dead-letter queues, which functions read streams or have a DLQ or destination.
 *
 * <pre>{@code
 * ServiceRelations relations = ServiceRelations.of(service);
 * relations.isDeadLetterQueue("OrdersDlq");
 * }</pre>
 */
public final class ServiceRelations {
    /** SAM event types that read a stream (IteratorAge). @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventsource.html">SAM event sources</a> */
    private static final Set<String> STREAM_EVENTS = Set.of("Kinesis", "DynamoDB", "DocumentDB");
    /** SAM event types that read Kafka topics (OffsetLag). */
    private static final Set<String> KAFKA_EVENTS = Set.of("MSK", "SelfManagedKafka");
    private static final Set<String> STREAM_SOURCES = Set.of("AWS::Kinesis::Stream", "AWS::DynamoDB::Table",
            "AWS::DocDB::DBCluster");
    private static final Set<String> KAFKA_SOURCES = Set.of("AWS::MSK::Cluster", "AWS::MSK::ServerlessCluster");

    private final ServiceTemplate service;
    private final Set<String> deadLetterTargets = new HashSet<>();
    private final Set<String> streamReaders = new HashSet<>();
    private final Set<String> kafkaReaders = new HashSet<>();
    private final Set<String> withDeadLetterQueue = new HashSet<>();
    private final Set<String> withDestination = new HashSet<>();

    private ServiceRelations(ServiceTemplate service) {
        this.service = service;
        for (TemplateResource resource : service.resources()) {
            collectDeadLetterTargets(resource.properties());
            switch (resource.type()) {
                case "AWS::Serverless::Function" -> samFunction(resource);
                case "AWS::Lambda::Function" -> {
                    if (CfnValues.present(resource.property("DeadLetterConfig").path("TargetArn"))) {
                        withDeadLetterQueue.add(resource.logicalId());
                    }
                }
                case "AWS::Lambda::EventSourceMapping" -> eventSourceMapping(resource);
                case "AWS::Lambda::EventInvokeConfig" -> function(resource.property("FunctionName"))
                        .filter(fn -> CfnValues.present(resource.property("DestinationConfig")))
                        .ifPresent(withDestination::add);
                default -> { }
            }
        }
    }

    public static ServiceRelations of(ServiceTemplate service) {
        return new ServiceRelations(service);
    }

    public boolean isDeadLetterQueue(String logicalId) {
        return deadLetterTargets.contains(logicalId);
    }

    public boolean readsStream(String functionId) {
        return streamReaders.contains(functionId);
    }

    public boolean readsKafka(String functionId) {
        return kafkaReaders.contains(functionId);
    }

    public boolean hasDeadLetterQueue(String functionId) {
        return withDeadLetterQueue.contains(functionId);
    }

    public boolean hasDestination(String functionId) {
        return withDestination.contains(functionId);
    }

    private void samFunction(TemplateResource function) {
        String id = function.logicalId();
        if (CfnValues.present(service.property(function, "DeadLetterQueue"))) {
            withDeadLetterQueue.add(id);
        }
        if (CfnValues.present(service.property(function, "EventInvokeConfig").path("DestinationConfig"))) {
            withDestination.add(id);
        }
        Iterator<JsonNode> events = service.property(function, "Events").elements();
        while (events.hasNext()) {
            JsonNode event = events.next();
            if (STREAM_EVENTS.contains(event.path("Type").asText())) {
                streamReaders.add(id);
            }
            if (KAFKA_EVENTS.contains(event.path("Type").asText())) {
                kafkaReaders.add(id);
            }
            if (CfnValues.present(event.path("Properties").path("DestinationConfig"))) {
                withDestination.add(id);
            }
        }
    }

    private void eventSourceMapping(TemplateResource mapping) {
        Optional<String> function = function(mapping.property("FunctionName"));
        if (function.isEmpty()) {
            return;
        }
        JsonNode source = mapping.property("EventSourceArn");
        String arn = CfnValues.literal(source).orElse("");
        boolean kafka = CfnValues.present(mapping.property("Topics")) || CfnValues.present(mapping.property("SelfManagedEventSource"))
                || arn.contains(":kafka:") || service.referencedType(source).map(KAFKA_SOURCES::contains).orElse(false);
        boolean stream = !kafka && (CfnValues.present(mapping.property("StartingPosition"))
                || CfnValues.present(mapping.property("DocumentDBEventSourceConfig"))
                || service.referencedType(source).map(STREAM_SOURCES::contains).orElse(false));
        if (kafka) {
            kafkaReaders.add(function.get());
        }
        if (stream) {
            streamReaders.add(function.get());
        }
        if (CfnValues.present(mapping.property("DestinationConfig"))) {
            withDestination.add(function.get());
        }
    }

    private Optional<String> function(JsonNode reference) {
        return CfnValues.referencedId(reference).filter(service::isFunction);
    }

    /** Any {@code deadLetterTargetArn}, {@code DeadLetterConfig}/{@code DeadLetterQueue} or {@code OnFailure} target anywhere. */
    private void collectDeadLetterTargets(JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                switch (field.getKey()) {
                    case "deadLetterTargetArn" -> addTarget(value);
                    case "DeadLetterConfig", "DeadLetterQueue" -> {
                        addTarget(value.path("Arn"));
                        addTarget(value.path("TargetArn"));
                    }
                    case "OnFailure" -> addTarget(value.path("Destination"));
                    default -> { }
                }
                collectDeadLetterTargets(value);
            }
        } else if (node.isArray()) {
            node.forEach(this::collectDeadLetterTargets);
        }
    }

    private void addTarget(JsonNode reference) {
        CfnValues.referencedId(reference).ifPresent(deadLetterTargets::add);
    }
}
