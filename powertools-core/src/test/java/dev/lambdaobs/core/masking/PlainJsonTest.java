package dev.lambdaobs.core.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaobs.core.text.PlainJson;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON reader and writer the masking uses without Jackson, and the value reader for responses. */
class PlainJsonTest {

    @Test
    void readsWhatJacksonReadsAndWritesItBack() {
        String text = "{\"s\":\"a\\\"b\\\\c\\n\\u00e9\\/\",\"i\":-7,\"l\":12345678901,\"b\":123456789012345678901234,"
                + "\"d\":1.5,\"e\":1E2,\"t\":true,\"f\":false,\"z\":null,\"a\":[],\"o\":{}}";

        Object value = PlainJsonReader.read(" " + text + "\n");

        assertThat(value).isEqualTo(new java.util.LinkedHashMap<>(Map.ofEntries(Map.entry("s", "a\"b\\c\né/"),
                Map.entry("i", -7), Map.entry("l", 12345678901L), Map.entry("b", new BigInteger("123456789012345678901234")),
                Map.entry("d", 1.5), Map.entry("e", 100.0), Map.entry("t", true), Map.entry("f", false),
                Map.entry("a", List.of()), Map.entry("o", Map.of()))) {
            {
                put("z", null);
            }
        });
        assertThat(PlainJson.write(PlainJsonReader.read("{\"s\":\"a\\\"b\\n\\u0001\",\"n\":[1,2.5,null]}")))
                .isEqualTo("{\"s\":\"a\\\"b\\n\\u0001\",\"n\":[1,2.5,null]}");
    }

    @Test
    void textThatIsNotExactlyOneJsonValueIsRefused() {
        for (String bad : List.of("{\"a\":1} trailing", "{\"a\":}", "[1,]", "{a:1}", "\"open", "[01]", "{\"a\":1.}",
                "[\"tab\there\"]", "[nul]")) {
            assertThatThrownBy(() -> PlainJsonReader.read(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> PlainJsonReader.read("[".repeat(1_001) + "]".repeat(1_001)))
                .hasMessageContaining("deeper than 1000");
        assertThat(PlainJsonReader.read("[".repeat(1_000) + "]".repeat(1_000))).isInstanceOf(List.class);
    }

    @Test
    void aStringThatIsNotJsonIsMaskedAsText() {
        assertThat(PlainMasking.maskedValue("{\"password\":\"hunter2\"} and more", MaskingPolicy.DEFAULT))
                .isEqualTo("{\"password\":\"****\"} and more");
    }

    @Test
    void aResponseThatCannotBeReadThrowsWithTheReason() {
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        assertThatThrownBy(() -> PlainMasking.maskedValue(cycle, MaskingPolicy.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> PlainMasking.maskedValue(new Throwing(), MaskingPolicy.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boom");
    }

    /** A bean whose getter throws. */
    public static final class Throwing {
        public String getValue() {
            throw new IllegalStateException("boom");
        }
    }
}
