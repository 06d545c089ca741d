package dev.lambdaobs.dashboardgen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.limits.CloudFormationLimits;
import java.util.Map;

/**
 * Renders a generated CloudFormation string value as CloudFormation would with the longest stack name and
 * Region, every condition true: {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::If}; {@code ${Id.Arn}} from a map.
 */
final class WorstCase {
    static final String STACK = "S".repeat(CloudFormationLimits.MAX_STACK_NAME_LENGTH);
    static final String REGION = "r".repeat(CloudFormationLimits.MAX_REGION_LENGTH);
    static final String ARN_PREFIX = "arn:aws-us-gov:cloudwatch:" + REGION + ":123456789012:alarm:";

    private WorstCase() {
    }

    static String text(JsonNode value, Map<String, String> arns) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.has("Fn::Sub")) {
            String text = value.get("Fn::Sub").asText().replace("${AWS::StackName}", STACK).replace("${AWS::Region}", REGION);
            for (Map.Entry<String, String> arn : arns.entrySet()) {
                text = text.replace("${" + arn.getKey() + ".Arn}", arn.getValue());
            }
            if (text.contains("${")) {
                throw new AssertionError("unresolved variable in " + value);
            }
            return text;
        }
        if (value.has("Fn::If")) {
            return text(value.get("Fn::If").get(1), arns);
        }
        if (value.has("Fn::Join")) {
            StringBuilder joined = new StringBuilder();
            String separator = value.get("Fn::Join").get(0).asText();
            for (JsonNode part : value.get("Fn::Join").get(1)) {
                joined.append(joined.isEmpty() ? "" : separator).append(text(part, arns));
            }
            return joined.toString();
        }
        throw new AssertionError("not a string value: " + value);
    }
}
