package dev.lambdaobs.dashboardgen.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.limits.CloudFormationLimits;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One nested stack's share of the monitoring. What its resources refer to outside it travels as parameters: the
 * parent's resources and other nested stacks' outputs packed into {@code CommaDelimitedList} parameters (read with
 * {@code Fn::Select}, each value within {@link CloudFormationLimits#MAX_PARAMETER_VALUE_BYTES} for any deployed
 * name), the parent's own parameters one each, each condition as {@code "true"}/{@code "false"} (redeclared under its
 * name), and the parent's stack name, which alarm and dashboard names keep.
 */
final class NestedTemplate {
    static final String STACK_NAME_PARAMETER = "LambdaobsStackName";
    /** A value standing for a resource whose condition is false (a list parameter cannot hold an empty value). */
    static final String ABSENT = "-";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Longest function name, ARN and anything else a Ref or GetAtt may give (alarm ARNs, queue URLs, topic ARNs). */
    private static final int FUNCTION_NAME = 64;
    private static final int FUNCTION_ARN = 200;
    private static final int ANY_VALUE = 1_024;
    /** Parameters kept free for the stack name and rounding. */
    private static final int PARAMETER_MARGIN = 2;

    /** The Lambda function types (from the monitor registry): a reference to one is a name or ARN of known length. */
    private final Set<String> functionTypes;
    /** The condition of each resource SAM generates that a moved alarm watches (see {@link NestedStacks}). */
    private final Map<String, JsonNode> generatedConditions;
    private final List<String> members = new ArrayList<>();
    private final Set<String> memberSet = new LinkedHashSet<>();
    private final Map<References.Target, Integer> external = new LinkedHashMap<>();
    private final Set<String> conditions = new LinkedHashSet<>();
    private final Map<String, JsonNode> outputs = new LinkedHashMap<>();
    /** The parameters {@link #external} needs, kept as it grows: {@link #fits} then counts only a resource's new ones. */
    private final ParameterCount parameterCount = new ParameterCount();
    private int bytes;
    /** Outputs the members may need: each value another moved resource reads of them (see {@link Candidate#readByOthers}). */
    private int outputsNeeded;
    private ObjectNode built;
    /** The parameter values and dependencies of this stack's resource in the parent, known once built. */
    private ObjectNode pendingStack;

    NestedTemplate(Set<String> functionTypes, Map<String, JsonNode> generatedConditions) {
        this.functionTypes = functionTypes;
        this.generatedConditions = generatedConditions;
    }

    List<String> members() {
        return members;
    }

    boolean isEmpty() {
        return members.isEmpty();
    }

    /**
     * A resource to place, with what {@code fits} and {@code add} read of it, found once.
     *
     * @param size       its size as a member (with its references at their largest), in bytes
     * @param targets    its {@link References#targets}
     * @param conditions its own condition and those its {@code Fn::If}s name
     * @param readByOthers the distinct values ({@code Ref} or an attribute) other moved resources or the parent read of
     *                   it, e.g. a conditional alarm's ARN its composite names: each is an output of its stack when the
     *                   reader is elsewhere, so a stack holds members read this way at most {@code MAX_OUTPUTS_PER_TEMPLATE} times
     */
    record Candidate(String id, int size, Set<References.Target> targets, Set<String> conditions, int readByOthers) {
        static Candidate of(String id, ObjectNode resource, int size) {
            return new Candidate(id, size, References.targets(resource), conditionsOf(resource), 0);
        }

        Candidate readByOthers(int values) {
            return new Candidate(id, size, targets, conditions, values);
        }
    }

