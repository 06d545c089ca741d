package dev.lambdaobs.logging;

import dev.lambdaobs.core.text.SafeText;
import java.util.Objects;

/**
 * A key and value passed as a log parameter that becomes a top-level key of the JSON line, and reads
 * as {@code key=value} where the message has a {@code {}} for it. Build it with
 * {@link StructuredArguments#entry}.
 *
 * @param key   the JSON key; must not be one of the standard keys of {@link dev.lambdaobs.core.schema.LogFields}
 * @param value written as JSON: strings, numbers, booleans, maps, collections, arrays, and other objects
 *              through Jackson (a value that cannot be written becomes a string naming its type)
 */
public record StructuredArgument(String key, Object value) {
    public StructuredArgument {
        Objects.requireNonNull(key, "key");
    }

    /** {@code key=value}, for the message text; never throws. */
    @Override
    public String toString() {
        return key + "=" + SafeText.of(value);
    }
}
