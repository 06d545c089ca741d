package dev.lambdaobs.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonStringsTest {

    @Test
    void writesTextWithNothingToEscapeAsItIs() {
        assertThat(JsonStrings.append(new StringBuilder("x:"), "orders é 😀").toString()).isEqualTo("x:\"orders é 😀\"");
        assertThat(JsonStrings.append(new StringBuilder(), new StringBuilder("built")).toString()).isEqualTo("\"built\"");
        assertThat(JsonStrings.append(new StringBuilder(), "").toString()).isEqualTo("\"\"");
    }

    @Test
    void escapesFromTheFirstCharThatNeedsItKeepingWhatComesBefore() {
        assertThat(JsonStrings.append(new StringBuilder(), "ab\"c\\d\ne\u0001\t").toString())
                .isEqualTo("\"ab\\\"c\\\\d\\ne\\u0001\\t\"");
        assertThat(JsonStrings.append(new StringBuilder(), "\u001fend").toString()).isEqualTo("\"\\u001fend\"");
        assertThat(JsonStrings.append(new StringBuilder(), "lone \ud800 surrogate\r").toString())
                .isEqualTo("\"lone \ud800 surrogate\\r\"");
    }

    @Test
    void findsTheFirstCharToEscapeWithinTheRange() {
        String text = "ab\"cd\\e";

        assertThat(JsonStrings.firstToEscape(text, 0, text.length())).isEqualTo(2);
        assertThat(JsonStrings.firstToEscape(text, 3, text.length())).isEqualTo(5);
        assertThat(JsonStrings.firstToEscape(text, 3, 5)).isEqualTo(5);
        assertThat(JsonStrings.firstToEscape("plain text", 0, 10)).isEqualTo(10);
        assertThat(JsonStrings.firstToEscape("tab\there", 0, 8)).isEqualTo(3);
        assertThat(JsonStrings.firstToEscape("x", 1, 1)).isEqualTo(1);
    }
}
