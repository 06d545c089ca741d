package dev.lambdaobs.tracing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XRayNamesTest {
    /** X-Ray's rules as the documentation writes them, the oracle for the hand-written scan. */
    private static final Pattern NAME_REJECTED = Pattern.compile("[^\\p{L}\\p{Z}\\p{N}_.:/%&#=+\\\\\\-@]");
    private static final Pattern KEY_REJECTED = Pattern.compile("[^A-Za-z0-9_]");

    @Test
    void returnsAnAcceptableNameAsItIs() {
        String name = "## handleRequest Ünïcödé 42 a.b:c/d%e&f#g=h+i\\j-k@l";

        assertThat(XRayNames.spanName(name)).isSameAs(name);
        assertThat(XRayNames.annotationKey("Cold_Start_1")).isEqualTo("Cold_Start_1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a*b", "tab\there", "emoji \uD83D\uDE00 end", "lone \uD83D surrogate", "(x)[y]{z}", "\u00A0nbsp"})
    void replacesWhatXRayRejectsLikeTheDocumentedPattern(String name) {
        assertThat(XRayNames.spanName(name)).isEqualTo(NAME_REJECTED.matcher(name).replaceAll("_"));
        assertThat(XRayNames.annotationKey(name)).isEqualTo(KEY_REJECTED.matcher(name).replaceAll("_"));
    }

    @Test
    void agreesWithTheDocumentedPatternOnRandomText() {
        Random random = new Random(42);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12) + 1; i > 0; i--) {
                int codePoint = random.nextBoolean() ? 0x20 + random.nextInt(0x60) : random.nextInt(0x1F000);
                text.appendCodePoint(codePoint);
            }
            String name = text.toString();

            assertThat(XRayNames.spanName(name)).as("name %s", name)
                    .isEqualTo(XRayNames.truncate(NAME_REJECTED.matcher(name).replaceAll("_"), XRayLimits.MAX_NAME_LENGTH));
            assertThat(XRayNames.annotationKey(name)).as("key %s", name)
                    .isEqualTo(XRayNames.truncate(KEY_REJECTED.matcher(name).replaceAll("_"),
                            XRayLimits.MAX_ANNOTATION_KEY_LENGTH));
        }
    }

    @Test
    void agreesWithTheDocumentedPatternOnEveryAsciiCharacterAnywhereInAName() {
        for (char c = 0; c < 0x80; c++) {
            for (String name : new String[] {String.valueOf(c), "ab" + c, c + "é" + c, "é" + c + "z"}) {
                assertThat(XRayNames.spanName(name)).as("name of char %d", (int) c)
                        .isEqualTo(NAME_REJECTED.matcher(name).replaceAll("_"));
                assertThat(XRayNames.annotationKey(name)).as("key of char %d", (int) c)
                        .isEqualTo(KEY_REJECTED.matcher(name).replaceAll("_"));
            }
        }
    }

    @Test
    void neverGivesAnEmptyNameAndCutsAtTheLimitWithoutSplittingAPair() {
        assertThat(XRayNames.spanName("")).isEqualTo("_");
        assertThat(XRayNames.annotationKey(null)).isEqualTo("_");
        // A letter outside the BMP (MATHEMATICAL SCRIPT CAPITAL A): accepted, two UTF-16 units.
        String longName = "a".repeat(XRayLimits.MAX_NAME_LENGTH - 1) + "\uD835\uDC9C";

        assertThat(XRayNames.spanName(longName)).isEqualTo("a".repeat(XRayLimits.MAX_NAME_LENGTH - 1));
    }
}
