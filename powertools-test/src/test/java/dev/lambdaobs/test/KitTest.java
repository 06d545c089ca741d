package dev.lambdaobs.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.core.config.InitializationType;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.TraceHeader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KitTest {

    @Test
    void fakeContextCarriesWhatWasSetAndRealisticDefaults() {
        FakeContext context = FakeContext.builder().functionName("create-order").requestId("req-1")
                .memoryLimitMb(1024).tenantId("tenant-a").build();

        assertThat(context.getAwsRequestId()).isEqualTo("req-1");
        assertThat(context.getInvokedFunctionArn()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:create-order");
        assertThat(context.getMemoryLimitInMB()).isEqualTo(1024);
        assertThat(context.getTenantId()).isEqualTo("tenant-a");
        assertThat(context.getLogGroupName()).isEqualTo("/aws/lambda/create-order");
        assertThat(FakeContext.create().getAwsRequestId()).isNotEqualTo(FakeContext.create().getAwsRequestId());
        assertThat(context.toBuilder().requestId("req-2").build().getFunctionName()).isEqualTo("create-order");
    }

    @Test
    void fakeContextLoggerEndsEachLineLikeLambdasLogger() {
        try (CapturedStdout stdout = CapturedStdout.start()) {
            FakeContext context = FakeContext.create();
            context.getLogger().log("{\"first\":1}");
            context.getLogger().log("{\"second\":2}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            context.getLogger().log("{\"third\":3}");

            assertThat(stdout.lines()).containsExactly("{\"first\":1}", "{\"second\":2}", "{\"third\":3}");
        }
    }

    @Test
    void lambdaEnvironmentParsesIntoTheSharedConfig() {
        List<String> warnings = new ArrayList<>();
        PowertoolsConfig config = LambdaEnvironment.provisioned("fn").service("orders")
                .toConfig(Diagnostics.to(warnings::add));

        assertThat(config.serviceName()).isEqualTo("orders");
        assertThat(config.functionName()).isEqualTo("fn");
        assertThat(config.initializationType()).isEqualTo(InitializationType.PROVISIONED_CONCURRENCY);
        assertThat(config.inLambda()).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void generatedTraceHeadersAreWellFormedAndKeepLineage() {
        TraceHeader header = TraceHeader.parse(TraceHeaders.sampled()).orElseThrow();
        assertThat(header.sampled()).isEqualTo(TraceHeader.Sampling.SAMPLED);
        assertThat(header.parent()).isPresent();
        assertThat(header.others()).containsEntry("Lineage", "a87bd80c:1");
        assertThat(TraceHeader.parse(TraceHeaders.notSampled()).orElseThrow().sampled())
                .isEqualTo(TraceHeader.Sampling.NOT_SAMPLED);
    }

    @Test
    void systemPropertyOverrideRestoresThePreviousValue() {
        System.setProperty("lambdaobs.kit.test", "before");
        try (SystemPropertyOverride ignored = SystemPropertyOverride.set("lambdaobs.kit.test", "during")) {
            assertThat(System.getProperty("lambdaobs.kit.test")).isEqualTo("during");
        }
        assertThat(System.getProperty("lambdaobs.kit.test")).isEqualTo("before");
        try (SystemPropertyOverride ignored = SystemPropertyOverride.set("lambdaobs.kit.unset", "x")) {
            assertThat(System.getProperty("lambdaobs.kit.unset")).isEqualTo("x");
        }
        assertThat(System.getProperty("lambdaobs.kit.unset")).isNull();
        System.clearProperty("lambdaobs.kit.test");
    }
}
