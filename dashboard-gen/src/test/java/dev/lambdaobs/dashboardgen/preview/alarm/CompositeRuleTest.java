package dev.lambdaobs.dashboardgen.preview.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CompositeRuleTest {
    private static final Map<String, AlarmState> STATES = Map.of("errors", AlarmState.ALARM, "latency", AlarmState.OK,
            "new", AlarmState.INSUFFICIENT_DATA, "orders-A (eu)", AlarmState.ALARM);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ALARM(\"errors\") | true",
            "ALARM(errors) | true",
            "ALARM(\"latency\") | false",
            "OK(\"latency\") | true",
            "INSUFFICIENT_DATA(\"new\") | true",
            "INSUFFICIENT_DATA(new) AND OK(latency) | true",
            "ALARM(\"latency\") OR ALARM(\"errors\") | true",
            "ALARM(\"latency\") AND ALARM(\"errors\") | false",
            "NOT ALARM(\"latency\") | true",
            "NOT (ALARM(\"latency\") OR ALARM(\"errors\")) | false",
            "ALARM(errors) AND NOT OK(latency) | false",
            // NOT binds tighter than AND, AND tighter than OR
            "TRUE OR FALSE AND FALSE | true",
            "(TRUE OR FALSE) AND FALSE | false",
            "FALSE | false",
            "ALARM(\"orders-A (eu)\") | true"})
    void evaluatesOnChildStates(String rule, boolean expected) {
        assertThat(CompositeRule.parse(rule).evaluate(STATES::get)).isEqualTo(expected);
    }

    @Test
    void listsItsChildren() {
        assertThat(CompositeRule.parse("ALARM(\"a\") OR (OK(b) AND NOT INSUFFICIENT_DATA(\"c\"))").children())
                .containsExactly("a", "b", "c");
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> CompositeRule.parse("ALARM(\"a\") XOR TRUE")).hasMessageContaining("unexpected 'XOR'");
        assertThatThrownBy(() -> CompositeRule.parse("(TRUE")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> CompositeRule.parse("ALARM(\"a\") OR")).hasMessageContaining("unexpected end");
    }
}
