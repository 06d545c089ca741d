package dev.lambdaobs.dashboardgen.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Resolves the CloudFormation pseudo parameters that {@code apply} can know without CloudFormation
 * (region, partition, URL suffix, and the account id, asked for only when a value uses it), so a
 * standalone template's {@code Fn::Sub "...${AWS::Region}..."} (console links, alarm ARNs in
 * dashboards) can be put directly. Anything else stays as it is and is reported.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html">Pseudo parameters</a>
 */
public final class PseudoParameters {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(?!!)([^}]+)}");

    private static final String ACCOUNT_ID = "AWS::AccountId";

    private final Map<String, String> values;
    private final Supplier<String> accountId;

    private PseudoParameters(Map<String, String> values, Supplier<String> accountId) {
        this.values = values;
        this.accountId = accountId;
    }

    /**
     * The pseudo parameters of {@code region}, whose partition and URL suffix follow from its name;
     * {@code accountId} is called at most once, the first time a value needs it.
     */
    public static PseudoParameters forRegion(String region, Supplier<String> accountId) {
        String partition = region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
        String suffix = partition.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com";
        Map<String, String> values = new java.util.HashMap<>(Map.of("AWS::Region", region, "AWS::Partition", partition,
                "AWS::URLSuffix", suffix));
        return new PseudoParameters(values, accountId);
    }

    private String value(String name) {
        if (name.equals(ACCOUNT_ID) && !values.containsKey(ACCOUNT_ID)) {
            values.put(ACCOUNT_ID, accountId.get());
        }
        return values.get(name);
    }

    /** {@code node} with every resolvable {@code Ref} and {@code Fn::Sub} replaced by its text. */
    public JsonNode resolve(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.size() == 1 && object.path("Ref").isTextual() && isPseudo(object.get("Ref").asText())) {
                return TextNode.valueOf(value(object.get("Ref").asText()));
            }
            if (object.size() == 1 && object.path("Fn::Sub").isTextual()) {
                return substitute(object);
            }
            ObjectNode copy = object.objectNode();
            object.fields().forEachRemaining(f -> copy.set(f.getKey(), resolve(f.getValue())));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(item -> copy.add(resolve(item)));
            return copy;
        }
        return node;
    }

    private boolean isPseudo(String name) {
        return values.containsKey(name) || name.equals(ACCOUNT_ID);
    }

    private JsonNode substitute(ObjectNode sub) {
        String template = sub.get("Fn::Sub").asText();
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            if (!isPseudo(matcher.group(1))) {
                return sub;
            }
            String value = value(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return TextNode.valueOf(out.toString().replace("${!", "${"));
    }
}
