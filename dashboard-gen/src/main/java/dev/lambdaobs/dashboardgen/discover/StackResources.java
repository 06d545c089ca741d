package dev.lambdaobs.dashboardgen.discover;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.ListStackResourcesResponse;

/**
 * The resources of a deployed stack. Uses ListStackResources, the paginated form of
 * DescribeStackResources, which stops at 100 resources and would silently miss the rest of a
 * large stack.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStackResources.html">DescribeStackResources (first 100 only)</a>
 */
public final class StackResources {
    private final CloudFormationClient cloudFormation;

    public StackResources(CloudFormationClient cloudFormation) {
        this.cloudFormation = cloudFormation;
    }

    public List<DeployedResource> of(String stackName) {
        List<DeployedResource> resources = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListStackResourcesResponse page = cloudFormation.listStackResources(b -> b.stackName(stackName).nextToken(next));
            page.stackResourceSummaries().forEach(r ->
                    resources.add(new DeployedResource(r.logicalResourceId(), r.resourceType(), r.physicalResourceId())));
            token = page.nextToken();
        } while (token != null);
        return resources;
    }
}
