package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A TCP target group behind a Network Load Balancer is watched in AWS/NetworkELB with the metrics it has. */
class NetworkLoadBalancerTest {
    @TempDir
    Path dir;

    @Test
    void tcpTargetGroupsAreAlarmedInTheNetworkElbNamespaceWithoutHttpCodes() throws Exception {
        Path template = Files.writeString(dir.resolve("nlb.yaml"), """
                Resources:
                  Nlb:
                    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                    Properties: { Type: network, Subnets: [subnet-1] }
                  Targets:
                    Type: AWS::ElasticLoadBalancingV2::TargetGroup
                    Properties: { Protocol: TCP, Port: 443, VpcId: vpc-1, TargetType: ip }
                  Listener:
                    Type: AWS::ElasticLoadBalancingV2::Listener
                    Properties:
                      LoadBalancerArn: !Ref Nlb
                      Port: 443
                      Protocol: TCP
                      DefaultActions: [{ Type: forward, TargetGroupArn: !Ref Targets }]
                """);
        GenerationResult result = TestSupport.generate(template, null, Mode.MERGE, false);
        OutputChecks.checkAll(result, CfnSchemas.standard());
        assertThat(result.alarms()).filteredOn(a -> a.resourceKey().equals("Targets")).isNotEmpty().allSatisfy(alarm -> {
            assertThat(alarm.properties().get("Namespace").asText()).isEqualTo("AWS/NetworkELB");
            assertThat(alarm.properties().get("MetricName").asText()).isIn("UnHealthyHostCount", "HealthyHostCount");
        });
        assertThat(result.alarms()).extracting(AlarmDefinition::ruleId).contains("UnHealthyHosts", "NoHealthyHosts")
                .doesNotContain("Target5XXCount");
        assertThat(result.skipped()).anyMatch(s -> s.contains("Nlb") && s.contains("network load balancer"));
    }
}
