package dev.lambdaobs.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private final List<String> warnings = new ArrayList<>();

    private Settings settings(Map<String, String> env) {
        return Settings.of(env, Diagnostics.to(warnings::add));
    }

    @Test
    void parsesEachTypeAndTrims() {
        Settings settings = settings(Map.of("B", " TRUE ", "D", "0.25", "I", "42", "C", "provisioned-concurrency",
                "L", " a, b ,,c "));

        assertThat(settings.bool("B", false)).isTrue();
        assertThat(settings.decimal("D", 0, 0, 1)).isEqualTo(0.25);
        assertThat(settings.integer("I", 0, 0, 100)).isEqualTo(42);
        assertThat(settings.choice("C", InitializationType.class, InitializationType.ON_DEMAND))
                .isEqualTo(InitializationType.PROVISIONED_CONCURRENCY);
        assertThat(settings.list("L")).containsExactly("a", "b", "c");
        assertThat(warnings).isEmpty();
    }

    @Test
    void invalidValuesFallBackWithOneWarningEach() {
        Settings settings = settings(Map.of("B", "yes", "D", "2", "I", "4.5"));

        assertThat(settings.bool("B", false)).isFalse();
        assertThat(settings.bool("B", false)).isFalse();
        assertThat(settings.decimal("D", 0.1, 0, 1)).isEqualTo(0.1);
        assertThat(settings.integer("I", 7, 0, 10)).isEqualTo(7);

        assertThat(warnings).containsExactly(
                "[lambdaobs] WARN B='yes' is invalid: expected true or false; using false",
                "[lambdaobs] WARN D='2' is invalid: expected a number from 0.0 to 1.0; using 0.1",
                "[lambdaobs] WARN I='4.5' is invalid: expected a whole number from 0 to 10; using 7");
    }

    @Test
    void blankAndNullValuesCountAsUnset() {
        Map<String, String> env = new HashMap<>();
        env.put("BLANK", "  ");
        env.put("NULL", null);
        Settings settings = settings(env);

        assertThat(settings.string("BLANK")).isEmpty();
        assertThat(settings.string("NULL", "fallback")).isEqualTo("fallback");
        assertThat(settings.list("BLANK")).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void levelsAreReadByOneParserThatTakesWarningAndReportsOnce() {
        Settings settings = settings(Map.of("A", "warning", "B", "Debug", "C", "LOUD"));

        assertThat(settings.level("A")).contains(LogLevel.WARN);
        assertThat(settings.level("B")).contains(LogLevel.DEBUG);
        assertThat(settings.level("C")).isEmpty();
        assertThat(settings.level("C")).isEmpty();
        assertThat(settings.level("UNSET")).isEmpty();
        assertThat(warnings).singleElement().asString().contains("C='LOUD'").contains("WARNING");
    }
}
