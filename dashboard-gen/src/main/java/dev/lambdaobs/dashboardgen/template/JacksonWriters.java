package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Jackson's writers for the values {@link JsonSize} and {@link JsonText} leave to it. A class of their own so
 * the {@code ObjectMapper}s (tens of milliseconds of class loading and set-up at start) are made only when such a value
 * turns up, which generated templates never hold.
 */
final class JacksonWriters {
    /** Writes what {@code JsonNode.toString()} writes: compact, default features. */
    static final ObjectWriter COMPACT = new ObjectMapper().writer();
    /** Writes what {@code writerWithDefaultPrettyPrinter()} and {@code INDENT_OUTPUT} write. */
    static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private JacksonWriters() {
    }
}
