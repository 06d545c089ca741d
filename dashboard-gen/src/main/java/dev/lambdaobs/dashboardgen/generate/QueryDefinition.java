package dev.lambdaobs.dashboardgen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.query.SavedQuery;
import java.util.List;

/**
 * A saved query bound to log groups: an {@code AWS::Logs::QueryDefinition} named {@code <service>/<query>}.
 *
 * @param name      the definition name (the {@code /} makes the console show a folder)
 * @param logicalId its logical id
 * @param query     the query
 * @param logGroups the log group names, as CloudFormation values
 */
public record QueryDefinition(String name, String logicalId, SavedQuery query, List<JsonNode> logGroups) {
    public QueryDefinition {
        logGroups = List.copyOf(logGroups);
    }

    public ObjectNode toResource() {
        ObjectNode resource = JsonNodeFactory.instance.objectNode().put("Type", "AWS::Logs::QueryDefinition");
        ObjectNode properties = resource.putObject("Properties").put("Name", name).put("QueryString", query.query());
        if (!logGroups.isEmpty()) {
            ArrayNode groups = properties.putArray("LogGroupNames");
            logGroups.forEach(group -> groups.add(group.deepCopy()));
        }
        return resource;
    }
}
