package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lambda emits OffsetLag for Kafka sources (MSK, self-managed) and IteratorAge for Kinesis, DynamoDB and DocumentDB. */
class StreamConsumersTest {
    @TempDir
    Path dir;

    @Test
    void kafkaConsumersGetOffsetLagAndStreamConsumersIteratorAge() throws Exception {
        Path template = Files.writeString(dir.resolve("consumers.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Cluster:
                    Type: AWS::MSK::Cluster
                  MskReader:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: java21
                      Handler: a.B
                      CodeUri: .
                      Events:
                        Orders:
                          Type: MSK
                          Properties: { Stream: !Ref Cluster, Topics: [orders], StartingPosition: LATEST }
                  KafkaReader:
                    Type: AWS::Lambda::Function
                    Properties: { Runtime: java21, Handler: a.C, Role: arn:aws:iam::123456789012:role/r, Code: { ZipFile: x } }
                  KafkaMapping:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: !Ref KafkaReader
                      Topics: [payments]
                      StartingPosition: TRIM_HORIZON
                      SelfManagedEventSource: { Endpoints: { KafkaBootstrapServers: [b1:9092] } }
                  DocReader:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: java21
                      Handler: a.D
                      CodeUri: .
                      Events:
                        Changes:
                          Type: DocumentDB
                          Properties:
                            Cluster: arn:aws:rds:eu-west-1:123456789012:cluster:docs
                            DatabaseName: db
                            StartingPosition: LATEST
                            SecretsManagerKmsKeyId: k
                            SourceAccessConfigurations: [{ Type: BASIC_AUTH, URI: arn:aws:secretsmanager:eu-west-1:123456789012:secret:s }]
                """);
        GenerationResult result = TestSupport.generate(template, null, Mode.MERGE, false);
        OutputChecks.checkAll(result, CfnSchemas.standard());
        assertThat(TestSupport.ruleIds(result, "MskReader")).contains("OffsetLag").doesNotContain("IteratorAge");
        assertThat(TestSupport.ruleIds(result, "KafkaReader")).contains("OffsetLag").doesNotContain("IteratorAge");
        assertThat(TestSupport.ruleIds(result, "DocReader")).contains("IteratorAge").doesNotContain("OffsetLag");
        AlarmDefinition lag = result.alarms().stream().filter(a -> a.resourceKey().equals("MskReader") && a.ruleId().equals("OffsetLag"))
                .findFirst().orElseThrow();
        assertThat(lag.properties().get("Namespace").asText()).isEqualTo("AWS/Lambda");
        assertThat(lag.properties().get("MetricName").asText()).isEqualTo("OffsetLag");
    }

}
