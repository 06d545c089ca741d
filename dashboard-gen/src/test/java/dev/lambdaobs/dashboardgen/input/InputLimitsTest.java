package dev.lambdaobs.dashboardgen.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Hostile and unusual documents: each is read, or rejected with the limit named, within seconds. */
class InputLimitsTest {
    private static final Path YAML = Path.of("t.yaml");
    private static final Path JSON = Path.of("t.json");
    /** Today's bomb took minutes; a bounded reader answers at once. */
    private static final Duration QUICKLY = Duration.ofSeconds(30);

    /** Each level lists the previous one twice: under 600 bytes, 2^levels nodes once expanded. */
    private static String doublingBomb(int levels) {
        StringBuilder yaml = new StringBuilder("l0: &l0 [x, x]\n");
        for (int i = 1; i <= levels; i++) {
            yaml.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
        }
        return yaml.toString();
    }

    @Test
    void anAliasBombWithinTheAliasLimitStopsAtTheNodeLimit() {
        String bomb = doublingBomb(25);
        assertThat(bomb.length()).isLessThan(700);
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> DocumentReader.parse(YAML, bomb))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("more than " + InputLimits.MAX_NODES + " nodes once aliases are expanded"));
    }

    @Test
    void tooManyAliasesAreRefusedNamingTheLimit() {
        assertThatThrownBy(() -> DocumentReader.parse(YAML, doublingBomb(InputLimits.MAX_ALIASES)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("max=" + InputLimits.MAX_ALIASES)
                .hasMessageContaining(InputLimits.MAX_ALIASES + " aliases");
    }

    @Test
    void aliasesOfLongStringsStopAtTheCharacterLimit() {
        StringBuilder yaml = new StringBuilder("s: &s " + "x".repeat(10_000) + "\nl1: &l1 [");
        yaml.append("*s, ".repeat(1_000)).append("*s]\nl2: [").append("*l1, ".repeat(10)).append("*l1]\n");
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> DocumentReader.parse(YAML, yaml.toString()))
                .hasMessageContaining("more than " + InputLimits.MAX_EXPANDED_CHARACTERS + " characters"));
    }

    @Test
    void aReadThatOutrunsTheClockStopsNamingTheTimeLimit() {
        String yaml = "Items:\n" + "  - x\n".repeat(20_000);
        AtomicLong clock = new AtomicLong();
        assertThatThrownBy(() -> YamlDocumentReader.read(YAML, new StringReader(yaml), () -> clock.getAndAdd(10_000_000_000L)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("more than " + InputLimits.MAX_READ_TIME.toSeconds() + " s to read");
        assertThat(YamlDocumentReader.read(YAML, new StringReader(yaml), System::nanoTime).root().get("Items")).hasSize(20_000);
    }

    @Test
    void yamlAndJsonNestDeeplyAlikeUpToTheSameLimit() {
        int deep = 200;
        String yaml = "a: " + "[".repeat(deep) + "1" + "]".repeat(deep) + "\n";
        String json = "{\"a\": " + "[".repeat(deep) + "1" + "]".repeat(deep) + "}";
        assertThat(DocumentReader.parse(YAML, yaml).root()).isEqualTo(DocumentReader.parse(JSON, json).root());

        int tooDeep = InputLimits.MAX_NESTING_DEPTH + 10;
        assertThatThrownBy(() -> DocumentReader.parse(YAML, "a: " + "[".repeat(tooDeep) + "1" + "]".repeat(tooDeep)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("nesting " + InputLimits.MAX_NESTING_DEPTH);
        assertThatThrownBy(() -> DocumentReader.parse(JSON, "{\"a\": " + "[".repeat(tooDeep) + "1" + "]".repeat(tooDeep) + "}"))
                .isInstanceOf(BadInputException.class).hasMessageContaining(String.valueOf(InputLimits.MAX_NESTING_DEPTH));
    }

    @Test
    void aByteOrderMarkIsNotContent() {
        LocatedDocument yaml = DocumentReader.parse(YAML, "\uFEFFAWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n"
                + "    Type: AWS::SQS::Queue\n");
        assertThat(yaml.root().at("/Resources/Q/Type").asText()).isEqualTo("AWS::SQS::Queue");
        assertThat(yaml.locationOf("/Resources/Q").line()).isEqualTo(3);
        LocatedDocument json = DocumentReader.parse(JSON, "\uFEFF{\"Resources\": {}}");
        assertThat(json.root().get("Resources").isObject()).isTrue();
    }

    @Test
    void duplicateKeysAreRecordedWithBothLinesAndThePathAndTheLastValueKept() {
        LocatedDocument yaml = DocumentReader.parse(YAML, "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n"
                + "    Properties:\n      Timeout: 30\n      MemorySize: 512\n      Timeout: 900\n");
        assertThat(yaml.root().at("/Resources/Fn/Properties/Timeout").asInt()).isEqualTo(900);
        assertThat(yaml.duplicates()).singleElement().extracting(d -> d.error().getMessage())
                .isEqualTo("t.yaml:7: duplicate key Resources.Fn.Properties.Timeout (first at line 5); each key may appear once in a mapping");
        LocatedDocument json = DocumentReader.parse(JSON, "{\"Resources\": {\n \"Q\": {\"Type\": \"AWS::SQS::Queue\"},\n"
                + " \"Q\": {\"Type\": \"AWS::SNS::Topic\"}\n}}");
        assertThat(json.duplicates()).singleElement().extracting(d -> d.error().getMessage())
                .isEqualTo("t.json:3: duplicate key Resources.Q (first at line 2); each key may appear once in a mapping");
    }
}