    /** Whether the resource fits beside the members within the resource, byte, output and parameter budgets. */
    boolean fits(Candidate candidate, ObjectNode parent, Map<String, ObjectNode> moved, int byteBudget) {
        if (members.size() + 1 > CloudFormationLimits.MAX_RESOURCES_PER_STACK || bytes + candidate.size() > byteBudget
                || outputsNeeded + candidate.readByOthers() > CloudFormationLimits.MAX_OUTPUTS_PER_TEMPLATE) {
            return false;
        }
        ParameterCount more = parameterCount.copy();
        externals(candidate, parent, moved).forEach((target, length) -> {
            if (!external.containsKey(target)) {
                more.add(target, length, parent);
            }
        });
        int moreConditions = conditions.size() + (int) candidate.conditions().stream().filter(c -> !conditions.contains(c)).count();
        return more.parameters() + moreConditions <= CloudFormationLimits.MAX_PARAMETERS_PER_TEMPLATE - PARAMETER_MARGIN;
    }

    void add(Candidate candidate, ObjectNode parent, Map<String, ObjectNode> moved) {
        members.add(candidate.id());
        memberSet.add(candidate.id());
        bytes += candidate.size();
        outputsNeeded += candidate.readByOthers();
        externals(candidate, parent, moved).forEach((target, length) -> {
            if (external.putIfAbsent(target, length) == null) {
                parameterCount.add(target, length, parent);
            }
        });
        conditions.addAll(candidate.conditions());
    }

