package dev.lambdaobs.dashboardgen.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.limits.CloudFormationLimits;
import dev.lambdaobs.dashboardgen.limits.SamExpansion;
import dev.lambdaobs.dashboardgen.template.GeneratedResources;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.JsonSize;
import dev.lambdaobs.dashboardgen.template.JsonText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Moves the monitoring (alarms, composite alarms, dashboards, saved queries) of a template that would exceed a
 * stack's 500 resources (counted after SAM's transform) or 1 MB into nested stacks: {@code AWS::CloudFormation::Stack}
 * resources whose {@code TemplateURL} is a local file written next to the output, which {@code sam deploy} and
 * {@code aws cloudformation package} upload. Each nested template stays within the resource, size, parameter and
 * output limits; what it refers to in the parent arrives as parameters. Alarm names keep the
 * parent's stack name, so composite alarms name their children the same wherever they are.
 *
 * <pre>{@code
 * if (NestedStacks.needed(template)) {
 *     NestedStacks.Layout layout = NestedStacks.split(template, "orders/stacks", "orders", registry.functionTypes());
 * }
 * }</pre>
 */
public final class NestedStacks {
    /** The types moved: what generate adds as monitoring (guardrail changes such as log groups stay with the functions). */
    static final Set<String> MOVED_TYPES = Set.of("AWS::CloudWatch::Alarm", "AWS::CloudWatch::CompositeAlarm",
            "AWS::CloudWatch::Dashboard", "AWS::Logs::QueryDefinition");
    static final String STACK_TYPE = "AWS::CloudFormation::Stack";
    /**
     * Room a nested template keeps for its parameters, conditions and outputs, and for what rewriting references adds
     * beyond the estimate (a 1,000-function service's group of dashboards reached 1.04 MB at 8/10).
     */
    private static final int RESOURCE_BYTES_BUDGET = CloudFormationLimits.MAX_TEMPLATE_BYTES_S3 * 6 / 10;

    /**
     * @param parent the parent template (the input's resources, guardrail changes and the stack resources)
     * @param nested each nested template by its path relative to the parent template's folder
     * @param json   each nested template as written (indented JSON, UTF-8), serialized once for its size check
     */
    public record Layout(ObjectNode parent, Map<String, ObjectNode> nested, Map<String, byte[]> json) {
    }

    private NestedStacks() {
    }

    /** True when the template exceeds a stack's resources (after SAM's transform) or size as it is written. */
    public static boolean needed(ObjectNode template) {
        return SamExpansion.resources(template) > CloudFormationLimits.MAX_RESOURCES_PER_STACK
                || bytes(template) > CloudFormationLimits.MAX_TEMPLATE_BYTES_S3;
    }

