package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.input.DocumentReader;
import dev.lambdaobs.dashboardgen.input.LocatedDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {
    private static final Path FILE = Path.of("t.yaml");

    @Test
    void shortFormTagsBecomeLongFormIntrinsics() {
        LocatedDocument doc = DocumentReader.parse(FILE, """
                Resources:
                  Q:
                    Type: AWS::SQS::Queue
                    Properties:
                      A: !Ref Name
                      B: !GetAtt Dlq.Arn
                      C: !Sub "${AWS::StackName}-q"
                      D: !If [Cond, !Join ["-", [a, !Select [0, !Split [",", "x,y"]]]], !Ref AWS::NoValue]
                      E: !FindInMap [M, !Base64 k, !ImportValue v]
                      F: !GetAZs ''
                      G: !Cidr [!Equals [a, b], !And [!Or [!Not [!Condition C]]], 3]
                      H: !Transform { Name: X }
                """);
        JsonNode p = doc.root().at("/Resources/Q/Properties");
        assertThat(p.get("A").get("Ref").asText()).isEqualTo("Name");
        assertThat(p.get("B").get("Fn::GetAtt")).hasSize(2);
        assertThat(p.get("B").get("Fn::GetAtt").get(1).asText()).isEqualTo("Arn");
        assertThat(p.get("C").get("Fn::Sub").asText()).isEqualTo("${AWS::StackName}-q");
        assertThat(p.at("/D/Fn::If/1/Fn::Join/1/1/Fn::Select/1/Fn::Split/0").asText()).isEqualTo(",");
        assertThat(p.at("/E/Fn::FindInMap/2/Fn::ImportValue").asText()).isEqualTo("v");
        assertThat(p.get("F").has("Fn::GetAZs")).isTrue();
        assertThat(p.at("/G/Fn::Cidr/1/Fn::And/0/Fn::Or/0/Fn::Not/0/Condition").asText()).isEqualTo("C");
        assertThat(p.at("/H/Fn::Transform/Name").asText()).isEqualTo("X");
        assertThat(doc.locationOf("/Resources/Q").toString()).isEqualTo("t.yaml:2");
        assertThat(doc.locationOf("/Resources/Q/Properties/E").line()).isEqualTo(9);
    }

    @Test
    void unknownTagNamesTheTagAndLine() {
        assertThatThrownBy(() -> DocumentReader.parse(FILE, "Resources:\n  Q:\n    Type: !Bogus x\n"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("t.yaml:3: unknown YAML tag !Bogus");
    }

    @Test
    void jsonKeepsLinesToo() {
        LocatedDocument doc = DocumentReader.parse(Path.of("t.json"), "{\n \"Resources\": {\n  \"Q\": {\"Type\": \"AWS::SQS::Queue\"}\n }\n}");
        assertThat(doc.locationOf("/Resources/Q").line()).isEqualTo(3);
        assertThatThrownBy(() -> DocumentReader.parse(Path.of("t.json"), "{\n \"a\": ,\n}"))
                .hasMessageStartingWith("t.json:2: malformed JSON");
    }
}
