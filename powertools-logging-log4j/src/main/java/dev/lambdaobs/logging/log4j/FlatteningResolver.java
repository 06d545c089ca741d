package dev.lambdaobs.logging.log4j;

import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolver;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;

/**
 * A resolver that writes its own keys into the enclosing object (one template entry, several members),
 * so the layout tells it whether a member came before ({@code succeedingEntry}) and it writes the comma.
 */
interface FlatteningResolver extends EventResolver {
    @Override
    default boolean isFlattening() {
        return true;
    }

    /** The layout calls a flattening resolver with {@code succeedingEntry}; this form is the first member. */
    @Override
    default void resolve(LogEvent event, JsonWriter writer) {
        resolve(event, writer, false);
    }

    @Override
    void resolve(LogEvent event, JsonWriter writer, boolean succeedingEntry);
}
