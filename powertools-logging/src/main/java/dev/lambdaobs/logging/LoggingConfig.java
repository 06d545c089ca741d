package dev.lambdaobs.logging;

import static dev.lambdaobs.core.config.EnvironmentVariables.LOGGER_LOG_EVENT;
import static dev.lambdaobs.core.config.EnvironmentVariables.LOGGER_SAMPLE_RATE;

import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.config.Settings;
import dev.lambdaobs.core.masking.MaskingPolicy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Logging's own configuration, parsed once from {@link PowertoolsConfig#settings()} and overridable
 * in {@link Builder} (the {@code @Logging} attributes map onto it).
 *
 * <pre>{@code
 * LoggingConfig config = LoggingConfig.from(PowertoolsConfig.fromEnvironment())
 *         .toBuilder().logEvent(true).correlationIdPath(CorrelationIdPaths.API_GATEWAY_REST).build();
 * }</pre>
 *
 * @param level             the threshold, see {@link LogLevelPolicy}
 * @param logEvent          log the (masked) event at the start of each invocation
 * @param logResponse       log the (masked) response
 * @param logError          log an exception the handler throws, with its stack
 * @param samplingRate      share of invocations, 0 to 1, that log at DEBUG
 * @param correlationIdPath JMESPath to the correlation id in the event
 * @param clearState        restore the MDC (Log4j2 ThreadContext) after each invocation so no key leaks to the next
 * @param bufferLevel       lines at this level and more verbose are held per invocation
 * @param bufferMaxLines    lines held per invocation before the oldest is evicted
 * @param maskedKeys        lower-case words; a key containing one has its value masked
 * @param location          add {@code location} to lines
 * @param loggerName        the logger the step's own lines (event, response, error) use
 * @param flushBufferOnError write the buffer out when the handler throws (an ERROR line always does)
 */
