package dev.lambdaobs.dashboardgen.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The monitoring of every supported resource, keyed by CloudFormation/SAM resource type. Adding a
 * type is one {@link Builder#type} call in its monitor class, not a case in a switch.
 *
 * <pre>{@code
 * MonitorRegistry registry = MonitorRegistry.standard();
 * registry.discoverer("AWS::SQS::Queue").ifPresent(d -> d.discover(resource, context));
 * }</pre>
 */
public final class MonitorRegistry {
    private final Map<String, Discoverer> byType;
    private final List<ServiceDiscoverer> serviceWide;
    private final Set<ResourceProfile> profiles;

    private MonitorRegistry(Builder builder) {
        this.byType = Collections.unmodifiableMap(new LinkedHashMap<>(builder.byType));
        this.serviceWide = List.copyOf(builder.serviceWide);
        this.profiles = Collections.unmodifiableSet(new LinkedHashSet<>(builder.profiles));
    }

    /** Every monitor this project ships. */
    public static MonitorRegistry standard() {
        return builder().with(dev.lambdaobs.dashboardgen.registry.monitors.StandardMonitors::registerAll).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Discoverer> discoverer(String resourceType) {
        return Optional.ofNullable(byType.get(resourceType));
    }

    public Set<String> supportedTypes() {
        return byType.keySet();
    }

    public List<ServiceDiscoverer> serviceWide() {
        return serviceWide;
    }

    public Set<ResourceProfile> profiles() {
        return profiles;
    }

    /** Collects registrations; a type registered twice is a programming error. */
    public static final class Builder {
        private final Map<String, Discoverer> byType = new LinkedHashMap<>();
        private final List<ServiceDiscoverer> serviceWide = new ArrayList<>();
        private final Set<ResourceProfile> profiles = new LinkedHashSet<>();

        public Builder with(Consumer<Builder> registration) {
            registration.accept(this);
            return this;
        }

        public Builder type(String resourceType, Discoverer discoverer) {
            if (byType.putIfAbsent(resourceType, discoverer) != null) {
                throw new IllegalStateException(resourceType + " is registered twice");
            }
            return this;
        }

        public Builder serviceWide(ServiceDiscoverer discoverer) {
            serviceWide.add(discoverer);
            return this;
        }

        public Builder profile(ResourceProfile profile) {
            profiles.add(profile);
            return this;
        }

        public MonitorRegistry build() {
            return new MonitorRegistry(this);
        }
    }
}
