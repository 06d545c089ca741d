package dev.lambdaobs.dashboardgen.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One generated dashboard.
 *
 * @param name      the DashboardName
 * @param logicalId its logical id in the output template
 * @param body      the body as JSON, values from the template as {@code ${...}} placeholders
 * @param cfnBody   the DashboardBody property: an {@code Fn::Sub} of the body text
 * @param widgets   number of widgets
 * @param metrics   number of metrics (entries of every widget's {@code metrics})
 */
public record DashboardDefinition(String name, String logicalId, ObjectNode body, JsonNode cfnBody, int widgets, int metrics) {
    /** The CloudFormation resource. */
    public ObjectNode toResource() {
        ObjectNode resource = body.objectNode().put("Type", "AWS::CloudWatch::Dashboard");
        ObjectNode properties = resource.putObject("Properties");
        properties.put("DashboardName", name);
        properties.set("DashboardBody", cfnBody);
        return resource;
    }
}
