package dev.lambdaobs.dashboardgen.input;

import java.util.Map;
import java.util.Optional;

/**
 * The CloudFormation short-form YAML tags and the long-form keys they stand for.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html">Intrinsic function reference</a>
 */
final class IntrinsicTags {
    static final String GET_ATT = "Fn::GetAtt";

    private static final Map<String, String> LONG_FORM = Map.ofEntries(
            Map.entry("!Ref", "Ref"),
            Map.entry("!Condition", "Condition"),
            Map.entry("!GetAtt", GET_ATT),
            Map.entry("!Sub", "Fn::Sub"),
            Map.entry("!If", "Fn::If"),
            Map.entry("!Join", "Fn::Join"),
            Map.entry("!Select", "Fn::Select"),
            Map.entry("!Split", "Fn::Split"),
            Map.entry("!FindInMap", "Fn::FindInMap"),
            Map.entry("!Base64", "Fn::Base64"),
            Map.entry("!Cidr", "Fn::Cidr"),
            Map.entry("!GetAZs", "Fn::GetAZs"),
            Map.entry("!ImportValue", "Fn::ImportValue"),
            Map.entry("!Equals", "Fn::Equals"),
            Map.entry("!And", "Fn::And"),
            Map.entry("!Or", "Fn::Or"),
            Map.entry("!Not", "Fn::Not"),
            Map.entry("!Transform", "Fn::Transform"),
            // AWS::LanguageExtensions transform
            Map.entry("!Length", "Fn::Length"),
            Map.entry("!ToJsonString", "Fn::ToJsonString"));

    private IntrinsicTags() {
    }

    static Optional<String> longForm(String tag) {
        return Optional.ofNullable(LONG_FORM.get(tag));
    }

    static String known() {
        return String.join(", ", new java.util.TreeSet<>(LONG_FORM.keySet()));
    }
}
