package dev.lambdaobs.dashboardgen.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.aws.SdkJson;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeQueryDefinitionsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutQueryDefinitionRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryDefinition;

/**
 * Saved Logs Insights queries: DescribeQueryDefinitions and PutQueryDefinition. A query is known by
 * its name; updating one passes the id of the definition that has that name, so a re-run never
 * creates a duplicate.
 */
final class QueryDefinitionApi implements ResourceApi {
    /**
     * Most definitions one DescribeQueryDefinitions page returns.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeQueryDefinitions.html">DescribeQueryDefinitions</a>
     */
    static final int MAX_RESULTS_PER_PAGE = 1000;
    private static final String ID = "QueryDefinitionId";

    private final CloudWatchLogsClient logs;
    private final Map<String, String> idsByName = new HashMap<>();

    QueryDefinitionApi(CloudWatchLogsClient logs) {
        this.logs = logs;
    }

    @Override
    public List<ResourceKind> kinds() {
        return List.of(ResourceKind.QUERY_DEFINITION);
    }

    @Override
    public Map<ResourceKind, Map<String, ObjectNode>> fetch(List<Resource> desired) {
        List<String> names = desired.stream().filter(r -> r.kind() == ResourceKind.QUERY_DEFINITION)
                .map(Resource::name).toList();
        Map<String, ObjectNode> found = new HashMap<>();
        if (!names.isEmpty()) {
            String prefix = commonPrefix(names);
            String token = null;
            do {
                String next = token;
                DescribeQueryDefinitionsResponse page = logs.describeQueryDefinitions(b -> b
                        .queryDefinitionNamePrefix(prefix.isEmpty() ? null : prefix)
                        .maxResults(MAX_RESULTS_PER_PAGE).nextToken(next));
                for (QueryDefinition definition : page.queryDefinitions()) {
                    if (names.contains(definition.name())) {
                        idsByName.put(definition.name(), definition.queryDefinitionId());
                        found.put(definition.name(), Canonical.settable(definition, PutQueryDefinitionRequest.builder()));
                    }
                }
                token = page.nextToken();
            } while (token != null);
            found.values().forEach(node -> node.remove(ID));
        }
        Map<ResourceKind, Map<String, ObjectNode>> existing = new EnumMap<>(ResourceKind.class);
        existing.put(ResourceKind.QUERY_DEFINITION, found);
        return existing;
    }

    @Override
    public List<String> put(Resource resource) {
        ObjectNode request = resource.properties().deepCopy();
        String id = idsByName.get(resource.name());
        if (id != null) {
            request.put(ID, id);
        }
        String created = logs.putQueryDefinition(SdkJson.build(PutQueryDefinitionRequest.builder(), request))
                .queryDefinitionId();
        idsByName.put(resource.name(), created);
        return List.of();
    }

    private static String commonPrefix(List<String> names) {
        String prefix = names.get(0);
        for (String name : names) {
            int i = 0;
            while (i < prefix.length() && i < name.length() && prefix.charAt(i) == name.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        return prefix;
    }
}
