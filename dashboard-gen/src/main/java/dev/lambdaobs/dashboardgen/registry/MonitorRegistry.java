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
import java.util.function.Predicate;

/**
 * The monitoring of every supported resource and every per-type fact ({@link ResourceType}), keyed by
 * CloudFormation/SAM resource type. Adding a type is one {@link Builder#type} call in its monitor
 * class, not a case in a switch or an entry in a table elsewhere.
 *
 * <pre>{@code
 * MonitorRegistry registry = MonitorRegistry.standard();
 * registry.discoverer("AWS::SQS::Queue").ifPresent(d -> d.discover(resource, context));
 * }</pre>
 */
public final class MonitorRegistry {
    private final Map<String, ResourceType> byType;
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
        return type(resourceType).flatMap(ResourceType::discoverer);
    }

    public Optional<ResourceType> type(String resourceType) {
        return Optional.ofNullable(byType.get(resourceType));
    }

    /** The monitored types, in registration order. */
    public Set<String> supportedTypes() {
        return matching(t -> t.discoverer().isPresent());
    }

    /** The types that are Lambda functions. */
    public Set<String> functionTypes() {
        return matching(ResourceType::function);
    }

    /** The type of a resource given its ARN ({@code arn:partition:service:region:account:resource}), when it is one we know. */
    public Optional<ResourceType> typeOfArn(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6) {
            return Optional.empty();
        }
        String serviceAndResource = parts[2] + ":" + parts[5];
        return byType.values().stream().filter(t -> t.arnPrefix().filter(serviceAndResource::startsWith).isPresent()).findFirst();
    }

    /** The dimension value for a resource of {@code type} with {@code physicalId}, when derivable. */
    public Optional<String> dimensionValue(String resourceType, String physicalId) {
        if (physicalId == null || physicalId.isBlank()) {
            return Optional.empty();
        }
        return type(resourceType).flatMap(ResourceType::dimensionValue).map(conversion -> conversion.apply(physicalId));
    }

    private Set<String> matching(Predicate<ResourceType> test) {
        Set<String> types = new LinkedHashSet<>();
        byType.values().stream().filter(test).forEach(t -> types.add(t.type()));
        return Collections.unmodifiableSet(types);
    }

    public List<ServiceDiscoverer> serviceWide() {
        return serviceWide;
    }

    public Set<ResourceProfile> profiles() {
        return profiles;
    }

    /** Collects registrations; a type registered twice is a programming error. */
    public static final class Builder {
        private final Map<String, ResourceType> byType = new LinkedHashMap<>();
        private final List<ServiceDiscoverer> serviceWide = new ArrayList<>();
        private final Set<ResourceProfile> profiles = new LinkedHashSet<>();

        public Builder with(Consumer<Builder> registration) {
            registration.accept(this);
            return this;
        }

        public Builder type(String resourceType, Discoverer discoverer) {
            return type(ResourceType.of(resourceType, discoverer));
        }

        public Builder type(ResourceType type) {
            if (byType.putIfAbsent(type.type(), type) != null) {
                throw new IllegalStateException(type.type() + " is registered twice");
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
