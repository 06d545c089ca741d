package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The EventBridge rules SAM creates from {@code EventBridgeRule}, {@code CloudWatchEvent} and
 * {@code Schedule} events of functions and state machines (logical id {@code <Owner><EventName>}),
 * and the dead-letter queues SAM creates for them ({@code DeadLetterConfig.Type: SQS}, logical id
 * {@code QueueLogicalId} or {@code <Owner><EventName>Queue}). {@code ScheduleV2} events create an
 * EventBridge Scheduler schedule, not a rule: its group is watched as {@link SchedulerMonitor} watches schedules.
 *
 * @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventbridgerule.html">SAM EventBridgeRule event</a>
 * @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deadletterconfig.html">SAM event DeadLetterConfig</a>
 * @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-schedulev2.html">SAM ScheduleV2 event</a>
 */
final class ImplicitRules {
    private static final Set<String> OWNERS = Set.of(ServiceTemplate.SAM_FUNCTION, "AWS::Serverless::StateMachine");
    private static final Set<String> RULE_EVENTS = Set.of("EventBridgeRule", "CloudWatchEvent", "Schedule");
    private static final String SCHEDULE_V2 = "ScheduleV2";
    /** The event property SAM passes on as the rule's Name. */
    private static final Map<String, String> NAME_PROPERTY = Map.of("EventBridgeRule", "RuleName", "Schedule", "Name");

    private ImplicitRules() {
    }

    static Discovery discover(DiscoveryContext context) {
        List<MonitoredResource> found = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (TemplateResource owner : context.service().resources()) {
            if (!OWNERS.contains(owner.type())) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> events = context.service().property(owner, "Events").fields();
            while (events.hasNext()) {
                Map.Entry<String, JsonNode> event = events.next();
                String type = event.getValue().path("Type").asText();
                JsonNode properties = event.getValue().path("Properties");
                String generatedId = owner.logicalId() + event.getKey();
                if (context.service().resource(generatedId).isPresent()) {
                    continue;
                }
                if (RULE_EVENTS.contains(type)) {
                    found.addAll(EventBridgeMonitor.rule(rule(owner, generatedId, type, properties), context).found());
                } else if (type.equals(SCHEDULE_V2)) {
                    found.addAll(SchedulerMonitor.schedule(schedule(owner, generatedId, properties), context).found());
                } else {
                    continue;
                }
                deadLetterQueue(context.service(), owner, generatedId, properties).ifPresent(found::add);
            }
        }
        return new Discovery(found, skipped);
    }

    /** The rule SAM generates, as a template resource carrying the name and bus the event sets. */
    private static TemplateResource rule(TemplateResource owner, String ruleId, String type, JsonNode event) {
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        JsonNode name = event.path(NAME_PROPERTY.getOrDefault(type, "Name"));
        if (CfnValues.present(name)) {
            properties.set("Name", name.deepCopy());
        }
        if (CfnValues.present(event.path("EventBusName"))) {
            properties.set("EventBusName", event.get("EventBusName").deepCopy());
        }
        // SAM puts the event's DeadLetterConfig on the rule's target: a queue it creates (Type) or the one given by Arn.
        deadLetterArn(ruleId, event).ifPresent(arn -> properties.putArray("Targets").addObject().putObject("DeadLetterConfig").set("Arn", arn));
        // SAM gives the resources it generates for a function the function's Condition.
        return new TemplateResource(ruleId, "AWS::Events::Rule", properties, JsonNodeFactory.instance.objectNode(),
                owner.condition(), owner.location());
    }

    /** The event's dead-letter queue: the one given by Arn, or the one SAM creates for a Type. */
    private static Optional<JsonNode> deadLetterArn(String generatedId, JsonNode event) {
        JsonNode deadLetter = event.path("DeadLetterConfig");
        if (CfnValues.present(deadLetter.path("Arn"))) {
            return Optional.of(deadLetter.get("Arn").deepCopy());
        }
        if (CfnValues.present(deadLetter.path("Type"))) {
            return Optional.of(Intrinsics.getAtt(CfnValues.literal(deadLetter.path("QueueLogicalId")).orElse(generatedId + "Queue"), "Arn"));
        }
        return Optional.empty();
    }

    /** The EventBridge Scheduler schedule SAM generates for a {@code ScheduleV2} event: its group and dead-letter queue. */
    private static TemplateResource schedule(TemplateResource owner, String scheduleId, JsonNode event) {
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        if (CfnValues.present(event.path("GroupName"))) {
            properties.set("GroupName", event.get("GroupName").deepCopy());
        }
        deadLetterArn(scheduleId, event).ifPresent(arn -> properties.putObject("Target").putObject("DeadLetterConfig").set("Arn", arn));
        return new TemplateResource(scheduleId, "AWS::Scheduler::Schedule", properties, JsonNodeFactory.instance.objectNode(),
                owner.condition(), owner.location());
    }

    /** The queue SAM creates when the event's DeadLetterConfig has a Type (a DLQ given by Arn is found by ServiceRelations). */
    private static Optional<MonitoredResource> deadLetterQueue(ServiceTemplate service, TemplateResource owner,
            String generatedId, JsonNode event) {
        JsonNode config = event.path("DeadLetterConfig");
        if (!CfnValues.present(config.path("Type"))) {
            return Optional.empty();
        }
        String queueId = CfnValues.literal(config.path("QueueLogicalId")).orElse(generatedId + "Queue");
        if (service.resource(queueId).isPresent()) {
            return Optional.empty();
        }
        Facts facts = Facts.builder().with(Fact.IS_DEAD_LETTER_QUEUE, true).build();
        return Optional.of(new MonitoredResource(queueId, queueId, "AWS::SQS::Queue", MessagingMonitors.QUEUE,
                Map.of("QueueName", Intrinsics.getAtt(queueId, "QueueName")), facts, owner.location(), owner.condition()));
    }
}
