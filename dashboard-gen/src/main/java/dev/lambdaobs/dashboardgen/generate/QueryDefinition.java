package dev.lambdaobs.dashboardgen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.dashboard.SubBody;
import dev.lambdaobs.dashboardgen.query.SavedQuery;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A saved query bound to log groups: an {@code AWS::Logs::QueryDefinition} named {@code <service>/<query>}, in
 * the query's language. Logs Insights QL lists the log groups beside the query; SQL names them in its
 * {@code FROM} ({@code logGroups(logGroupIdentifier: [...])}), through an {@code Fn::Sub} when they are
 * CloudFormation values.
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
        ObjectNode properties = resource.putObject("Properties").put("Name", name)
                .put("QueryLanguage", query.language().name());
        if (query.language().namesLogGroupsInQuery()) {
            properties.set("QueryString", queryNamingLogGroups());
            return resource;
        }
        properties.put("QueryString", query.query());
        if (!logGroups.isEmpty()) {
            ArrayNode groups = properties.putArray("LogGroupNames");
            logGroups.forEach(group -> groups.add(group.deepCopy()));
        }
        return resource;
    }

    /** The query text with its log groups: a plain string when every name is literal, else an {@code Fn::Sub}. */
    private JsonNode queryNamingLogGroups() {
        if (logGroups.stream().allMatch(JsonNode::isTextual)) {
            return JsonNodeFactory.instance.textNode(withLogGroups(query.query(),
                    logGroups.stream().map(JsonNode::asText).toList()));
        }
        SubBody sub = new SubBody();
        List<String> embedded = logGroups.stream().map(sub::embed).toList();
        return sub.wrap(withLogGroups(SubBody.literal(query.query()), embedded));
    }

    private static String withLogGroups(String query, List<String> names) {
        String list = names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        return query.replace(SavedQuery.LOG_GROUPS, "logGroups(logGroupIdentifier: [" + list + "])");
    }
}
