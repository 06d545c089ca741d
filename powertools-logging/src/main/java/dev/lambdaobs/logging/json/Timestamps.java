package dev.lambdaobs.logging.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A line's {@code timestamp} as both backends write it: ISO-8601 in UTC with milliseconds
 * ({@code 2026-11-21T06:45:12.345Z}), also the RFC 3339 form Lambda's JSON log format reads.
 * Garbage-free: the text up to the seconds is formatted once per second, and the milliseconds are
 * appended as digits. One per thread, not thread-safe. For backends; not for direct use.
 *
 * <pre>{@code
 * Timestamps timestamps = new Timestamps();
 * out.writeString(timestamps.format(System.currentTimeMillis()));
 * }</pre>
 */
public final class Timestamps {
    private static final DateTimeFormatter UP_TO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.").withZone(ZoneOffset.UTC);

    private final StringBuilder text = new StringBuilder(24);
    private long second = Long.MIN_VALUE;
    private String upToSeconds;

    /** The text of {@code epochMillis}; valid until the next call. */
    public CharSequence format(long epochMillis) {
        return format(Math.floorDiv(epochMillis, 1000L), (int) Math.floorMod(epochMillis, 1000L));
    }

    /** The text of the instant {@code millis} milliseconds into {@code epochSecond}; valid until the next call. */
    public CharSequence format(long epochSecond, int millis) {
        if (epochSecond != second || upToSeconds == null) {
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
