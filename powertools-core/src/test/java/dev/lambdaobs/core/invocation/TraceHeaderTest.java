package dev.lambdaobs.core.invocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.invocation.TraceHeader.Sampling;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TraceHeaderTest {
    private static final String ROOT = "1-5759e988-bd862e3fe1be46a994272793";

    @Test
    void parsesEveryFieldAndKeepsLineageUnchanged() {
        String wire = "Root=" + ROOT + ";Parent=53995c3f42cd8ad8;Sampled=1;Lineage=a87bd80c:1|68fd508a:5";

        TraceHeader header = TraceHeader.parse(wire).orElseThrow();

        assertThat(header.root()).isEqualTo(ROOT);
        assertThat(header.parent()).contains("53995c3f42cd8ad8");
        assertThat(header.sampled()).isEqualTo(Sampling.SAMPLED);
        assertThat(header.others()).containsExactly(Map.entry("Lineage", "a87bd80c:1|68fd508a:5"));
        assertThat(header.toString()).isEqualTo(wire);
    }

    @Test
    void keepsUnknownKeysInTheirOriginalOrder() {
        TraceHeader header = TraceHeader.parse("Self=1-abc;Root=" + ROOT + ";Foo=bar;Sampled=0;Lineage=x:1").orElseThrow();

        assertThat(header.others().keySet()).containsExactly("Self", "Foo", "Lineage");
        assertThat(header.toString()).isEqualTo("Root=" + ROOT + ";Sampled=0;Self=1-abc;Foo=bar;Lineage=x:1");
    }

    @Test
    void missingParentAndSampledAreAbsentNotInvented() {
        TraceHeader header = TraceHeader.parse("Root=" + ROOT).orElseThrow();

        assertThat(header.parent()).isEmpty();
        assertThat(header.sampled()).isEqualTo(Sampling.UNKNOWN);
        assertThat(header.toString()).isEqualTo("Root=" + ROOT);
    }

    @Test
    void readsTheRequestedSamplingDecisionAndToleratesSpaces() {
        TraceHeader header = TraceHeader.parse(" Root=" + ROOT + " ; Sampled=? ").orElseThrow();

        assertThat(header.sampled()).isEqualTo(Sampling.REQUESTED);
    }

    @Test
    void dropsAMalformedParentButKeepsTheTrace() {
        TraceHeader header = TraceHeader.parse("Root=" + ROOT + ";Parent=not-hex;Sampled=maybe").orElseThrow();

        assertThat(header.parent()).isEmpty();
        assertThat(header.sampled()).isEqualTo(Sampling.UNKNOWN);
    }

    @Test
    void readsKeysAndValuesWithSpacesAroundTheirSignAndLetsTheLastRootWin() {
        String other = "1-5759e988-00000000000000000000000a";
        TraceHeader header = TraceHeader.parse("Root = " + other + " ;Root=" + ROOT.toUpperCase()
                + "; Parent =53995C3F42CD8AD8;Sampled = 0;Foo=1;Foo=2").orElseThrow();

        assertThat(header.root()).isEqualTo(ROOT.toUpperCase());
        assertThat(header.parent()).contains("53995C3F42CD8AD8");
        assertThat(header.sampled()).isEqualTo(Sampling.NOT_SAMPLED);
        assertThat(header.others()).containsExactly(Map.entry("Foo", "1"));
    }

    @Test
    void readsRandomHeadersAsTheRegularExpressionsOfTheDocumentedFormatDo() {
        String[] keys = {"Root", "Parent", "Sampled", "Lineage", "Self", " Root", "Parent ", "", "root"};
        String[] values = {ROOT, ROOT.toUpperCase(), "1-5759e988-bd862e3fe1be46a99427279", "53995c3f42cd8ad8",
                "53995c3f42cd8adz", "1", "0", "?", "x", "", " 1 ", "a=b", "a87bd80c:1|68fd508a:5"};
        Random random = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder header = new StringBuilder();
            for (int part = random.nextInt(6); part >= 0; part--) {
                header.append(keys[random.nextInt(keys.length)]);
                if (random.nextInt(8) > 0) {
                    header.append('=').append(values[random.nextInt(values.length)]);
                }
                if (part > 0 || random.nextBoolean()) {
                    header.append(';');
                }
            }
            String wire = header.toString();

            assertThat(TraceHeader.parse(wire)).as(wire).isEqualTo(RegexOracle.parse(wire));
        }
    }

    /** The documented format read with regular expressions and split, as this class once did. */
    private static final class RegexOracle {
        private static final Pattern ROOT_FORMAT = Pattern.compile("1-[0-9a-fA-F]{8}-[0-9a-fA-F]{24}");
        private static final Pattern PARENT_FORMAT = Pattern.compile("[0-9a-fA-F]{16}");

        static Optional<TraceHeader> parse(String value) {
            String root = null;
            String parent = null;
            Sampling sampled = Sampling.UNKNOWN;
            Map<String, String> others = new LinkedHashMap<>();
            for (String part : value.split(";")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String key = part.substring(0, eq).trim();
                String val = part.substring(eq + 1).trim();
                switch (key) {
                    case "Root" -> root = val;
                    case "Parent" -> parent = PARENT_FORMAT.matcher(val).matches() ? val : null;
                    case "Sampled" -> sampled = val.equals("1") ? Sampling.SAMPLED : val.equals("0")
                            ? Sampling.NOT_SAMPLED : val.equals("?") ? Sampling.REQUESTED : Sampling.UNKNOWN;
                    default -> others.putIfAbsent(key, val);
                }
            }
            if (root == null || !ROOT_FORMAT.matcher(root).matches()) {
                return Optional.empty();
            }
            return Optional.of(new TraceHeader(root, Optional.ofNullable(parent), sampled, others));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"53995c3f42cd8ad", "53995c3f42cd8ad8a", "53995c3f42cd8adg", "53995c3f42cd8ad\uFF18"})
    void dropsAParentThatIsNotSixteenAsciiHexDigits(String parent) {
        TraceHeader header = TraceHeader.parse("Root=" + ROOT + ";Parent=" + parent).orElseThrow();

        assertThat(header.parent()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "garbage", ";;;", "=", "Parent=53995c3f42cd8ad8;Sampled=1", "Root=", "Root=1-xyz-123",
            "Root=2-5759e988-bd862e3fe1be46a994272793", "Root=1-5759e988-bd862e3fe1be46a99427279",
            "Root=1-5759e988-bd862e3fe1be46a9942727930", "Root=1-5759e988_bd862e3fe1be46a994272793",
            "Root=1-5759e98\uFF18-bd862e3fe1be46a994272793", " =x;Root"})
    void garbageOrAMissingRootGivesNoHeader(String wire) {
        assertThat(TraceHeader.parse(wire)).isEmpty();
    }
}
