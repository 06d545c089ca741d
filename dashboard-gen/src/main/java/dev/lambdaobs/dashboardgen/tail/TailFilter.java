package dev.lambdaobs.dashboardgen.tail;

import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.limits.LiveTailLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code tail} shows, as a CloudWatch Logs JSON filter pattern over the fields powertools-logging
 * writes: one request, business request or trace, and a least severity. With neither, every line
 * passes (Lambda's own text lines too); with either, only JSON lines can match.
 *
 * <pre>{@code
 * TailFilter.byCorrelationId("order-1234").atLeast("ERROR").pattern()
 * // { ($.correlation_id = "order-1234") && ($.level = "ERROR" || $.level = "FATAL") && ($._aws NOT EXISTS) }
 * }</pre>
 *
 * @param idTerm   the id condition, if any
 * @param minLevel the least severity shown, if any
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html">Filter pattern syntax</a>
 */
public record TailFilter(Optional<String> idTerm, Optional<String> minLevel) {
    /** Log4j2's levels, least severe first; a level filter shows the given one and every one after it. */
    public static final List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL");

    /** Every line. */
    public static TailFilter all() {
        return new TailFilter(Optional.empty(), Optional.empty());
    }

    /**
     * One invocation: our lines, Lambda's JSON-format platform lines ({@code record.requestId}) and
     * Lambda's JSON-format application lines ({@code requestId}).
     */
    public static TailFilter byRequestId(String id) {
        return byId("--request-id", id, "$." + LogFields.FUNCTION_REQUEST_ID, "$.record.requestId", "$.requestId");
    }

    public static TailFilter byCorrelationId(String id) {
        return byId("--correlation-id", id, "$." + LogFields.CORRELATION_ID);
    }

    public static TailFilter byTraceId(String id) {
        return byId("--trace-id", id, "$." + LogFields.XRAY_TRACE_ID);
    }

    private static TailFilter byId(String option, String id, String... fields) {
        String value = quoted(option, id);
        List<String> terms = new ArrayList<>();
        for (String field : fields) {
            terms.add(field + " = " + value);
        }
        return new TailFilter(Optional.of(String.join(" || ", terms)), Optional.empty());
    }

    /** This filter, showing only lines at {@code level} or more severe. */
    public TailFilter atLeast(String level) {
        String upper = level.trim().toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(upper)) {
            throw new BadInputException("--level " + level + ": expected one of " + String.join(", ", LEVELS));
        }
        return new TailFilter(idTerm, Optional.of(upper));
    }

    /** The filter pattern, or empty for every line. */
    public Optional<String> pattern() {
        List<String> terms = new ArrayList<>();
        idTerm.ifPresent(terms::add);
        minLevel.ifPresent(level -> {
            List<String> levels = new ArrayList<>();
            for (String shown : LEVELS.subList(LEVELS.indexOf(level), LEVELS.size())) {
                levels.add("$." + LogFields.LEVEL + " = \"" + shown + "\"");
            }
            terms.add(String.join(" || ", levels));
            // EMF documents may carry "level" too (Lambda's ERROR log-level filter); they are metrics, not log lines.
            terms.add("$._aws NOT EXISTS");
        });
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        String pattern = "{ (" + String.join(") && (", terms) + ") }";
        if (pattern.length() > LiveTailLimits.MAX_FILTER_PATTERN_LENGTH) {
            throw new BadInputException("the filter pattern would be " + pattern.length() + " characters; Live Tail takes at most "
                    + LiveTailLimits.MAX_FILTER_PATTERN_LENGTH + " (give a shorter id)");
        }
        return Optional.of(pattern);
    }

    /** Filter patterns have no escape for a double quote, so an id holding one cannot be matched exactly. */
    private static String quoted(String option, String value) {
        if (value.isEmpty() || value.contains("\"") || value.contains("\\")) {
            throw new BadInputException(option + " " + value + ": a filter pattern cannot match an empty id or one holding \" or \\");
        }
        return '"' + value + '"';
    }
}
