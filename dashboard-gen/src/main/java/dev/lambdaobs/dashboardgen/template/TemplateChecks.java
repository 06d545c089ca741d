package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.input.DuplicateKey;
import dev.lambdaobs.dashboardgen.input.LocatedDocument;
import dev.lambdaobs.dashboardgen.limits.LambdaLimits;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape checks a template must pass before anything is derived from it, each failing with
 * file:line, resource and key: a duplicate key (one that hides something, or any under {@code --strict});
 * {@code Globals} that is not a mapping of mappings; and the literal
 * function settings thresholds are derived from (a negative or overflowing {@code Timeout} would
 * give a negative duration threshold) outside what Lambda accepts.
 */
final class TemplateChecks {
    /** Sections whose entries are named things, so a duplicate is reported as that thing's key. */
    private static final Map<String, String> NAMED_SECTIONS = Map.of("Resources", "resource", "Outputs", "output",
            "Parameters", "parameter", "Conditions", "condition", "Mappings", "mapping");
    /** Sections where a duplicate entry silently drops one of two named things. */
    private static final Set<String> HIDING_SECTIONS = Set.of("Resources", "Conditions", "Parameters", "Globals");

    /** How a tolerated duplicate's line starts, like the command's one-line errors ({@code dashboard-gen: ...}). */
    static final String WARNING = "dashboard-gen: warning: ";

    /** A whole-number property and the range Lambda accepts for it. */
    private record Range(long min, long max, String unit) {
    }

    private static final Map<String, Range> FUNCTION_RANGES = Map.of(
            "Timeout", new Range(LambdaLimits.MIN_TIMEOUT_SECONDS, LambdaLimits.MAX_TIMEOUT_SECONDS, "seconds"),
            "MemorySize", new Range(LambdaLimits.MIN_MEMORY_MB, LambdaLimits.MAX_MEMORY_MB, "MB"),
            "ReservedConcurrentExecutions", new Range(0, Integer.MAX_VALUE, "concurrent executions"));

    private TemplateChecks() {
    }

    /**
     * A duplicate that hides a section, a section's entry (a resource, condition, parameter or Globals
     * section) or a resource attribute ({@code Properties}, {@code Type}) is refused: one of the two things
     * silently disappears. A duplicate deeper down (two {@code Handler}s, a tag value, an output's
     * {@code Value}) is reported on the policy's warnings naming file:line, the resource or output and the key
     * (refused too when the policy is strict): CloudFormation deploys such a template with the last value, and
     * the reader keeps the last value too, so the monitoring matches what is deployed.
     */
    static void duplicates(LocatedDocument document, DuplicateKeys policy) {
        for (DuplicateKey duplicate : document.duplicates()) {
            List<String> segments = List.of(duplicate.pointer().substring(1).split("/", -1));
            String kind = NAMED_SECTIONS.get(segments.get(0));
            BadInputException named = kind == null || segments.size() < 3 ? duplicate.error()
                    : duplicate.error(kind + " " + LocatedDocument.unescape(segments.get(1)),
                            String.join(".", segments.subList(2, segments.size()).stream().map(LocatedDocument::unescape).toList()));
            boolean hides = segments.size() == 1 || segments.size() == 2 && HIDING_SECTIONS.contains(segments.get(0))
                    || segments.size() == 3 && segments.get(0).equals("Resources");
            if (hides || policy.strict()) {
                throw named;
            }
            policy.warnings().accept(WARNING + named.getMessage()
                    + "; CloudFormation deploys the last value, and the monitoring is generated from it too (--strict refuses it)");
        }
    }

    static void globals(LocatedDocument document) {
        JsonNode globals = document.root().get("Globals");
        if (globals == null || globals.isNull()) {
            return; // absent, or an empty placeholder section
        }
        if (!globals.isObject()) {
            throw new BadInputException(document.locationOf("/Globals"),
                    "Globals: expected a mapping of sections (Function, Api, HttpApi, SimpleTable, StateMachine, LayerVersion)");
        }
        globals.fields().forEachRemaining(section -> {
            if (!section.getValue().isObject() && !section.getValue().isNull()) {
                throw new BadInputException(document.locationOf(LocatedDocument.child("/Globals", section.getKey())),
                        "Globals." + section.getKey() + ": expected a mapping of properties");
            }
        });
        functionSettings(document, "/Globals/Function", "Globals.Function", globals.path("Function"));
    }

    /** The resource's own attributes. */
    static void resource(LocatedDocument document, String id, JsonNode body) {
        String pointer = LocatedDocument.child("/Resources", id);
        for (String attribute : List.of("Properties", "Metadata")) {
            JsonNode value = body.get(attribute);
            if (value != null && !value.isNull() && !value.isObject()) {
                throw new BadInputException(document.locationOf(pointer + "/" + attribute),
                        "resource " + id + ": " + attribute + ": expected a mapping of names to values");
            }
        }
        JsonNode condition = body.get("Condition");
        if (condition != null && !condition.isTextual()) {
            throw new BadInputException(document.locationOf(pointer + "/Condition"),
                    "resource " + id + ": Condition: expected the name of a condition");
        }
    }

    /** A function's literal settings. */
    static void functionSettings(LocatedDocument document, String id, JsonNode properties) {
        functionSettings(document, LocatedDocument.child("/Resources", id) + "/Properties", "resource " + id + ": ", properties);
    }

    private static void functionSettings(LocatedDocument document, String pointer, String where, JsonNode properties) {
        FUNCTION_RANGES.forEach((name, range) -> {
            JsonNode value = properties.get(name);
            if (value == null || !(value.isNumber() || value.isTextual())) {
                return; // absent, or an intrinsic function only CloudFormation resolves
            }
            if (!inRange(value.asText(), range)) {
                throw new BadInputException(document.locationOf(LocatedDocument.child(pointer, name)), where
                        + (where.endsWith(" ") ? "" : ".") + name + " " + value.asText() + ": expected a whole number of "
                        + range.unit() + " from " + range.min() + " to " + range.max() + " (what Lambda accepts)");
            }
        });
    }

    private static boolean inRange(String text, Range range) {
        try {
            BigDecimal number = new BigDecimal(text.trim());
            return number.stripTrailingZeros().scale() <= 0 && number.compareTo(BigDecimal.valueOf(range.min())) >= 0
                    && number.compareTo(BigDecimal.valueOf(range.max())) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
