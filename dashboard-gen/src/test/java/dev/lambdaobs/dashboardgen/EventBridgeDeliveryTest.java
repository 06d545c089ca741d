package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events lost on the way to a dead-letter queue alarm; events sent to a DLQ outside the template alarm too. */
class EventBridgeDeliveryTest {
    @TempDir
    Path dir;

    @Test
    void rulesWithDeadLetterQueuesAlarmOnLostEventsAndOnEventsSentOutOfSight() throws Exception {
        Path template = Files.writeString(dir.resolve("rules.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  DlqArn: { Type: String }
                Resources:
                  Dlq:
                    Type: AWS::SQS::Queue
                  Inside:
                    Type: AWS::Events::Rule
                    Properties:
                      ScheduleExpression: rate(1 hour)
                      Targets: [{ Id: t, Arn: arn:aws:sqs:eu-west-1:123456789012:x, DeadLetterConfig: { Arn: !GetAtt Dlq.Arn } }]
                  Outside:
                    Type: AWS::Events::Rule
                    Properties:
                      ScheduleExpression: rate(1 hour)
                      Targets: [{ Id: t, Arn: arn:aws:sqs:eu-west-1:123456789012:x, DeadLetterConfig: { Arn: !Ref DlqArn } }]
                  NoDlq:
                    Type: AWS::Events::Rule
                    Properties:
                      ScheduleExpression: rate(1 hour)
                      Targets: [{ Id: t, Arn: arn:aws:sqs:eu-west-1:123456789012:x }]
                  Worker:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: java21
                      Handler: a.B
                      CodeUri: .
                      Events:
                        Created:
                          Type: Schedule
                          Properties: { Schedule: rate(1 day), DeadLetterConfig: { Type: SQS } }
                        Shipped:
                          Type: EventBridgeRule
                          Properties:
                            Pattern: { source: [shop] }
                            DeadLetterConfig: { Arn: arn:aws:sqs:eu-west-1:123456789012:shared-dlq }
                """);
        GenerationResult result = TestSupport.generate(template, null, Mode.MERGE, false);
        OutputChecks.checkAll(result, CfnSchemas.standard());
        assertThat(TestSupport.ruleIds(result, "Inside")).contains("InvocationsFailedToBeSentToDlq").doesNotContain("DeadLetterInvocations");
        assertThat(TestSupport.ruleIds(result, "Outside")).contains("InvocationsFailedToBeSentToDlq", "DeadLetterInvocations");
        assertThat(TestSupport.ruleIds(result, "NoDlq")).doesNotContain("InvocationsFailedToBeSentToDlq", "DeadLetterInvocations");
        assertThat(TestSupport.ruleIds(result, "WorkerCreated")).contains("InvocationsFailedToBeSentToDlq").doesNotContain("DeadLetterInvocations");
        assertThat(TestSupport.ruleIds(result, "WorkerShipped")).contains("InvocationsFailedToBeSentToDlq", "DeadLetterInvocations");
        AlarmDefinition lost = result.alarms().stream().filter(a -> a.resourceKey().equals("Outside")
                && a.ruleId().equals("InvocationsFailedToBeSentToDlq")).findFirst().orElseThrow();
        assertThat(lost.properties().get("Namespace").asText()).isEqualTo("AWS/Events");
        assertThat(lost.properties().get("Dimensions").toString()).contains("RuleName");
    }

}
