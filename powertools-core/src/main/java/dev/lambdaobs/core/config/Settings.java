package dev.lambdaobs.core.config;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed, immutable access to environment settings. Each module reads its {@code POWERTOOLS_*} keys
 * through it once, at start-up. An invalid value is reported once, naming the variable, the value
 * and the default used instead; it never throws.
 *
 * <pre>{@code
 * Settings settings = Settings.of(Map.of("POWERTOOLS_LOGGER_SAMPLE_RATE", "0.1"), Diagnostics.stderr());
 * double rate = settings.decimal("POWERTOOLS_LOGGER_SAMPLE_RATE", 0, 0, 1);
 * }</pre>
 */
public final class Settings {
    private final Map<String, String> values;
    private final Diagnostics diagnostics;

    private Settings(Map<String, String> values, Diagnostics diagnostics) {
        this.values = Map.copyOf(values);
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /** Settings over a copy of {@code env}; invalid values are reported to {@code diagnostics}. */
    public static Settings of(Map<String, String> env, Diagnostics diagnostics) {
        Objects.requireNonNull(env, "env");
        Map<String, String> copy = new java.util.HashMap<>();
        env.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return new Settings(copy, diagnostics);
    }

    /** Where this configuration reports invalid values. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The trimmed value, or empty when unset or blank. */
    public Optional<String> string(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.trim());
    }

    /** The trimmed value, or {@code fallback} when unset or blank. */
    public String string(String name, String fallback) {
        return string(name).orElse(fallback);
    }

    /** {@code true}/{@code false} in any case; anything else is reported and gives {@code fallback}. */
    public boolean bool(String name, boolean fallback) {
        return parse(name, fallback, "true or false", value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        });
    }

    /** A number within {@code [min, max]}; anything else is reported and gives {@code fallback}. */
    public double decimal(String name, double fallback, double min, double max) {
        return parse(name, fallback, "a number from " + min + " to " + max, value -> {
            try {
                double parsed = Double.parseDouble(value);
                return parsed >= min && parsed <= max ? parsed : null;
            } catch (NumberFormatException e) {
                return null;
            }
        });
    }

    /** A whole number within {@code [min, max]}; anything else is reported and gives {@code fallback}. */
    public int integer(String name, int fallback, int min, int max) {
        return parse(name, fallback, "a whole number from " + min + " to " + max, value -> {
            try {
                int parsed = Integer.parseInt(value);
                return parsed >= min && parsed <= max ? parsed : null;
            } catch (NumberFormatException e) {
                return null;
            }
        });
    }

    /** One of the enum's constants by name, case-insensitively, with {@code -} read as {@code _}. */
    public <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        E[] constants = type.getEnumConstants();
        return parse(name, fallback, "one of " + Arrays.toString(constants), value -> {
            String wanted = value.toUpperCase(Locale.ROOT).replace('-', '_');
            for (E constant : constants) {
                if (constant.name().equals(wanted)) {
                    return constant;
                }
            }
            return null;
        });
    }

    /**
     * A log level ({@link LogLevel#parse}: any case, {@code WARNING} for {@code WARN}); empty when unset,
     * and empty with one report when invalid.
     */
    public Optional<LogLevel> level(String name) {
        Optional<String> raw = string(name);
        Optional<LogLevel> parsed = raw.flatMap(LogLevel::parse);
        if (raw.isPresent() && parsed.isEmpty()) {
            diagnostics.warnOnce("config." + name, name + "='" + raw.get()
                    + "' is invalid: expected TRACE, DEBUG, INFO, WARN (or WARNING), ERROR or FATAL; ignoring it");
        }
        return parsed;
    }

    /** A comma-separated list, trimmed, without empty entries. */
    public List<String> list(String name) {
        return string(name)
                .map(value -> Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /**
     * A value of any type: {@code parser} returns null for text it does not accept, which is then
     * reported once, naming the variable, the value, {@code expected} and the fallback used.
     *
     * <pre>{@code
     * Level level = settings.parse("POWERTOOLS_LOG_LEVEL", Level.INFO, "a log level", text -> Level.toLevel(text, null));
     * }</pre>
     */
    public <T> T parse(String name, T fallback, String expected, Function<String, T> parser) {
        Optional<String> raw = string(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        T parsed = parser.apply(raw.get());
        if (parsed != null) {
            return parsed;
        }
        diagnostics.warnOnce("config." + name, name + "='" + raw.get() + "' is invalid: expected "
                + expected + "; using " + fallback);
        return fallback;
    }
}
