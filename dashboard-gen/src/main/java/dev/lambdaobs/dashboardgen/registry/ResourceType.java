package dev.lambdaobs.dashboardgen.registry;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything dashboard-gen knows about one CloudFormation/SAM resource type, so adding a type
 * touches its monitor class only: how it is monitored and with which profiles (so a config's alarm
 * rule ids are checked against that type's rules), whether it is a Lambda function, how its ARN is
 * recognised among tagged resources, and how the physical id CloudFormation reports becomes the
 * value of its CloudWatch dimension (a queue's id is its URL, its dimension the queue name).
 *
 * <pre>{@code
 * ResourceType.of("AWS::SQS::Queue", MessagingMonitors::queue).profiles(QUEUE).tagged("sqs:").dimension(PhysicalIds.LAST_PATH_SEGMENT);
 * }</pre>
 *
 * @param type            the CloudFormation/SAM type, e.g. {@code AWS::SQS::Queue}
 * @param discoverer      how a template resource of the type is monitored; empty for a type known only for its facts
 * @param profiles        the profiles its discoverer may give its resources (empty: not declared, any profile's rules)
 * @param function        whether the type is a Lambda function (its settings are checked, its Globals apply)
 * @param arnPrefix       {@code service:resource} start of its ARN, to recognise it among tagged resources
 * @param physicalIdOfArn what CloudFormation would report as its physical id, given its ARN
 * @param dimensionValue  its dimension value given the physical id; empty when discover cannot derive one
 */
public record ResourceType(String type, Optional<Discoverer> discoverer, List<ResourceProfile> profiles, boolean function,
        Optional<String> arnPrefix, UnaryOperator<String> physicalIdOfArn, Optional<UnaryOperator<String>> dimensionValue) {
    public ResourceType {
        profiles = List.copyOf(profiles);
    }

    /** A monitored type with no other facts. */
    public static ResourceType of(String type, Discoverer discoverer) {
        return new ResourceType(type, Optional.of(discoverer), List.of(), false, Optional.empty(), PhysicalIds.LAST_ARN_PART, Optional.empty());
    }

    /** A type that is not monitored itself but whose facts are (e.g. an event bus, named by its rules' dimensions). */
    public static ResourceType unmonitored(String type) {
        return new ResourceType(type, Optional.empty(), List.of(), false, Optional.empty(), PhysicalIds.LAST_ARN_PART, Optional.empty());
    }

    public ResourceType profiles(ResourceProfile... declared) {
        return new ResourceType(type, discoverer, List.of(declared), function, arnPrefix, physicalIdOfArn, dimensionValue);
    }

    public ResourceType asFunction() {
        return new ResourceType(type, discoverer, profiles, true, arnPrefix, physicalIdOfArn, dimensionValue);
    }

    /** Recognised among tagged resources by its ARN's {@code service:resource} start; its physical id is the ARN's last part. */
    public ResourceType tagged(String prefix) {
        return new ResourceType(type, discoverer, profiles, function, Optional.of(prefix), physicalIdOfArn, dimensionValue);
    }

    /** Recognised among tagged resources, with a physical id CloudFormation derives from the ARN differently. */
    public ResourceType tagged(String prefix, UnaryOperator<String> physicalIdOfArn) {
        return new ResourceType(type, discoverer, profiles, function, Optional.of(prefix), physicalIdOfArn, dimensionValue);
    }

    public ResourceType dimension(UnaryOperator<String> fromPhysicalId) {
        return new ResourceType(type, discoverer, profiles, function, arnPrefix, physicalIdOfArn, Optional.of(fromPhysicalId));
    }
}
