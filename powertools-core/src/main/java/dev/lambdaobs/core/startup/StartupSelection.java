package dev.lambdaobs.core.startup;

import static dev.lambdaobs.core.config.EnvironmentVariables.BACKGROUND_STARTUP;

import dev.lambdaobs.core.config.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The modules whose start-up tasks run in the background, from {@code POWERTOOLS_BACKGROUND_STARTUP}:
 * unset or {@code true} for every module on the class path, {@code false} for none, or the modules a
 * function uses ({@code logging,tracing}), so that one whose jar holds more modules than it uses does
 * not load their libraries for nothing.
 */
record StartupSelection(boolean all, Set<String> modules) {
    static final StartupSelection ALL = new StartupSelection(true, Set.of());
    static final StartupSelection NONE = new StartupSelection(false, Set.of());

    static StartupSelection from(Settings settings) {
        List<String> names = settings.list(BACKGROUND_STARTUP);
        if (names.isEmpty() || names.size() == 1 && "true".equalsIgnoreCase(names.get(0))) {
            return ALL;
        }
        if (names.size() == 1 && "false".equalsIgnoreCase(names.get(0))) {
            return NONE;
        }
        Set<String> modules = new TreeSet<>();
        for (String name : names) {
            modules.add(name.toLowerCase(Locale.ROOT));
        }
        return new StartupSelection(false, Set.copyOf(modules));
    }

    boolean isEmpty() {
        return !all && modules.isEmpty();
    }

    boolean includes(String module) {
        return all || modules.contains(module.toLowerCase(Locale.ROOT));
    }
}
