package dev.lambdaobs.dashboardgen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.EnvironmentVariables;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.template.CfnTemplate;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateNames;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Several {@code --template}s are taken as one service deployed as one stack (merge mode writes them as one
 * template). Templates that look like separate stacks are refused unless the user says they form one service
 * ({@code --one-service}); they look separate when
 * <ul>
 * <li>they fall into groups that refer to nothing in each other: templates of one stack refer to each other's
 *     resources, parameters, conditions or mappings, separate stacks cannot (they share values by exports);</li>
 * <li>two define the same logical id, or the same parameter, condition, mapping or output differently: one
 *     stack cannot hold both (copies of one stack for two stages or Regions look like this);</li>
 * <li>their functions name different services: the {@code POWERTOOLS_SERVICE_NAME} literals of one template's
 *     functions share none with another's.</li>
 * </ul>
 */
final class SeparateStacks {
    private static final List<String> VALUE_SECTIONS = List.of("Parameters", "Conditions", "Mappings", "Outputs");
    /** Names listed per reason, so one message stays readable. */
    private static final int MAX_NAMES = 5;

    private SeparateStacks() {
    }

    /** @throws BadInputException naming the templates and why they look like separate stacks */
    static void check(List<CfnTemplate> templates, Set<String> functionTypes) {
        if (templates.size() < 2) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        unconnected(templates).ifPresent(reasons::add);
        reasons.addAll(collisions(templates));
        differentServices(templates, functionTypes).ifPresent(reasons::add);
        if (!reasons.isEmpty()) {
            throw new BadInputException("the templates " + files(templates) + " look like separate stacks, not one service: "
                    + String.join("; ", reasons) + ". Generate each on its own, or pass --one-service if they are deployed as one "
                    + "stack (merge mode writes them as one template)");
        }
    }

    /** Groups of templates joined by references; more than one group is a reason. */
    private static Optional<String> unconnected(List<CfnTemplate> templates) {
        int count = templates.size();
        int[] group = new int[count];
        for (int i = 0; i < count; i++) {
            group[i] = i;
        }
        List<Set<String>> defined = templates.stream().map(t -> TemplateNames.defined(t.root())).toList();
        for (int i = 0; i < count; i++) {
            Set<String> outside = new TreeSet<>(TemplateNames.referred(templates.get(i).root()));
            outside.removeAll(defined.get(i));
            for (int j = 0; j < count; j++) {
                if (j != i && !Collections.disjoint(outside, defined.get(j))) {
                    join(group, i, j);
                }
            }
        }
        Map<Integer, List<CfnTemplate>> groups = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            groups.computeIfAbsent(root(group, i), g -> new ArrayList<>()).add(templates.get(i));
        }
        if (groups.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(groups.values().stream().map(SeparateStacks::files).collect(Collectors.joining(" and "))
                + " refer to no resource, parameter, condition or mapping of each other");
    }

    private static void join(int[] group, int a, int b) {
        group[root(group, a)] = root(group, b);
    }

    private static int root(int[] group, int i) {
        int at = i;
        while (group[at] != at) {
            at = group[at];
        }
        return at;
    }

    /** Logical ids defined twice, and parameters, conditions, mappings and outputs defined twice differently. */
    private static List<String> collisions(List<CfnTemplate> templates) {
        List<String> reasons = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        Map<String, JsonNode> firstResources = new LinkedHashMap<>();
        templates.forEach(t -> t.root().path("Resources").fields().forEachRemaining(e -> {
            if (firstResources.putIfAbsent(e.getKey(), e.getValue()) != null) {
                ids.add(e.getKey());
            }
        }));
        if (!ids.isEmpty()) {
            reasons.add("more than one defines the logical id(s) " + limited(ids));
        }
        for (String section : VALUE_SECTIONS) {
            Map<String, JsonNode> first = new LinkedHashMap<>();
            Set<String> different = new TreeSet<>();
            templates.forEach(t -> t.root().path(section).fields().forEachRemaining(e -> {
                JsonNode earlier = first.putIfAbsent(e.getKey(), e.getValue());
                if (earlier != null && !earlier.equals(e.getValue())) {
                    different.add(e.getKey());
                }
            }));
            if (!different.isEmpty()) {
                reasons.add("they define " + section + " " + limited(different) + " differently");
            }
        }
        return reasons;
    }

    /** Two templates whose functions' literal service names have none in common. */
    private static Optional<String> differentServices(List<CfnTemplate> templates, Set<String> functionTypes) {
        Map<CfnTemplate, Set<String>> names = new LinkedHashMap<>();
        for (CfnTemplate template : templates) {
            Set<String> own = serviceNames(template, functionTypes);
            if (!own.isEmpty()) {
                names.put(template, own);
            }
        }
        List<Set<String>> sets = new ArrayList<>(names.values());
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                if (Collections.disjoint(sets.get(i), sets.get(j))) {
                    return Optional.of("their functions name different services (" + EnvironmentVariables.SERVICE_NAME + " "
                            + names.entrySet().stream().map(e -> e.getValue() + " in " + e.getKey().file().getFileName())
                                    .collect(Collectors.joining(", ")) + ")");
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> serviceNames(CfnTemplate template, Set<String> functionTypes) {
        Set<String> names = new TreeSet<>();
        JsonNode global = template.functionGlobals().path("Environment").path("Variables").get(EnvironmentVariables.SERVICE_NAME);
        for (TemplateResource resource : template.resources()) {
            if (functionTypes.contains(resource.type())) {
                JsonNode own = resource.properties().path("Environment").path("Variables").get(EnvironmentVariables.SERVICE_NAME);
                JsonNode value = own == null && resource.type().equals(ServiceTemplate.SAM_FUNCTION) ? global : own;
                CfnValues.literal(value).ifPresent(names::add);
            }
        }
        return names;
    }

    private static String files(List<CfnTemplate> templates) {
        return templates.stream().map(t -> t.file().toString()).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String limited(Set<String> names) {
        List<String> shown = names.stream().limit(MAX_NAMES).toList();
        return String.join(", ", shown) + (names.size() > MAX_NAMES ? " and " + (names.size() - MAX_NAMES) + " more" : "");
    }
}
