package dev.lambdaobs.tracing.otel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void scalarsAreTheirJsonText() {
        assertThat(JsonText.of(null)).isEqualTo("null");
        assertThat(JsonText.of(true)).isEqualTo("true");
        assertThat(JsonText.of(false)).isEqualTo("false");
        assertThat(JsonText.of(42.5)).isEqualTo("42.5");
        assertThat(JsonText.of(7L)).isEqualTo("7");
        assertThat(JsonText.of(3.0f)).isEqualTo("3.0");
        assertThat(JsonText.of(new BigDecimal("1.50"))).isEqualTo("1.50");
    }

    @Test
    void nonFiniteNumbersAreStrings() {
        assertThat(JsonText.of(Double.NaN)).isEqualTo("\"NaN\"");
        assertThat(JsonText.of(Float.POSITIVE_INFINITY)).isEqualTo("\"Infinity\"");
        assertThat(JsonText.of(List.of(1, Double.NEGATIVE_INFINITY))).isEqualTo("[1,\"-Infinity\"]");
    }

    @Test
    void containersAndCyclesStillWork() {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", "o-\"1\"");
        order.put("amount", 42.5);
        List<Object> cyclic = new ArrayList<>();
        cyclic.add("a");
        cyclic.add(cyclic);

        assertThat(JsonText.of(order)).isEqualTo("{\"id\":\"o-\\\"1\\\"\",\"amount\":42.5}");
        assertThat(JsonText.of(cyclic)).isEqualTo("[\"a\",\"<cycle>\"]");
    }
}