    /**
     * Splits the template.
     *
     * @param folder   where the nested templates go, relative to the parent template (e.g. {@code orders/stacks})
     * @param baseName the nested templates' file name start
     * @param functionTypes the resource types that are Lambda functions (the monitor registry's)
     * @throws BadInputException when the monitoring cannot fit: the parent's own resources plus the stacks exceed 500
     */
    public static Layout split(ObjectNode template, String folder, String baseName, Set<String> functionTypes) {
        // The parent is a copy without the moved resources; those are only read (each nested template gets rewritten copies).
        ObjectNode parent = JsonNodeFactory.instance.objectNode();
        Map<String, ObjectNode> moved = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> section : template.properties()) {
            if (!section.getKey().equals("Resources")) {
                parent.set(section.getKey(), section.getValue().deepCopy());
                continue;
            }
            ObjectNode kept = parent.putObject("Resources");
            for (Map.Entry<String, JsonNode> e : section.getValue().properties()) {
                if (GeneratedResources.isGenerated(e.getValue()) && MOVED_TYPES.contains(e.getValue().path("Type").asText())) {
                    moved.put(e.getKey(), (ObjectNode) e.getValue());
                } else {
                    kept.set(e.getKey(), e.getValue().deepCopy());
                }
            }
        }
        ObjectNode resources = (ObjectNode) parent.get("Resources");
        int own = SamExpansion.resources(parent);
        List<NestedTemplate> groups = pack(parent, moved, functionTypes);
        int total = own + groups.size();
        if (own <= CloudFormationLimits.MAX_RESOURCES_PER_STACK && total > CloudFormationLimits.MAX_RESOURCES_PER_STACK) {
            throw new BadInputException("the service's own resources (about " + own + " after SAM's transform) and the "
                    + groups.size() + " nested monitoring stacks exceed the " + CloudFormationLimits.MAX_RESOURCES_PER_STACK
                    + " resources a stack holds (CloudFormationLimits.MAX_RESOURCES_PER_STACK); use --alarm-style insights, "
                    + "--mode standalone, or split the service");
        }
        Map<String, String> stackOf = new LinkedHashMap<>();
        List<String> stackIds = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            String id = uniqueId(parent, "LambdaobsMonitoringStack" + (i + 1));
            stackIds.add(id);
            for (String member : groups.get(i).members()) {
                stackOf.put(member, id);
            }
        }
        Map<String, ObjectNode> files = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            NestedTemplate group = groups.get(i);
            String file = folder + "/" + baseName + "-" + (i + 1) + ".template.json";
            ObjectNode built = group.build(parent, moved, stackOf, groups, stackIds);
            files.put(file, built);
            ObjectNode stack = group.stackResource(file, stackIds.get(i));
            resources.set(stackIds.get(i), GeneratedResources.mark(stack));
        }
        ParentReferences.rewrite(parent, moved, stackOf, groups, stackIds);
        // Serialized side by side (the templates are complete and only read now), checked in file order: the first
        // file beyond a limit is the one reported, with the exception its check threw.
        List<Object> written = files.entrySet().parallelStream().map(file -> {
            try {
                return (Object) check(file.getKey(), file.getValue());
            } catch (RuntimeException e) {
                return e;
            }
        }).toList();
        Map<String, byte[]> json = new LinkedHashMap<>();
        int i = 0;
        for (String file : files.keySet()) {
            if (written.get(i) instanceof RuntimeException e) {
                throw e;
            }
            json.put(file, (byte[]) written.get(i++));
        }
        return new Layout(parent, files, json);
    }

    /** Greedy groups in template order, each within the resource, byte, output and parameter budgets. */
    private static List<NestedTemplate> pack(ObjectNode parent, Map<String, ObjectNode> moved, Set<String> functionTypes) {
        List<NestedTemplate> groups = new ArrayList<>();
        Map<String, JsonNode> generatedConditions = generatedConditions(parent, moved);
        NestedTemplate current = new NestedTemplate(functionTypes, generatedConditions);
        BiFunction<References.Target, Boolean, Optional<JsonNode>> largest = largestReplacement();
        List<NestedTemplate.Candidate> candidates = new ArrayList<>();
        Map<String, Set<References.Target>> read = new HashMap<>();
        for (Map.Entry<String, ObjectNode> entry : moved.entrySet()) {
            NestedTemplate.Candidate candidate = NestedTemplate.Candidate.of(entry.getKey(), entry.getValue(),
                    bytes(References.rewrite(entry.getValue(), largest)));
            candidates.add(candidate);
            candidate.targets().stream().filter(t -> moved.containsKey(t.id()) && !t.id().equals(candidate.id()))
                    .forEach(t -> read.computeIfAbsent(t.id(), id -> new HashSet<>()).add(t));
        }
        // The parent's own resources and outputs read moved ones too (rollback alarms in DeploymentPreference.Alarms).
        for (String section : List.of("Resources", "Outputs")) {
            parent.path(section).forEach(entry -> References.targets(entry).stream().filter(t -> moved.containsKey(t.id()))
                    .forEach(t -> read.computeIfAbsent(t.id(), id -> new HashSet<>()).add(t)));
        }
        for (NestedTemplate.Candidate unread : candidates) {
            NestedTemplate.Candidate candidate = unread.readByOthers(read.getOrDefault(unread.id(), Set.of()).size());
            if (!current.isEmpty() && !current.fits(candidate, parent, moved, RESOURCE_BYTES_BUDGET)) {
                groups.add(current);
                current = new NestedTemplate(functionTypes, generatedConditions);
            }
            current.add(candidate, parent, moved);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    /**
     * The condition of each resource SAM generates (not in the parent as written) that a conditional alarm watches: the
     * alarm carries its owner function's condition, as SAM gives it to what it generates, so the parent passes the
     * reference only under it.
     */
    private static Map<String, JsonNode> generatedConditions(ObjectNode parent, Map<String, ObjectNode> moved) {
        Map<String, JsonNode> conditions = new HashMap<>();
        moved.values().forEach(resource -> {
            JsonNode condition = resource.get("Condition");
            if (condition != null && resource.path("Type").asText().equals("AWS::CloudWatch::Alarm")) {
                References.targets(resource).stream().map(References.Target::id)
                        .filter(id -> !id.startsWith("AWS::") && !moved.containsKey(id) && !parent.path("Resources").has(id)
                                && !parent.path("Parameters").has(id))
                        .forEach(id -> conditions.putIfAbsent(id, condition));
            }
        });
        return conditions;
    }

    /**
     * What references can become in a nested template at most, so a group's size is known before it is built. The
     * copy this rewrites holds the one largest value wherever it goes, as it is only measured.
     */
    private static BiFunction<References.Target, Boolean, Optional<JsonNode>> largestReplacement() {
        ObjectNode select = JsonNodeFactory.instance.objectNode();
        select.putArray("Fn::Select").add(CloudFormationLimits.MAX_PARAMETER_VALUE_BYTES)
                .add(Intrinsics.ref("LambdaobsReferences" + CloudFormationLimits.MAX_PARAMETERS_PER_TEMPLATE));
        Optional<JsonNode> largest = Optional.of(select);
        return (target, inSub) -> target.id().startsWith("AWS::") && !target.id().equals("AWS::StackName") ? Optional.empty() : largest;
    }

    private static String uniqueId(ObjectNode parent, String wanted) {
        String id = wanted;
        for (int n = 2; parent.path("Resources").has(id) || parent.path("Parameters").has(id); n++) {
            id = wanted + "X" + n;
        }
        return id;
    }

    /**
     * Fails naming the limit when a nested template is beyond one (a single resource that cannot fit anywhere).
     *
     * @return the template as written
     */
    private static byte[] check(String file, ObjectNode nested) {
        int resources = nested.path("Resources").size();
        int parameters = nested.path("Parameters").size();
        int outputs = nested.path("Outputs").size();
        byte[] json = JsonText.prettyUtf8(nested);
        int size = json.length;
        if (resources > CloudFormationLimits.MAX_RESOURCES_PER_STACK || parameters > CloudFormationLimits.MAX_PARAMETERS_PER_TEMPLATE
                || outputs > CloudFormationLimits.MAX_OUTPUTS_PER_TEMPLATE || size > CloudFormationLimits.MAX_TEMPLATE_BYTES_S3) {
            throw new BadInputException("nested template " + file + ": " + resources + " resources (at most "
                    + CloudFormationLimits.MAX_RESOURCES_PER_STACK + "), " + parameters + " parameters (at most "
                    + CloudFormationLimits.MAX_PARAMETERS_PER_TEMPLATE + "), " + outputs + " outputs (at most "
                    + CloudFormationLimits.MAX_OUTPUTS_PER_TEMPLATE + "), " + size + " bytes (at most "
                    + CloudFormationLimits.MAX_TEMPLATE_BYTES_S3 + ") cannot be deployed; use --alarm-style insights or split the service");
        }
        return json;
    }

    /** The size as written (indented JSON, UTF-8). */
    static int bytes(JsonNode node) {
        return JsonSize.prettyUtf8Bytes(node);
    }
}