public record LoggingConfig(
        LogLevel level,
        boolean logEvent,
        boolean logResponse,
        boolean logError,
        double samplingRate,
        Optional<String> correlationIdPath,
        boolean clearState,
        Optional<LogLevel> bufferLevel,
        int bufferMaxLines,
        Set<String> maskedKeys,
        boolean location,
        String loggerName,
        boolean flushBufferOnError) {

    /** Keys masked by default, matched case-insensitively as parts of a key: {@link MaskingPolicy#DEFAULT_WORDS}. */
    public static final List<String> DEFAULT_MASKED_KEYS = MaskingPolicy.DEFAULT_WORDS;
    public static final int DEFAULT_BUFFER_MAX_LINES = 200;
    public static final int MAX_BUFFER_MAX_LINES = 10_000;
    public static final String DEFAULT_LOGGER_NAME = "dev.lambdaobs.logging.Handler";

    public LoggingConfig {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(correlationIdPath, "correlationIdPath");
        Objects.requireNonNull(bufferLevel, "bufferLevel");
        Objects.requireNonNull(loggerName, "loggerName");
        if (!(samplingRate >= 0 && samplingRate <= 1)) {
            throw new IllegalArgumentException("samplingRate must be from 0 to 1: " + samplingRate);
        }
        if (bufferMaxLines < 1 || bufferMaxLines > MAX_BUFFER_MAX_LINES) {
            throw new IllegalArgumentException("bufferMaxLines must be from 1 to " + MAX_BUFFER_MAX_LINES + ": "
                    + bufferMaxLines);
        }
        if (bufferLevel.filter(l -> l.isAtLeast(LogLevel.ERROR)).isPresent()) {
            throw new IllegalArgumentException("bufferLevel must be TRACE, DEBUG, INFO or WARN: " + bufferLevel.get());
        }
        maskedKeys = normalize(maskedKeys);
    }

    /** Reads the {@code POWERTOOLS_*} logging variables of {@code config}. */
    public static LoggingConfig from(PowertoolsConfig config) {
        Settings s = config.settings();
        Set<String> masked = MaskingPolicy.from(s).words();
        return new LoggingConfig(
                LogLevelPolicy.resolve(config),
                s.bool(LOGGER_LOG_EVENT, false),
                s.bool(LoggingEnvironment.LOG_RESPONSE, false),
                s.bool(LoggingEnvironment.LOG_ERROR, true),
                s.decimal(LOGGER_SAMPLE_RATE, 0, 0, 1),
                s.string(LoggingEnvironment.CORRELATION_ID_PATH),
                s.bool(LoggingEnvironment.CLEAR_STATE, true),
                bufferLevel(s),
                s.integer(LoggingEnvironment.BUFFER_MAX_LINES, DEFAULT_BUFFER_MAX_LINES, 1, MAX_BUFFER_MAX_LINES),
                masked,
                s.bool(LoggingEnvironment.LOG_LOCATION, false),
                DEFAULT_LOGGER_NAME,
                true);
    }

    private static Optional<LogLevel> bufferLevel(Settings s) {
        Optional<LogLevel> parsed = s.level(LoggingEnvironment.BUFFER_LEVEL);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        LogLevel level = parsed.get();
        if (level.isAtLeast(LogLevel.ERROR)) {
            s.diagnostics().warnOnce("config." + LoggingEnvironment.BUFFER_LEVEL, LoggingEnvironment.BUFFER_LEVEL
                    + "=" + level + " would hold back errors: expected TRACE, DEBUG, INFO or WARN; not buffering");
            return Optional.empty();
        }
        return Optional.of(level);
    }

    /** True when {@code key} (any case) contains one of the masked words. */
    public boolean isMasked(String key) {
        return masking().isSensitive(key);
    }

    /** The masking policy of {@link #maskedKeys()}. */
    public MaskingPolicy masking() {
        return new MaskingPolicy(maskedKeys);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    private static Set<String> normalize(Set<String> keys) {
        Set<String> out = new LinkedHashSet<>();
        for (String key : Objects.requireNonNull(keys, "maskedKeys")) {
            if (key != null && !key.isBlank()) {
                out.add(key.trim().toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    /** Overrides single settings of a parsed configuration. */
    public static final class Builder {
        private LogLevel level;
        private boolean logEvent;
        private boolean logResponse;
        private boolean logError;
        private double samplingRate;
        private Optional<String> correlationIdPath;
        private boolean clearState;
        private Optional<LogLevel> bufferLevel;
        private int bufferMaxLines;
        private final Set<String> maskedKeys;
        private boolean location;
        private String loggerName;
        private boolean flushBufferOnError;

        private Builder(LoggingConfig c) {
            level = c.level;
            logEvent = c.logEvent;
            logResponse = c.logResponse;
            logError = c.logError;
            samplingRate = c.samplingRate;
            correlationIdPath = c.correlationIdPath;
            clearState = c.clearState;
            bufferLevel = c.bufferLevel;
            bufferMaxLines = c.bufferMaxLines;
            maskedKeys = new LinkedHashSet<>(c.maskedKeys);
            location = c.location;
            loggerName = c.loggerName;
            flushBufferOnError = c.flushBufferOnError;
        }

        public Builder level(LogLevel level) { this.level = level; return this; }
        public Builder logEvent(boolean logEvent) { this.logEvent = logEvent; return this; }
        public Builder logResponse(boolean logResponse) { this.logResponse = logResponse; return this; }
        public Builder logError(boolean logError) { this.logError = logError; return this; }
        public Builder samplingRate(double samplingRate) { this.samplingRate = samplingRate; return this; }
        public Builder correlationIdPath(String path) { this.correlationIdPath = Optional.ofNullable(path).filter(p -> !p.isBlank()); return this; }
        public Builder clearState(boolean clearState) { this.clearState = clearState; return this; }
        public Builder bufferLevel(LogLevel level) { this.bufferLevel = Optional.ofNullable(level); return this; }
        public Builder bufferMaxLines(int lines) { this.bufferMaxLines = lines; return this; }
        /** Adds words to mask, on top of the defaults and {@code POWERTOOLS_LOGGER_MASK_KEYS}. */
        public Builder maskKeys(String... keys) { maskedKeys.addAll(List.of(keys)); return this; }
        public Builder location(boolean location) { this.location = location; return this; }
        public Builder loggerName(String loggerName) { this.loggerName = loggerName; return this; }
        public Builder flushBufferOnError(boolean flush) { this.flushBufferOnError = flush; return this; }

        public LoggingConfig build() {
            return new LoggingConfig(level, logEvent, logResponse, logError, samplingRate, correlationIdPath,
                    clearState, bufferLevel, bufferMaxLines, maskedKeys, location, loggerName, flushBufferOnError);
        }
    }
}