    /** The nested template: parameters, conditions, the members with their references rewritten, outputs. */
    ObjectNode build(ObjectNode parent, Map<String, ObjectNode> moved, Map<String, String> stackOf, List<NestedTemplate> groups,
            List<String> stackIds) {
        ObjectNode template = JSON.objectNode();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", "Monitoring part " + (groups.indexOf(this) + 1) + " of " + groups.size()
                + " (nested stack generated by lambdaobs dashboard-gen)");
        ObjectNode parameters = template.putObject("Parameters");
        ObjectNode values = JSON.objectNode();
        Map<References.Target, JsonNode> replacements = parameters(parent, moved, stackOf, groups, parameters, values);
        if (!conditions.isEmpty()) {
            ObjectNode declared = template.putObject("Conditions");
            int n = 0;
            for (String condition : conditions) {
                String name = "LambdaobsCondition" + (++n);
                parameters.putObject(name).put("Type", "String").putArray("AllowedValues").add("true").add("false");
                ArrayNode test = declared.putObject(condition).putArray("Fn::Equals");
                test.add(Intrinsics.ref(name)).add("true");
                ArrayNode choice = JSON.arrayNode().add(condition).add("true").add("false");
                values.set(name, JSON.objectNode().set("Fn::If", choice));
            }
        }
        ObjectNode resources = template.putObject("Resources");
        Set<String> dependsOn = new LinkedHashSet<>();
        for (String id : members) {
            ObjectNode resource = (ObjectNode) References.rewrite(moved.get(id), (target, inSub) -> Optional.ofNullable(
                    target.id().equals("AWS::StackName") ? Intrinsics.ref(STACK_NAME_PARAMETER) : replacements.get(target)));
            if (resource.get("DependsOn") instanceof ArrayNode list) {
                ArrayNode kept = JSON.arrayNode();
                list.forEach(d -> {
                    if (memberSet.contains(d.asText())) {
                        kept.add(d);
                    } else {
                        dependsOn.add(stackOf.getOrDefault(d.asText(), d.asText()));
                    }
                });
                resource.remove("DependsOn");
                if (!kept.isEmpty()) {
                    resource.set("DependsOn", kept);
                }
            }
            resources.set(id, resource);
        }
        if (parameters.isEmpty()) {
            template.remove("Parameters");
        }
        built = template;
        outputs.forEach((name, output) -> template.with("Outputs").set(name, output));
        ObjectNode stack = JSON.objectNode();
        stack.set("Parameters", values);
        dependsOn.remove(stackIds.get(groups.indexOf(this)));
        ArrayNode depends = stack.putArray("DependsOn");
        dependsOn.forEach(depends::add);
        pendingStack = stack;
        return template;
    }

    /** The {@code AWS::CloudFormation::Stack} resource for the parent, once {@link #build} ran. */
    ObjectNode stackResource(String file, String stackId) {
        ObjectNode stack = JSON.objectNode().put("Type", NestedStacks.STACK_TYPE);
        if (pendingStack.get("DependsOn").size() > 0) {
            stack.set("DependsOn", pendingStack.get("DependsOn"));
        }
        ObjectNode properties = stack.putObject("Properties");
        properties.put("TemplateURL", file);
        if (!pendingStack.get("Parameters").isEmpty()) {
            properties.set("Parameters", pendingStack.get("Parameters"));
        }
        return stack;
    }

    /** The parent's value for a member's {@code Ref} or {@code GetAtt}: an output of this stack (added when new). */
    JsonNode output(References.Target target, String stackId, Map<String, ObjectNode> moved) {
        String name = ("Lambdaobs" + target.id() + (target.attribute() == null ? "" : target.attribute())).replaceAll("[^A-Za-z0-9]", "");
        if (!outputs.containsKey(name)) {
            ObjectNode output = JSON.objectNode();
            JsonNode condition = moved.get(target.id()).get("Condition");
            if (condition != null) {
                output.set("Condition", condition.deepCopy());
            }
            output.set("Value", target.attribute() == null ? Intrinsics.ref(target.id()) : Intrinsics.getAtt(target.id(), target.attribute()));
            outputs.put(name, output);
            if (built != null) {
                built.with("Outputs").set(name, output);
            }
        }
        return Intrinsics.getAtt(stackId, "Outputs." + name);
    }

    /** Declares the parameters; returns what each external reference becomes inside; fills the parent's values. */
    private Map<References.Target, JsonNode> parameters(ObjectNode parent, Map<String, ObjectNode> moved, Map<String, String> stackOf,
            List<NestedTemplate> groups, ObjectNode parameters, ObjectNode values) {
        Map<References.Target, JsonNode> replacements = new LinkedHashMap<>();
        if (usesStackName()) {
            parameters.putObject(STACK_NAME_PARAMETER).put("Type", "String");
            values.set(STACK_NAME_PARAMETER, Intrinsics.ref("AWS::StackName"));
        }
        List<JsonNode> list = new ArrayList<>();
        int listBytes = 0;
        int lists = 0;
        int single = 0;
        for (Map.Entry<References.Target, Integer> entry : external.entrySet()) {
            References.Target target = entry.getKey();
            if (memberSet.contains(target.id()) || target.id().equals("AWS::StackName")) {
                continue; // inside this stack, or the stack name parameter
            }
            JsonNode value = parentValue(target, parent, moved, stackOf, groups);
            if (parent.path("Parameters").has(target.id())) {
                String name = "LambdaobsParameter" + (++single);
                String type = parent.path("Parameters").path(target.id()).path("Type").asText("String");
                boolean isList = type.startsWith("List<") || type.equals("CommaDelimitedList") || type.contains("<List<");
                parameters.putObject(name).put("Type", isList ? "CommaDelimitedList" : "String");
                values.set(name, isList ? join(List.of(value)) : value);
                replacements.put(target, Intrinsics.ref(name));
                continue;
            }
            if (list.isEmpty() || listBytes + entry.getValue() + 1 > CloudFormationLimits.MAX_PARAMETER_VALUE_BYTES) {
                if (!list.isEmpty()) {
                    values.set("LambdaobsReferences" + lists, join(list));
                }
                lists++;
                list = new ArrayList<>();
                listBytes = 0;
                parameters.putObject("LambdaobsReferences" + lists).put("Type", "CommaDelimitedList");
            }
            ObjectNode select = JSON.objectNode();
            select.putArray("Fn::Select").add(list.size()).add(Intrinsics.ref("LambdaobsReferences" + lists));
            replacements.put(target, select);
            list.add(value);
            listBytes += entry.getValue() + 1;
        }
        if (!list.isEmpty()) {
            values.set("LambdaobsReferences" + lists, join(list));
        }
        return replacements;
    }

    private JsonNode parentValue(References.Target target, ObjectNode parent, Map<String, ObjectNode> moved, Map<String, String> stackOf,
            List<NestedTemplate> groups) {
        JsonNode value = target.attribute() == null ? Intrinsics.ref(target.id()) : Intrinsics.getAtt(target.id(), target.attribute());
        JsonNode condition = parent.path("Resources").has(target.id()) ? parent.path("Resources").path(target.id()).get("Condition")
                : generatedConditions.get(target.id());
        if (moved.containsKey(target.id())) {
            String stackId = stackOf.get(target.id());
            NestedTemplate owner = groups.stream().filter(g -> g.memberSet.contains(target.id())).findFirst().orElseThrow();
            value = owner.output(target, stackId, moved);
            condition = moved.get(target.id()).get("Condition");
        }
        if (condition == null) {
            return value;
        }
        ObjectNode choice = JSON.objectNode();
        choice.putArray("Fn::If").add(condition.asText()).add(value).add(ABSENT);
        return choice;
    }

    private static JsonNode join(List<JsonNode> values) {
        ObjectNode join = JSON.objectNode();
        ArrayNode args = join.putArray("Fn::Join").add(",");
        args.addArray().addAll(values);
        return join;
    }

    private boolean usesStackName() {
        return external.keySet().stream().anyMatch(t -> t.id().equals("AWS::StackName"));
    }

    /**
     * Parameters the external references need, in the order they were met: the stack name and each parent parameter
     * one each, the rest packed into lists of at most {@link CloudFormationLimits#MAX_PARAMETER_VALUE_BYTES} (as
     * {@link #parameters} declares them).
     */
    private static final class ParameterCount {
        private int parameters;
        /** Bytes in the last list; a full one at first, so the first packed reference opens a list. */
        private int listBytes = CloudFormationLimits.MAX_PARAMETER_VALUE_BYTES;

        ParameterCount copy() {
            ParameterCount copy = new ParameterCount();
            copy.parameters = parameters;
            copy.listBytes = listBytes;
            return copy;
        }

        int parameters() {
            return parameters;
        }

        void add(References.Target target, int length, ObjectNode parent) {
            if (target.id().equals("AWS::StackName") || parent.path("Parameters").has(target.id())) {
                parameters++;
            } else if (listBytes + length + 1 > CloudFormationLimits.MAX_PARAMETER_VALUE_BYTES) {
                parameters++;
                listBytes = length + 1;
            } else {
                listBytes += length + 1;
            }
        }
    }

    /** The references of a resource that leave this stack, with the longest value each may have. */
    private Map<References.Target, Integer> externals(Candidate candidate, ObjectNode parent, Map<String, ObjectNode> moved) {
        Map<References.Target, Integer> found = new LinkedHashMap<>();
        for (References.Target target : candidate.targets()) {
            String to = target.id();
            if (to.equals("AWS::StackName")) {
                found.put(target, 0);
            } else if (!to.startsWith("AWS::") && !to.equals(candidate.id()) && !memberSet.contains(to)) {
                // The parent's resources and parameters, and the resources SAM generates in it (an event's mapping, rule
                // or queue, the implicit API), which exist in the parent once transformed.
                found.put(target, worstLength(target, parent));
            }
        }
        return found;
    }

    private int worstLength(References.Target target, ObjectNode parent) {
        boolean function = functionTypes.contains(parent.path("Resources").path(target.id()).path("Type").asText());
        if (function) {
            return target.attribute() == null ? FUNCTION_NAME : FUNCTION_ARN;
        }
        return parent.path("Parameters").has(target.id()) ? CloudFormationLimits.MAX_PARAMETER_VALUE_BYTES : ANY_VALUE;
    }

    private static Set<String> conditionsOf(ObjectNode resource) {
        Set<String> found = new LinkedHashSet<>();
        if (resource.path("Condition").isTextual()) {
            found.add(resource.get("Condition").asText());
        }
        found.addAll(References.conditions(resource));
        return found;
    }
}
