package dev.lambdaobs.dashboardgen.stacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import org.junit.jupiter.api.Test;

/** What moves into a nested stack gets what it refers to as parameters: resources, conditions, the stack name. */
class NestedStacksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode template() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"Conditions": {"IsProd": {"Fn::Equals": ["a", "a"]}},
                 "Resources": {
                  "Fn": {"Type": "AWS::Lambda::Function", "Condition": "IsProd", "Properties": {}},
                  "Other": {"Type": "AWS::Lambda::Function", "Properties": {}},
                  "AlarmFnErrors": {"Type": "AWS::CloudWatch::Alarm", "Condition": "IsProd",
                    "Metadata": {"lambdaobs:generated": true},
                    "Properties": {"AlarmName": {"Fn::Sub": "${AWS::StackName}-Fn-Errors"},
                      "Dimensions": [{"Name": "FunctionName", "Value": {"Ref": "Fn"}}]}},
                  "AlarmOtherErrors": {"Type": "AWS::CloudWatch::Alarm", "Metadata": {"lambdaobs:generated": true},
                    "Properties": {"AlarmName": {"Fn::Sub": "${AWS::StackName}-Other-Errors"},
                      "Dimensions": [{"Name": "FunctionName", "Value": {"Ref": "Other"}}]}},
                  "AlarmCritical": {"Type": "AWS::CloudWatch::CompositeAlarm", "Metadata": {"lambdaobs:generated": true},
                    "DependsOn": ["AlarmOtherErrors"],
                    "Properties": {"AlarmRule": {"Fn::Join": ["", [
                      {"Fn::Sub": "ALARM(\\"${AWS::StackName}-Other-Errors\\") OR "},
                      {"Fn::If": ["IsProd", {"Fn::Sub": "ALARM(\\"${AlarmFnErrors.Arn}\\") OR "}, ""]}, "FALSE"]]}}}}}
                """);
    }

    @Test
    void referencesConditionsAndTheStackNameBecomeParameters() throws Exception {
        NestedStacks.Layout layout = NestedStacks.split(template(), "svc/stacks", "svc", MonitorRegistry.standard().functionTypes());
        assertThat(layout.nested()).hasSize(1);
        JsonNode nested = layout.nested().get("svc/stacks/svc-1.template.json");
        JsonNode stack = layout.parent().path("Resources").path("LambdaobsMonitoringStack1");
        assertThat(stack.path("Type").asText()).isEqualTo("AWS::CloudFormation::Stack");
        assertThat(stack.path("Properties").path("TemplateURL").asText()).isEqualTo("svc/stacks/svc-1.template.json");
        assertThat(layout.parent().path("Resources").has("AlarmFnErrors")).isFalse();
        assertThat(layout.parent().path("Resources").has("Fn")).isTrue();

        // The condition is redeclared from a parameter the parent fills from its own condition.
        assertThat(nested.path("Conditions").path("IsProd").toString())
                .isEqualTo("{\"Fn::Equals\":[{\"Ref\":\"LambdaobsCondition1\"},\"true\"]}");
        JsonNode values = stack.path("Properties").path("Parameters");
        assertThat(values.path("LambdaobsCondition1").toString()).isEqualTo("{\"Fn::If\":[\"IsProd\",\"true\",\"false\"]}");
        // A conditional function's name travels as "-" when it is not created.
        assertThat(values.path("LambdaobsReferences1").toString())
                .isEqualTo("{\"Fn::Join\":[\",\",[{\"Fn::If\":[\"IsProd\",{\"Ref\":\"Fn\"},\"-\"]},{\"Ref\":\"Other\"}]]}");
        JsonNode alarm = nested.path("Resources").path("AlarmFnErrors");
        assertThat(alarm.path("Condition").asText()).isEqualTo("IsProd");
        assertThat(alarm.path("Properties").path("Dimensions").get(0).path("Value").toString())
                .isEqualTo("{\"Fn::Select\":[0,{\"Ref\":\"LambdaobsReferences1\"}]}");
        // Names keep the parent's stack name; the composite's rule still reaches its conditional child by ARN.
        assertThat(alarm.path("Properties").path("AlarmName").toString()).isEqualTo("{\"Fn::Sub\":\"${LambdaobsStackName}-Fn-Errors\"}");
        assertThat(values.path("LambdaobsStackName").toString()).isEqualTo("{\"Ref\":\"AWS::StackName\"}");
        JsonNode composite = nested.path("Resources").path("AlarmCritical");
        assertThat(composite.path("Properties").path("AlarmRule").toString()).contains("${AlarmFnErrors.Arn}");
        assertThat(composite.path("DependsOn").toString()).isEqualTo("[\"AlarmOtherErrors\"]");
        assertThat(stack.has("DependsOn")).isFalse();
    }
}
