package dev.lambdaobs.dashboardgen.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What discovery learnt about one resource, by {@link Fact}.
 *
 * <pre>{@code
 * Facts facts = Facts.builder().with(Fact.TIMEOUT_SECONDS, 30).build();
 * facts.get(Fact.TIMEOUT_SECONDS); // Optional[30]
 * }</pre>
 */
public final class Facts {
    private static final Facts NONE = new Facts(Map.of());
    private final Map<Fact<?>, Object> values;

    private Facts(Map<Fact<?>, Object> values) {
        this.values = Map.copyOf(values);
    }

    public static Facts none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public <T> Optional<T> get(Fact<T> fact) {
        return Optional.ofNullable(values.get(fact)).map(fact.type()::cast);
    }

    /** These facts with {@code fact} set to {@code value}. */
    public <T> Facts with(Fact<T> fact, T value) {
        Map<Fact<?>, Object> copy = new HashMap<>(values);
        copy.put(fact, value);
        return new Facts(copy);
    }

    /** These facts without {@code fact}. */
    public Facts without(Fact<?> fact) {
        Map<Fact<?>, Object> copy = new HashMap<>(values);
        copy.remove(fact);
        return copy.isEmpty() ? NONE : new Facts(copy);
    }

    public boolean is(Fact<Boolean> fact) {
        return get(fact).orElse(false);
    }

    /** Accumulates facts; the last value for a fact wins. */
    public static final class Builder {
        private final Map<Fact<?>, Object> values = new HashMap<>();

        public <T> Builder with(Fact<T> fact, T value) {
            if (value != null) {
                values.put(fact, value);
            }
            return this;
        }

        public Facts build() {
            return values.isEmpty() ? NONE : new Facts(values);
        }
    }
}
