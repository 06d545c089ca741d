package dev.lambdaobs.dashboardgen.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lambdaobs.dashboardgen.aws.SdkJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Brings properties into one canonical form: fields CloudWatch defaults (ActionsEnabled true,
 * ReturnData true, a query's QueryLanguage CWLI) are dropped, as are nulls, empty lists and empty objects; numbers compare as
 * doubles; dimensions are sorted by name. What is equal in effect becomes equal in form.
 */
final class Canonical {
    /** Properties that are not part of the resource as CloudWatch stores it. */
    private static final Set<String> IGNORED = Set.of("Tags");
    /**
     * Fields whose only value the service returns when unset is the default given here.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_QueryDefinition.html">QueryDefinition: queryLanguage</a>
     */
    private static final Map<String, JsonNode> DEFAULTS = Map.of("ActionsEnabled", BooleanNode.TRUE, "ReturnData", BooleanNode.TRUE,
            "QueryLanguage", TextNode.valueOf("CWLI"));

    private Canonical() {
    }

    /** What AWS described, canonical, with only the fields its put request ({@code putRequestBuilder}) can set. */
    static ObjectNode settable(SdkPojo described, SdkPojo putRequestBuilder) {
        return of(SdkJson.toJson(described, putRequestBuilder));
    }

    static ObjectNode of(ObjectNode properties) {
        ObjectNode copy = properties.deepCopy();
        IGNORED.forEach(copy::remove);
        clean(copy);
        return copy;
    }

    private static void clean(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> remove = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                clean(value);
                if (isEmpty(value) || isDefault(field.getKey(), value)) {
                    remove.add(field.getKey());
                } else if (value.isNumber()) {
                    object.put(field.getKey(), value.asDouble());
                } else if (field.getKey().equals("Dimensions") && value instanceof ArrayNode dims) {
                    object.set("Dimensions", sortedByName(dims));
                }
            }
            remove.forEach(object::remove);
        } else if (node instanceof ArrayNode array) {
            array.forEach(Canonical::clean);
        }
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || (value.isContainerNode() && value.isEmpty());
    }

    private static boolean isDefault(String key, JsonNode value) {
        return value.equals(DEFAULTS.get(key));
    }

    private static ArrayNode sortedByName(ArrayNode dimensions) {
        List<JsonNode> items = new ArrayList<>();
        dimensions.forEach(items::add);
        items.sort((a, b) -> a.path("Name").asText().compareTo(b.path("Name").asText()));
        ArrayNode sorted = dimensions.arrayNode();
        items.forEach(sorted::add);
        return sorted;
    }
}
