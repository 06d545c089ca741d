package dev.lambdaobs.logging;

import dev.lambdaobs.core.output.CloudWatchLogsLimits;
import dev.lambdaobs.core.output.JsonLineLimit;

/** The sizes both backends' shipped configurations keep lines within. */
public final class LogLimits {
    /**
     * Longest line written, without its line end: CloudWatch Logs' event size less its per-event
     * overhead ({@link CloudWatchLogsLimits}). A longer line is cut by {@link JsonLineLimit}.
     */
    public static final int MAX_LINE_BYTES = CloudWatchLogsLimits.MAX_LINE_BYTES;

    /**
     * Longest string value written ({@code maxStringLength} in the Log4j2
     * backend's ShippedConfiguration, the encoder's default in the Logback backend), so that one
     * huge value is cut early and the rest of the line kept as it is.
     */
    public static final int MAX_STRING_LENGTH = 32_768;

    /** Ends a cut string ({@code truncatedStringSuffix}), the same marker as a line cut to fit. */
    public static final String TRUNCATION_MARKER = JsonLineLimit.MARKER;

    private LogLimits() {
    }
}
