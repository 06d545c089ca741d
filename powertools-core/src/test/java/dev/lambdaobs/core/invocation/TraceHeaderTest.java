package dev.lambdaobs.core.invocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.invocation.TraceHeader.Sampling;
import java.util.Map;
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
