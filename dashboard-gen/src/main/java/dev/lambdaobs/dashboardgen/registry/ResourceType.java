package dev.lambdaobs.dashboardgen.registry;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything dashboard-gen knows about one CloudFormation/SAM resource type, so adding a type
 * touches its monitor class only: how it is monitored, whether it is a Lambda function, how its
 * ARN is recognised among tagged resources, and how the physical id CloudFormation reports becomes
 * the value of its CloudWatch dimension (a queue's id is its URL, its dimension the queue name).
 *
 * <pre>{@code
 * ResourceType.of("AWS::SQS::Queue", MessagingMonitors::queue).tagged("sqs:").dimension(PhysicalIds.LAST_PATH_SEGMENT);
 * }</pre>
 *
 * @param type            the CloudFormation/SAM type, e.g. {@code AWS::SQS::Queue}
 * @param discoverer      how a template resource of the type is monitored; empty for a type known only for its facts
 * @param function        whether the type is a Lambda function (its settings are checked, its Globals apply)
 * @param arnPrefix       {@code service:resource} start of its ARN, to recognise it among tagged resources
 * @param physicalIdOfArn what CloudFormation would report as its physical id, given its ARN
 * @param dimensionValue  its dimension value given the physical id; empty when discover cannot derive one
 */
public record ResourceType(String type, Optional<Discoverer> discoverer, boolean function, Optional<String> arnPrefix,
        UnaryOperator<String> physicalIdOfArn, Optional<UnaryOperator<String>> dimensionValue) {

    /** A monitored type with no other facts. */
    public static ResourceType of(String type, Discoverer discoverer) {
        return new ResourceType(type, Optional.of(discoverer), false, Optional.empty(), PhysicalIds.LAST_ARN_PART, Optional.empty());
    }

    /** A type that is not monitored itself but whose facts are (e.g. an event bus, named by its rules' dimensions). */
    public static ResourceType unmonitored(String type) {
        return new ResourceType(type, Optional.empty(), false, Optional.empty(), PhysicalIds.LAST_ARN_PART, Optional.empty());
    }

    public ResourceType asFunction() {
        return new ResourceType(type, discoverer, true, arnPrefix, physicalIdOfArn, dimensionValue);
    }

    /** Recognised among tagged resources by its ARN's {@code service:resource} start; its physical id is the ARN's last part. */
    public ResourceType tagged(String prefix) {
        return new ResourceType(type, discoverer, function, Optional.of(prefix), physicalIdOfArn, dimensionValue);
    }

    /** Recognised among tagged resources, with a physical id CloudFormation derives from the ARN differently. */
    public ResourceType tagged(String prefix, UnaryOperator<String> physicalIdOfArn) {
        return new ResourceType(type, discoverer, function, Optional.of(prefix), physicalIdOfArn, dimensionValue);
    }

    public ResourceType dimension(UnaryOperator<String> fromPhysicalId) {
        return new ResourceType(type, discoverer, function, arnPrefix, physicalIdOfArn, Optional.of(fromPhysicalId));
    }
}
