package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.xray.AWSXRayRecorder;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.test.LambdaEnvironment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TracingConfigTest {
    private final List<String> warnings = new ArrayList<>();

    private TracingConfig parse(LambdaEnvironment env) {
        return TracingConfig.from(env.toConfig(Diagnostics.to(warnings::add)));
    }

    @Test
    void theEnvironmentsTracerIsOnePerProcessSoHandlerCodeAndTheAspectShareIt() {
        assertThat(Tracers.fromEnvironment()).isSameAs(Tracers.fromEnvironment());
    }

    @Test
    void defaultsInLambdaTraceAndCaptureBoth() {
        TracingConfig config = parse(LambdaEnvironment.onDemand("fn").service("orders"));
        assertThat(config.active()).isTrue();
        assertThat(config.serviceName()).isEqualTo("orders");
        assertThat(config.captureResponse()).isTrue();
        assertThat(config.captureError()).isTrue();
        assertThat(config.daemonAddress()).isEqualTo("127.0.0.1:2000");
        assertThat(config.reportContextMissing()).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void variablesSwitchTracingAndCaptureOff() {
        TracingConfig config = parse(LambdaEnvironment.onDemand("fn").set("POWERTOOLS_TRACE_DISABLED", "TRUE")
                .set("POWERTOOLS_TRACER_CAPTURE_RESPONSE", "false").set("POWERTOOLS_TRACER_CAPTURE_ERROR", "false")
                .set("AWS_XRAY_CONTEXT_MISSING", "IGNORE_ERROR"));
        assertThat(config.active()).isFalse();
        assertThat(config.captureResponse()).isFalse();
        assertThat(config.captureError()).isFalse();
        assertThat(config.reportContextMissing()).isFalse();
        assertThat(CaptureMode.ENVIRONMENT_VAR.capturesResponse(config)).isFalse();
        assertThat(CaptureMode.RESPONSE_AND_ERROR.capturesError(config)).isTrue();
    }

    @Test
    void invalidValuesAreReportedOnceAndDefaulted() {
        TracingConfig config = parse(LambdaEnvironment.onDemand("fn").set("POWERTOOLS_TRACE_DISABLED", "maybe")
                .set("AWS_XRAY_CONTEXT_MISSING", "RUNTIME_ERROR"));
        assertThat(config.enabled()).isTrue();
        assertThat(config.reportContextMissing()).isTrue();
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("POWERTOOLS_TRACE_DISABLED='maybe' is invalid");
        assertThat(warnings.get(1)).contains("RUNTIME_ERROR is not honoured");
    }

    @Test
    void aCaptureModeNameInACaptureVariableIsReportedWithTheAcceptedValuesAndTheDefaultKept() {
        TracingConfig config = parse(LambdaEnvironment.onDemand("fn").set("POWERTOOLS_TRACER_CAPTURE_RESPONSE", "DISABLED")
                .set("POWERTOOLS_TRACER_CAPTURE_ERROR", "False"));
        assertThat(config.captureResponse()).isTrue();
        assertThat(config.captureError()).as("any case").isFalse();
        assertThat(warnings).singleElement().asString()
                .contains("POWERTOOLS_TRACER_CAPTURE_RESPONSE='DISABLED' is invalid", "true or false");
    }

    @Test
    void sdkWorkOutsideAnInvocationIsReportedOnceOrNotAtAllWithIgnoreError() {
        try (TracingFixture logging = new TracingFixture();
             TracingFixture quiet = new TracingFixture(env -> env.set("AWS_XRAY_CONTEXT_MISSING", "IGNORE_ERROR"))) {
            for (TracingFixture fixture : List.of(logging, quiet)) {
                AWSXRayRecorder recorder = fixture.tracer.unwrap(AWSXRayRecorder.class).orElseThrow();
                // What the SDK's own integrations do: begin a subsegment on whatever is current.
                recorder.beginSubsegment("DynamoDb");
                recorder.beginSubsegment("DynamoDb");
            }
            assertThat(logging.warnings).singleElement().asString().contains("X-Ray:", "not recorded");
            assertThat(quiet.warnings).isEmpty();
        }
    }

    @Test
    void theBackendIsOpenTelemetryUnlessTheVariableOrTheBuilderSaysXraySdk() {
        TracingConfig config = parse(LambdaEnvironment.onDemand("fn"));
        assertThat(config.backend()).isEqualTo(TracerBackend.OTEL);
        assertThat(config.export()).isEqualTo(SpanExport.UDP);
        assertThat(parse(LambdaEnvironment.onDemand("fn").set("POWERTOOLS_TRACER", "XRAY-SDK")).backend())
                .isEqualTo(TracerBackend.XRAY_SDK);
        assertThat(TracingStep.builder(config).build().tracer().unwrap(io.opentelemetry.api.trace.Tracer.class)).isPresent();
        assertThat(TracingStep.builder(config).backend(TracerBackend.XRAY_SDK).build().tracer().unwrap(AWSXRayRecorder.class))
                .isPresent();
        assertThat(warnings).isEmpty();
    }

    @Test
    void anInvalidBackendOrExporterIsReportedOnceNamingTheVariableAndTheChoices() {
        TracingConfig config = parse(LambdaEnvironment.onDemand("fn").set("POWERTOOLS_TRACER", "jaeger")
                .set("POWERTOOLS_TRACER_EXPORTER", "grpc"));
        assertThat(config.backend()).isEqualTo(TracerBackend.OTEL);
        assertThat(config.export()).isEqualTo(SpanExport.UDP);
        assertThat(warnings).containsExactly(
                "[lambdaobs] WARN POWERTOOLS_TRACER='jaeger' is invalid: expected otel or xray-sdk; using otel",
                "[lambdaobs] WARN POWERTOOLS_TRACER_EXPORTER='grpc' is invalid: expected udp or otlp-http; using udp");
    }

    @Test
    void theOtlpEndpointFollowsOpenTelemetrysVariables() {
        assertThat(parse(LambdaEnvironment.onDemand("fn")).otlpEndpoint()).hasToString("http://localhost:4318/v1/traces");
        assertThat(parse(LambdaEnvironment.onDemand("fn").set("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/"))
                .otlpEndpoint()).hasToString("http://collector:4318/v1/traces");
        assertThat(parse(LambdaEnvironment.onDemand("fn").set("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")
                .set("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "https://xray.us-east-1.amazonaws.com/v1/traces"))
                .otlpEndpoint()).hasToString("https://xray.us-east-1.amazonaws.com/v1/traces");
        assertThat(parse(LambdaEnvironment.onDemand("fn").set("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "collector:4318"))
                .otlpEndpoint()).hasToString("http://localhost:4318/v1/traces");
        assertThat(warnings).singleElement().asString()
                .contains("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT='collector:4318' is invalid: expected an http:// or https:// URL");
    }
}
