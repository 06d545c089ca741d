package dev.lambdaobs.logging.logback;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A line's {@code timestamp} as the Log4j2 backend writes it: ISO-8601 in UTC with milliseconds
 * ({@code 2026-11-21T06:45:12.345Z}). The text up to the seconds is formatted once per second; one per
 * thread, not thread-safe.
 */
final class Timestamps {
    private static final DateTimeFormatter UP_TO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.").withZone(ZoneOffset.UTC);

    private final StringBuilder text = new StringBuilder(24);
    private long second = Long.MIN_VALUE;
    private String upToSeconds;

    /** The text of {@code epochMillis}; valid until the next call. */
    CharSequence format(long epochMillis) {
        long epochSecond = Math.floorDiv(epochMillis, 1000L);
        int millis = (int) Math.floorMod(epochMillis, 1000L);
        if (epochSecond != second) {
            upToSeconds = UP_TO_SECONDS.format(Instant.ofEpochSecond(epochSecond));
            second = epochSecond;
        }
        text.setLength(0);
        text.append(upToSeconds)
                .append((char) ('0' + millis / 100))
                .append((char) ('0' + millis / 10 % 10))
                .append((char) ('0' + millis % 10))
                .append('Z');
        return text;
    }
}
