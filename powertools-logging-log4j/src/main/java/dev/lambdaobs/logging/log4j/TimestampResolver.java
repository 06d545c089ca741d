package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.logging.json.Timestamps;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.time.Instant;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolver;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;

/**
 * The line's {@code timestamp} as {@link Timestamps} writes it for both backends
 * ({@code 2026-11-21T06:45:12.345Z}). Garbage-free, where Log4j's pattern resolver allocates an
 * {@code Instant} and a boxed {@code Long} per event.
 */
final class TimestampResolver implements EventResolver {
    private static final ThreadLocal<Timestamps> TIMESTAMPS = ThreadLocal.withInitial(Timestamps::new);

    @Override
    public void resolve(LogEvent event, JsonWriter writer) {
        Instant instant = event.getInstant();
        writer.writeString(TIMESTAMPS.get().format(instant.getEpochSecond(), instant.getNanoOfSecond() / 1_000_000));
    }
}
