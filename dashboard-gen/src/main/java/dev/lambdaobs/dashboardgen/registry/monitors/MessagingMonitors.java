package dev.lambdaobs.dashboardgen.registry.monitors;

import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Comparison;
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
import dev.lambdaobs.dashboardgen.registry.Threshold;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.List;
import java.util.Map;

/**
 * SQS queues (every dead-letter queue alarms on its first message) and SNS topics.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html#SQS">Recommended alarms: SQS</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html#SNS">Recommended alarms: SNS</a>
 */
public final class MessagingMonitors {
    public static final ResourceProfile QUEUE = new ResourceProfile("sqs", "SQS queues", "AWS/SQS",
            List.of(
                    AlarmRule.warning("OldestMessageAge").metric("ApproximateAgeOfOldestMessage", "Maximum").above(600)
                            .evaluate(60, 15, 15).when(r -> !r.facts().is(Fact.IS_DEAD_LETTER_QUEUE))
                            .description("Messages wait more than 10 minutes: consumers are failing or too slow").build(),
                    AlarmRule.critical("DeadLetterMessages").metric("ApproximateNumberOfMessagesVisible", "Maximum")
                            .compare(Comparison.GREATER_OR_EQUAL, Threshold.fixed(1)).evaluate(60, 1, 1)
                            .when(r -> r.facts().is(Fact.IS_DEAD_LETTER_QUEUE))
                            .description("The dead-letter queue holds a failed message").build()),
            List.of(new GraphSpec("Messages", List.of(MetricTerm.of("NumberOfMessagesSent", "Sum"),
                            MetricTerm.of("NumberOfMessagesDeleted", "Sum"), MetricTerm.of("ApproximateNumberOfMessagesVisible", "Maximum"))),
                    GraphSpec.of("Age of oldest message", "ApproximateAgeOfOldestMessage", "Maximum")));

    public static final ResourceProfile TOPIC = new ResourceProfile("sns", "SNS topics", "AWS/SNS",
            List.of(
                    AlarmRule.critical("NotificationsFailed").metric("NumberOfNotificationsFailed", "Sum").above(0).evaluate(60, 5, 5)
                            .description("SNS could not deliver notifications to subscribers").build(),
                    AlarmRule.warning("FilteredOutInvalidAttributes").metric("NumberOfNotificationsFilteredOut-InvalidAttributes", "Sum")
                            .above(0).evaluate(60, 5, 5)
                            .description("Messages were filtered out because their attributes are invalid").build()),
            List.of(new GraphSpec("Notifications", List.of(MetricTerm.of("NumberOfMessagesPublished", "Sum"),
                            MetricTerm.of("NumberOfNotificationsDelivered", "Sum"), MetricTerm.of("NumberOfNotificationsFailed", "Sum"))),
                    GraphSpec.of("Filtered out (invalid attributes)", "NumberOfNotificationsFilteredOut-InvalidAttributes", "Sum")));

    private MessagingMonitors() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(QUEUE).profile(TOPIC)
                .type(ResourceType.of("AWS::SQS::Queue", MessagingMonitors::queue).profiles(QUEUE).tagged("sqs:").dimension(PhysicalIds.LAST_PATH_SEGMENT))
                .type(ResourceType.of("AWS::SNS::Topic", Monitored.single(TOPIC, "TopicName",
                        topic -> Monitored.name(topic, "TopicName", Intrinsics.getAtt(topic.logicalId(), "TopicName"))))
                        .profiles(TOPIC).tagged("sns:").dimension(PhysicalIds.LAST_ARN_PART));
    }

    private static Discovery queue(TemplateResource queue, DiscoveryContext context) {
        Facts facts = Facts.builder().with(Fact.IS_DEAD_LETTER_QUEUE, context.relations().isDeadLetterQueue(queue.logicalId())).build();
        return Discovery.found(Monitored.of(queue, QUEUE,
                Map.of("QueueName", Monitored.name(queue, "QueueName", Intrinsics.getAtt(queue.logicalId(), "QueueName"))), facts));
    }
}
