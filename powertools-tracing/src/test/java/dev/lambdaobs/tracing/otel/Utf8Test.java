package dev.lambdaobs.tracing.otel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void lengthIsTheEncodedLengthForEveryKindOfCharacter() {
        List<String> texts = List.of("", "plain ascii", "é", "ß and ü", "€ 42", "日本語", "😀", "a😀b",
                "\ud83d", "x\ude00y", "\ud83d\ud83d", "mixed é € 😀 \ud83d end");
        for (String text : texts) {
            assertThat(Utf8.length(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
