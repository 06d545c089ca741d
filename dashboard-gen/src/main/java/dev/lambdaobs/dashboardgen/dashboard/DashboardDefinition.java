package dev.lambdaobs.dashboardgen.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One generated dashboard.
 *
 * @param name      the dashboard's name in output files and the summary ({@code <service>-summary})
 * @param deployedName the DashboardName property: per stack and Region in merge mode (see {@link
 *                  dev.lambdaobs.dashboardgen.naming.NameScope})
 * @param logicalId its logical id in the output template
 * @param body      the body as JSON, values from the template as {@code ${...}} placeholders
 * @param cfnBody   the DashboardBody property: an {@code Fn::Sub} of the body text
 * @param widgets   number of widgets
 * @param metrics   number of metrics (entries of every widget's {@code metrics})
 */
public record DashboardDefinition(String name, JsonNode deployedName, String logicalId, ObjectNode body, JsonNode cfnBody, int widgets, int metrics) {
    /** The CloudFormation resource. */
    public ObjectNode toResource() {
        ObjectNode resource = body.objectNode().put("Type", "AWS::CloudWatch::Dashboard");
        ObjectNode properties = resource.putObject("Properties");
        properties.set("DashboardName", deployedName.deepCopy());
        properties.set("DashboardBody", cfnBody);
        return resource;
    }
}
