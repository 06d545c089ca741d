package dev.lambdaobs.dashboardgen.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Points what stays in the parent at the monitoring that moved into nested stacks: a {@code Ref} or {@code GetAtt}
 * of a moved alarm (e.g. the rollback alarms in a SAM {@code DeploymentPreference.Alarms}) becomes
 * {@code Fn::GetAtt [<stack>, Outputs.<name>]}, the output added to the nested template.
 */
final class ParentReferences {
    private ParentReferences() {
    }

    static void rewrite(ObjectNode parent, Map<String, ObjectNode> moved, Map<String, String> stackOf, List<NestedTemplate> groups,
            List<String> stackIds) {
        for (String section : List.of("Resources", "Outputs")) {
            if (!(parent.get(section) instanceof ObjectNode entries)) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = entries.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                if (stackIds.contains(entry.getKey())) {
                    continue;
                }
                boolean refers = References.targets(entry.getValue()).stream().anyMatch(t -> moved.containsKey(t.id()));
                if (refers) {
                    entry.setValue(References.rewrite(entry.getValue(), (target, inSub) -> {
                        if (!moved.containsKey(target.id())) {
                            return Optional.empty();
                        }
                        NestedTemplate owner = groups.stream().filter(g -> g.members().contains(target.id())).findFirst().orElseThrow();
                        return Optional.of(owner.output(target, stackOf.get(target.id()), moved));
                    }));
                }
            }
        }
    }
}
