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
import dev.lambdaobs.dashboardgen.registry.PhysicalIds;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * EventBridge rules: failed and throttled deliveries, and events lost because they could not be put in a target's
 * dead-letter queue; where that queue is outside the template, events sent to it. Rules on a custom bus carry the EventBusName dimension too; their {@code Ref}
 * is {@code bus|rule}, so the rule name is the part after the bar.
 *
 * @see <a href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-monitoring.html">EventBridge metrics</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-rule.html#aws-resource-events-rule-return-values">AWS::Events::Rule return values</a>
 */
public final class EventBridgeMonitor {
    private static final String DEFAULT_BUS = "default";

    public static final ResourceProfile RULE = new ResourceProfile("eventbridge", "EventBridge rules", "AWS/Events",
            List.of(
                    AlarmRule.critical("FailedInvocations").metric("FailedInvocations", "Sum").above(0).evaluate(60, 1, 1)
                            .description("The rule could not deliver events to a target").build(),
                    AlarmRule.warning("ThrottledRules").metric("ThrottledRules", "Sum").above(0).evaluate(60, 5, 3)
                            .description("Rule invocations are throttled").build(),
                    AlarmRule.critical("InvocationsFailedToBeSentToDlq").metric("InvocationsFailedToBeSentToDlq", "Sum").above(0)
                            .evaluate(60, 1, 1).when(r -> r.facts().is(Fact.RULE_HAS_DEAD_LETTER_QUEUE))
                            .description("Undelivered events could not be put in the dead-letter queue and are lost").build(),
                    AlarmRule.critical("DeadLetterInvocations").metric("DeadLetterInvocations", "Sum").above(0).evaluate(60, 1, 1)
                            .when(r -> r.facts().is(Fact.EXTERNAL_DEAD_LETTER_QUEUE))
                            .description("Events were not delivered and went to a dead-letter queue outside this template").build()),
            List.of(new GraphSpec("Invocations", List.of(MetricTerm.of("TriggeredRules", "Sum"), MetricTerm.of("Invocations", "Sum"),
                            MetricTerm.of("FailedInvocations", "Sum"))),
                    GraphSpec.of("Throttled", "ThrottledRules", "Sum")));

    private EventBridgeMonitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(RULE)
                // A rule on a custom bus has the physical id "bus|rule"; its RuleName dimension is the rule's name.
                .type(ResourceType.of("AWS::Events::Rule", EventBridgeMonitor::rule).profiles(RULE).tagged("events:rule")
                        .dimension(id -> PhysicalIds.LAST_PATH_SEGMENT.apply(id.substring(id.indexOf('|') + 1))))
                // Not monitored itself, but a rule's EventBusName dimension needs its name in standalone mode.
                .type(ResourceType.unmonitored("AWS::Events::EventBus").tagged("events:event-bus").dimension(PhysicalIds.LAST_PATH_SEGMENT))
                .serviceWide(ImplicitRules::discover);
    }

    static Discovery rule(TemplateResource rule, DiscoveryContext context) {
        Optional<JsonNode> bus = busName(rule, context);
        Map<String, JsonNode> dimensions = new LinkedHashMap<>();
        JsonNode name = rule.property("Name");
        if (bus.isEmpty()) {
            dimensions.put("RuleName", Monitored.name(rule, "Name", Intrinsics.ref(rule.logicalId())));
        } else {
            dimensions.put("EventBusName", bus.get());
            dimensions.put("RuleName", Intrinsics.isLiteral(name) || name.has("Fn::Sub") ? name
                    : Intrinsics.selectSplit(1, "|", Intrinsics.ref(rule.logicalId())));
        }
        return Discovery.found(Monitored.of(rule, RULE, dimensions, deadLetterFacts(rule, context)));
    }

    /**
     * Whether a target has a dead-letter queue and whether one is outside the template: a {@code Ref}/{@code GetAtt}
     * names a resource of the template (or one SAM generates), a literal ARN, import or parameter one outside it.
     */
    private static Facts deadLetterFacts(TemplateResource rule, DiscoveryContext context) {
        boolean any = false;
        boolean external = false;
        for (JsonNode target : rule.property("Targets")) {
            JsonNode arn = target.path("DeadLetterConfig").path("Arn");
            if (CfnValues.present(arn)) {
                any = true;
                Optional<String> id = CfnValues.referencedId(arn);
                external |= id.isEmpty() || context.service().isParameter(id.get());
            }
        }
        return Facts.builder().with(Fact.RULE_HAS_DEAD_LETTER_QUEUE, any).with(Fact.EXTERNAL_DEAD_LETTER_QUEUE, external).build();
    }

    /** The custom bus name, or empty for the default bus. */
    private static Optional<JsonNode> busName(TemplateResource rule, DiscoveryContext context) {
        JsonNode bus = rule.property("EventBusName");
        if (!CfnValues.present(bus) || bus.asText().equals(DEFAULT_BUS)) {
            return Optional.empty();
        }
        if (Intrinsics.isLiteral(bus)) {
            String text = bus.asText();
            return Optional.of(Intrinsics.text(text.contains("event-bus/") ? text.substring(text.lastIndexOf('/') + 1) : text));
        }
        Optional<String> busId = CfnValues.referencedId(bus).filter(id -> context.service().isOfType(id, java.util.Set.of("AWS::Events::EventBus")));
        // Ref and GetAtt Name of an event bus are its name; GetAtt Arn is not, so ask for Name.
        return Optional.of(busId.map(id -> Intrinsics.getAtt(id, "Name")).orElse(bus));
    }
}
