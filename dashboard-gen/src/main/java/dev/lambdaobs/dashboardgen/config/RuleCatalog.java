package dev.lambdaobs.dashboardgen.config;

import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The profile ids and alarm rule ids a config may name, so a typo ({@code defaults.lamda},
 * {@code Errorz}, a Lambda rule id on a queue) is an error naming the place instead of a setting
 * silently ignored.
 *
 * <pre>{@code
 * RuleCatalog rules = RuleCatalog.of(MonitorRegistry.standard(), Map.of("service", Set.of("ServiceErrorRate")));
 * }</pre>
 *
 * @param byProfile rule ids by profile id
 * @param byType    rule ids by monitored resource type (every profile's for a type that does not declare its
 *                  profiles); empty when the catalog knows no types, and then a resource's rule may be any profile's
 */
public record RuleCatalog(Map<String, Set<String>> byProfile, Map<String, Set<String>> byType) {
    public RuleCatalog {
        byProfile = Map.copyOf(byProfile);
        byType = Map.copyOf(byType);
    }

    /** The rules of every profile of {@code registry}, and of each monitored type's declared profiles. */
    public static RuleCatalog of(MonitorRegistry registry, Map<String, Set<String>> serviceWide) {
        Map<String, Set<String>> byType = new TreeMap<>();
        for (String type : registry.supportedTypes()) {
            List<ResourceProfile> declared = registry.type(type).map(ResourceType::profiles).orElse(List.of());
            byType.put(type, ruleIds(declared.isEmpty() ? registry.profiles() : declared));
        }
        return new RuleCatalog(of(registry.profiles(), serviceWide).byProfile(), byType);
    }

    /** The rules of {@code profiles}, plus rule ids of service-wide alarms by their profile id. */
    public static RuleCatalog of(Collection<ResourceProfile> profiles, Map<String, Set<String>> serviceWide) {
        Map<String, Set<String>> rules = new TreeMap<>();
        for (ResourceProfile profile : profiles) {
            profile.alarms().stream().map(AlarmRule::id).forEach(id -> rules.computeIfAbsent(profile.id(), p -> new TreeSet<>()).add(id));
            rules.computeIfAbsent(profile.id(), p -> new TreeSet<>());
        }
        serviceWide.forEach((profile, ids) -> rules.computeIfAbsent(profile, p -> new TreeSet<>()).addAll(ids));
        return new RuleCatalog(rules, Map.of());
    }

    private static Set<String> ruleIds(Collection<ResourceProfile> profiles) {
        Set<String> ids = new TreeSet<>();
        profiles.forEach(profile -> profile.alarms().stream().map(AlarmRule::id).forEach(ids::add));
        return ids;
    }

    void checkProfile(ConfigNode node, String profile) {
        if (!byProfile.containsKey(profile)) {
            throw node.error("unknown resource type id; expected one of " + new TreeSet<>(byProfile.keySet()));
        }
    }

    /**
     * A rule under {@code resources.<id>.alarms} or a resource's {@code Metadata.lambdaobs.alarms}: one of the rules
     * of the resource's type when its type is known (defined in the templates, or created by SAM), else a rule of any
     * profile. A type dashboard-gen does not monitor has no rules.
     */
    void checkResourceRule(ConfigNode node, String resourceId, Optional<String> type, String rule) {
        if (type.isEmpty() || byType.isEmpty()) {
            checkRule(node, null, rule);
            return;
        }
        Set<String> known = byType.get(type.get());
        if (known == null) {
            throw node.error("not an alarm rule of " + resourceId + " (" + type.get() + "): dashboard-gen sets no alarms on "
                    + type.get() + " (the README's Coverage table lists the monitored types)");
        }
        if (!known.contains(rule)) {
            throw node.error("not an alarm rule of " + resourceId + " (" + type.get() + "); expected one of " + known);
        }
    }

    /** A rule of {@code profile}; of any profile when it is null (a resource's type is not known). */
    void checkRule(ConfigNode node, String profile, String rule) {
        Set<String> known = new TreeSet<>();
        if (profile != null) {
            known.addAll(byProfile.get(profile));
        } else {
            byProfile.values().forEach(known::addAll);
        }
        if (!known.contains(rule)) {
            throw node.error("unknown alarm rule id; expected one of " + known
                    + (profile == null ? " (the rule ids of the README's Coverage table)" : ""));
        }
    }
}
