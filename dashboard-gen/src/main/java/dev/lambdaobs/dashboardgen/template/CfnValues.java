package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CloudFormation property values that may be literals or intrinsic functions.
 *
 * <pre>{@code
 * CfnValues.referencedId(json("{\"Fn::GetAtt\":[\"Dlq\",\"Arn\"]}")); // Optional[Dlq]
 * }</pre>
 */
public final class CfnValues {
    private static final Pattern SINGLE_SUB = Pattern.compile("^\\$\\{([A-Za-z0-9]+)(\\.[A-Za-z0-9.]+)?}$");

    private CfnValues() {
    }

    /** The logical id a value refers to by {@code Ref}, {@code Fn::GetAtt} or a one-variable {@code Fn::Sub}. */
    public static Optional<String> referencedId(JsonNode value) {
        if (value == null || !value.isObject() || value.size() != 1) {
            return Optional.empty();
        }
        if (value.path("Ref").isTextual()) {
            return Optional.of(value.get("Ref").asText());
        }
        JsonNode getAtt = value.get("Fn::GetAtt");
        if (getAtt != null) {
            if (getAtt.isArray() && getAtt.size() > 0 && getAtt.get(0).isTextual()) {
                return Optional.of(getAtt.get(0).asText());
            }
            if (getAtt.isTextual()) {
                return Optional.of(getAtt.asText().split("\\.", 2)[0]);
            }
        }
        JsonNode sub = value.get("Fn::Sub");
        if (sub != null && sub.isTextual()) {
            Matcher matcher = SINGLE_SUB.matcher(sub.asText());
            if (matcher.matches()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /** The plain string or number a value holds, if it is not an intrinsic function. */
    public static Optional<String> literal(JsonNode value) {
        if (value == null || !(value.isTextual() || value.isNumber())) {
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    /** A literal whole number, e.g. a function's {@code Timeout}. */
    public static Optional<Integer> literalInt(JsonNode value) {
        return literal(value).flatMap(text -> {
            try {
                return Optional.of((int) Double.parseDouble(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** True for {@code Ref AWS::NoValue}: the property is left out, as if it were not written. */
    public static boolean isNoValue(JsonNode value) {
        return value != null && value.isObject() && value.size() == 1 && "AWS::NoValue".equals(value.path("Ref").asText());
    }

    /** True when the value is present: not missing, not explicitly null and not {@code Ref AWS::NoValue}. */
    public static boolean present(JsonNode value) {
        return value != null && !value.isMissingNode() && !value.isNull() && !isNoValue(value);
    }
}
