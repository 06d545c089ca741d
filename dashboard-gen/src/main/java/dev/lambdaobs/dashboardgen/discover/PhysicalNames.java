package dev.lambdaobs.dashboardgen.discover;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Turns the physical id CloudFormation reports into the value CloudWatch's dimension for that
 * resource needs, per resource type: a queue's id is its URL but its dimension is the queue name,
 * a topic's id is its ARN but its dimension the topic name, and so on.
 *
 * <pre>{@code
 * PhysicalNames.dimensionValue("AWS::SQS::Queue", "https://sqs.eu-west-1.amazonaws.com/123456789012/orders");
 * // Optional[orders]
 * }</pre>
 */
public final class PhysicalNames {
    private static final UnaryOperator<String> AS_IS = id -> id;
    private static final UnaryOperator<String> LAST_PATH_SEGMENT = id -> id.substring(id.lastIndexOf('/') + 1);
    private static final UnaryOperator<String> LAST_ARN_PART = id -> id.substring(id.lastIndexOf(':') + 1);

    /** The conversions by deployed type; a type missing here has no dimension discover can derive. */
    private static final Map<String, UnaryOperator<String>> BY_TYPE = Map.ofEntries(
            Map.entry("AWS::Lambda::Function", LAST_ARN_PART),
            Map.entry("AWS::SQS::Queue", LAST_PATH_SEGMENT),
            Map.entry("AWS::SNS::Topic", LAST_ARN_PART),
            Map.entry("AWS::DynamoDB::Table", LAST_PATH_SEGMENT),
            Map.entry("AWS::Kinesis::Stream", LAST_PATH_SEGMENT),
            Map.entry("AWS::StepFunctions::StateMachine", AS_IS),
            Map.entry("AWS::S3::Bucket", AS_IS),
            Map.entry("AWS::Events::EventBus", LAST_PATH_SEGMENT),
            // A rule on a custom bus has the id "bus|rule"; its RuleName dimension is the rule's name.
            Map.entry("AWS::Events::Rule", id -> LAST_PATH_SEGMENT.apply(id.substring(id.indexOf('|') + 1))),
            Map.entry("AWS::ApiGatewayV2::Api", LAST_PATH_SEGMENT),
            Map.entry("AWS::AppSync::GraphQLApi", LAST_PATH_SEGMENT),
            Map.entry("AWS::SES::ConfigurationSet", AS_IS));

    private PhysicalNames() {
    }

    /** The dimension value for a resource of {@code type} with {@code physicalId}, when derivable. */
    public static Optional<String> dimensionValue(String type, String physicalId) {
        UnaryOperator<String> conversion = BY_TYPE.get(type);
        if (conversion == null || physicalId == null || physicalId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(conversion.apply(physicalId));
    }
}
