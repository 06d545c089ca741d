package dev.lambdaobs.dashboardgen.discover;

import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
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

    private final ResourceGroupsTaggingApiClient tagging;
    private final MonitorRegistry registry;

    /** {@code registry} knows which ARNs are of the types dashboard-gen monitors. */
    public TaggedResources(ResourceGroupsTaggingApiClient tagging, MonitorRegistry registry) {
        this.tagging = tagging;
        this.registry = registry;
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
                String arn = mapping.resourceARN();
                logicalId(mapping).ifPresent(id -> registry.typeOfArn(arn).ifPresent(type ->
                        resources.add(new DeployedResource(id, type.type(), type.physicalIdOfArn().apply(arn)))));
            }
            token = page.paginationToken();
        } while (token != null && !token.isEmpty());
        return resources;
    }

    private static Optional<String> logicalId(ResourceTagMapping mapping) {
        return mapping.tags().stream().filter(t -> t.key().equals(LOGICAL_ID_TAG)).map(Tag::value).findFirst();
    }
}
