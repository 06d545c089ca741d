package dev.lambdaobs.dashboardgen.naming;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out logical ids unique within one output template, avoiding the ids the input already uses.
 * A clash gets a hash of the requested parts appended, so it is still deterministic.
 *
 * <pre>{@code
 * LogicalIds ids = new LogicalIds(existingIds);
 * ids.allocate("Alarm", "Orders", "Errors");
 * }</pre>
 */
public final class LogicalIds {
    private final Set<String> taken;

    public LogicalIds(Set<String> existing) {
        this.taken = new HashSet<>(existing);
    }

    public String allocate(String... parts) {
        String id = Names.logicalId(parts);
        if (taken.add(id)) {
            return id;
        }
        String unique = Names.logicalId(id, Names.hash(String.join("|", parts)));
        if (!taken.add(unique)) {
            throw new IllegalStateException("logical id " + unique + " allocated twice");
        }
        return unique;
    }
}
