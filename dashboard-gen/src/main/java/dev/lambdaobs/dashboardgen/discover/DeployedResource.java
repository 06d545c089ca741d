package dev.lambdaobs.dashboardgen.discover;

/**
 * A resource found in a deployed stack or by its tags.
 *
 * @param logicalId  its logical id in the template
 * @param type       its CloudFormation type as deployed (SAM resources appear as what SAM made of them)
 * @param physicalId the physical id CloudFormation reports (a name, URL or ARN depending on the type)
 */
public record DeployedResource(String logicalId, String type, String physicalId) {
}
