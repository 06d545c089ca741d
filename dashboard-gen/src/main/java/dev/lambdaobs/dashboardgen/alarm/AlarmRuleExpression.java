package dev.lambdaobs.dashboardgen.alarm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.naming.NameScope;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import java.util.List;

/**
 * A composite alarm's rule: any child in ALARM. A child created under a template condition is named
 * inside {@code Fn::If} by its ARN ({@code Fn::GetAtt}), so the composite neither refers to an alarm
 * that does not exist nor depends on it (a resource that depends on one not created is not created
 * either); the rule then ends in {@code FALSE}, so it stays valid when every such child is absent.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html">PutCompositeAlarm: AlarmRule (names or ARNs, TRUE and FALSE)</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-condition.html">Condition attribute</a>
 */
final class AlarmRuleExpression {
    static final String OR = " OR ";
    private static final String ALWAYS_FALSE = "FALSE";
    /**
     * Room for what an ARN adds in front of the alarm name: {@code arn:}, the partition (at most 10, {@code aws-us-gov}),
     * {@code :cloudwatch:}, the Region, the 12-digit account and {@code :alarm:}.
     * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatch.html">CloudWatch alarm ARN format</a>
     */
    private static final int ARN_PREFIX_LENGTH = 4 + 10 + 12 + dev.lambdaobs.dashboardgen.limits.CloudFormationLimits.MAX_REGION_LENGTH
            + 1 + 12 + 7;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AlarmRuleExpression() {
    }

    /** The longest the child's term (with its {@code OR}) can become, for any stack name. */
    static int worstCaseLength(AlarmDefinition child) {
        int term = NameScope.worstCaseLength(term(child.name())) + OR.length();
        return child.condition().isPresent() ? term + ARN_PREFIX_LENGTH : term;
    }

    /** Room the rule keeps for its closing {@code OR FALSE}. */
    static int reserved() {
        return OR.length() + ALWAYS_FALSE.length();
    }

    static JsonNode of(List<AlarmDefinition> children) {
        if (children.stream().noneMatch(child -> child.condition().isPresent())) {
            return NameScope.value(String.join(OR, children.stream().map(child -> term(child.name())).toList()));
        }
        ArrayNode parts = JSON.arrayNode();
        StringBuilder plain = new StringBuilder();
        for (AlarmDefinition child : children) {
            if (child.condition().isEmpty()) {
                plain.append(term(child.name())).append(OR);
                continue;
            }
            flush(plain, parts);
            ObjectNode conditional = JSON.objectNode();
            conditional.putArray("Fn::If").add(child.condition().get())
                    .add(Intrinsics.sub(term("${" + child.logicalId() + ".Arn}") + OR)).add("");
            parts.add(conditional);
        }
        plain.append(ALWAYS_FALSE);
        flush(plain, parts);
        ObjectNode join = JSON.objectNode();
        join.putArray("Fn::Join").add("").add(parts);
        return join;
    }

    static String term(String alarmName) {
        return "ALARM(\"" + alarmName + "\")";
    }

    private static void flush(StringBuilder plain, ArrayNode parts) {
        if (!plain.isEmpty()) {
            parts.add(NameScope.value(plain.toString()));
            plain.setLength(0);
        }
    }
}
