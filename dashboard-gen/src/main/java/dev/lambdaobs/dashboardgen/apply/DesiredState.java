package dev.lambdaobs.dashboardgen.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.template.DuplicateKeys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CloudWatch resources a generated template asks for, in the order they can be put: metric
 * alarms, then composite alarms with every child before its parent, then dashboards and queries.
 * {@code apply} takes {@code --mode standalone} output, whose resources name physical resources;
 * besides the {@link PseudoParameters} of the target region, a property that still holds an
 * intrinsic function ({@code Ref}, {@code Fn::Sub}, ...) can only be resolved by CloudFormation and
 * is reported as bad input.
 *
 * <pre>{@code
 * List<Resource> desired = DesiredState.read(Path.of("build/observability/orders.template.json"));
 * }</pre>
 */
public final class DesiredState {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RULE_REFERENCE = Pattern.compile("(?:ALARM|OK|INSUFFICIENT_DATA)\\(\"?([^\")]+)\"?\\)");

    private DesiredState() {
    }

    /** Reads the template at {@code file}; pseudo parameters are not resolved. */
    public static List<Resource> read(Path file) {
        return read(file, null);
    }

    /** Reads the template at {@code file}, resolving the pseudo parameters known for the target region. */
    public static List<Resource> read(Path file, PseudoParameters pseudoParameters) {
        return read(file, pseudoParameters, DuplicateKeys.warnTo(System.err::println));
    }

    /** The same, with duplicate keys handled by {@code duplicates} ({@code --strict} refuses every one). */
    public static List<Resource> read(Path file, PseudoParameters pseudoParameters, DuplicateKeys duplicates) {
        JsonNode template = duplicates.read(file).root();
        List<Resource> resources = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = template.path("Resources").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            ResourceKind kind = ResourceKind.ofType(entry.getValue().path("Type").asText());
            if (kind != null) {
                JsonNode properties = entry.getValue().path("Properties");
                if (pseudoParameters != null) {
                    properties = pseudoParameters.resolve(properties);
                }
                resources.add(toResource(file, entry.getKey(), kind, properties));
            }
        }
        return ordered(resources);
    }

    private static Resource toResource(Path file, String logicalId, ResourceKind kind, JsonNode properties) {
        if (!(properties instanceof ObjectNode object)) {
            throw new BadInputException(file + ": resource " + logicalId + ": has no Properties");
        }
        rejectIntrinsics(file, logicalId, "", object);
        JsonNode name = object.path(kind.nameProperty());
        if (!name.isTextual() || name.asText().isBlank()) {
            throw new BadInputException(file + ": resource " + logicalId + ": " + kind.nameProperty()
                    + " is required to apply it (CloudFormation would invent one; apply cannot)");
        }
        ObjectNode canonical = Canonical.of(object);
        if (kind == ResourceKind.DASHBOARD) {
            canonical.set("DashboardBody", parseBody(file, logicalId, object.path("DashboardBody").asText()));
        }
        return new Resource(kind, name.asText(), logicalId, canonical);
    }

    static JsonNode parseBody(Path file, String logicalId, String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + ": resource " + logicalId + ": DashboardBody is not valid JSON: "
                    + e.getOriginalMessage());
        }
    }

    private static void rejectIntrinsics(Path file, String logicalId, String path, JsonNode node) {
        if (node.isObject() && node.size() == 1) {
            String key = node.fieldNames().next();
            if (key.equals("Ref") || key.startsWith("Fn::")) {
                throw new BadInputException(file + ": resource " + logicalId + ": " + path + " uses " + key
                        + ", which only CloudFormation can resolve; generate with --mode standalone to apply directly");
            }
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> rejectIntrinsics(file, logicalId,
                    path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectIntrinsics(file, logicalId, path + "[" + i + "]", node.get(i));
            }
        }
    }

    /** Kinds in put order; composites after every composite their rule names; names sorted within. */
    private static List<Resource> ordered(List<Resource> resources) {
        List<Resource> sorted = new ArrayList<>(resources);
        sorted.sort(Comparator.comparing(Resource::kind).thenComparing(Resource::name));
        Map<String, Resource> composites = new LinkedHashMap<>();
        sorted.stream().filter(r -> r.kind() == ResourceKind.COMPOSITE_ALARM).forEach(r -> composites.put(r.name(), r));
        List<Resource> out = new ArrayList<>();
        sorted.stream().filter(r -> r.kind() == ResourceKind.ALARM).forEach(out::add);
        List<String> placed = new ArrayList<>();
        composites.values().forEach(c -> place(c, composites, placed, out, new ArrayList<>()));
        sorted.stream().filter(r -> r.kind().compareTo(ResourceKind.COMPOSITE_ALARM) > 0).forEach(out::add);
        return out;
    }

    private static void place(Resource composite, Map<String, Resource> composites, List<String> placed,
                              List<Resource> out, List<String> visiting) {
        if (placed.contains(composite.name())) {
            return;
        }
        if (visiting.contains(composite.name())) {
            throw new BadInputException("composite alarm " + composite.name() + ": its rule forms a cycle through "
                    + String.join(" -> ", visiting));
        }
        visiting.add(composite.name());
        for (String child : children(composite)) {
            Resource nested = composites.get(child);
            if (nested != null) {
                place(nested, composites, placed, out, visiting);
            }
        }
        visiting.remove(composite.name());
        placed.add(composite.name());
        out.add(composite);
    }

    /** The alarm names a composite alarm's rule refers to. */
    static List<String> children(Resource composite) {
        Matcher matcher = RULE_REFERENCE.matcher(composite.properties().path("AlarmRule").asText());
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1).trim());
        }
        return names;
    }
}
