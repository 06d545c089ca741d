package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a template defines (logical ids, parameters, conditions, mappings) and the names it
 * refers to: {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub} variables, {@code DependsOn},
 * {@code Condition}, {@code Fn::If} and {@code Fn::FindInMap}. A name a template refers to but does not
 * define can only come from a template deployed in the same stack.
 *
 * <pre>{@code
 * TemplateNames.referred(template.root()); // [OrdersTable, Stage, ...]
 * }</pre>
 */
public final class TemplateNames {
    /** {@code ${Name}} or {@code ${Name.Attribute}} in an {@code Fn::Sub} string; {@code ${!Literal}} is not a variable. */
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(?!!)([^}.]+)[^}]*}");
    private static final Set<String> DEFINING_SECTIONS = Set.of("Resources", "Parameters", "Conditions", "Mappings");

    private TemplateNames() {
    }

    /** Every logical id, parameter, condition and mapping name the template defines. */
    public static Set<String> defined(JsonNode root) {
        Set<String> names = new TreeSet<>();
        DEFINING_SECTIONS.forEach(section -> root.path(section).fieldNames().forEachRemaining(names::add));
        return names;
    }

    /** Every name the template refers to, pseudo parameters ({@code AWS::Region}) excluded. */
    public static Set<String> referred(JsonNode root) {
        Set<String> names = new TreeSet<>();
        collect(root, names);
        names.removeIf(name -> name.startsWith("AWS::"));
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isArray()) {
            node.forEach(item -> collect(item, names));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "Ref", "Condition" -> addText(value, names);
                case "DependsOn" -> {
                    addText(value, names);
                    value.forEach(item -> addText(item, names));
                }
                case "Fn::GetAtt" -> addText(value.isArray() ? value.path(0) : value, names);
                case "Fn::If", "Fn::FindInMap" -> addText(value.path(0), names);
                case "Fn::Sub" -> sub(value, names);
                default -> { }
            }
            collect(value, names);
        }
    }

    private static void addText(JsonNode value, Set<String> names) {
        if (value.isTextual()) {
            names.add(value.asText().split("\\.", 2)[0]);
        }
    }

    /** The variables of an {@code Fn::Sub} string, minus those its own variable map defines. */
    private static void sub(JsonNode value, Set<String> names) {
        JsonNode text = value.isArray() ? value.path(0) : value;
        JsonNode local = value.isArray() ? value.path(1) : null;
        if (!text.isTextual()) {
            return;
        }
        Matcher matcher = SUB_VARIABLE.matcher(text.asText());
        while (matcher.find()) {
            String name = matcher.group(1).trim();
            if (local == null || !local.has(name)) {
                names.add(name);
            }
        }
    }
}
