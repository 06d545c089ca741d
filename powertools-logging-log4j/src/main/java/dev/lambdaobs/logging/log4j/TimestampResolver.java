package dev.lambdaobs.logging.log4j;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolver;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;

/**
 * The line's {@code timestamp}: ISO-8601 in UTC with milliseconds ({@code 2026-11-21T06:45:12.345Z}),
 * which is also the RFC 3339 form Lambda's JSON log format reads. Garbage-free: the text up to the
 * seconds is formatted once per second and thread, and the milliseconds are appended as digits,
 * where Log4j's pattern resolver allocates an {@code Instant} and a boxed {@code Long} per event.
 */
final class TimestampResolver implements EventResolver {
    private static final DateTimeFormatter UP_TO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.").withZone(ZoneOffset.UTC);
    private static final ThreadLocal<Cache> CACHE = ThreadLocal.withInitial(Cache::new);

    @Override
    public void resolve(LogEvent event, JsonWriter writer) {
        org.apache.logging.log4j.core.time.Instant instant = event.getInstant();
        Cache cache = CACHE.get();
        long second = instant.getEpochSecond();
        if (second != cache.second || cache.upToSeconds == null) {
            cache.upToSeconds = UP_TO_SECONDS.format(Instant.ofEpochSecond(second));
            cache.second = second;
        }
        int millis = instant.getNanoOfSecond() / 1_000_000;
        StringBuilder text = cache.text;
        text.setLength(0);
        text.append(cache.upToSeconds)
                .append((char) ('0' + millis / 100))
                .append((char) ('0' + millis / 10 % 10))
                .append((char) ('0' + millis % 10))
                .append('Z');
        writer.writeString(text);
    }

    /** Per-thread state, so that concurrent invocations never share a buffer. */
    private static final class Cache {
        private long second;
        private String upToSeconds;
        private final StringBuilder text = new StringBuilder(24);
    }
}
