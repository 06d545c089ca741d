package dev.lambdaobs.dashboardgen.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares desired resources with what exists, field by field, and renders the result for people.
 *
 * <pre>{@code
 * List<Change> changes = Diff.compute(desired, existing);
 * System.out.print(Diff.render(changes));
 * }</pre>
 */
public final class Diff {
    /** Longest value shown in a rendered difference; longer ones are cut with an ellipsis. */
    private static final int MAX_SHOWN_VALUE = 120;

    private Diff() {
    }

    /** One change per desired resource; {@code existing} maps each kind and name to what AWS has. */
    public static List<Change> compute(List<Resource> desired, Map<ResourceKind, Map<String, ObjectNode>> existing) {
        List<Change> changes = new ArrayList<>();
        for (Resource resource : desired) {
            ObjectNode current = existing.getOrDefault(resource.kind(), Map.of()).get(resource.name());
            if (current == null) {
                changes.add(new Change(Change.Action.CREATE, resource, List.of()));
                continue;
            }
            List<String> differences = new ArrayList<>();
            compare("", current, resource.properties(), differences);
            changes.add(new Change(differences.isEmpty() ? Change.Action.UNCHANGED : Change.Action.UPDATE,
                    resource, differences));
        }
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<String> out) {
        if (before != null && after != null && before.isObject() && after.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            before.fieldNames().forEachRemaining(keys::add);
            after.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                compare(path.isEmpty() ? key : path + "." + key, before.get(key), after.get(key), out);
            }
        } else if (before != null && after != null && before.isArray() && after.isArray() && before.size() == after.size()) {
            for (int i = 0; i < before.size(); i++) {
                compare(path + "[" + i + "]", before.get(i), after.get(i), out);
            }
        } else if (before == null || !before.equals(after)) {
            out.add(path + ": " + shown(before) + " -> " + shown(after));
        }
    }

    private static String shown(JsonNode value) {
        if (value == null) {
            return "(none)";
        }
        String text = value.toString();
        return text.length() <= MAX_SHOWN_VALUE ? text : text.substring(0, MAX_SHOWN_VALUE) + "…";
    }

    /** A readable diff: one line per resource, indented field differences under each update, then counts. */
    public static String render(List<Change> changes) {
        StringBuilder out = new StringBuilder();
        int[] counts = new int[Change.Action.values().length];
        for (Change change : changes) {
            counts[change.action().ordinal()]++;
            if (!change.needsPut()) {
                continue;
            }
            out.append(change.action().symbol()).append(' ').append(change.desired().kind().label()).append(' ')
                    .append(change.desired().name()).append('\n');
            change.differences().forEach(d -> out.append("    ").append(d).append('\n'));
        }
        out.append(String.format("%d to create, %d to update, %d unchanged%n", counts[Change.Action.CREATE.ordinal()],
                counts[Change.Action.UPDATE.ordinal()], counts[Change.Action.UNCHANGED.ordinal()]));
        return out.toString();
    }
}
