package dev.lambdaobs.dashboardgen.config;

import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The profile ids and alarm rule ids a config may name, so a typo ({@code defaults.lamda},
 * {@code Errorz}) is an error naming the place instead of a setting silently ignored.
 *
 * <pre>{@code
 * RuleCatalog rules = RuleCatalog.of(MonitorRegistry.standard().profiles(), Map.of("service", Set.of("ServiceErrorRate")));
 * }</pre>
 *
 * @param byProfile rule ids by profile id
 */
public record RuleCatalog(Map<String, Set<String>> byProfile) {
    public RuleCatalog {
        byProfile = Map.copyOf(byProfile);
    }

    /** The rules of {@code profiles}, plus rule ids of service-wide alarms by their profile id. */
    public static RuleCatalog of(Collection<ResourceProfile> profiles, Map<String, Set<String>> serviceWide) {
        Map<String, Set<String>> rules = new TreeMap<>();
        for (ResourceProfile profile : profiles) {
            profile.alarms().stream().map(AlarmRule::id).forEach(id -> rules.computeIfAbsent(profile.id(), p -> new TreeSet<>()).add(id));
            rules.computeIfAbsent(profile.id(), p -> new TreeSet<>());
        }
        serviceWide.forEach((profile, ids) -> rules.computeIfAbsent(profile, p -> new TreeSet<>()).addAll(ids));
        return new RuleCatalog(rules);
    }

    void checkProfile(ConfigNode node, String profile) {
        if (!byProfile.containsKey(profile)) {
            throw node.error("unknown resource type id; expected one of " + new TreeSet<>(byProfile.keySet()));
        }
    }

    /** A rule of {@code profile}; of any profile when it is null (a resource's type is not known yet). */
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
