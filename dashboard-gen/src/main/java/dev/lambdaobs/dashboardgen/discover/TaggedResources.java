package dev.lambdaobs.dashboardgen.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.GetResourcesResponse;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.ResourceTagMapping;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.Tag;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.TagFilter;

/**
 * Resources found by their tags (GetResources). CloudFormation tags what it creates with
 * {@code aws:cloudformation:logical-id}, which ties each ARN back to the template's logical id;
 * resources without it are skipped, since generate keys physical names by logical id.
 */
public final class TaggedResources {
    /** The tag CloudFormation puts on stack resources with their logical id. */
    static final String LOGICAL_ID_TAG = "aws:cloudformation:logical-id";

    /** ARN service and resource-type prefix to the CloudFormation type, for the types dashboard-gen monitors. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("lambda:function", "AWS::Lambda::Function"),
            Map.entry("sqs:", "AWS::SQS::Queue"),
            Map.entry("sns:", "AWS::SNS::Topic"),
            Map.entry("dynamodb:table", "AWS::DynamoDB::Table"),
            Map.entry("kinesis:stream", "AWS::Kinesis::Stream"),
            Map.entry("states:stateMachine", "AWS::StepFunctions::StateMachine"),
            Map.entry("events:rule", "AWS::Events::Rule"),
            Map.entry("events:event-bus", "AWS::Events::EventBus"),
            Map.entry("s3:", "AWS::S3::Bucket"),
            Map.entry("appsync:apis", "AWS::AppSync::GraphQLApi"));

    private final ResourceGroupsTaggingApiClient tagging;

    public TaggedResources(ResourceGroupsTaggingApiClient tagging) {
        this.tagging = tagging;
    }

    /** The resources carrying every one of {@code tags}. */
    public List<DeployedResource> withTags(Map<String, String> tags) {
        List<TagFilter> filters = tags.entrySet().stream()
                .map(e -> TagFilter.builder().key(e.getKey()).values(e.getValue()).build()).toList();
        List<DeployedResource> resources = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            GetResourcesResponse page = tagging.getResources(b -> b.tagFilters(filters).paginationToken(next));
            for (ResourceTagMapping mapping : page.resourceTagMappingList()) {
                logicalId(mapping).ifPresent(id -> type(mapping.resourceARN()).ifPresent(type ->
                        resources.add(new DeployedResource(id, type, physicalId(type, mapping.resourceARN())))));
            }
            token = page.paginationToken();
        } while (token != null && !token.isEmpty());
        return resources;
    }

    private static Optional<String> logicalId(ResourceTagMapping mapping) {
        return mapping.tags().stream().filter(t -> t.key().equals(LOGICAL_ID_TAG)).map(Tag::value).findFirst();
    }

    /** arn:partition:service:region:account:resource → the CloudFormation type. */
    static Optional<String> type(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6) {
            return Optional.empty();
        }
        String serviceAndResource = parts[2] + ":" + parts[5];
        return TYPES.entrySet().stream().filter(e -> serviceAndResource.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    /** What CloudFormation would report as the physical id, so {@link PhysicalNames} reads both alike. */
    private static String physicalId(String type, String arn) {
        return type.equals("AWS::StepFunctions::StateMachine") ? arn : arn.substring(arn.lastIndexOf(':') + 1);
    }
}
